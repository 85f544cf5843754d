// Static valid / invalid tables for one rule, after typescript-eslint's RuleTester.
// Invalid cases assert message ids and lines, never message text. Every line of a snippet counts as
// added unless the case gives `addedLines`; `filename` decides the extension and whether it is a test file.
// Tables are typed by the rule: a message id or an option the rule does not declare does not compile.
import { describe, expect, it } from 'vitest';
import { analysisConfigSchema, DEFAULT_TEST_GLOBS, parseAnalysisOptions } from '../../src/analysis/config.js';
import { RULE_CATEGORIES, type ProjectFacts, type RuleModule } from '../../src/analysis/rule.js';
import { analyzeFile, type FileAnalysisResult } from '../../src/analysis/run.js';
import { loadParser } from '../../src/analysis/parse.js';
import { repoPath } from '../helpers/ids.js';

// The parser is loaded on demand (see parse.ts); analyzeChanges does it, direct callers do it here.
await loadParser();

export interface ValidCase<Options extends object = object> {
  code: string;
  /** Repository path of the snippet; defaults to `src/file.ts`. Use e.g. `src/x.test.ts` for a test file. */
  filename?: string;
  /** Head lines the change added; defaults to every line of the snippet. */
  addedLines?: number[];
  /** Project facts merged over empty defaults (no test files, no dependency facts, no coverage). */
  project?: Partial<ProjectFacts>;
  /** The rule's options as written in the config (`analysis.rules.<id>.options`); the schema fills in defaults. */
  options?: Partial<Options>;
  /** A short name for the test title; defaults to the code. */
  name?: string;
}

export interface ExpectedError<MessageIds extends string = string> {
  messageId: MessageIds;
  line: number;
  endLine?: number;
}

export interface InvalidCase<MessageIds extends string = string, Options extends object = object> extends ValidCase<Options> {
  errors: ExpectedError<MessageIds>[];
}

export interface RuleCases<MessageIds extends string = string, Options extends object = object> {
  valid: (string | ValidCase<Options>)[];
  invalid: InvalidCase<MessageIds, Options>[];
}

export const DEFAULT_FILENAME = 'src/file.ts';

// Empty facts: a project with no test files and no manifests. Keep in step with src/analysis/facts/ (rules-2).
function emptyProject(): ProjectFacts {
  return {
    tests: { testGlobs: DEFAULT_TEST_GLOBS, testFiles: [], importers: new Map(), words: new Map() },
    dependencies: { packages: [], aliasPatterns: [], unreadable: [] },
    coverage: null,
  };
}

function allLines(code: string): number[] {
  return code.split('\n').map((_, index) => index + 1);
}

/** Runs one rule on one snippet the way the gate would (all lines AI-written). */
export function runRule<MessageIds extends string, Options extends object>(
  rule: RuleModule<MessageIds, Options>,
  testCase: ValidCase<NoInfer<Options>>,
): FileAnalysisResult {
  const raw = analysisConfigSchema.parse({
    rules: testCase.options ? { [rule.meta.id]: { options: testCase.options } } : {},
  });
  // Options are parsed once, as at config load; the rule gets them typed, defaults filled in.
  const config = parseAnalysisOptions(raw, [rule]);
  return analyzeFile({
    path: repoPath(testCase.filename ?? DEFAULT_FILENAME),
    source: testCase.code,
    addedLines: new Set(testCase.addedLines ?? allLines(testCase.code)),
    provenance: () => 'ai',
    project: { ...emptyProject(), ...testCase.project },
    config,
  });
}

function title(testCase: ValidCase<object>): string {
  const text = testCase.name ?? testCase.code.replace(/\s+/g, ' ').trim();
  return text.length > 90 ? `${text.slice(0, 87)}...` : text;
}

/** Declares the vitest cases for one rule's table. */
export function testRule<MessageIds extends string, Options extends object>(
  rule: RuleModule<MessageIds, Options>,
  cases: RuleCases<NoInfer<MessageIds>, NoInfer<Options>>,
): void {
  describe(`rule ${rule.meta.id}`, () => {
    it('has meta: a kebab-case id, a description, messages, a category and a scope', () => {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.meta.description.length).toBeGreaterThan(0);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      expect(RULE_CATEGORIES).toContain(rule.meta.category);
      expect(['only', 'never', 'both']).toContain(rule.meta.scope.tests);
      expect(typeof rule.meta.scope.fixtures).toBe('boolean');
    });

    describe('valid', () => {
      for (const raw of cases.valid) {
        const testCase = typeof raw === 'string' ? { code: raw } : raw;
        it(title(testCase), () => {
          const result = runRule(rule, testCase);
          expect(result.skipped).toEqual([]);
          expect(result.findings.map(({ messageId, startLine }) => ({ messageId, line: startLine }))).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(title(testCase), () => {
          expect(testCase.errors.length, 'an invalid case lists the errors it expects').toBeGreaterThan(0);
          const result = runRule(rule, testCase);
          expect(result.skipped).toEqual([]);
          const actual = result.findings.map((finding) => {
            const expected = testCase.errors.find((error) => error.line === finding.startLine && error.messageId === finding.messageId);
            return expected?.endLine === undefined
              ? { messageId: finding.messageId, line: finding.startLine }
              : { messageId: finding.messageId, line: finding.startLine, endLine: finding.endLine };
          });
          const expected = testCase.errors.map(({ messageId, line, endLine }) =>
            endLine === undefined ? { messageId, line } : { messageId, line, endLine },
          );
          expect(actual).toEqual(expected);
          for (const finding of result.findings) expect(finding.ruleId).toBe(rule.meta.id);
        });
      }
    });
  });
}
