// Reading the coverage reports on a worker thread. A big LCOV report is a third of a typical run's work on
// the main thread, and needs nothing the main thread does next (blame, provenance, SARIF): on a runner's
// second core it is read meanwhile. Where the worker's file is absent (the tests run the TypeScript
// sources), the reports are read on this thread; the result is the same.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../errors.js';
import type { MergedCoverage } from './merge.js';
import { readCoverageReports, type CoverageRead, type CoverageReadRequest } from './read-reports.js';
import { LineTally } from './tally.js';

/** Next to the chunk holding this module in dist/ (scripts/build.mjs names it). */
const WORKER_FILE = fileURLToPath(new URL('./coverage-worker.js', import.meta.url));

/** What the worker posts: the reports read, or why not (an InputError keeps its class across). */
export type WorkerReply = { read: CoverageRead } | { error: { message: string; input: boolean; stack?: string } };

/**
 * Below this many bytes of reports, the read takes less than a worker's start (a Node environment and the
 * reader's modules, some 40 ms on the other core), and the main thread would wait for it: read here.
 */
const WORKER_MIN_BYTES = 1024 * 1024;

/** A read under way; disposing of it stops the worker (a run that failed before it needed the result). */
export interface PendingCoverageRead extends Disposable {
  result: Promise<CoverageRead>;
  /** Where the reports are read. */
  thread: 'worker' | 'main';
}

export interface OffThreadOptions {
  workerFile?: string;
  minBytes?: number;
}

export function readCoverageReportsOffThread(request: CoverageReadRequest, options: OffThreadOptions = {}): PendingCoverageRead {
  const workerFile = options.workerFile ?? WORKER_FILE;
  if (!existsSync(workerFile) || knownSmallerThan(request, options.minBytes ?? WORKER_MIN_BYTES)) {
    return pending(readCoverageReports(request), 'main', () => undefined);
  }
  const worker = new Worker(workerFile, { workerData: request });
  const result = new Promise<CoverageRead>((resolve, reject) => {
    worker.once('message', (reply: WorkerReply) => {
      if ('read' in reply) resolve(revive(reply.read));
      else reject(rebuildError(reply.error));
    });
    // The worker itself failed (out of memory, a crash): a bug of ours, reported as one.
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the coverage worker stopped (exit code ${code}) before it answered`)));
  });
  return pending(result, 'worker', () => void worker.terminate());
}

function pending(result: Promise<CoverageRead>, thread: PendingCoverageRead['thread'], stop: () => void): PendingCoverageRead {
  // The result is awaited where the coverage is used, after other stages; until then a rejection must not
  // count as unhandled (which would end the process).
  result.catch(() => undefined);
  return { result, thread, [Symbol.dispose]: stop };
}

/**
 * Whether every report is a file named as it is, together under `limit` bytes. A glob, or a path that names
 * no plain file, is not known small: the worker expands it (and reports what is wrong, as this thread would).
 */
function knownSmallerThan(request: CoverageReadRequest, limit: number): boolean {
  let bytes = 0;
  for (const pattern of [...request.patterns, ...request.basePatterns]) {
    if (pattern.startsWith('!')) continue;
    const info = statSync(resolve(request.repo, pattern), { throwIfNoEntry: false });
    if (!info?.isFile()) return false;
    bytes += info.size;
  }
  return bytes < limit;
}

function rebuildError(error: { message: string; input: boolean; stack?: string }): Error {
  if (error.input) return new InputError(error.message);
  const rebuilt = new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

/** A structured clone keeps Maps and typed arrays, not classes: the tallies become LineTally again. */
function revive(read: CoverageRead): CoverageRead {
  reviveTallies(read.head);
  if (read.base) reviveTallies(read.base);
  return read;
}

function reviveTallies(coverage: MergedCoverage): void {
  for (const file of [...(coverage.tallied?.files.values() ?? []), ...(coverage.tallied?.unmapped.values() ?? [])]) {
    file.tallies = file.tallies.map((tally) => LineTally.revive(tally));
  }
}
