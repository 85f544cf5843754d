// Maps a path written by another tool (a SARIF URI already decoded to a path, an LCOV `SF:`, a
// Cobertura filename joined with its <source>) onto a repository path. Shared by SARIF and coverage.
// The tracked-file index is the head Revision's (src/git/path-index.ts), built once per run.
import { TrackedPathIndex } from '../git/path-index.js';
import { repositoryPath, type RepoPath } from '../ids.js';

export interface PathMappingContext {
  /** Absolute path of the repository checkout on this machine. */
  repoRoot: string;
  /**
   * Repository paths tracked at head (POSIX separators): the head Revision's index (the gate passes
   * it, so the index is built once per run), or a plain list that is indexed on the spot.
   */
  trackedFiles: Iterable<string>;
  /** Configured prefixes to strip, tried first: e.g. `/home/runner/work/svc/svc/`. */
  prefixes: string[];
}

export type PathMapping = { path: RepoPath } | { path: null; reason: string };

/** How many candidates an "ambiguous" reason names before it says "and N more". */
const MAX_NAMED_CANDIDATES = 5;

/**
 * Absolute paths under the checkout are made relative; Windows separators become `/`; absolute paths
 * from another machine are matched by the longest suffix that names exactly one tracked file, or by
 * a configured prefix. Paths that leave the repository are refused with a reason.
 */
export function mapToRepoPath(rawPath: string, context: PathMappingContext): PathMapping {
  return createPathMapper(context)(rawPath);
}

export type PathMapper = (rawPath: string) => PathMapping;

/** The same mapping as `mapToRepoPath`, with the tracked-file index built once: use it to map thousands of paths. */
export function createPathMapper(context: PathMappingContext): PathMapper {
  const index = TrackedPathIndex.of(context.trackedFiles);
  const root = splitPath(context.repoRoot);
  const prefixes = context.prefixes.map(splitPath).filter((prefix) => prefix.segments.length > 0 || prefix.absolute);
  return (rawPath) => asRepoPath(mapWithIndex(rawPath, root, prefixes, index), rawPath);
}

/**
 * The same mapper, answering each distinct path once: a SARIF log names the same file in many results (an
 * ESLint run, a result per problem). The answers are never changed by their readers, so they are shared.
 */
export function memoizePathMapper(mapPath: PathMapper): PathMapper {
  const answers = new Map<string, PathMapping>();
  return (rawPath) => {
    let answer = answers.get(rawPath);
    if (answer === undefined) {
      answer = mapPath(rawPath);
      answers.set(rawPath, answer);
    }
    return answer;
  };
}

/** Where another tool's path becomes a RepoPath: the mapping has resolved `..`, so this only confirms it. */
function asRepoPath(mapping: { path: string } | { path: null; reason: string }, rawPath: string): PathMapping {
  if (mapping.path === null) return mapping;
  const inRepository = repositoryPath(mapping.path);
  return inRepository === null ? { path: null, reason: `"${rawPath}" is outside the repository` } : { path: inRepository };
}

/** A path split into normalised segments: `\` → `/`, `.` dropped, `..` resolved where it can be. */
interface SplitPath {
  absolute: boolean;
  /** `c:` for Windows drive paths (lower-cased so drives compare equal), `//host` for UNC, else ''. */
  root: string;
  segments: string[];
}

function splitPath(rawPath: string): SplitPath {
  let path = rawPath.trim().replace(/\\/g, '/');
  let root = '';
  let absolute = false;
  // `C:/x`, and `/C:/x` as left by decoding a `file:///C:/x` URI.
  const drive = /^\/?([A-Za-z]):(\/|$)/.exec(path);
  if (drive) {
    root = `${drive[1]!.toLowerCase()}:`;
    absolute = true;
    path = path.slice(drive[0].length);
  } else if (path.startsWith('//')) {
    const host = path.slice(2).split('/')[0] ?? '';
    root = `//${host.toLowerCase()}`;
    absolute = true;
    path = path.slice(2 + host.length);
  } else if (path.startsWith('/')) {
    absolute = true;
  }
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else if (segment === '..' && absolute) continue; // `/..` is `/`
    else segments.push(segment);
  }
  return { absolute, root, segments };
}

/** The segments after `prefix` when `path` lies under it, else null. */
function stripPrefix(path: SplitPath, prefix: SplitPath): string[] | null {
  if (path.absolute !== prefix.absolute || path.root !== prefix.root) return null;
  if (prefix.segments.length > path.segments.length) return null;
  for (let i = 0; i < prefix.segments.length; i++) if (prefix.segments[i] !== path.segments[i]) return null;
  return path.segments.slice(prefix.segments.length);
}

function mapWithIndex(rawPath: string, root: SplitPath, prefixes: SplitPath[], index: TrackedPathIndex): { path: string } | { path: null; reason: string } {
  const path = splitPath(rawPath);
  if (path.segments.length === 0) return { path: null, reason: `"${rawPath}" names no file` };

  // Configured prefixes first; among those that match, one that yields a tracked file wins.
  const stripped = prefixes.map((prefix) => stripPrefix(path, prefix)).filter((rest) => rest !== null && rest.length > 0);
  const strippedPaths = stripped.filter((rest) => whyNotRepoPath(rest!) === null).map((rest) => rest!.join('/'));
  const viaPrefix = strippedPaths.find((candidate) => index.has(candidate)) ?? strippedPaths[0];
  if (viaPrefix !== undefined) return { path: viaPrefix };

  if (path.absolute) {
    const underRoot = stripPrefix(path, root);
    if (underRoot !== null) {
      if (underRoot.length === 0) return { path: null, reason: `"${rawPath}" is the repository root, not a file` };
      const whyNot = whyNotRepoPath(underRoot);
      return whyNot === null ? { path: underRoot.join('/') } : { path: null, reason: `"${rawPath}" ${whyNot}` };
    }
    // From another machine: the checkout there was some prefix of this path, so some suffix of it
    // is a whole tracked path. The longest such suffix is the most specific evidence.
    for (let start = 0; start < path.segments.length; start++) {
      const suffix = path.segments.slice(start).join('/');
      if (index.has(suffix)) return { path: suffix };
    }
    // Windows file systems ignore case, so tools there may write `Src\Foo.cs` for the tracked `src/Foo.cs`.
    if (path.root !== '') {
      for (let start = 0; start < path.segments.length; start++) {
        const candidates = index.equalIgnoringCase(path.segments.slice(start).join('/'));
        if (candidates.length === 1) return { path: candidates[0]! };
        if (candidates.length > 1) return { path: null, reason: ambiguousReason(rawPath, candidates) };
      }
    }
    return {
      path: null,
      reason: `"${rawPath}" is outside the repository checkout and no tracked file matches its end; configure a path prefix to strip`,
    };
  }

  const whyNot = whyNotRepoPath(path.segments);
  if (whyNot !== null) return { path: null, reason: `"${rawPath}" ${whyNot}` };
  const relative = path.segments.join('/');
  if (index.has(relative) || index.size === 0) return { path: relative };
  // Relative to a folder inside the repository (a monorepo package, a source root): a tracked path
  // that ends with it, when exactly one does.
  const candidates = index.endingWith(relative);
  if (candidates.length === 1) return { path: candidates[0]! };
  if (candidates.length > 1) return { path: null, reason: ambiguousReason(rawPath, candidates) };
  // Inside the repository but not tracked (a generated file): keep it; it matches no changed file.
  return { path: relative };
}

/** Why relative segments cannot name a repository path, or null when they can. */
function whyNotRepoPath(segments: string[]): string | null {
  if (segments[0] === '..') return 'leaves the repository';
  // `C:x` is relative to the current folder of drive C: on Windows: nothing to anchor it to here.
  if (/^[A-Za-z]:/.test(segments[0] ?? '')) return "is relative to a Windows drive's current folder";
  return null;
}

function ambiguousReason(rawPath: string, candidates: readonly string[]): string {
  const named = candidates.slice(0, MAX_NAMED_CANDIDATES).join(', ');
  const more = candidates.length > MAX_NAMED_CANDIDATES ? ` and ${candidates.length - MAX_NAMED_CANDIDATES} more` : '';
  return `"${rawPath}" is ambiguous: it could be ${named}${more}; configure a path prefix to choose`;
}
