// Reading for changed files only (issue #16): files with no changed line keep a tally instead of a Map
// per line. The results must be those of reading everything: checked on every real LCOV and XML report
// of the corpus, against the full read, and on the edges of the chunked LCOV reader.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { measureChangedLines } from '../../../src/evidence/coverage/changed.js';
import { coverageConfigSchema } from '../../../src/evidence/coverage/config.js';
import { measureCoverage } from '../../../src/evidence/coverage/index.js';
import { readLcov } from '../../../src/evidence/coverage/lcov.js';
import { chooseRepoPath, mergeReports, type MergedCoverage } from '../../../src/evidence/coverage/merge.js';
import { readCoverageReport } from '../../../src/evidence/coverage/read.js';
import { newReportFile, type ParsedReport } from '../../../src/evidence/coverage/report.js';
import { countTallies, LineTally } from '../../../src/evidence/coverage/tally.js';
import { createPathMapper } from '../../../src/evidence/paths.js';
import type { ChangedFile } from '../../../src/model.js';
import { repoPath } from '../../helpers/ids.js';

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus/coverage');
const corpusReports = (() => {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(info|lcov|xml)$/.test(name)) found.push(path);
    }
  };
  try {
    walk(corpus);
  } catch {
    // No corpus on this machine: the corpus cases below are skipped visibly.
  }
  return found.sort();
})();

const work = mkdtempSync(join(tmpdir(), 'diffgate-tally-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let written = 0;
function lcovFile(text: string | Buffer): string {
  const path = join(work, `report-${++written}.info`);
  writeFileSync(path, text);
  return path;
}

function tally(entries: [line: number, hits: number][]): LineTally {
  const result = new LineTally();
  for (const [line, hits] of entries) result.add(line, hits);
  return result;
}

describe('LineTally', () => {
  it('counts distinct measured lines and covered ones, in order or not, a line covered if any record covers it', () => {
    expect(countTallies([tally([[1, 0], [2, 3], [5, 1]])])).toEqual({ measured: 3, covered: 2 });
    expect(countTallies([tally([[5, 0], [2, 1], [5, 2], [2, 0]])])).toEqual({ measured: 2, covered: 2 });
    expect(countTallies([tally([[1, 0], [2, 0]]), tally([[2, 1], [3, 0]]), tally([])])).toEqual({ measured: 3, covered: 1 });
    expect(countTallies([])).toEqual({ measured: 0, covered: 0 });
  });

  it('grows with the lines recorded, and keeps far-apart line numbers exact', () => {
    const many = tally(Array.from({ length: 5000 }, (_, i) => [i + 1, i % 2] as [number, number]));
    expect(countTallies([many])).toEqual({ measured: 5000, covered: 2500 });
    expect(countTallies([tally([[2 ** 40, 1], [1, 0], [2 ** 40, 0]])])).toEqual({ measured: 2, covered: 1 });
  });
});

/** Whole-project counts from per-line maps: how overall coverage was counted before tallies. */
function overallFromMaps(coverage: MergedCoverage): { measured: number; covered: number } {
  let measured = 0;
  let covered = 0;
  for (const file of [...coverage.files.values(), ...coverage.unmapped.values()]) {
    measured += file.lines.size;
    covered += [...file.lines.values()].filter((hits) => hits > 0).length;
  }
  return { measured, covered };
}

describe.skipIf(corpusReports.length === 0)(`every corpus report read for changed files only${corpusReports.length === 0 ? ' (skipped: no ../shared/corpus)' : ''}`, () => {
  it.each(corpusReports.map((path) => [path.slice(corpus.length + 1), path]))('%s gives what the full read gives', async (_name, path) => {
    const full = await readCoverageReport(path, 'report');
    // Tracked files named by the last two segments of each report path: some map, some stay unmapped.
    const tracked = [...new Set(full.files.map((file) => (file.candidatePaths.at(-1) ?? '').replace(/\\/g, '/').split('/').slice(-2).join('/')))];
    const mapPath = createPathMapper({ repoRoot: '/checkout', trackedFiles: tracked, prefixes: [] });
    const everything = mergeReports([full], mapPath, new Set(tracked));
    const keys = [...everything.files.keys()];
    expect(keys.length + everything.unmapped.size).toBeGreaterThan(0);
    const kept = new Set(keys.filter((_, index) => index % 2 === 0));
    const changed: ChangedFile[] = [...kept].map((key) => ({
      path: repoPath(key),
      oldPath: null,
      status: 'modified',
      addedLines: [...everything.files.get(key)!.lines.keys()].filter((line) => line % 3 !== 0),
      hunks: [],
      binary: false,
      submodule: false,
      modeOnly: false,
    }));

    const selective = mergeReports(
      [await readCoverageReport(path, 'report', { keepLines: (candidates) => kept.has(chooseRepoPath(candidates, undefined, mapPath, new Set(tracked)).path ?? '') })],
      mapPath,
      new Set(tracked),
      (repoPath) => kept.has(repoPath),
    );
    expect([...selective.files.keys()].sort()).toEqual([...kept].sort());
    for (const key of kept) expect(selective.files.get(key)).toEqual(everything.files.get(key));
    expect(selective.unmapped.size).toBe(0);
    expect([...selective.tallied!.unmapped.keys()]).toEqual([...everything.unmapped.keys()]);
    expect(new Set([...selective.files.keys(), ...selective.tallied!.files.keys()])).toEqual(new Set(everything.files.keys()));
    for (const [key, file] of selective.tallied!.files) {
      const whole = everything.files.get(key)!;
      expect(file.hasBranches, key).toBe(whole.branches.size > 0);
      expect(countTallies(file.tallies), key).toEqual({ measured: whole.lines.size, covered: [...whole.lines.values()].filter((hits) => hits > 0).length });
    }

    const config = coverageConfigSchema.parse({});
    const ai = (): 'ai' => 'ai';
    // The changed-line result of the pipeline, which reads selectively, equals the one from the full read.
    const measured = await measureCoverage({ repo: '/checkout', patterns: [path], basePatterns: [path], files: changed, trackedFiles: tracked, provenance: ai, config });
    const expected = measureChangedLines(changed, everything, ai, config);
    expect(measured).toMatchObject({ ...expected });
    const overall = overallFromMaps(everything);
    expect(measured?.overall?.head).toMatchObject(overall);
    expect(measured?.overall?.base).toMatchObject(overall);
    expect(measured?.unmapped?.count).toBe(everything.unmapped.size);
  });
});

describe('the chunked LCOV reader', () => {
  const record = (path: string, lines: string[]) => ['TN:', `SF:${path}`, ...lines, 'end_of_record'];

  it('reads \\n, \\r\\n and lone \\r line ends alike, and counts lines alike in errors', async () => {
    const lines = [...record('a.ts', ['DA:1,1', 'DA:2,0', 'BRDA:2,0,0,1', 'BRDA:2,0,1,-']), ...record('b.ts', ['DA:7,3'])];
    const lf = await readLcov(lcovFile(lines.join('\n') + '\n'));
    expect(await readLcov(lcovFile(lines.join('\r\n') + '\r\n'))).toEqual(lf);
    expect(await readLcov(lcovFile(lines.join('\r')))).toEqual(lf);
    expect(Object.fromEntries(lf.files[0]!.lines)).toEqual({ 1: 1, 2: 0 });

    const broken = [...lines.slice(0, 3), 'DA:x,1', ...lines.slice(3)];
    for (const end of ['\n', '\r\n', '\r']) {
      await expect(readLcov(lcovFile(broken.join(end)), 'lcov.info')).rejects.toThrow('coverage report lcov.info, line 4: malformed DA record "x,1"');
    }
  });

  it('reads DA records the byte path takes and the ones it leaves to the string path alike', async () => {
    const das = ['DA:007,1', 'DA:1,00', 'DA:2,5,checksum', 'DA:3,-4', 'DA:4, 6', 'DA:5,1.5', 'DA:6,1e3', 'DA:123456789012345678,1', 'DA:8,99999999999999999999', 'DA:9,3\r'];
    const report = await readLcov(lcovFile(record('a.ts', das).join('\n')));
    expect([...report.files[0]!.lines]).toEqual([
      [7, 1], [1, 0], [2, 5], [3, 0], [4, 6], [5, 1.5], [6, 1000], [Number('123456789012345678'), 1], [8, 1e20], [9, 3],
    ]);
    await expect(readLcov(lcovFile(['DA:1,1', ...record('a.ts', [])].join('\n')), 'r.info')).rejects.toThrow('r.info, line 1: DA record before any SF record');
    await expect(readLcov(lcovFile(record('a.ts', ['DA:00,1']).join('\n')), 'r.info')).rejects.toThrow('r.info, line 3: malformed DA record "00,1"');
  });

  it('joins a line longer than a read chunk, and a character split between two chunks', async () => {
    const longComment = `TN:${'x'.repeat(3 * 1024 * 1024)}`;
    // SF's é (two bytes in UTF-8) straddles the first 1 MiB chunk boundary.
    const head = 'TN:\n';
    const path = `${'d/'.repeat(Math.floor((1024 * 1024 - head.length - 'SF:'.length - 1) / 2))}é.ts`;
    const text = `${head}SF:${path}\nDA:1,1\nend_of_record\n${longComment}\nSF:b.ts\nDA:2,0\nend_of_record`;
    expect(Buffer.byteLength(`${head}SF:${path.slice(0, -4)}`)).toBe(1024 * 1024 - 1);
    const report = await readLcov(lcovFile(text));
    expect(report.files.map((file) => file.candidatePaths[0])).toEqual([path, 'b.ts']);
    expect(Object.fromEntries(report.files[1]!.lines)).toEqual({ 2: 0 });
  });

  it('tallies the files keepLines leaves out, and rejects their bad records just the same', async () => {
    const text = [...record('keep.ts', ['DA:1,1']), ...record('other.ts', ['DA:3,0', 'DA:1,2', 'DA:3,1', 'BRDA:1,0,0,0', 'BRDA:1,0,1,1'])].join('\n');
    const report = await readLcov(lcovFile(text), 'r.info', { keepLines: ([path]) => path === 'keep.ts' });
    expect(report.files.map((file) => file.candidatePaths)).toEqual([['keep.ts']]);
    expect(report.tallied?.map((file) => [file.candidatePaths, countTallies([file.tally]), file.hasBranches])).toEqual([[['other.ts'], { measured: 2, covered: 2 }, true]]);

    // The BRDA records of a tallied file are checked from their bytes (lcov.ts readOtherBytes): the same errors.
    for (const bad of ['DA:1', 'DA:0,1', 'BRDA:1,0,1', 'DA:1,x', 'BRDA:0,0,0,1', 'BRDA:1,0,0,x', 'BRDA:1,0,0,', 'BRDA:x,0,0,1', 'BRDA:,0,0,1']) {
      const broken = lcovFile([...record('other.ts', [bad])].join('\n'));
      // Both reads settle before any assertion: a rejection waiting for its handler is an unhandled one.
      const [everything, onlyKeep] = await Promise.all([
        readLcov(broken, 'r.info').then(() => null, (error: unknown) => error),
        readLcov(broken, 'r.info', { keepLines: () => false }).then(() => null, (error: unknown) => error),
      ]);
      expect(everything).toBeInstanceOf(InputError);
      expect(onlyKeep).toBeInstanceOf(InputError);
      expect((onlyKeep as Error).message).toBe((everything as Error).message);
    }
  });
});

describe('records read from their bytes', () => {
  it('reads past summary and function records, but not a DA record behind a lone \\r in one of them', async () => {
    const text = ['TN:', 'SF:a.ts', 'FN:1,f', 'FNDA:3,f', 'FNF:1', 'FNH:1', 'FN:2,g\rDA:2,5', 'DA:1,1', 'LF:2', 'LH:2', 'BRF:0', 'BRH:0', 'end_of_record'].join('\n');
    const kept = await readLcov(lcovFile(text));
    expect(Object.fromEntries(kept.files[0]!.lines)).toEqual({ 1: 1, 2: 5 });
    const tallied = await readLcov(lcovFile(text), 'r.info', { keepLines: () => false });
    expect(countTallies([tallied.tallied![0]!.tally])).toEqual({ measured: 2, covered: 2 });
  });

  it('counts a tallied file as having branches from a BRDA record, also one never evaluated (-) or with an lcov 2 expression', async () => {
    for (const brda of ['BRDA:4,0,0,-', 'BRDA:4,0,(a, b) => c,12', 'BRDA:4,e1,0,0\r']) {
      const report = await readLcov(lcovFile(['SF:a.ts', 'DA:4,1', brda, 'end_of_record'].join('\n')), 'r.info', { keepLines: () => false });
      expect(report.tallied?.[0]?.hasBranches, brda).toBe(true);
    }
  });
});

describe('mergeReports without copying', () => {
  it('takes a first record as it is and never changes a report when a second record of the file comes', () => {
    const first = newReportFile(['src/a.ts']);
    first.lines.set(1, 1).set(2, 0);
    const second = newReportFile(['src/a.ts']);
    second.lines.set(2, 4).set(3, 0);
    const reports: ParsedReport[] = [{ format: 'lcov', files: [first] }, { format: 'lcov', files: [second] }];
    const mapPath = createPathMapper({ repoRoot: '/checkout', trackedFiles: ['src/a.ts'], prefixes: [] });

    const alone = mergeReports([reports[0]!], mapPath, new Set(['src/a.ts']));
    expect(alone.files.get('src/a.ts')?.lines).toBe(first.lines);

    const merged = mergeReports(reports, mapPath, new Set(['src/a.ts']));
    expect(Object.fromEntries(merged.files.get('src/a.ts')!.lines)).toEqual({ 1: 1, 2: 4, 3: 0 });
    expect(Object.fromEntries(first.lines)).toEqual({ 1: 1, 2: 0 });
    expect(Object.fromEntries(second.lines)).toEqual({ 2: 4, 3: 0 });
  });
});
