// The mutation score, counted the way Stryker counts it (stryker-mutator.io, "Mutant states and
// metrics"): detected = killed + timeout; undetected = survived + no coverage; the score is
// detected / (detected + undetected) × 100. Compile and runtime errors are invalid mutants and
// ignored and pending ones are not tested: none of them count either way.
import type { MutationCount } from '../../model.js';
import type { MutantStatus } from './report.js';

export type { MutationCount };

export function emptyCount(): MutationCount {
  return { killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0, ignored: 0, valid: 0, score: null };
}

/** Adds one mutant of `status` to `count` (in place) and keeps `valid` and `score` in step. */
export function addStatus(count: MutationCount, status: MutantStatus): void {
  switch (status) {
    case 'Killed':
      count.killed++;
      break;
    case 'Timeout':
      count.timeout++;
      break;
    case 'Survived':
      count.survived++;
      break;
    case 'NoCoverage':
      count.noCoverage++;
      break;
    case 'CompileError':
    case 'RuntimeError':
      count.invalid++;
      break;
    case 'Ignored':
    case 'Pending':
      count.ignored++;
      break;
  }
  withScore(count);
}

/** The sum of several counts (totals over files), `valid` and `score` recounted. */
export function sumCounts(counts: Iterable<MutationCount>): MutationCount {
  const total = emptyCount();
  for (const count of counts) {
    total.killed += count.killed;
    total.timeout += count.timeout;
    total.survived += count.survived;
    total.noCoverage += count.noCoverage;
    total.invalid += count.invalid;
    total.ignored += count.ignored;
  }
  return withScore(total);
}

function withScore(count: MutationCount): MutationCount {
  count.valid = count.killed + count.timeout + count.survived + count.noCoverage;
  count.score = count.valid === 0 ? null : ((count.killed + count.timeout) / count.valid) * 100;
  return count;
}

/** Whether a mutant in this state is one no test noticed. */
export function isSurvivor(status: MutantStatus): boolean {
  return status === 'Survived' || status === 'NoCoverage';
}

/**
 * When two reports hold the same mutant, the state that says most about the tests wins, as a line
 * counts as covered when any coverage report covers it: a kill anywhere is a kill.
 */
const STATUS_STRENGTH: Record<MutantStatus, number> = {
  Killed: 7,
  Timeout: 6,
  Survived: 5,
  NoCoverage: 4,
  CompileError: 3,
  RuntimeError: 2,
  Ignored: 1,
  Pending: 0,
};

export function strongerStatus(a: MutantStatus, b: MutantStatus): MutantStatus {
  return STATUS_STRENGTH[b] > STATUS_STRENGTH[a] ? b : a;
}
