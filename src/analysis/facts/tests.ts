// Test evidence for `missing-tests`: which test files import which modules and reference which symbols.
// Owned by the missing-tests work. Built once per run, before rules run (rules do no I/O).
//
// Test files are read at head straight from git objects (those the change adds or edits and those
// already in the repository), then the modules they import, level by level. Files are scanned with
// regular expressions, not parsed: a repository can hold thousands of test files, and an import list
// and a set of identifiers is all we need (1,721 vitest test files and 463 modules: about half a second).
import { importSpecifiers, type ProjectIndex } from '../../project/index.js';

// Test-file classification and import extraction belong to the project index; re-exported for callers here.
export { importSpecifiers, makeTestFileMatcher } from '../../project/index.js';

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

/** What every fact builder reads: the project index of the head revision (and through it, its files). */
export interface FactsInput {
  project: ProjectIndex;
}

// How many import hops from a test file the module walk follows.
const MAX_IMPORT_DEPTH = 12;

export async function buildTestEvidence(input: FactsInput): Promise<TestEvidenceIndex> {
  const { project } = input;
  const testFiles = [...project.testFiles];
  const testSet = new Set(testFiles);
  const words = new Map<string, Set<string>>();
  const directImporters = new Map<string, Set<string>>();
  // Breadth first from the test files through the modules they import, one batch of reads per level.
  let frontier = testFiles;
  for (let depth = 0; depth <= MAX_IMPORT_DEPTH && frontier.length > 0; depth++) {
    const texts = await project.readTexts(frontier);
    const next = new Set<string>();
    for (const [file, text] of texts) {
      words.set(file, new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? []));
      for (const specifier of importSpecifiers(text)) {
        for (const module of project.resolveImport(file, specifier)) {
          if (testSet.has(module) || module === file) continue;
          addTo(directImporters, module, file);
          if (!words.has(module)) next.add(module);
        }
      }
    }
    frontier = [...next];
  }
  const { packages } = project.manifests;
  const testProjectDependencies = new Set(
    packages.filter((manifest) => project.isTestFile(manifest.dir === '' ? 'package.json' : `${manifest.dir}/package.json`)).flatMap((manifest) => manifest.declared),
  );
  const endToEndPackages = packages.filter((manifest) => manifest.name !== null && testProjectDependencies.has(manifest.name)).map((manifest) => manifest.dir);
  const importers = new Map<string, string[]>();
  for (const [module, files] of directImporters) {
    const tests = [...files].filter((file) => testSet.has(file)).sort();
    if (tests.length > 0) importers.set(module, tests);
  }
  return {
    testGlobs: [...project.testGlobs],
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
