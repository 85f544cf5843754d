// Mutation evidence, the pure parts: reading the schema, counting like Stryker, one surviving
// mutant per line, and the ranges handed to Stryker.
import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../../src/model.js';
import { measureChangedMutants, mergeReportFiles, type MappedReportFile } from '../../../src/evidence/mutation/changed.js';
import { contiguousRanges, formatRanges, mutateRanges } from '../../../src/evidence/mutation/ranges.js';
import { parseMutationReport, type Mutant, type MutantStatus } from '../../../src/evidence/mutation/report.js';
import { addStatus, emptyCount } from '../../../src/evidence/mutation/score.js';
import { survivingMutants, survivorMessage } from '../../../src/evidence/mutation/survivors.js';
import { repoPath } from '../../helpers/ids.js';

function changed(path: string, addedLines: number[], status: ChangedFile['status'] = 'modified'): ChangedFile {
  return { path: repoPath(path), oldPath: null, status, addedLines, hunks: [], binary: false, submodule: false, modeOnly: false };
}

function mutant(id: string, line: number, status: MutantStatus, mutatorName = 'EqualityOperator', replacement: string | null = 'a >= 0', columns: [number, number] = [7, 12]): Mutant {
  return { id, mutatorName, replacement, status, startLine: line, startColumn: columns[0], endLine: line, endColumn: columns[1] };
}

const SOURCE = ['export function f(a: number) {', '  if (a > 0) {', "    console.log('positive');", '    return a * 2;', '  }', '  return 0;', '}', ''].join('\n');

describe('parseMutationReport', () => {
  const report = {
    schemaVersion: '1.0',
    thresholds: { high: 80, low: 60 },
    files: {
      'src/f.ts': {
        language: 'typescript',
        source: SOURCE,
        mutants: [{ id: '1', mutatorName: 'EqualityOperator', replacement: 'a >= 0', status: 'Survived', location: { start: { line: 2, column: 7 }, end: { line: 2, column: 12 } } }],
      },
    },
  };
  it('reads files, mutants and their places', () => {
    const parsed = parseMutationReport(JSON.stringify(report), 'mutation.json');
    expect(parsed.files).toHaveLength(1);
    expect(parsed.files[0]?.mutants[0]).toEqual(mutant('1', 2, 'Survived'));
    expect(parsed.files[0]?.source).toBe(SOURCE);
  });
  it.each([
    ['another schema version', { ...report, schemaVersion: '2' }, /schemaVersion "2"; diffgate reads mutation-testing-report-schema version 1/],
    ['no schema version', { files: {} }, /schemaVersion null/],
    ['a status the schema does not have', { ...report, files: { 'a.ts': { mutants: [{ id: 1, mutatorName: 'X', status: 'Zombie', location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } }] } } }, /\.files\.a\.ts\.mutants\[0\]\.status/],
    ['a line number of 2^53', { ...report, files: { 'a.ts': { mutants: [{ id: 1, mutatorName: 'X', status: 'Killed', location: { start: { line: 2 ** 53, column: 1 }, end: { line: 2 ** 53, column: 2 } } }] } } }, /location\.start\.line/],
    ['a negative line', { ...report, files: { 'a.ts': { mutants: [{ id: 1, mutatorName: 'X', status: 'Killed', location: { start: { line: -1, column: 1 }, end: { line: 1, column: 2 } } }] } } }, /location\.start\.line/],
    // The path of the bad field holds the report's own keys: a line break in one is shown as `?`.
    ['a bad mutant in a file whose path has a line break', { ...report, files: { 'a\nb.ts': { mutants: [{ id: 1, mutatorName: 'X', status: 'Zombie', location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } }] } } }, /\.files\.a\?b\.ts\.mutants\[0\]\.status/],
  ])('refuses %s with one line naming the file', (_name, json, message) => {
    expect(() => parseMutationReport(JSON.stringify(json), 'reports/mutation.json')).toThrow(message);
    expect(() => parseMutationReport(JSON.stringify(json), 'reports/mutation.json')).toThrow(/^mutation report "reports\/mutation\.json"/);
    expect(() => parseMutationReport(JSON.stringify(json), 'reports/mutation.json')).toThrow(/^[^\r\n]*$/);
  });
  it('refuses text that is not JSON', () => {
    expect(() => parseMutationReport('<html>', 'm.json')).toThrow(/mutation report "m\.json" is not JSON/);
  });
});

describe('the score, counted like Stryker', () => {
  it('is (killed + timeout) / (killed + timeout + survived + no coverage); errors, ignored and pending do not count', () => {
    const count = emptyCount();
    for (const status of ['Killed', 'Killed', 'Timeout', 'Survived', 'NoCoverage', 'CompileError', 'RuntimeError', 'Ignored', 'Pending'] as const) addStatus(count, status);
    expect(count).toMatchObject({ killed: 2, timeout: 1, survived: 1, noCoverage: 1, invalid: 2, ignored: 2, valid: 5 });
    expect(count.score).toBe(60);
  });
  it('is null with no valid mutant', () => {
    const count = emptyCount();
    addStatus(count, 'CompileError');
    expect(count.score).toBeNull();
  });
});

describe('measureChangedMutants', () => {
  const report: MappedReportFile = {
    path: repoPath('src/f.ts'),
    reportPath: 'src/f.ts',
    source: SOURCE,
    mutants: [mutant('1', 2, 'Survived'), mutant('2', 2, 'Killed', 'ConditionalExpression', 'true'), mutant('3', 4, 'Killed', 'ArithmeticOperator', 'a / 2'), mutant('4', 6, 'Survived', 'ArithmeticOperator')],
  };
  const reports = mergeReportFiles([report]);
  const provenance = (_path: string, line: number) => (line === 2 ? ('ai' as const) : ('human' as const));

  it('counts only mutants that start on added lines, and AI lines apart', () => {
    const result = measureChangedMutants([changed('src/f.ts', [2, 3, 4])], reports, () => SOURCE, provenance);
    expect(result.all).toMatchObject({ killed: 2, survived: 1, valid: 3 });
    expect(result.all.score).toBeCloseTo((2 / 3) * 100);
    expect(result.ai).toMatchObject({ killed: 1, survived: 1, valid: 2, score: 50 });
    expect(result.files[0]?.lines.map((line) => line.line)).toEqual([2, 4]);
  });
  it('skips a file whose report was made from another version of it, and says why', () => {
    const result = measureChangedMutants([changed('src/f.ts', [2])], reports, () => SOURCE.replace('a > 0', 'a > 1'), provenance);
    expect(result.all.valid).toBe(0);
    expect(result.skipped).toEqual([{ path: 'src/f.ts', reason: expect.stringContaining('another version of this file') }]);
  });
  it('leaves out mutants outside the file and says how many', () => {
    const outside = mergeReportFiles([{ ...report, source: null, mutants: [mutant('9', 500, 'Survived'), mutant('1', 2, 'Killed')] }]);
    const result = measureChangedMutants([changed('src/f.ts', [2])], outside, () => SOURCE, provenance);
    expect(result.all).toMatchObject({ killed: 1, valid: 1 });
    expect(result.skipped[0]?.reason).toMatch(/^1 mutant\(s\) in the report lie outside the file's 8 lines/);
  });
  it('merges two reports: a kill in either is a kill, and one mutant counts once', () => {
    const again = mergeReportFiles([report, { ...report, mutants: [mutant('1', 2, 'Killed')] }]);
    const result = measureChangedMutants([changed('src/f.ts', [2])], again, () => SOURCE, provenance);
    expect(result.all).toMatchObject({ killed: 2, survived: 0, valid: 2 });
  });
});

describe('survivingMutants', () => {
  const lines = SOURCE.split('\n');
  it('shows one mutant per line, a survivor before no coverage and a telling mutator first', () => {
    const found = survivingMutants(repoPath('src/f.ts'), [{ line: 2, provenance: 'ai', mutants: [mutant('a', 2, 'NoCoverage', 'ConditionalExpression', 'true'), mutant('b', 2, 'Survived', 'BlockStatement', '{}'), mutant('c', 2, 'Survived')] }], lines);
    expect(found).toHaveLength(1);
    expect(found[0]?.mutant.id).toBe('c');
    expect(found[0]?.original).toBe('a > 0');
    expect(survivorMessage(found[0]!)).toBe('If this line read `a >= 0` instead of `a > 0`, no test would fail (EqualityOperator) (2 more surviving mutants on this line)');
  });
  it('leaves arid lines quiet: logging calls and message text', () => {
    const found = survivingMutants(
      repoPath('src/f.ts'),
      [
        { line: 3, provenance: 'ai', mutants: [mutant('log', 3, 'Survived', 'BlockStatement', '')] },
        { line: 6, provenance: 'ai', mutants: [mutant('text', 6, 'Survived', 'StringLiteral', '""')] },
      ],
      lines,
    );
    expect(found).toEqual([]);
  });
  it('says when no test runs the line', () => {
    const [found] = survivingMutants(repoPath('src/f.ts'), [{ line: 4, provenance: 'human', mutants: [mutant('x', 4, 'NoCoverage', 'ArithmeticOperator', 'a / 2', [12, 17])] }], lines);
    expect(survivorMessage(found!)).toBe('No test runs this line: if it read `a / 2` instead of `a * 2`, no test would fail (ArithmeticOperator)');
  });
});

describe('mutateRanges', () => {
  const files = [
    changed('src/a.ts', [3, 4, 5, 9, 12, 13]),
    changed('src/a.test.ts', [1, 2]),
    changed('src/types.d.ts', [1]),
    changed('README.md', [1]),
    changed('src/gone.ts', [1], 'deleted'),
    changed('src/odd,name.ts', [1]),
  ];
  const options = { provenance: (_: string, line: number) => (line >= 9 ? ('ai' as const) : ('human' as const)), isTestFile: (path: string) => path.includes('.test.') };

  it('joins consecutive lines', () => {
    expect(contiguousRanges([1, 2, 3, 7, 9, 10])).toEqual([{ start: 1, end: 3 }, { start: 7, end: 7 }, { start: 9, end: 10 }]);
  });
  it('gives the added lines of mutable, non-test files, and says why the rest are left', () => {
    const result = mutateRanges(files, { ...options, aiOnly: false });
    expect(formatRanges(result.ranges, 'stryker')).toBe('src/a.ts:3-5,src/a.ts:9-9,src/a.ts:12-13\n');
    expect(result.left.map((entry) => entry.path)).toEqual(['src/a.test.ts', 'src/types.d.ts', 'src/odd,name.ts']);
  });
  it('keeps only AI-written lines with --ai-only', () => {
    const result = mutateRanges(files, { ...options, aiOnly: true });
    expect(formatRanges(result.ranges, 'lines')).toBe('src/a.ts:9-9\nsrc/a.ts:12-13\n');
    expect(JSON.parse(formatRanges(result.ranges, 'json'))).toEqual(['src/a.ts:9-9', 'src/a.ts:12-13']);
  });
});
