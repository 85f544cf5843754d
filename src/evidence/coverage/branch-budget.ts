// Cobertura, JaCoCo and Clover give a line's branches as counts (`condition-coverage="50% (1/2)"`,
// `mb=`/`cb=`, `truecount=`/`falsecount=`), and each counted branch becomes one entry of the line's
// branch map. A count is a claim, not data: a 300-byte report that claims 10⁹ branches on a line
// would fill the heap. So the branches one report may claim are bounded by its real size — at most
// one per byte (real reports spend 60+ bytes on a line with 2 to 12 branches) — and a report that
// claims more is refused as corrupt instead of being believed.
import { InputError } from '../../errors.js';
import type { ReportFile } from './report.js';
import { addBranchCounts } from './report.js';

/** Small reports (hand-written, one file) may still claim this many branches in all. */
export const MIN_BRANCH_BUDGET = 10_000;

/** Records `covered` of `total` branches on a line, charged to the report's budget. */
export type BranchClaim = (file: ReportFile, line: number, covered: number, total: number) => void;

export function branchBudget(reportPath: string, reportBytes: number): BranchClaim {
  let left = Math.max(MIN_BRANCH_BUDGET, reportBytes);
  return (file, line, coveredCount, totalCount) => {
    // Counts reach here as non-negative finite numbers; a fraction is no branch count, so round down.
    const total = Math.floor(totalCount);
    const covered = Math.min(Math.floor(coveredCount), total);
    if (total <= 0) return;
    if (total > left) {
      throw new InputError(
        `coverage report ${reportPath}: line ${line} claims ${total} branches, more than a report of ${reportBytes} bytes can describe; the report is corrupt, regenerate it`,
      );
    }
    left -= total;
    addBranchCounts(file, line, covered, total);
  };
}
