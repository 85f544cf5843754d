// The project's own manifests, read at head: every package.json (names, declared dependencies,
// entry points: the workspaces) and every tsconfig's `paths` aliases. Read once per run by the
// project index; the test-evidence and dependency facts both use that one reading.
import { posix } from 'node:path';
import type { FileReader } from '../git/files.js';
import type { Skipped } from '../model.js';
import { compareCodePoints } from '../order.js';

const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
  'bundledDependencies',
  'bundleDependencies',
] as const;

export interface PackageManifest {
  /** Repository path of the folder holding the package.json; '' for the root. */
  dir: string;
  /** The package's own name, if it has one. */
  name: string | null;
  /** Every package named in any dependency field. */
  declared: string[];
  /**
   * Entry points by subpath (`.`, `./mini`, `./*`): every file path named for it in `exports` (any
   * condition), and for `.` also `main`, `module`, `source`, `types`; relative to the package folder.
   */
  entries?: Record<string, string[]>;
}

export interface PathAlias {
  /** The `paths` key: `@/*`, `#utils`, `~lib/*`. */
  pattern: string;
  /** Targets as repository paths, `*` kept: `src/*`. */
  targets: string[];
}

export interface ProjectManifests {
  packages: PackageManifest[];
  aliases: PathAlias[];
  /** Manifests that could not be read, with why. */
  unreadable: Skipped[];
}

const ignoredFolder = /(^|\/)node_modules\//;

export function isManifestPath(path: string): boolean {
  return !ignoredFolder.test(path) && (path === 'package.json' || path.endsWith('/package.json'));
}

function isTsconfigPath(path: string): boolean {
  return !ignoredFolder.test(path) && /(^|\/)[jt]sconfig(\.[\w.-]+)?\.json$/.test(path);
}

/** Reads every package.json and tsconfig among `trackedFiles` through `files` (the head Revision). */
export async function readProjectManifests(files: FileReader, trackedFiles: readonly string[]): Promise<ProjectManifests> {
  const wanted = trackedFiles.filter((path) => isManifestPath(path) || isTsconfigPath(path));
  const texts = await files.readTexts(wanted);
  const packages: PackageManifest[] = [];
  const aliases: PathAlias[] = [];
  const unreadable: Skipped[] = [];
  for (const [path, text] of texts) {
    const parsed = parseJsonc(text);
    if (parsed === undefined || typeof parsed !== 'object' || parsed === null) {
      unreadable.push({ path, reason: `${path} is not valid JSON; dependencies declared in it could not be checked` });
      continue;
    }
    const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
    if (isManifestPath(path)) packages.push(manifestOf(dir, parsed as Record<string, unknown>));
    else aliases.push(...aliasesOf(dir, parsed as Record<string, unknown>));
  }
  packages.sort((a, b) => compareCodePoints(a.dir, b.dir));
  return { packages, aliases, unreadable };
}

function manifestOf(dir: string, json: Record<string, unknown>): PackageManifest {
  const declared = new Set<string>();
  for (const field of DEPENDENCY_FIELDS) {
    const value = json[field];
    if (Array.isArray(value)) for (const name of value) if (typeof name === 'string') declared.add(name);
    if (value && typeof value === 'object' && !Array.isArray(value)) for (const name of Object.keys(value)) declared.add(name);
  }
  return { dir, name: typeof json.name === 'string' ? json.name : null, declared: [...declared], entries: entriesOf(json) };
}

function entriesOf(json: Record<string, unknown>): Record<string, string[]> {
  const entries: Record<string, string[]> = {};
  const add = (subpath: string, value: unknown): void => {
    for (const target of stringLeaves(value)) (entries[subpath] ??= []).push(target.replace(/^\.\//, ''));
  };
  const exportsField = json.exports;
  const subpathKeys = exportsField && typeof exportsField === 'object' ? Object.keys(exportsField).filter((key) => key.startsWith('.')) : [];
  if (subpathKeys.length > 0) for (const key of subpathKeys) add(key, (exportsField as Record<string, unknown>)[key]);
  else add('.', exportsField);
  for (const field of ['source', 'module', 'main', 'types', 'typings']) add('.', json[field]);
  return entries;
}

/** The strings in a value, through nested condition objects and arrays. */
function stringLeaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringLeaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringLeaves);
  return [];
}

function aliasesOf(dir: string, json: Record<string, unknown>): PathAlias[] {
  const options = json.compilerOptions;
  if (!options || typeof options !== 'object') return [];
  const { paths, baseUrl } = options as { paths?: unknown; baseUrl?: unknown };
  if (!paths || typeof paths !== 'object') return [];
  const base = posix.join(dir, typeof baseUrl === 'string' ? baseUrl : '.');
  return Object.entries(paths as Record<string, unknown>).map(([pattern, targets]) => ({
    pattern,
    targets: Array.isArray(targets)
      ? targets.filter((target): target is string => typeof target === 'string').map((target) => posix.join(base, target))
      : [],
  }));
}

/** Whether a specifier matches a `paths` key (`@/*` matches `@/utils/x`; `#db` matches only `#db`). */
export function matchAlias(specifier: string, pattern: string): string | null {
  const star = pattern.indexOf('*');
  if (star < 0) return specifier === pattern ? '' : null;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (specifier.length < prefix.length + suffix.length) return null;
  if (!specifier.startsWith(prefix) || !specifier.endsWith(suffix)) return null;
  return specifier.slice(prefix.length, specifier.length - suffix.length);
}

/** JSON with comments and trailing commas, as tsconfig files allow; undefined when it does not parse. */
export function parseJsonc(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // fall through: strip comments and trailing commas, then try again
  }
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      const end = endOfString(text, index);
      out += text.slice(index, end);
      index = end;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 2;
    } else {
      out += char;
      index++;
    }
  }
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1').replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

function endOfString(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
  return index + 1;
}

/** The package name of a bare specifier: `lodash/fp` → `lodash`, `@scope/pkg/sub` → `@scope/pkg`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}
