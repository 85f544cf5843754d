// What kind of file a path is: a test (by the configured globs) or a fixture (test input data).
// One definition, used by the test evidence, the rule runner and the rules.
import { compiledGlobsOf } from '../config/glob.js';

/** A matcher for the test-file globs (`analysis.test-globs`), compiled once per list (see compiledGlobsOf). */
export function makeTestFileMatcher(globs: readonly string[]): (path: string) => boolean {
  const testFiles = compiledGlobsOf(globs);
  return (path) => testFiles.matches(path);
}

/** Folders of fixture files: sample projects and inputs that tests run, not tests or shipped code. */
const FIXTURE_FOLDER = /(?:^|\/)(?:__)?fixtures?(?:__)?\//;

/** Files under a `fixtures/`, `fixture/` or `__fixtures__/` folder (any depth). */
export function isFixturePath(path: string): boolean {
  return FIXTURE_FOLDER.test(path);
}
