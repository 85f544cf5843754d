// Static valid / invalid tables for one rule, after typescript-eslint's RuleTester.
// Invalid cases assert message ids and lines, never message text. Every line of a snippet counts as
// added unless the case gives `addedLines`; `filename` decides the extension and whether it is a test file.
import { describe, expect, it } from 'vitest';
import { analysisConfigSchema, DEFAULT_TEST_GLOBS } from '../../src/analysis/config.js';
import type { ProjectFacts, Rule } from '../../src/analysis/rule.js';
import { analyzeFile, type FileAnalysisResult } from '../../src/analysis/run.js';
import { loadParser } from '../../src/analysis/parse.js';

// The parser is loaded on demand (see parse.ts); analyzeChanges does it, direct callers do it here.
await loadParser();

export interface ValidCase {
  code: string;
  /** Repository path of the snippet; defaults to `src/file.ts`. Use e.g. `src/x.test.ts` for a test file. */
  filename?: string;
  /** Head lines the change added; defaults to every line of the snippet. */
  addedLines?: number[];
  /** Project facts merged over empty defaults (no test files, no dependency facts, no coverage). */
  project?: Partial<ProjectFacts>;
  /** The rule's options (`analysis.rules.<id>.options`). */
  options?: Record<string, unknown>;
  /** A short name for the test title; defaults to the code. */
  name?: string;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  endLine?: number;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

export interface RuleCases {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
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
export function runRule(rule: Rule, testCase: ValidCase): FileAnalysisResult {
  const config = analysisConfigSchema.parse({
    rules: testCase.options ? { [rule.meta.id]: { options: testCase.options } } : {},
  });
  return analyzeFile({
    path: testCase.filename ?? DEFAULT_FILENAME,
    source: testCase.code,
    addedLines: new Set(testCase.addedLines ?? allLines(testCase.code)),
    provenance: () => 'ai',
    rules: [rule],
    project: { ...emptyProject(), ...testCase.project },
    config,
  });
}

function title(testCase: ValidCase): string {
  const text = testCase.name ?? testCase.code.replace(/\s+/g, ' ').trim();
  return text.length > 90 ? `${text.slice(0, 87)}...` : text;
}

/** Declares the vitest cases for one rule's table. */
export function testRule(rule: Rule, cases: RuleCases): void {
  describe(`rule ${rule.meta.id}`, () => {
    it('has meta: a kebab-case id, a description and messages', () => {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.meta.description.length).toBeGreaterThan(0);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
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
