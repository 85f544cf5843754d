// `policy.ignore` on coverage: findings and coverage on these paths do not count, and are not shown either.
import type { CoverageCount, CoverageResult, FileCoverage, MutationSummary } from '../model.js';
import { sumCounts } from '../evidence/mutation/score.js';
import type { Policy } from './compile.js';

function countOf(measured: number, covered: number): CoverageCount {
  return { measured, covered, percent: measured === 0 ? null : (covered / measured) * 100 };
}

function sum(files: FileCoverage[], pick: (file: FileCoverage) => { measured: number; covered: number } | undefined): CoverageCount {
  let measured = 0;
  let covered = 0;
  for (const file of files) {
    const count = pick(file);
    measured += count?.measured ?? 0;
    covered += count?.covered ?? 0;
  }
  return countOf(measured, covered);
}

/**
 * Changed-line coverage without the ignored paths, totals recounted. Project-wide numbers
 * (`overall`) come from the reports as a whole and stay as they are.
 */
export function withoutIgnoredCoverage(coverage: CoverageResult | null, policy: Policy): CoverageResult | null {
  if (!coverage || policy.config.ignore.length === 0) return coverage;
  const { isIgnored } = policy.paths;
  const files = coverage.files.filter((file) => !isIgnored(file.path));
  if (files.length === coverage.files.length && !coverage.unmentioned.some(isIgnored)) return coverage;
  return {
    ...coverage,
    changed: sum(files, (file) => file),
    ai: sum(files, (file) => file.ai),
    branches: coverage.branches && sum(files, (file) => file.branches),
    files,
    unmentioned: coverage.unmentioned.filter((path) => !isIgnored(path)),
  };
}

/** Changed-line mutation evidence without the ignored paths, totals recounted from the files. */
export function withoutIgnoredMutation(mutation: MutationSummary | null | undefined, policy: Policy): MutationSummary | null {
  if (!mutation) return null;
  if (policy.config.ignore.length === 0) return mutation;
  const { isIgnored } = policy.paths;
  const files = mutation.files.filter((file) => !isIgnored(file.path));
  if (files.length === mutation.files.length && !mutation.unmentioned.some(isIgnored)) return mutation;
  return {
    ...mutation,
    all: sumCounts(files.map((file) => file.all)),
    ai: sumCounts(files.map((file) => file.ai)),
    files,
    survivors: mutation.survivors.filter((survivor) => !isIgnored(survivor.path)),
    unmentioned: mutation.unmentioned.filter((path) => !isIgnored(path)),
    skipped: mutation.skipped.filter((entry) => !isIgnored(entry.path)),
  };
}
