// Changed-line coverage from real vitest coverage (v8 and istanbul providers; lcov, cobertura and json)
// of a fixture project in a real git repository with a pull-request branch.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectChangedFiles, listTrackedFiles } from '../../../src/diff/index.js';
import { coverageConfigSchema } from '../../../src/evidence/coverage/config.js';
import { measureCoverage, type CoverageInput } from '../../../src/evidence/coverage/index.js';
import type { ChangedFile, CoverageResult } from '../../../src/model.js';
import { buildCoverageFixture, markedLines, type CoverageFixture } from './fixture.js';
import { sha } from '../../helpers/ids.js';

let fixture: CoverageFixture;
let files: ChangedFile[];
let trackedFiles: string[];

beforeAll(async () => {
  fixture = buildCoverageFixture();
  files = await collectChangedFiles(fixture.dir, { base: sha(fixture.base), head: sha(fixture.head) });
  trackedFiles = await listTrackedFiles(fixture.dir, fixture.head);
}, 300_000);

afterAll(() => { if (!process.env.KEEP_FIXTURE) fixture?.remove(); });

// AI wrote src/extra.ts; a person wrote the rest.
const provenance: CoverageInput['provenance'] = (path) => (path === 'src/extra.ts' ? 'ai' : 'human');

function measure(patterns: string[], basePatterns: string[] = []): Promise<CoverageResult | null> {
  return measureCoverage({
    repo: fixture.dir,
    patterns,
    basePatterns,
    files,
    trackedFiles,
    provenance,
    config: coverageConfigSchema.parse({}),
  });
}

/** lcov's own LF/LH summary records: an independent count of the whole-project lines. */
function lcovTotals(path: string): { measured: number; covered: number } {
  const text = readFileSync(join(fixture.dir, path), 'utf8');
  const sum = (key: string) => [...text.matchAll(new RegExp(`^${key}:(\\d+)$`, 'gm'))].reduce((total, match) => total + Number(match[1]), 0);
  return { measured: sum('LF'), covered: sum('LH') };
}

describe.each([
  ['v8', 'coverage-v8/lcov.info', 'lcov'],
  ['v8', 'coverage-v8/cobertura-coverage.xml', 'cobertura'],
  ['v8', 'coverage-v8/coverage-final.json', 'istanbul-json'],
  ['istanbul', 'coverage-istanbul/lcov.info', 'lcov'],
  ['istanbul', 'coverage-istanbul/cobertura-coverage.xml', 'cobertura'],
  ['istanbul', 'coverage-istanbul/coverage-final.json', 'istanbul-json'],
  ['v8', 'coverage-v8/clover.xml', 'clover'],
  ['istanbul', 'coverage-istanbul/clover.xml', 'clover'],
])('vitest %s provider, %s', (_provider, report, format) => {
  it('detects the format and counts the marked added lines as covered and uncovered', async () => {
    const result = (await measure([report]))!;
    expect(result.reports).toEqual([{ path: report, format }]);
    for (const path of ['src/math.ts', 'src/extra.ts', 'src/renamed.ts']) {
      const file = result.files.find((entry) => entry.path === path);
      expect(file, path).toBeDefined();
      expect(file!.uncoveredLines).toEqual(expect.arrayContaining(markedLines(fixture.dir, path, 'uncovered')));
      expect(file!.coveredLines).toEqual(expect.arrayContaining(markedLines(fixture.dir, path, 'covered')));
      expect(file!.measured).toBe(file!.coveredLines.length + file!.uncoveredLines.length);
    }
    // The comment line added above multiply() is an added line no report measures.
    const math = result.files.find((entry) => entry.path === 'src/math.ts')!;
    const commentLine = readFileSync(join(fixture.dir, 'src/math.ts'), 'utf8').split('\n').findIndex((text) => text.startsWith('// Multiplies')) + 1;
    expect(files.find((file) => file.path === 'src/math.ts')!.addedLines).toContain(commentLine);
    expect([...math.coveredLines, ...math.uncoveredLines]).not.toContain(commentLine);
  });

  it('totals the files, counts AI lines from provenance, and lists the changed file no report mentions', async () => {
    const result = (await measure([report]))!;
    const sum = (pick: (file: CoverageResult['files'][number]) => number) => result.files.reduce((total, file) => total + pick(file), 0);
    expect(result.changed.measured).toBe(sum((file) => file.measured));
    expect(result.changed.covered).toBe(sum((file) => file.covered));
    expect(result.changed.percent).toBeCloseTo((100 * result.changed.covered) / result.changed.measured, 10);
    const extra = result.files.find((file) => file.path === 'src/extra.ts')!;
    expect(result.ai).toEqual({ measured: extra.measured, covered: extra.covered, percent: (100 * extra.covered) / extra.measured });
    expect(extra.ai.measured).toBe(extra.measured);
    expect(result.files.find((file) => file.path === 'src/math.ts')!.ai.measured).toBe(0);
    // The excluded generated file is listed; README.md (not code the reports cover) and the test file are not.
    expect(result.unmentioned).toEqual(['src/generated/table.ts']);
  });

  it('counts branches on added lines', async () => {
    const result = (await measure([report]))!;
    const divide = result.files.find((file) => file.path === 'src/math.ts')!;
    expect(result.branches).not.toBeNull();
    expect(divide.branches!.measured).toBeGreaterThan(divide.branches!.covered);
    expect(result.branches!.measured).toBe(result.files.reduce((total, file) => total + (file.branches?.measured ?? 0), 0));
  });
});

describe('the same run in eight reports', () => {
  it('gives the same changed-line coverage from every provider and format', async () => {
    const reports = ['v8', 'istanbul'].flatMap((provider) =>
      ['lcov.info', 'cobertura-coverage.xml', 'coverage-final.json', 'clover.xml'].map((name) => `coverage-${provider}/${name}`),
    );
    const results = await Promise.all(reports.map(async (report) => ({ ...(await measure([report]))!, reports: [] })));
    expect(results[0]!.changed.measured).toBeGreaterThan(0);
    for (const result of results.slice(1)) expect(result).toEqual(results[0]);
  });
});

describe('reports written on another machine', () => {
  it('maps absolute runner paths and Windows paths onto the repository automatically', async () => {
    const local = (await measure(['coverage-v8/lcov.info']))!;
    const lcov = readFileSync(join(fixture.dir, 'coverage-v8/lcov.info'), 'utf8');
    writeFileSync(join(fixture.dir, 'coverage-v8/runner.info'), lcov.replace(/^SF:/gm, 'SF:/home/runner/work/fixture/fixture/'));
    writeFileSync(
      join(fixture.dir, 'coverage-v8/windows.info'),
      lcov.replace(/^SF:(.*)$/gm, (_line, path: string) => `SF:D:\\a\\fixture\\fixture\\${path.replace(/\//g, '\\')}`),
    );
    for (const report of ['coverage-v8/runner.info', 'coverage-v8/windows.info']) {
      const moved = (await measure([report]))!;
      expect({ ...moved, reports: [] }, report).toEqual({ ...local, reports: [] });
    }
  });
});

describe('overall coverage and its change', () => {
  it('totals whole-project lines from head and base reports, with the delta', async () => {
    const result = (await measure(['coverage-v8/lcov.info'], ['coverage-base/lcov.info']))!;
    const head = lcovTotals('coverage-v8/lcov.info');
    const base = lcovTotals('coverage-base/lcov.info');
    expect(result.overall!.head).toEqual({ ...head, percent: (100 * head.covered) / head.measured });
    expect(result.overall!.base).toEqual({ ...base, percent: (100 * base.covered) / base.measured });
    const expectedDelta = (100 * head.covered) / head.measured - (100 * base.covered) / base.measured;
    expect(expectedDelta).not.toBe(0);
    expect(result.overall!.delta).toBeCloseTo(expectedDelta, 10);
  });

  it('merges reports: a line is covered if any report covers it', async () => {
    // Base (main) covered the old sign() lines; head's json and istanbul lcov agree on the changed lines.
    const single = (await measure(['coverage-v8/lcov.info']))!;
    const merged = (await measure(['coverage-v8/lcov.info', 'coverage-istanbul/*.json']))!;
    expect(merged.reports.map((report) => report.format)).toEqual(['lcov', 'istanbul-json']);
    for (const file of single.files) {
      const inMerged = merged.files.find((entry) => entry.path === file.path)!;
      expect(inMerged.coveredLines).toEqual(expect.arrayContaining(file.coveredLines));
    }
  });

  it('returns null without patterns, and an InputError for a pattern matching nothing', async () => {
    expect(await measure([])).toBeNull();
    await expect(measure(['coverage-nowhere/*.info'])).rejects.toThrow(/"coverage-nowhere\/\*\.info" matches no file/);
  });
});

const hasDiffCover = (() => {
  try {
    execFileSync('diff-cover', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

interface DiffCoverReport {
  src_stats: Record<string, { percent_covered: number; violation_lines: number[] }>;
  total_num_lines: number;
  total_num_violations: number;
  total_percent_covered: number;
}

describe.skipIf(!hasDiffCover)(`diff-cover cross-check${hasDiffCover ? '' : ' (skipped: diff-cover not on PATH)'}`, () => {
  it.each([
    'coverage-v8/lcov.info',
    'coverage-v8/cobertura-coverage.xml',
    'coverage-istanbul/lcov.info',
    'coverage-istanbul/cobertura-coverage.xml',
    'coverage-v8/clover.xml',
  ])(
    'counts the changed lines of %s exactly as diff-cover does',
    async (report) => {
      const out = join(fixture.dir, report.split('/')[0]!, `diff-cover-${report.split('/')[1]}.json`);
      execFileSync('diff-cover', [report, '--compare-branch=main', '--json-report', out], { cwd: fixture.dir, stdio: 'ignore' });
      const expected = JSON.parse(readFileSync(out, 'utf8')) as DiffCoverReport;
      const result = (await measure([report]))!;

      // The same files (diff-cover leaves out files with no measured added line, and so does diffgate).
      expect(result.files.map((file) => file.path)).toEqual(Object.keys(expected.src_stats).sort());
      for (const file of result.files) {
        const stats = expected.src_stats[file.path]!;
        expect(file.uncoveredLines, file.path).toEqual(stats.violation_lines);
        expect((100 * file.covered) / file.measured, file.path).toBeCloseTo(stats.percent_covered, 10);
      }
      expect(result.changed.measured).toBe(expected.total_num_lines);
      expect(result.changed.measured - result.changed.covered).toBe(expected.total_num_violations);
      expect(Math.floor(result.changed.percent!)).toBe(expected.total_percent_covered);
      // What diff-cover does not list, diffgate does: the changed source file no report mentions.
      expect(result.unmentioned).toEqual(['src/generated/table.ts']);
    },
  );
});
