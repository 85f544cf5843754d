// The one module resolver: which repository file an import specifier names, seen from the file
// that imports it. Relative paths, tsconfig `paths` aliases, and the repository's own packages by
// name (workspaces, or a package importing itself). Used for test evidence and promise exports.
import { posix } from 'node:path';
import type { PackageManifest, PathAlias } from './manifests.js';
import { matchAlias, packageNameOf } from './manifests.js';

const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.d.ts'];
// TypeScript's ESM style names the emitted file: `./a.js` means `./a.ts` in the source tree.
const EMITTED_TO_SOURCE: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };
// Build output folders whose sources usually sit in `src/`: `dist/index.js` is built from `src/index.ts`.
const BUILD_FOLDER = /^(?:dist|lib|build|esm|cjs|out)\//;

/** Repository paths a specifier may name, seen from `importer`; empty for packages outside the repository. */
export type ModuleResolver = (importer: string, specifier: string) => string[];

/**
 * The file a module path (no specifier syntax left) names among those `exists` accepts: the path
 * itself, the source of an emitted file, the path with an extension, or its folder's index file.
 */
export function resolveModulePath(base: string, exists: (path: string) => boolean): string | null {
  if (exists(base)) return base;
  const extension = posix.extname(base);
  for (const source of EMITTED_TO_SOURCE[extension] ?? []) {
    const candidate = base.slice(0, -extension.length) + source;
    if (exists(candidate)) return candidate;
  }
  for (const candidate of RESOLVE_EXTENSIONS.map((ext) => base + ext)) if (exists(candidate)) return candidate;
  for (const candidate of RESOLVE_EXTENSIONS.map((ext) => `${base}/index${ext}`)) if (exists(candidate)) return candidate;
  return null;
}

/** The file a relative specifier (`./x`, `../y`) names from `importer`; null for any other specifier. */
export function resolveRelativeSpecifier(importer: string, specifier: string, exists: (path: string) => boolean): string | null {
  const clean = specifier.replace(/[?#].*$/, '');
  if (!clean.startsWith('.')) return null;
  const target = posix.normalize(posix.join(posix.dirname(importer), clean));
  if (target === '..' || target.startsWith('../')) return null;
  return resolveModulePath(target, exists);
}

export function createModuleResolver(tracked: ReadonlySet<string>, aliases: readonly PathAlias[], packages: readonly PackageManifest[]): ModuleResolver {
  const exists = (path: string): boolean => tracked.has(path);
  return (importer, specifier) => {
    const clean = specifier.replace(/[?#].*$/, '');
    if (clean.startsWith('.')) {
      const resolved = resolveRelativeSpecifier(importer, clean, exists);
      return resolved ? [resolved] : [];
    }
    const found: string[] = [];
    for (const alias of aliases) {
      const rest = matchAlias(clean, alias.pattern);
      if (rest === null) continue;
      for (const target of alias.targets) {
        const resolved = resolveModulePath(posix.normalize(target.replace('*', rest)), exists);
        if (resolved) found.push(resolved);
      }
    }
    // The package importing itself by name, or a workspace package: the entry point its package.json
    // names (or the source a build output comes from), else the usual source layouts.
    const name = packageNameOf(clean);
    for (const pkg of packages) {
      if (pkg.name !== name) continue;
      const subpath = clean.slice(name.length).replace(/^\//, '');
      const root = pkg.dir === '' ? '' : `${pkg.dir}/`;
      const fallbacks = subpath
        ? [subpath, `src/${subpath}`, `source/${subpath}`]
        : ['src/index', 'source/index', 'lib/index', 'index', 'src/main', 'src/mod'];
      const candidates = [...entryTargets(pkg, subpath), ...fallbacks].flatMap((target) => [target, target.replace(BUILD_FOLDER, 'src/')]);
      for (const candidate of candidates) {
        const resolved = resolveModulePath(posix.normalize(`${root}${candidate}`).replace(/\.d\.[cm]?ts$/, ''), exists);
        if (resolved) {
          found.push(resolved);
          break;
        }
      }
    }
    return found;
  };
}

/** The files `exports` names for a subpath, source files first; a `./*` pattern is filled in. */
function entryTargets(pkg: PackageManifest, subpath: string): string[] {
  const key = subpath ? `./${subpath}` : '.';
  const targets: string[] = [...(pkg.entries?.[key] ?? [])];
  for (const [pattern, values] of Object.entries(pkg.entries ?? {})) {
    const rest = pattern.includes('*') ? matchAlias(key, pattern) : null;
    if (rest !== null) targets.push(...values.map((value) => value.replace('*', rest)));
  }
  const isSource = (target: string): number => (/\.[cm]?tsx?$/.test(target) && !/\.d\.[cm]?ts$/.test(target) ? 0 : 1);
  return targets.sort((a, b) => isSource(a) - isSource(b));
}
