// The coverage worker thread's whole program: read the reports it is given (workerData), post the result
// or the error, end. Built to dist/chunks/coverage-worker.js (scripts/build.mjs); see off-thread.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { isInputError } from '../../errors.js';
import { readCoverageReports, type CoverageReadRequest } from './read-reports.js';
import type { WorkerReply } from './off-thread.js';

async function reply(): Promise<WorkerReply> {
  try {
    return { read: await readCoverageReports(workerData as CoverageReadRequest) };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    return { error: { message, input: isInputError(error), ...(stack ? { stack } : {}) } };
  }
}

parentPort?.postMessage(await reply());
