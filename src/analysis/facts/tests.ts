// Test evidence for `missing-tests`: which test files import which modules and reference which symbols.
// Owned by the missing-tests work. Built once per run, before rules run (rules do no I/O).
import type { ChangedFile } from '../../model.js';

export interface TestEvidenceIndex {
  /** Globs that decide what a test file is (from the config). */
  testGlobs: string[];
  /** Repository paths of the test files found at head. */
  testFiles: string[];
  [key: string]: unknown;
}

export interface FactsInput {
  repo: string;
  head: string;
  trackedFiles: string[];
  files: ChangedFile[];
  testGlobs: string[];
}

export async function buildTestEvidence(input: FactsInput): Promise<TestEvidenceIndex> {
  return { testGlobs: input.testGlobs, testFiles: [] };
}
