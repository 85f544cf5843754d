// SARIF artifact locations → a path string: relative to the repository root, or absolute (on this
// machine or another one). Pure: mapping onto tracked files is done by mapToRepoPath afterwards.
import type * as sarif from 'sarif';

export type ResolvedPath = { path: string } | { path: null; reason: string };

/** How a run names its base URIs and artifacts. */
export interface UriContext {
  originalUriBaseIds: Record<string, sarif.ArtifactLocation>;
  artifacts: sarif.Artifact[];
}

export function uriContextOf(run: sarif.Run): UriContext {
  return { originalUriBaseIds: run.originalUriBaseIds ?? {}, artifacts: run.artifacts ?? [] };
}

/**
 * Resolves `uri` + `uriBaseId` (following `originalUriBaseIds` chains, and `index` into
 * `run.artifacts` when the location has no uri). A uriBaseId that is undeclared, or declared without
 * a uri (as `%SRCROOT%` usually is), stands for the repository root.
 */
export function resolveArtifactLocation(location: sarif.ArtifactLocation, context: UriContext): ResolvedPath {
  let uri = location.uri;
  let uriBaseId = location.uriBaseId;
  if (uri === undefined && location.index !== undefined) {
    const artifact = context.artifacts[location.index]?.location;
    uri = artifact?.uri;
    uriBaseId ??= artifact?.uriBaseId;
  }
  if (uri === undefined) return { path: null, reason: 'the location has no uri' };
  return resolveUri(uri, uriBaseId, context, []);
}

function resolveUri(uri: string, uriBaseId: string | undefined, context: UriContext, seen: string[]): ResolvedPath {
  const own = uriToPath(uri);
  if (own.path === null || isAbsolutePath(own.path) || uriBaseId === undefined) return own;
  const base = resolveBase(uriBaseId, context, seen);
  if (base.path === null) return base;
  return { path: joinPaths(base.path, own.path) };
}

/** The path a uriBaseId stands for: '' is the repository root. */
function resolveBase(uriBaseId: string, context: UriContext, seen: string[]): ResolvedPath {
  if (seen.includes(uriBaseId)) {
    return { path: null, reason: `uriBaseId ${[...seen, uriBaseId].join(' → ')} refers to itself` };
  }
  const declared = Object.hasOwn(context.originalUriBaseIds, uriBaseId) ? context.originalUriBaseIds[uriBaseId] : undefined;
  if (declared === undefined) return { path: '' };
  const chained = [...seen, uriBaseId];
  if (declared.uri === undefined) {
    return declared.uriBaseId === undefined ? { path: '' } : resolveBase(declared.uriBaseId, context, chained);
  }
  return resolveUri(declared.uri, declared.uriBaseId, context, chained);
}

/**
 * One URI (absolute `file:` URI, relative reference, or a bare path some tools write instead) as a
 * decoded path with `/` separators. Other schemes (https:, OCI references with a scheme) are refused.
 */
export function uriToPath(uri: string): ResolvedPath {
  const trimmed = uri.trim();
  if (trimmed === '') return { path: null, reason: 'the uri is empty' };
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1];
  // A one-letter "scheme" is a Windows drive letter: C:\src\a.ts or C:/src/a.ts.
  if (scheme !== undefined && scheme.length > 1) {
    if (scheme.toLowerCase() !== 'file') return { path: null, reason: `not a file URI (${scheme.toLowerCase()}:)` };
    return fileUriToPath(trimmed);
  }
  const decoded = percentDecode(withoutQueryAndFragment(trimmed.replace(/\\/g, '/')));
  if (decoded === null) return { path: null, reason: 'the uri has a malformed %-escape' };
  return { path: decoded };
}

function fileUriToPath(uri: string): ResolvedPath {
  // file:///C:/x, file:/C:/x, file://host/share/x, file:///home/x (backslashes are tolerated).
  const rest = withoutQueryAndFragment(uri.slice('file:'.length).replace(/\\/g, '/'));
  let path: string;
  if (rest.startsWith('//')) {
    const afterAuthority = rest.slice(2);
    const slash = afterAuthority.indexOf('/');
    const host = slash === -1 ? afterAuthority : afterAuthority.slice(0, slash);
    const hostPath = slash === -1 ? '/' : afterAuthority.slice(slash);
    path = host === '' || host.toLowerCase() === 'localhost' ? hostPath : `//${host}${hostPath}`;
  } else {
    path = rest.startsWith('/') ? rest : `/${rest}`;
  }
  const decoded = percentDecode(path);
  if (decoded === null) return { path: null, reason: 'the uri has a malformed %-escape' };
  // /C:/Users/x → C:/Users/x
  return { path: /^\/[a-zA-Z]:(\/|$)/.test(decoded) ? decoded.slice(1) : decoded };
}

function withoutQueryAndFragment(uri: string): string {
  const cut = uri.search(/[?#]/);
  return cut === -1 ? uri : uri.slice(0, cut);
}

function percentDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:(\/|$)/.test(path);
}

/** Joins a base directory (treated as a directory even without a trailing slash) and a relative path. */
function joinPaths(base: string, relativePath: string): string {
  if (base === '') return relativePath;
  return `${base.replace(/\/+$/, '')}/${relativePath}`;
}

/**
 * Removes `.` and `..` segments. `..` never climbs above the root of an absolute path; in a relative
 * path, the `..` segments left at the front are kept (they leave the repository root).
 */
export function normalizePath(path: string): string {
  const root = /^(\/\/[^/]+\/|[a-zA-Z]:\/|\/)/.exec(path)?.[0] ?? '';
  const segments: string[] = [];
  for (const segment of path.slice(root.length).split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else if (segment !== '..' || root === '') segments.push(segment);
  }
  return root + segments.join('/');
}
