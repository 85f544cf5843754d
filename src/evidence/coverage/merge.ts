// Many reports (matrix jobs, monorepo packages, several tools) → one coverage map keyed by repository
// path: a line is measured if any report measures it and covered if any report covers it.
import type { PathMapper } from '../paths.js';
import type { ParsedReport, ReportFile } from './report.js';
import { addBranch, addLineHits } from './report.js';
import { LineTally } from './tally.js';

export type MergedFile = Pick<ReportFile, 'lines' | 'branches'>;

/** A file known by tallies only (no changed line in it): all its records, counted together at the end. */
export interface TalliedFile {
  tallies: LineTally[];
  hasBranches: boolean;
}

export interface MergedCoverage {
  /** Repository path → merged coverage. */
  files: Map<string, MergedFile>;
  /** Report path (as written) → merged coverage, for files that map onto no repository path. */
  unmapped: Map<string, MergedFile & { reason: string }>;
  /** The files read without per-line data (see `ReadOptions.keepLines`), by the same keys. */
  tallied?: {
    files: Map<string, TalliedFile>;
    unmapped: Map<string, TalliedFile & { reason: string }>;
  };
}

/**
 * Merges the reports. With `keepLines`, files at other repository paths (and unmapped files) keep only
 * a tally, also when their reader gave per-line data. A file's first record is taken as it is, not
 * copied; a second record of the same file is merged into a copy, so no report is ever changed.
 */
export function mergeReports(
  reports: ParsedReport[],
  mapPath: PathMapper,
  tracked: ReadonlySet<string>,
  keepLines?: (repoPath: string) => boolean,
): MergedCoverage {
  const merged: MergedCoverage = { files: new Map(), unmapped: new Map() };
  const tallied: NonNullable<MergedCoverage['tallied']> = { files: new Map(), unmapped: new Map() };
  const owned = new Set<MergedFile>();
  for (const report of reports) {
    for (const file of report.files) {
      const mapping = chooseRepoPath(file.candidatePaths, report.directory, mapPath, tracked);
      if (keepLines && (mapping.path === null || !keepLines(mapping.path))) {
        const tally = new LineTally();
        for (const [line, hits] of file.lines) tally.add(line, hits);
        addTally(tallied, mapping, file.candidatePaths, tally, file.branches.size > 0);
      } else if (mapping.path !== null) {
        mergeInto(merged.files, mapping.path, file, owned, (copy) => copy);
      } else {
        const reason = mapping.reason;
        mergeInto(merged.unmapped, file.candidatePaths[0] ?? '', file, owned, (copy) => ({ ...copy, reason }));
      }
    }
    for (const file of report.tallied ?? []) {
      const mapping = chooseRepoPath(file.candidatePaths, report.directory, mapPath, tracked);
      addTally(tallied, mapping, file.candidatePaths, file.tally, file.hasBranches);
    }
  }
  if (keepLines || reports.some((report) => report.tallied !== undefined)) merged.tallied = tallied;
  return merged;
}

function addTally(
  into: NonNullable<MergedCoverage['tallied']>,
  mapping: ReturnType<typeof chooseRepoPath>,
  candidatePaths: string[],
  tally: LineTally,
  hasBranches: boolean,
): void {
  const existing = mapping.path !== null ? into.files.get(mapping.path) : into.unmapped.get(candidatePaths[0] ?? '');
  if (existing) {
    existing.tallies.push(tally);
    existing.hasBranches ||= hasBranches;
  } else if (mapping.path !== null) {
    into.files.set(mapping.path, { tallies: [tally], hasBranches });
  } else {
    into.unmapped.set(candidatePaths[0] ?? '', { tallies: [tally], hasBranches, reason: mapping.reason });
  }
}

/**
 * A relative path is first looked for under the folders above the report, nearest first (a monorepo
 * package's report names `src/index.ts`, which several packages may have); then every candidate as
 * the path mapper sees it: the first that is a tracked file, else the first that maps at all, else why
 * the first does not.
 */
export function chooseRepoPath(
  candidates: string[],
  reportDirectory: string | undefined,
  mapPath: PathMapper,
  tracked: ReadonlySet<string>,
): { path: string } | { path: null; reason: string } {
  const underReport = reportDirectory === undefined ? [] : candidates.filter(isRelative).flatMap((path) => underFolders(reportDirectory, path));
  const nearest = underReport.map(mapPath).find((mapping) => mapping.path !== null && tracked.has(mapping.path));
  if (nearest) return nearest;
  const mappings = candidates.map(mapPath);
  const trackedMapping = mappings.find((mapping) => mapping.path !== null && tracked.has(mapping.path));
  const anyMapping = mappings.find((mapping) => mapping.path !== null);
  return trackedMapping ?? anyMapping ?? mappings[0] ?? { path: null, reason: 'the report names no path' };
}

function isRelative(path: string): boolean {
  return !/^([\\/]|[A-Za-z]:)/.test(path);
}

/** `path` joined to `directory` and to each folder above it, nearest first, the repository root left out. */
function underFolders(directory: string, path: string): string[] {
  const folders = directory.split('/').filter((segment) => segment !== '' && segment !== '.');
  const joined: string[] = [];
  for (let depth = folders.length; depth > 0; depth--) joined.push(`${folders.slice(0, depth).join('/')}/${path}`);
  return joined;
}

/**
 * The first record of a key is used as it is (its maps are not copied: with one report, nothing is);
 * the second makes a copy owned by the merge, into which that and later records are added.
 */
function mergeInto<T extends MergedFile>(target: Map<string, T>, key: string, file: ReportFile, owned: Set<MergedFile>, entry: (file: MergedFile) => T): void {
  const existing = target.get(key);
  if (!existing) {
    target.set(key, entry({ lines: file.lines, branches: file.branches }));
    return;
  }
  let into = existing;
  if (!owned.has(existing)) {
    into = entry({ lines: new Map(existing.lines), branches: new Map([...existing.branches].map(([line, ids]) => [line, new Map(ids)])) });
    owned.add(into);
    target.set(key, into);
  }
  for (const [line, hits] of file.lines) addLineHits(into, line, hits);
  for (const [line, branches] of file.branches) for (const [id, taken] of branches) addBranch(into, line, id, taken);
}
