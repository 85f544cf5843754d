// Merging reports and counting changed lines, on hand-made data: the rules diff-cover counts by, and
// what diffgate adds (unmentioned files, AI lines, branches).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureCoverage } from '../../../src/evidence/coverage/index.js';
import { countOf, measureChangedLines } from '../../../src/evidence/coverage/changed.js';
import { coverageConfigSchema } from '../../../src/evidence/coverage/config.js';
import { mergeReports, type MergedCoverage, type MergedFile } from '../../../src/evidence/coverage/merge.js';
import { addBranch, newReportFile, type ParsedReport } from '../../../src/evidence/coverage/report.js';
import { createPathMapper } from '../../../src/evidence/paths.js';
import type { ChangedFile } from '../../../src/model.js';
import { repoPath } from '../../helpers/ids.js';

function changed(path: string, addedLines: number[], extra: Partial<ChangedFile> = {}): ChangedFile {
  return { path: repoPath(path), oldPath: null, status: 'modified', addedLines, hunks: [], binary: false, submodule: false, modeOnly: false, ...extra };
}

function merged(lines: Record<number, number>, branchLines: Record<number, boolean[]> = {}): MergedFile {
  const file = { lines: new Map(Object.entries(lines).map(([line, hits]) => [Number(line), hits])), branches: new Map() };
  for (const [line, outcomes] of Object.entries(branchLines)) outcomes.forEach((taken, index) => addBranch(file, Number(line), String(index), taken));
  return file;
}

function only(files: Map<string, MergedFile>): MergedCoverage {
  return { files, unmapped: new Map() };
}

function report(files: { paths: string[]; lines: Record<number, number> }[]): ParsedReport {
  return {
    format: 'lcov',
    files: files.map(({ paths, lines }) => {
      const file = newReportFile(paths);
      for (const [line, hits] of Object.entries(lines)) file.lines.set(Number(line), hits);
      return file;
    }),
  };
}

const config = coverageConfigSchema.parse({});
const human = () => 'human' as const;

describe('measureChangedLines', () => {
  it('counts only the added lines a report measures; covered means hits > 0', () => {
    const result = measureChangedLines([changed('src/a.ts', [1, 2, 3, 4, 5])], only(new Map([['src/a.ts', merged({ 1: 1, 2: 0, 4: 7, 9: 0 })]])), human, config);
    expect(result.files).toEqual([
      { path: 'src/a.ts', measured: 3, covered: 2, coveredLines: [1, 4], uncoveredLines: [2], ai: { measured: 0, covered: 0, percent: null } },
    ]);
    expect(result.changed).toEqual(countOf(3, 2));
    expect(result.changed.percent).toBeCloseTo(66.6667, 3);
    expect(result.branches).toBeNull();
  });

  it('leaves out files with no measured added line, as diff-cover does, without calling them unmentioned', () => {
    const result = measureChangedLines([changed('src/a.ts', [10, 11])], only(new Map([['src/a.ts', merged({ 1: 1 })]])), human, config);
    expect(result.files).toEqual([]);
    expect(result.unmentioned).toEqual([]);
    expect(result.changed).toEqual({ measured: 0, covered: 0, percent: null });
  });

  it('lists changed code files no report mentions, but not docs, tests, declarations or excluded files', () => {
    const coverage = new Map([['src/a.ts', merged({ 1: 1 })]]);
    const files = [
      changed('src/a.ts', [1]),
      changed('src/b.ts', [1]),
      changed('src/c.tsx', [1]),
      changed('README.md', [1]),
      changed('src/a.test.ts', [1]),
      changed('src/types.d.ts', [1]),
      changed('src/vendor/v.ts', [1]),
      changed('src/gone.ts', [], { status: 'deleted' }),
      changed('src/pic.ts', [1], { binary: true }),
    ];
    const result = measureChangedLines(files, only(coverage), human, { ...config, exclude: ['src/vendor/**'] });
    // src/c.tsx: no report covers any .tsx file, so none is expected to mention it.
    expect(result.unmentioned).toEqual(['src/b.ts']);
  });

  it('excludes changed files from the counts entirely', () => {
    const coverage = new Map([['gen/x.ts', merged({ 1: 0 })], ['src/a.ts', merged({ 1: 1 })]]);
    const result = measureChangedLines([changed('gen/x.ts', [1]), changed('src/a.ts', [1])], only(coverage), human, { ...config, exclude: ['gen/**'] });
    expect(result.files.map((file) => file.path)).toEqual(['src/a.ts']);
    expect(result.changed).toEqual(countOf(1, 1));
  });

  it('counts AI-written lines from the provenance lookup, per file and overall', () => {
    const aiLines = new Set([2, 3]);
    const result = measureChangedLines(
      [changed('src/a.ts', [1, 2, 3, 4])],
      only(new Map([['src/a.ts', merged({ 1: 1, 2: 1, 3: 0, 4: 0 })]])),
      (_path, line) => (aiLines.has(line) ? 'ai' : 'unknown'),
      config,
    );
    expect(result.files[0]!.ai).toEqual(countOf(2, 1));
    expect(result.ai).toEqual({ measured: 2, covered: 1, percent: 50 });
  });

  it('counts branches on added lines where the report has branch data', () => {
    const coverage = new Map([
      ['src/a.ts', merged({ 1: 1, 2: 1 }, { 1: [true, false], 2: [true, true], 7: [false, false] })],
      ['src/b.ts', merged({ 1: 1 })],
    ]);
    const result = measureChangedLines([changed('src/a.ts', [1, 2]), changed('src/b.ts', [1])], only(coverage), human, config);
    expect(result.files.find((file) => file.path === 'src/a.ts')!.branches).toEqual(countOf(4, 3));
    expect(result.files.find((file) => file.path === 'src/b.ts')!.branches).toBeUndefined();
    expect(result.branches).toEqual(countOf(4, 3));
  });
});

describe('mergeReports', () => {
  const tracked = ['src/a.ts', 'src/b.ts', 'lib/src/c.ts'];
  const mapPath = createPathMapper({ repoRoot: '/checkout', trackedFiles: tracked, prefixes: [] });

  it('measures a line if any report measures it and covers it if any report covers it', () => {
    const coverage = mergeReports(
      [
        report([{ paths: ['/home/runner/work/x/x/src/a.ts'], lines: { 1: 0, 2: 0, 3: 1 } }]),
        report([{ paths: ['src/a.ts'], lines: { 2: 4, 5: 0 } }]),
      ],
      mapPath,
      new Set(tracked),
    );
    expect([...coverage.files.keys()]).toEqual(['src/a.ts']);
    const lines = coverage.files.get('src/a.ts')!.lines;
    expect([...lines.keys()].sort()).toEqual([1, 2, 3, 5]);
    expect([...lines].filter(([, hits]) => hits > 0).map(([line]) => line).sort()).toEqual([2, 3]);
  });

  it('prefers the candidate path that is a tracked file (Cobertura <source> roots)', () => {
    const coverage = mergeReports([report([{ paths: ['/other/root/c.ts', 'lib/src/c.ts', 'c.ts'], lines: { 1: 1 } }])], mapPath, new Set(tracked));
    expect([...coverage.files.keys()]).toEqual(['lib/src/c.ts']);
  });

  it('looks for a relative path under the folders above the report first (monorepo packages)', () => {
    const monorepo = ['packages/app/src/index.ts', 'packages/lib/src/index.ts', 'src/index.ts'];
    const mapMonorepo = createPathMapper({ repoRoot: '/checkout', trackedFiles: monorepo, prefixes: [] });
    const paths = (directory: string | undefined) => {
      const parsed = { ...report([{ paths: ['src/index.ts'], lines: { 1: 1 } }]), directory };
      return [...mergeReports([parsed], mapMonorepo, new Set(monorepo)).files.keys()];
    };
    expect(paths('packages/lib/coverage')).toEqual(['packages/lib/src/index.ts']);
    expect(paths('packages/app/coverage')).toEqual(['packages/app/src/index.ts']);
    // A report at the root, or outside the repository: the path as written.
    expect(paths('coverage')).toEqual(['src/index.ts']);
    expect(paths(undefined)).toEqual(['src/index.ts']);
  });

  it('keeps files that map nowhere apart, with the reason', () => {
    const coverage = mergeReports([report([{ paths: ['/usr/include/stdio.h'], lines: { 1: 1 } }])], mapPath, new Set(tracked));
    expect(coverage.files.size).toBe(0);
    expect(coverage.unmapped.get('/usr/include/stdio.h')?.reason).toMatch(/outside the repository checkout/);
  });
});

describe('measureCoverage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diffgate-measure-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const monorepo = ['packages/app/src/index.ts', 'packages/lib/src/index.ts'];
  const lcov = 'SF:src/index.ts\nDA:1,1\nDA:2,0\nend_of_record\nSF:/usr/include/stdio.h\nDA:1,1\nend_of_record\n';
  writeFileSync(join(dir, 'lcov.info'), lcov);

  const run = (prefixes: string[], report = 'lcov.info') =>
    measureCoverage({
      repo: dir,
      patterns: [report],
      basePatterns: [],
      files: [changed('packages/lib/src/index.ts', [1, 2, 3])],
      trackedFiles: monorepo,
      provenance: human,
      config: coverageConfigSchema.parse({ 'path-prefixes': prefixes }),
    });

  it('lists an ambiguous path as unmapped and the changed file as unmentioned, naming the candidates', async () => {
    const result = (await run([]))!;
    expect(result.files).toEqual([]);
    expect(result.unmentioned).toEqual(['packages/lib/src/index.ts']);
    expect(result.unmapped!.count).toBe(2);
    expect(result.unmapped!.examples[0]).toEqual({
      path: 'src/index.ts',
      reason: expect.stringContaining('packages/app/src/index.ts, packages/lib/src/index.ts'),
    });
    expect(result.overall!.head).toEqual(countOf(3, 2));
  });

  it('maps it with a configured prefix', async () => {
    // The report was written in packages/lib on the runner: its relative paths lack that prefix, so
    // the prefix here names the absolute folder form the mapper can strip.
    writeFileSync(join(dir, 'runner.info'), lcov.replace('SF:src/index.ts', 'SF:/runner/repo/packages/lib/src/index.ts'));
    const result = (await run(['/runner/repo/'], 'runner.info'))!;
    expect(result.files.map((file) => [file.path, file.coveredLines, file.uncoveredLines])).toEqual([['packages/lib/src/index.ts', [1], [2]]]);
    expect(result.reports).toEqual([{ path: 'runner.info', format: 'lcov' }]);
  });
});
