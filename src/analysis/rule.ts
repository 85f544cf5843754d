// The contract of one analysis rule, after typescript-eslint's `createRule`: `meta` + `create` returning
// visitors keyed by AST node type. A rule file exports one rule made with `createRule`; `registry.ts`
// lists them all. The message ids and the options type flow from `meta` into `create` and into the
// rule's test table, so a misspelt message id or option does not compile.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type * as z from '../zod.js';
import { toRuleId, type RepoPath, type RuleId } from '../ids.js';
import type { CoverageResult, Level } from '../model.js';
import type { TestEvidenceIndex } from './facts/tests.js';
import type { DependencyFacts } from './facts/dependencies.js';

/** What a rule is about; the policy derives its rule sets from it (e.g. the error-handling condition). */
export const RULE_CATEGORIES = ['error-handling', 'tests', 'dependencies', 'code-hygiene'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/**
 * Which files a rule runs on; the runner applies it, so rules hold no early returns for it.
 * - `tests`: `only` test files (those matching `analysis.test-globs`), `never` test files, or `both`.
 *   A test framework's own test suite (a file importing the framework from this repository) is out of
 *   scope of every `only` rule: there `expect(1).toBe(1)` and `.only` are the subject under test.
 * - `fixtures`: whether files in fixture folders (`fixtures/`, `__fixtures__/`, `fixture/`) are analysed:
 *   they are inputs that tests run, often broken on purpose, not shipped code.
 */
export interface RuleScope {
  tests: 'only' | 'never' | 'both';
  fixtures: boolean;
}

/** A rule without options: its config accepts none. */
export type NoOptions = Record<string, never>;

export interface RuleMeta<MessageIds extends string = string, Options extends object = object> {
  /** Kebab-case id, also the docs page name: docs/rules/<id>.md. Checked by `createRule`. */
  id: RuleId;
  /** One line: what it finds. */
  description: string;
  /** Level on AI-written lines before the policy adjusts it. */
  defaultLevel: Level;
  category: RuleCategory;
  scope: RuleScope;
  /** Message templates keyed by message id; `{{name}}` is replaced from the report's data. */
  messages: Record<MessageIds, string>;
  /**
   * ESLint rules that check the same thing: an `eslint-disable-line` / `eslint-disable-next-line`
   * naming one of them silences this rule on that line too, so code need not be annotated twice.
   */
  eslintEquivalents?: string[];
  /**
   * Schema of the rule's options (`analysis.rules.<id>.options`), with defaults; parsed once at config
   * load (`parseAnalysisOptions`). None means the rule takes no options. Any zod schema: src/ builds
   * them with zod/mini (src/zod.ts), and zod's core type fits classic zod's schemas too.
   */
  options?: z.$ZodType<Options, object>;
}

type NodeOfType<T extends TSESTree.Node['type']> = Extract<TSESTree.Node, { type: T }>;

/** Visitors keyed by node type; `:exit` variants run after the node's children. */
export type RuleVisitors = {
  [T in TSESTree.Node['type']]?: (node: NodeOfType<T>) => void;
} & {
  [T in TSESTree.Node['type'] as `${T}:exit`]?: (node: NodeOfType<T>) => void;
} & {
  'Program:exit'?: (node: TSESTree.Program) => void;
};

export interface ReportDescriptor<MessageIds extends string = string> {
  /** The node the finding points at; its lines are the finding's lines. */
  node?: TSESTree.Node | TSESTree.Token;
  /** Or explicit lines (e.g. for a comment). */
  lines?: { start: number; end: number };
  messageId: MessageIds;
  data?: Record<string, string | number>;
}

export interface RuleContext<MessageIds extends string = string, Options extends object = object> {
  /** Repository-relative path of the file being analysed. */
  readonly path: RepoPath;
  /** The file's text at head. */
  readonly source: string;
  readonly ast: TSESTree.Program;
  /** Whether the file matches the test-file globs. */
  readonly isTestFile: boolean;
  /** Head line numbers the change added (e.g. for `changedSymbols(ast, addedLines)` from symbols.ts). */
  readonly addedLines: ReadonlySet<number>;
  /** Whether a head line number was added by the change. */
  isAddedLine(line: number): boolean;
  /** Whether any line of the node was added by the change. */
  touchesAddedLines(node: TSESTree.Node | TSESTree.Token | TSESTree.Comment): boolean;
  /** The source text of a node, token or comment. */
  getText(node: TSESTree.Node | TSESTree.Token | TSESTree.Comment): string;
  /** Report a finding; the runner drops it if none of its lines was added. */
  report(descriptor: ReportDescriptor<MessageIds>): void;
  /** Facts about the project the rules may need (test files, package.json, tsconfig paths, coverage). */
  readonly project: ProjectFacts;
  /** The rule's options, parsed once at config load by `meta.options` (defaults filled in); `{}` without a schema. */
  readonly options: Readonly<Options>;
}

/**
 * Facts gathered once per run, before any rule runs, so that visitors stay synchronous.
 * Owned by src/analysis/; rules read it, never do I/O themselves.
 */
export interface ProjectFacts {
  tests: TestEvidenceIndex;
  dependencies: DependencyFacts;
  /** Changed-line coverage, when reports were given. */
  coverage: CoverageResult | null;
  /**
   * Repository path → names it exports that return promises (`export async function`, `: Promise<…>`),
   * for the modules the changed files import by relative path. Absent: no cross-module knowledge.
   */
  promiseExports?: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface RuleModule<MessageIds extends string = string, Options extends object = object> {
  meta: RuleMeta<MessageIds, Options>;
  // Method syntax on purpose: a rule with narrower message ids and options still fits a list of `Rule`s.
  create(context: RuleContext<MessageIds, Options>): RuleVisitors;
}

/** Any rule, as the registry and the runner hold them. */
export type Rule = RuleModule<string, object>;

/** The message ids of a rule (for typed test tables). */
export type MessageIdsOf<R> = R extends RuleModule<infer MessageIds, object> ? MessageIds : never;
/** The parsed options of a rule. */
export type OptionsOf<R> = R extends RuleModule<string, infer Options> ? Options : never;

/**
 * Declares a rule; the message ids and the options type are inferred from `meta`, and `create`'s
 * context is typed with them: `context.report({ messageId })` accepts only declared ids, and
 * `context.options` has the schema's output type, defaults applied.
 */
export function createRule<MessageIds extends string, Options extends object = NoOptions>(
  rule: RuleDefinition<MessageIds, Options>,
): RuleModule<MessageIds, Options> {
  return { meta: { ...rule.meta, id: toRuleId(rule.meta.id) }, create: (context) => rule.create(context) };
}

/** A rule as its file writes it: `meta.id` a plain kebab-case string, made a RuleId by `createRule`. */
export interface RuleDefinition<MessageIds extends string, Options extends object> {
  meta: Omit<RuleMeta<MessageIds, Options>, 'id'> & { id: string };
  create(context: RuleContext<MessageIds, Options>): RuleVisitors;
}
