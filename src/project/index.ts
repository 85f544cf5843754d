// The project index: what the repository at head is made of, built once per run from the head
// Revision. Manifests and tsconfig aliases are read and parsed once here; fact builders ask this
// index (and through it the Revision) and never git or the disk.
import type { FileReader } from '../git/files.js';
import { isFixturePath, makeTestFileMatcher } from './classify.js';
import type { ProjectManifests } from './manifests.js';
import { readProjectManifests } from './manifests.js';
import { createModuleResolver, type ModuleResolver } from './resolve.js';

export { importSpecifiers } from './imports.js';
export { isFixturePath, makeTestFileMatcher } from './classify.js';
export { resolveModulePath, resolveRelativeSpecifier, type ModuleResolver } from './resolve.js';
export type { PackageManifest, PathAlias, ProjectManifests } from './manifests.js';
export { isManifestPath, matchAlias, packageNameOf, parseJsonc } from './manifests.js';

/** The files of a revision and their listing: the head `Revision` (or any reader of one commit). */
export interface RevisionFiles extends FileReader {
  trackedFiles(): Promise<readonly string[]>;
}

const CODE_FILE = /\.(?:[cm]?[jt]sx?)$/;
const VENDORED = 'node_modules/';

export class ProjectIndex {
  /** Every tracked path at head, sorted. */
  readonly trackedFiles: readonly string[];
  /** The tracked paths outside node_modules: the files imports can resolve to. */
  readonly projectFiles: ReadonlySet<string>;
  /** Every package.json and tsconfig `paths` alias at head, and the manifests that did not parse. */
  readonly manifests: ProjectManifests;
  /** The configured test-file globs (`analysis.test-globs`). */
  readonly testGlobs: readonly string[];
  /** Code files matching the test globs, sorted. */
  readonly testFiles: readonly string[];
  readonly isTestFile: (path: string) => boolean;
  /** Repository paths an import specifier may name from a file: the one resolver of the run. */
  readonly resolveImport: ModuleResolver;

  private constructor(
    private readonly files: FileReader,
    trackedFiles: readonly string[],
    manifests: ProjectManifests,
    testGlobs: readonly string[],
  ) {
    this.trackedFiles = trackedFiles;
    this.projectFiles = new Set(trackedFiles.filter((path) => !path.includes(VENDORED)));
    this.manifests = manifests;
    this.testGlobs = testGlobs;
    this.isTestFile = makeTestFileMatcher(testGlobs);
    this.testFiles = [...this.projectFiles].filter((path) => CODE_FILE.test(path) && this.isTestFile(path)).sort();
    this.resolveImport = createModuleResolver(this.projectFiles, manifests.aliases, manifests.packages);
  }

  /** Lists the revision's files and reads its manifests (once). */
  static async load(files: RevisionFiles, options: { testGlobs: readonly string[] }): Promise<ProjectIndex> {
    const trackedFiles = await files.trackedFiles();
    const manifests = await readProjectManifests(files, trackedFiles);
    return new ProjectIndex(files, trackedFiles, manifests, options.testGlobs);
  }

  isFixture(path: string): boolean {
    return isFixturePath(path);
  }

  /** The text of each readable, non-binary file at head (memoised by the Revision). */
  readTexts(paths: readonly string[]): Promise<Map<string, string>> {
    return this.files.readTexts(paths);
  }
}
