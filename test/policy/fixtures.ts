// Small builders for policy and report tests: plain data shaped like the pipeline's.
import type { ChangedFile, CoverageResult, FileCoverage, Finding, ProvenanceResult } from '../../src/model.js';
import { policyConfigSchema, type PolicyConfig } from '../../src/policy/config.js';
import { repoPath, ruleId } from '../helpers/ids.js';
import type { RepoPath } from '../../src/ids.js';

export function policy(raw: unknown = {}): PolicyConfig {
  return policyConfigSchema.parse(raw);
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: ruleId('empty-catch'),
    level: 'error',
    path: repoPath('src/app.ts'),
    startLine: 10,
    endLine: 10,
    message: 'Empty catch block swallows the error.',
    source: 'ast',
    provenance: 'ai',
    fingerprint: `fp-${Math.random().toString(16).slice(2)}`,
    ...overrides,
  };
}

export function changedFile(path: string, addedLines: number[] = [1, 2, 3]): ChangedFile {
  return {
    path: repoPath(path),
    oldPath: null,
    status: 'modified',
    addedLines,
    hunks: addedLines.length ? [{ start: addedLines[0]!, end: addedLines[addedLines.length - 1]! }] : [],
    binary: false,
    submodule: false,
    modeOnly: false,
  };
}

export function provenance(counts = { ai: 0, human: 0, unknown: 0 }): ProvenanceResult {
  return { mode: 'auto', aiCommits: [], pullRequestSignals: [], files: [], counts };
}

function percent(covered: number, measured: number): number | null {
  return measured === 0 ? null : (covered / measured) * 100;
}

/** A file's changed-line coverage: `measured` lines of which `covered` are covered; same for AI lines. */
export function fileCoverage(path: string, measured: number, covered: number, ai = { measured: 0, covered: 0 }): FileCoverage {
  const lines = Array.from({ length: measured }, (_, i) => i + 1);
  return {
    path: repoPath(path),
    measured,
    covered,
    coveredLines: lines.slice(0, covered),
    uncoveredLines: lines.slice(covered),
    ai: { ...ai, percent: percent(ai.covered, ai.measured) },
  };
}

export function coverage(files: FileCoverage[], overall: CoverageResult['overall'] = null, unmentioned: RepoPath[] = []): CoverageResult {
  const sum = (pick: (file: FileCoverage) => { measured: number; covered: number }) => {
    const measured = files.reduce((n, file) => n + pick(file).measured, 0);
    const covered = files.reduce((n, file) => n + pick(file).covered, 0);
    return { measured, covered, percent: percent(covered, measured) };
  };
  return {
    changed: sum((file) => file),
    ai: sum((file) => file.ai),
    branches: null,
    files,
    unmentioned,
    overall,
    reports: [{ path: 'coverage/lcov.info', format: 'lcov' }],
  };
}
