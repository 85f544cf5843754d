// Test evidence for `missing-tests`: which test files import which modules and reference which symbols.
// Owned by the missing-tests work. Built once per run, before rules run (rules do no I/O).
//
// Test files are read at head straight from git objects (those the change adds or edits and those
// already in the repository) and scanned with regular expressions, not parsed: a repository can
// hold thousands of test files, and an import list and a set of identifiers is all we need.
import { posix } from 'node:path';
import { minimatch } from 'minimatch';
import type { ChangedFile } from '../../model.js';
import { readFilesAtRevision } from './blobs.js';
import type { PathAlias } from './project-files.js';
import { matchAlias, packageNameOf, readProjectManifests } from './project-files.js';

export interface TestEvidenceIndex {
  /** Globs that decide what a test file is (from the config). */
  testGlobs: string[];
  /** Repository paths of the test files found at head. */
  testFiles: string[];
  /** Project module → the test files importing it, directly or through modules that re-export it. */
  importers: Map<string, string[]>;
  /** Test file → every identifier-like word in it (a cheap superset of the names it references). */
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
// How far re-exports (`export … from`) are followed from a module a test imports.
const MAX_REEXPORT_DEPTH = 4;

/** A matcher for the test-file globs, the same one the rules' `isTestFile` uses. */
export function makeTestFileMatcher(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs.map((glob) => new minimatch.Minimatch(glob, { dot: true }));
  return (path) => matchers.some((matcher) => matcher.match(path));
}

export async function buildTestEvidence(input: FactsInput): Promise<TestEvidenceIndex> {
  const isTest = makeTestFileMatcher(input.testGlobs);
  const tracked = new Set(input.trackedFiles.filter((path) => !path.includes('node_modules/')));
  const testFiles = [...tracked].filter((path) => CODE_FILE.test(path) && isTest(path)).sort();
  const [texts, manifests] = await Promise.all([
    readFilesAtRevision(input.repo, input.head, testFiles),
    readProjectManifests(input.repo, input.head, input.trackedFiles),
  ]);
  const resolver = makeResolver(tracked, manifests.aliases, manifests.packages);

  const words = new Map<string, Set<string>>();
  const direct = new Map<string, Set<string>>(); // module → test files importing it directly
  for (const [testFile, text] of texts) {
    words.set(testFile, new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? []));
    for (const specifier of importSpecifiers(text)) {
      for (const module of resolver(testFile, specifier)) addTo(direct, module, testFile);
    }
  }
  const importers = await followReexports(input, direct, resolver);
  return { testGlobs: input.testGlobs, testFiles, importers, words };
}

/**
 * Tests often import a barrel (`src/index.ts`) that re-exports the module under test. Read the
 * imported modules, and the modules they re-export, and credit the tests to those modules too.
 */
async function followReexports(input: FactsInput, direct: Map<string, Set<string>>, resolve: Resolver): Promise<Map<string, string[]>> {
  const importers = new Map<string, Set<string>>();
  for (const [module, tests] of direct) importers.set(module, new Set(tests));
  let frontier = [...direct.keys()];
  const seen = new Set(frontier);
  for (let depth = 0; depth < MAX_REEXPORT_DEPTH && frontier.length > 0; depth++) {
    const texts = await readFilesAtRevision(input.repo, input.head, frontier);
    const next: string[] = [];
    for (const [module, text] of texts) {
      const tests = importers.get(module) ?? new Set<string>();
      for (const specifier of reexportSpecifiers(text)) {
        for (const target of resolve(module, specifier)) {
          for (const test of tests) addTo(importers, target, test);
          if (!seen.has(target)) {
            seen.add(target);
            next.push(target);
          }
        }
      }
    }
    frontier = next;
  }
  return new Map([...importers].map(([module, tests]) => [module, [...tests].sort()]));
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
const REEXPORT = /\bexport\s+(?:type\s+)?(?:\*|\*\s+as\s+[\w$]+|\{[^}]*\})\s*from\s*['"]([^'"\n]+)['"]/g;

/** Every module specifier a file names in an import, export-from, require, import() or mock call. */
export function importSpecifiers(text: string): string[] {
  const specifiers = new Set<string>();
  for (const pattern of [STATIC_IMPORT, SIDE_EFFECT_IMPORT, CALL_IMPORT]) {
    for (const match of text.matchAll(pattern)) if (match[1]) specifiers.add(match[1]);
  }
  return [...specifiers];
}

/** The specifiers of `export … from` statements. */
export function reexportSpecifiers(text: string): string[] {
  return [...new Set([...text.matchAll(REEXPORT)].map((match) => match[1] ?? ''))].filter(Boolean);
}

/** Repository paths a specifier may name, seen from `importer`; empty for packages outside the repo. */
type Resolver = (importer: string, specifier: string) => string[];

function makeResolver(tracked: Set<string>, aliases: PathAlias[], packages: { dir: string; name: string | null }[]): Resolver {
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
    // The package importing itself by name, or a workspace package: its entry point (or the subpath
    // under its folder, or its `src/`) stands for the module; the re-export walk reaches the rest.
    const name = packageNameOf(clean);
    for (const pkg of packages) {
      if (pkg.name !== name) continue;
      const subpath = clean.slice(name.length).replace(/^\//, '');
      const root = pkg.dir === '' ? '' : `${pkg.dir}/`;
      const candidates = subpath
        ? [`${root}${subpath}`, `${root}src/${subpath}`, `${root}source/${subpath}`]
        : [`${root}src/index`, `${root}source/index`, `${root}lib/index`, `${root}index`, `${root}src/main`, `${root}src/mod`];
      for (const candidate of candidates) {
        const resolved = resolveFile(posix.normalize(candidate));
        if (resolved) {
          found.push(resolved);
          break;
        }
      }
    }
    return found;
  };
}

export type TestEvidence =
  | { status: 'referenced'; testFile: string }
  /** Tests import the module but none mentions the symbol. */
  | { status: 'imported-only'; testFiles: string[] }
  | { status: 'not-imported' };

/** Whether some test file imports `module` and mentions `symbol`. */
export function findTestEvidence(index: TestEvidenceIndex, module: string, symbol: string): TestEvidence {
  const importers = index.importers.get(module) ?? [];
  if (importers.length === 0) return { status: 'not-imported' };
  const referencing = importers.find((testFile) => index.words.get(testFile)?.has(symbol));
  return referencing ? { status: 'referenced', testFile: referencing } : { status: 'imported-only', testFiles: importers };
}
