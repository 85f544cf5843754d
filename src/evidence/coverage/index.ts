// Public surface of coverage evidence. Owned by src/evidence/coverage/.
import { posix, sep } from 'node:path';
import type { ChangedFile, CoverageCount, CoverageResult } from '../../model.js';
import type { ProvenanceLookup } from '../../provenance/lookup.js';
import { createPathMapper, type PathMapper } from '../paths.js';
import { countOf, measureChangedLines } from './changed.js';
import type { CoverageConfig } from './config.js';
import type { MergedCoverage } from './merge.js';
import { mergeReports } from './merge.js';
import { displayPath, expandReportPatterns, readCoverageReport } from './read.js';

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
}

/** How many unmapped report files are named in the result (the rest are counted). */
const MAX_UNMAPPED_EXAMPLES = 20;

/** Changed-line coverage counted like diff-cover; null when no patterns were given. */
export async function measureCoverage(input: CoverageInput): Promise<CoverageResult | null> {
  if (input.patterns.length === 0) return null;
  const mapPath = createPathMapper({ repoRoot: input.repo, trackedFiles: input.trackedFiles, prefixes: input.config['path-prefixes'] });
  const tracked = new Set(input.trackedFiles);
  const reports: CoverageResult['reports'] = [];

  const head = await readMerged(input.repo, input.patterns, mapPath, tracked, reports);
  const base = input.basePatterns.length > 0 ? await readMerged(input.repo, input.basePatterns, mapPath, tracked, []) : null;
  const changed = measureChangedLines(input.files, head, input.provenance, input.config);

  const headOverall = overallOf(head);
  const baseOverall = base ? overallOf(base) : null;
  const delta = headOverall.percent !== null && baseOverall?.percent != null ? headOverall.percent - baseOverall.percent : null;
  const unmappedPaths = [...head.unmapped.entries()];
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

async function readMerged(
  repo: string,
  patterns: string[],
  mapPath: PathMapper,
  tracked: ReadonlySet<string>,
  reportsRead: CoverageResult['reports'],
): Promise<MergedCoverage> {
  const parsed = [];
  // One report at a time: a big XML report is held whole while it is parsed.
  for (const path of await expandReportPatterns(repo, patterns)) {
    const shownPath = displayPath(repo, path);
    const report = await readCoverageReport(path, shownPath);
    reportsRead.push({ path: shownPath, format: report.format });
    parsed.push(shownPath === path ? report : { ...report, directory: posix.dirname(shownPath.split(sep).join('/')) });
  }
  return mergeReports(parsed, mapPath, tracked);
}

/** Whole-project line coverage as the reports give it, including files outside the repository. */
function overallOf(coverage: MergedCoverage): CoverageCount {
  let measured = 0;
  let covered = 0;
  for (const file of [...coverage.files.values(), ...coverage.unmapped.values()]) {
    measured += file.lines.size;
    for (const hits of file.lines.values()) if (hits > 0) covered++;
  }
  return countOf(measured, covered);
}
