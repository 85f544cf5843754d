// Test evidence for `missing-tests`: which test files import which modules and reference which symbols.
// Owned by the missing-tests work. Built once per run, before rules run (rules do no I/O).
//
// Test files are read at head straight from git objects (those the change adds or edits and those
// already in the repository), then the modules they import, level by level. Files are scanned with
// regular expressions, not parsed: a repository can hold thousands of test files, and an import list
// and a set of identifiers is all we need (1,721 vitest test files and 463 modules: about half a second).
import { posix } from 'node:path';
import { compileGlobs } from '../../config/glob.js';
import type { ChangedFile } from '../../model.js';
import { readFilesAtRevision } from '../../diff/blobs.js';
import type { PackageManifest, PathAlias } from './project-files.js';
import { matchAlias, packageNameOf, readProjectManifests } from './project-files.js';

export interface TestEvidenceIndex {
  /** Globs that decide what a test file is (from the config). */
  testGlobs: string[];
  /** Repository paths of the test files found at head. */
  testFiles: string[];
  /** Project module → the test files that import it directly. */
  importers: Map<string, string[]>;
  /**
   * Project module → every file that imports it directly: test files and the modules tests reach.
   * Absent in an index built without the module walk; then only `importers` count.
   */
  directImporters?: Map<string, string[]>;
  /**
   * Folders of the repository's packages that a test project depends on (a package.json inside a test
   * folder naming them): they are tested end to end, by running them, which imports cannot show.
   */
  endToEndPackages?: string[];
  /** Test files and reached modules → every identifier-like word in them (a cheap superset of the names they use). */
  words: Map<string, Set<string>>;
  [key: string]: unknown;
}

export interface FactsInput {
  repo: string;
  head: string;
  trackedFiles: string[];
  files: ChangedFile[];
  testGlobs: string[];
}

const CODE_FILE = /\.(?:[cm]?[jt]sx?)$/;
const RESOLVE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.d.ts'];
// TypeScript's ESM style names the emitted file: `./a.js` means `./a.ts` in the source tree.
const EMITTED_TO_SOURCE: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };
// How many import hops from a test file the module walk follows.
const MAX_IMPORT_DEPTH = 12;

/** A matcher for the test-file globs, the same one the rules' `isTestFile` uses. */
export function makeTestFileMatcher(globs: readonly string[]): (path: string) => boolean {
  const testFiles = compileGlobs(globs);
  return (path) => testFiles.matches(path);
}

export async function buildTestEvidence(input: FactsInput): Promise<TestEvidenceIndex> {
  const isTest = makeTestFileMatcher(input.testGlobs);
  const tracked = new Set(input.trackedFiles.filter((path) => !path.includes('node_modules/')));
  const testFiles = [...tracked].filter((path) => CODE_FILE.test(path) && isTest(path)).sort();
  const manifests = await readProjectManifests(input.repo, input.head, input.trackedFiles);
  const resolve = makeResolver(tracked, manifests.aliases, manifests.packages);

  const testSet = new Set(testFiles);
  const words = new Map<string, Set<string>>();
  const directImporters = new Map<string, Set<string>>();
  // Breadth first from the test files through the modules they import, one `cat-file` per level.
  let frontier = testFiles;
  for (let depth = 0; depth <= MAX_IMPORT_DEPTH && frontier.length > 0; depth++) {
    const texts = await readFilesAtRevision(input.repo, input.head, frontier);
    const next = new Set<string>();
    for (const [file, text] of texts) {
      words.set(file, new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? []));
      for (const specifier of importSpecifiers(text)) {
        for (const module of resolve(file, specifier)) {
          if (testSet.has(module) || module === file) continue;
          addTo(directImporters, module, file);
          if (!words.has(module)) next.add(module);
        }
      }
    }
    frontier = [...next];
  }
  const testProjectDependencies = new Set(
    manifests.packages.filter((manifest) => isTest(manifest.dir === '' ? 'package.json' : `${manifest.dir}/package.json`)).flatMap((manifest) => manifest.declared),
  );
  const endToEndPackages = manifests.packages
    .filter((manifest) => manifest.name !== null && testProjectDependencies.has(manifest.name))
    .map((manifest) => manifest.dir);
  const importers = new Map<string, string[]>();
  for (const [module, files] of directImporters) {
    const tests = [...files].filter((file) => testSet.has(file)).sort();
    if (tests.length > 0) importers.set(module, tests);
  }
  return {
    testGlobs: input.testGlobs,
    testFiles,
    importers,
    directImporters: new Map([...directImporters].map(([module, files]) => [module, [...files].sort()])),
    endToEndPackages,
    words,
  };
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const values = map.get(key);
  if (values) values.add(value);
  else map.set(key, new Set([value]));
}

const STATIC_IMPORT = /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"\n]+)['"]/g;
const SIDE_EFFECT_IMPORT = /\bimport\s*['"]([^'"\n]+)['"]/g;
// require(), import(), and the module-mocking calls of vitest and jest, which name the module too.
const CALL_IMPORT = /\b(?:require|import|mock|doMock|importActual|requireActual|importMock)\s*\(\s*['"`]([^'"`\n]+)['"`]/g;

/** Every module specifier a file names in an import, export-from, require, import() or mock call. */
export function importSpecifiers(text: string): string[] {
  const specifiers = new Set<string>();
  for (const pattern of [STATIC_IMPORT, SIDE_EFFECT_IMPORT, CALL_IMPORT]) {
    for (const match of text.matchAll(pattern)) if (match[1]) specifiers.add(match[1]);
  }
  return [...specifiers];
}

/** Repository paths a specifier may name, seen from `importer`; empty for packages outside the repo. */
type Resolver = (importer: string, specifier: string) => string[];

// Build output folders whose sources usually sit in `src/`: `dist/index.js` is built from `src/index.ts`.
const BUILD_FOLDER = /^(?:dist|lib|build|esm|cjs|out)\//;

function makeResolver(tracked: Set<string>, aliases: PathAlias[], packages: PackageManifest[]): Resolver {
  const dirs = new Set<string>();
  for (const path of tracked) for (let dir = posix.dirname(path); dir !== '.' && !dirs.has(dir); dir = posix.dirname(dir)) dirs.add(dir);

  const resolveFile = (base: string): string | null => {
    if (tracked.has(base)) return base;
    const extension = posix.extname(base);
    for (const source of EMITTED_TO_SOURCE[extension] ?? []) {
      const candidate = base.slice(0, -extension.length) + source;
      if (tracked.has(candidate)) return candidate;
    }
    for (const candidate of RESOLVE_EXTENSIONS.map((ext) => base + ext)) if (tracked.has(candidate)) return candidate;
    if (dirs.has(base)) for (const candidate of RESOLVE_EXTENSIONS.map((ext) => `${base}/index${ext}`)) if (tracked.has(candidate)) return candidate;
    return null;
  };

  return (importer, specifier) => {
    const clean = specifier.replace(/[?#].*$/, '');
    if (clean.startsWith('.')) {
      const resolved = resolveFile(posix.normalize(posix.join(posix.dirname(importer), clean)));
      return resolved ? [resolved] : [];
    }
    const found: string[] = [];
    for (const alias of aliases) {
      const rest = matchAlias(clean, alias.pattern);
      if (rest === null) continue;
      for (const target of alias.targets) {
        const resolved = resolveFile(posix.normalize(target.replace('*', rest)));
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
        const resolved = resolveFile(posix.normalize(`${root}${candidate}`).replace(/\.d\.[cm]?ts$/, ''));
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

export type TestEvidence =
  /** A test that reaches the module mentions the symbol, or so does a module between them (tested code calling it). */
  | { status: 'referenced'; testFile: string; via: string | null }
  /** Tests reach the module, but neither they nor the modules between them mention the symbol. */
  | { status: 'imported-only'; testFiles: string[] }
  | { status: 'not-imported' };

/**
 * Whether tests reach `module` through imports, and whether they or a module on the way mention one
 * of `names`: `test → index.ts → client.ts` where index.ts calls `Client.create` counts for `create`.
 * Every module in the index was found by walking imports from test files, so each one is tested code.
 */
export function findTestEvidence(index: TestEvidenceIndex, module: string, names: readonly string[]): TestEvidence {
  const testSet = new Set(index.testFiles);
  const importersOf = (file: string): string[] => index.directImporters?.get(file) ?? index.importers.get(file) ?? [];
  const mentions = (file: string): boolean => names.some((name) => index.words.get(file)?.has(name));
  const upstream = importersUpstream(module, importersOf);
  const tests = upstream.filter((file) => testSet.has(file)).sort();
  if (tests.length === 0) return { status: 'not-imported' };
  const referencingTest = tests.find(mentions);
  if (referencingTest) return { status: 'referenced', testFile: referencingTest, via: null };
  const referencingModule = upstream.find((file) => !testSet.has(file) && mentions(file));
  if (referencingModule) return { status: 'referenced', testFile: tests[0] as string, via: referencingModule };
  const direct = importersOf(module).filter((file) => testSet.has(file));
  return { status: 'imported-only', testFiles: direct.length > 0 ? direct : tests };
}

/** Every file that imports `module`, directly or through other files, nearest first. */
function importersUpstream(module: string, importersOf: (file: string) => string[]): string[] {
  const seen = new Set([module]);
  const found: string[] = [];
  for (let next = 0, queue = [module]; next < queue.length; next++) {
    for (const importer of importersOf(queue[next] as string)) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      found.push(importer);
      queue.push(importer);
    }
  }
  return found;
}
