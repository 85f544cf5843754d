// Many reports (matrix jobs, monorepo packages, several tools) → one coverage map keyed by repository
// path: a line is measured if any report measures it and covered if any report covers it.
import type { PathMapper } from '../paths.js';
import type { ParsedReport, ReportFile } from './report.js';
import { addBranch, addLineHits } from './report.js';

export type MergedFile = Pick<ReportFile, 'lines' | 'branches'>;

export interface MergedCoverage {
  /** Repository path → merged coverage. */
  files: Map<string, MergedFile>;
  /** Report path (as written) → merged coverage, for files that map onto no repository path. */
  unmapped: Map<string, MergedFile & { reason: string }>;
}

export function mergeReports(reports: ParsedReport[], mapPath: PathMapper, tracked: ReadonlySet<string>): MergedCoverage {
  const merged: MergedCoverage = { files: new Map(), unmapped: new Map() };
  for (const report of reports) {
    for (const file of report.files) {
      const mapping = chooseRepoPath(file.candidatePaths, report.directory, mapPath, tracked);
      if (mapping.path !== null) {
        mergeInto(merged.files, mapping.path, file, () => ({ lines: new Map(), branches: new Map() }));
      } else {
        const reason = mapping.reason;
        mergeInto(merged.unmapped, file.candidatePaths[0] ?? '', file, () => ({ lines: new Map(), branches: new Map(), reason }));
      }
    }
  }
  return merged;
}

/**
 * A relative path is first looked for under the folders above the report, nearest first (a monorepo
 * package's report names `src/index.ts`, which several packages may have); then every candidate as
 * the path mapper sees it: the first that is a tracked file, else the first that maps at all, else why
 * the first does not.
 */
function chooseRepoPath(
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

function mergeInto<T extends MergedFile>(target: Map<string, T>, key: string, file: ReportFile, create: () => T): void {
  let into = target.get(key);
  if (!into) {
    into = create();
    target.set(key, into);
  }
  for (const [line, hits] of file.lines) addLineHits(into, line, hits);
  for (const [line, branches] of file.branches) for (const [id, taken] of branches) addBranch(into, line, id, taken);
}
