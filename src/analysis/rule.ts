// The shape of one analysis rule, after typescript-eslint's: `meta` + `create` returning visitors
// keyed by AST node type. A rule file exports one `Rule`; `registry.ts` lists them all.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { z } from 'zod';
import type { CoverageResult, Level } from '../model.js';
import type { TestEvidenceIndex } from './facts/tests.js';
import type { DependencyFacts } from './facts/dependencies.js';

export interface RuleMeta {
  /** Kebab-case id, also the docs page name: docs/rules/<id>.md. */
  id: string;
  /** One line: what it finds. */
  description: string;
  /** Level on AI-written lines before the policy adjusts it. */
  defaultLevel: Level;
  /** Message templates keyed by message id; `{{name}}` is replaced from the report's data. */
  messages: Record<string, string>;
  /** Whether the rule only looks at test files (true), only at non-test files (false), or both (undefined). */
  testFilesOnly?: boolean;
  /**
   * ESLint rules that check the same thing: an `eslint-disable-line` / `eslint-disable-next-line`
   * naming one of them silences this rule on that line too, so code need not be annotated twice.
   */
  eslintEquivalents?: string[];
  /** Schema of the rule's options (`analysis.rules.<id>.options`), with defaults; none means no options. */
  options?: z.ZodType<Record<string, unknown>>;
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

export interface ReportDescriptor {
  /** The node the finding points at; its lines are the finding's lines. */
  node?: TSESTree.Node | TSESTree.Token;
  /** Or explicit lines (e.g. for a comment). */
  lines?: { start: number; end: number };
  messageId: string;
  data?: Record<string, string | number>;
}

export interface RuleContext {
  /** Repository-relative path of the file being analysed. */
  readonly path: string;
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
  report(descriptor: ReportDescriptor): void;
  /** Facts about the project the rules may need (test files, package.json, tsconfig paths, coverage). */
  readonly project: ProjectFacts;
  /** Options from the config for this rule, parsed by `meta.options` (defaults filled in); `{}` without a schema. */
  readonly options: Record<string, unknown>;
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

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitors;
}
