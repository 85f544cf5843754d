// Public surface of coverage evidence. Owned by src/evidence/coverage/.
import type { ChangedFile, CoverageCount, CoverageResult } from '../../model.js';
import type { ProvenanceLookup } from '../../provenance/lookup.js';
import { countOf, measureChangedLines } from './changed.js';
import type { CoverageConfig } from './config.js';
import type { MergedCoverage } from './merge.js';
import { readCoverageReports, type CoverageRead, type CoverageReadRequest } from './read-reports.js';
import { countTallies } from './tally.js';

export { readCoverageReportsOffThread } from './off-thread.js';

export interface CoverageInput {
  repo: string;
  /** Head coverage reports: paths and globs. */
  patterns: string[];
  /** Base coverage reports, for the change in overall coverage (may be empty). */
  basePatterns: string[];
  files: ChangedFile[];
  /** Paths tracked at head: the head Revision's index (built once per run), or a plain list. */
  trackedFiles: Iterable<string>;
  provenance: ProvenanceLookup;
  config: CoverageConfig;
  /**
   * The reports, when the caller started reading them already (on a worker thread, see off-thread.ts, while
   * the main thread attributes lines); read here, from `patterns`, when absent.
   */
  read?: Promise<CoverageRead>;
}

/** How many unmapped report files are named in the result (the rest are counted). */
const MAX_UNMAPPED_EXAMPLES = 20;

/** Changed-line coverage counted like diff-cover; null when no patterns were given. */
export async function measureCoverage(input: CoverageInput): Promise<CoverageResult | null> {
  if (input.patterns.length === 0) return null;
  const { head, base, reports } = await (input.read ?? readCoverageReports(coverageReadRequest(input)));
  const changed = measureChangedLines(input.files, head, input.provenance, input.config);

  const headOverall = overallOf(head);
  const baseOverall = base ? overallOf(base) : null;
  const delta = headOverall.percent !== null && baseOverall?.percent != null ? headOverall.percent - baseOverall.percent : null;
  // Unmapped files are never changed files: with tallies, they are all tallied, in report order.
  const unmappedPaths = [...head.unmapped.entries(), ...(head.tallied?.unmapped.entries() ?? [])];
  return {
    ...changed,
    overall: { head: headOverall, base: baseOverall, delta },
    reports,
    unmapped: {
      count: unmappedPaths.length,
      examples: unmappedPaths.slice(0, MAX_UNMAPPED_EXAMPLES).map(([path, file]) => ({ path, reason: file.reason })),
    },
  };
}

/** What reading the reports needs, in plain data (it may cross to a worker thread). */
export function coverageReadRequest(input: Pick<CoverageInput, 'repo' | 'patterns' | 'basePatterns' | 'files' | 'trackedFiles' | 'config'>): CoverageReadRequest {
  return {
    repo: input.repo,
    patterns: input.patterns,
    basePatterns: input.basePatterns,
    trackedFiles: [...input.trackedFiles],
    prefixes: input.config['path-prefixes'],
    changedPaths: input.files.filter((file) => file.addedLines.length > 0).map((file) => file.path),
  };
}

/** Whole-project line coverage as the reports give it, including files outside the repository. */
function overallOf(coverage: MergedCoverage): CoverageCount {
  let measured = 0;
  let covered = 0;
  for (const file of [...coverage.files.values(), ...coverage.unmapped.values()]) {
    measured += file.lines.size;
    for (const hits of file.lines.values()) if (hits > 0) covered++;
  }
  for (const file of [...(coverage.tallied?.files.values() ?? []), ...(coverage.tallied?.unmapped.values() ?? [])]) {
    const count = countTallies(file.tallies);
    measured += count.measured;
    covered += count.covered;
  }
  return countOf(measured, covered);
}
