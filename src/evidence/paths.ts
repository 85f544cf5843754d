// Maps a path written by another tool (a SARIF URI already decoded to a path, an LCOV `SF:`, a
// Cobertura filename joined with its <source>) onto a repository path. Shared by SARIF and coverage.
// Owned by the coverage work.

export interface PathMappingContext {
  /** Absolute path of the repository checkout on this machine. */
  repoRoot: string;
  /** Repository paths tracked at head (POSIX separators). */
  trackedFiles: string[];
  /** Configured prefixes to strip, tried first: e.g. `/home/runner/work/svc/svc/`. */
  prefixes: string[];
}

export type PathMapping = { path: string } | { path: null; reason: string };

/**
 * Absolute paths under the checkout are made relative; Windows separators become `/`; absolute paths
 * from another machine are matched by the longest suffix that names exactly one tracked file, or by
 * a configured prefix. Paths that leave the repository are refused with a reason.
 */
export function mapToRepoPath(rawPath: string, _context: PathMappingContext): PathMapping {
  return { path: null, reason: `not mapped yet: ${rawPath}` };
}
