// Reading every coverage report of a run into one merged map, head and base. The run does this on a worker
// thread (off-thread.ts), so it asks in plain data (cloneable), and this module builds the rest from it.
import { posix, sep } from 'node:path';
import type { CoverageResult } from '../../model.js';
import { TrackedPathIndex } from '../../git/path-index.js';
import { createPathMapper, type PathMapper } from '../paths.js';
import type { MergedCoverage } from './merge.js';
import { chooseRepoPath, mergeReports } from './merge.js';
import { displayPath, expandReportPatterns, readCoverageReport } from './read.js';

/** What to read, in plain data: it crosses to the worker thread as it is. */
export interface CoverageReadRequest {
  repo: string;
  /** Head coverage reports: paths and globs. */
  patterns: readonly string[];
  /** Base coverage reports, for the change in overall coverage (may be empty). */
  basePatterns: readonly string[];
  /** Paths tracked at head. */
  trackedFiles: readonly string[];
  /** `coverage.path-prefixes`. */
  prefixes: readonly string[];
  /** The repository paths that keep per-line data: the changed files with added lines. */
  changedPaths: readonly string[];
}

export interface CoverageRead {
  head: MergedCoverage;
  base: MergedCoverage | null;
  /** The head reports read, as shown, with their format. */
  reports: CoverageResult['reports'];
}

interface Mapping {
  mapPath: PathMapper;
  tracked: ReadonlySet<string>;
  /** Which repository paths keep per-line data; the other files are tallied for overall coverage. */
  keepLines: (repoPath: string) => boolean;
}

export async function readCoverageReports(request: CoverageReadRequest): Promise<CoverageRead> {
  const tracked = new TrackedPathIndex(request.trackedFiles);
  const mapPath = createPathMapper({ repoRoot: request.repo, trackedFiles: tracked, prefixes: [...request.prefixes] });
  const trackedSet = new Set(request.trackedFiles);
  const changedPaths = new Set(request.changedPaths);
  const reports: CoverageResult['reports'] = [];
  // Per-line data is kept only for the changed files' paths; the base reports only count overall.
  const head = await readMerged(request.repo, request.patterns, { mapPath, tracked: trackedSet, keepLines: (path) => changedPaths.has(path) }, reports);
  const base =
    request.basePatterns.length > 0 ? await readMerged(request.repo, request.basePatterns, { mapPath, tracked: trackedSet, keepLines: () => false }, []) : null;
  return { head, base, reports };
}

async function readMerged(repo: string, patterns: readonly string[], mapping: Mapping, reportsRead: CoverageResult['reports']): Promise<MergedCoverage> {
  const parsed = [];
  // One report at a time: a big XML report is held whole while it is parsed.
  for (const path of await expandReportPatterns(repo, [...patterns])) {
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
