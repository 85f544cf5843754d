// The coverage reports read on a worker thread (the built dist/chunks/coverage-worker.js, which the global setup
// keeps fresh) give exactly what this thread reads: the same merged maps, the same tallies, the same errors.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readCoverageReportsOffThread } from '../../../src/evidence/coverage/off-thread.js';
import { readCoverageReports, type CoverageRead, type CoverageReadRequest } from '../../../src/evidence/coverage/read-reports.js';
import { LineTally } from '../../../src/evidence/coverage/tally.js';
import { makeRepo, removeRepos } from '../../helpers/repo.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const workerFile = join(root, 'dist/chunks/coverage-worker.js');
const corpus = resolve(root, '../shared/corpus/coverage');
const haveCorpus = existsSync(corpus);
/** Always the worker, whatever the size. */
const onWorker = { workerFile, minBytes: 0 };

afterAll(removeRepos);

async function outcome(read: Promise<CoverageRead>): Promise<CoverageRead | { error: string; input: boolean }> {
  try {
    return await read;
  } catch (error) {
    return { error: (error as Error).message, input: error instanceof InputError };
  }
}

function request(repo: string, patterns: string[], extra: Partial<CoverageReadRequest> = {}): CoverageReadRequest {
  return { repo, patterns, basePatterns: [], trackedFiles: [], prefixes: [], changedPaths: [], ...extra };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

describe('coverage reports read on a worker thread', { timeout: 120_000 }, () => {
  it('the built worker exists next to the chunk that starts it', () => {
    expect(existsSync(workerFile)).toBe(true);
  });

  it('gives the same merged coverage as this thread: kept lines for changed files, revived tallies for the rest', async () => {
    const repo = makeRepo();
    repo.write({ 'src/a.ts': 'a\n', 'src/b.ts': 'b\n', 'pkg/src/c.ts': 'c\n' });
    repo.commit('files');
    // Two reports of the same file (merged), a relative path under the report's folder, one outside the repository.
    writeFileSync(
      join(repo.dir, 'lcov.info'),
      [
        `SF:${join(repo.dir, 'src/a.ts')}`, 'DA:1,1', 'DA:2,0', 'BRDA:2,0,0,1', 'BRDA:2,0,1,0', 'end_of_record',
        'SF:src/b.ts', 'DA:3,2', 'DA:1,0', 'end_of_record',
        'SF:/elsewhere/d.ts', 'DA:1,1', 'end_of_record',
        '',
      ].join('\n'),
    );
    writeFileSync(join(repo.dir, 'pkg', 'lcov.info'), ['SF:src/c.ts', 'DA:1,1', 'end_of_record', `SF:${join(repo.dir, 'src/a.ts')}`, 'DA:2,4', 'DA:5,0', 'end_of_record', ''].join('\n'));
    const asked = request(repo.dir, ['lcov.info', 'pkg/lcov.info'], {
      basePatterns: ['pkg/lcov.info'],
      trackedFiles: ['src/a.ts', 'src/b.ts', 'pkg/src/c.ts'],
      changedPaths: ['src/a.ts'],
    });

    const here = await readCoverageReports(asked);
    const pending = readCoverageReportsOffThread(asked, onWorker);
    expect(pending.thread).toBe('worker');
    const there = await pending.result;
    expect(there).toStrictEqual(here);
    expect([...there.head.files.keys()]).toEqual(['src/a.ts']);
    expect(there.head.files.get('src/a.ts')?.lines).toEqual(new Map([[1, 1], [2, 4], [5, 0]]));
    const tallied = there.head.tallied?.files.get('src/b.ts')?.tallies[0];
    expect(tallied).toBeInstanceOf(LineTally);
    expect([...(tallied?.entries() ?? [])]).toEqual([-3, 1]);
    expect(tallied?.isAscending).toBe(false);
    expect(there.head.tallied?.unmapped.has('/elsewhere/d.ts')).toBe(true);
    expect(there.base?.tallied?.files.get('pkg/src/c.ts')?.tallies[0]).toBeInstanceOf(LineTally);
  });

  it('an InputError crosses as an InputError with the same one-line message', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'x\n' });
    repo.commit('base');
    writeFileSync(join(repo.dir, 'bad.info'), 'SF:src/a.ts\nDA:x,1\nend_of_record\n');
    for (const patterns of [['bad.info'], ['missing/**/lcov.info']]) {
      const asked = request(repo.dir, patterns);
      const here = await outcome(readCoverageReports(asked));
      const there = await outcome(readCoverageReportsOffThread(asked, onWorker).result);
      expect(here).toMatchObject({ input: true });
      expect(there).toEqual(here);
    }
  });

  it('small reports named as files are read on this thread; globs and large reports on the worker', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'x\n' });
    repo.commit('base');
    writeFileSync(join(repo.dir, 'lcov.info'), 'SF:README.md\nDA:1,1\nend_of_record\n');
    const small = readCoverageReportsOffThread(request(repo.dir, ['lcov.info']), { workerFile });
    const glob = readCoverageReportsOffThread(request(repo.dir, ['*.info']), { workerFile });
    const large = readCoverageReportsOffThread(request(repo.dir, ['lcov.info']), { workerFile, minBytes: 10 });
    const noWorker = readCoverageReportsOffThread(request(repo.dir, ['*.info']), { workerFile: join(repo.dir, 'absent.js'), minBytes: 0 });
    expect([small.thread, glob.thread, large.thread, noWorker.thread]).toEqual(['main', 'worker', 'worker', 'main']);
    const reads = await Promise.all([small.result, glob.result, large.result, noWorker.result]);
    for (const read of reads) expect(read).toStrictEqual(reads[0]);
  });

  it('disposing of a read under way stops the worker, and the result says it never answered', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'x\n' });
    repo.commit('base');
    writeFileSync(join(repo.dir, 'lcov.info'), 'SF:README.md\nDA:1,1\nend_of_record\n');
    const pending = readCoverageReportsOffThread(request(repo.dir, ['lcov.info']), onWorker);
    pending[Symbol.dispose]();
    await expect(pending.result).rejects.toThrow(/the coverage worker stopped \(exit code \d+\) before it answered/);
  });

  describe.skipIf(!haveCorpus)(`every real report of the corpus${haveCorpus ? '' : ' (skipped: ../shared/corpus not found)'}`, () => {
    it('reads the same on both threads, or fails with the same message', async () => {
      const reports = haveCorpus ? filesUnder(corpus) : [];
      expect(reports.length).toBeGreaterThan(20);
      for (const report of reports) {
        const asked = request(corpus, [relative(corpus, report)]);
        const here = await outcome(readCoverageReports(asked));
        const there = await outcome(readCoverageReportsOffThread(asked, onWorker).result);
        expect(there, report).toStrictEqual(here);
      }
    });
  });
});
