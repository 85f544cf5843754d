// Public surface of coverage evidence. Owned by src/evidence/coverage/.
import { posix, sep } from 'node:path';
import type { ChangedFile, CoverageCount, CoverageResult } from '../../model.js';
import type { ProvenanceLookup } from '../../provenance/lookup.js';
import { createPathMapper, type PathMapper } from '../paths.js';
import { countOf, measureChangedLines } from './changed.js';
import type { CoverageConfig } from './config.js';
import type { MergedCoverage } from './merge.js';
import { chooseRepoPath, mergeReports } from './merge.js';
import { displayPath, expandReportPatterns, readCoverageReport } from './read.js';
import { countTallies } from './tally.js';

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

  // Per-line data is kept only for the changed files' paths; the base reports only count overall.
  const changedPaths = new Set<string>(input.files.filter((file) => file.addedLines.length > 0).map((file) => file.path));
  const head = await readMerged(input.repo, input.patterns, { mapPath, tracked, keepLines: (path) => changedPaths.has(path) }, reports);
  const base = input.basePatterns.length > 0 ? await readMerged(input.repo, input.basePatterns, { mapPath, tracked, keepLines: () => false }, []) : null;
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

interface Mapping {
  mapPath: PathMapper;
  tracked: ReadonlySet<string>;
  /** Which repository paths keep per-line data; the other files are tallied for overall coverage. */
  keepLines: (repoPath: string) => boolean;
}

async function readMerged(repo: string, patterns: string[], mapping: Mapping, reportsRead: CoverageResult['reports']): Promise<MergedCoverage> {
  const parsed = [];
  // One report at a time: a big XML report is held whole while it is parsed.
  for (const path of await expandReportPatterns(repo, patterns)) {
    const shownPath = displayPath(repo, path);
    const directory = shownPath === path ? undefined : posix.dirname(shownPath.split(sep).join('/'));
    // The reader asks, per file, what merging will decide: whether its repository path keeps its lines.
    const keepLines = (candidatePaths: string[]): boolean => {
      const repoPath = chooseRepoPath(candidatePaths, directory, mapping.mapPath, mapping.tracked).path;
      return repoPath !== null && mapping.keepLines(repoPath);
    };
    const report = await readCoverageReport(path, shownPath, { keepLines });
    reportsRead.push({ path: shownPath, format: report.format });
    parsed.push(directory === undefined ? report : { ...report, directory });
  }
  return mergeReports(parsed, mapping.mapPath, mapping.tracked, mapping.keepLines);
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
