// A small but complete Report for publishing tests (the pipeline's stages are tested elsewhere).
import type { Finding, Level, Report, VerdictStatus } from '../../src/model.js';
import { repoPath, ruleId, sha } from '../helpers/ids.js';

export const HEAD = 'a'.repeat(40);
export const BASE = 'b'.repeat(40);

export function makeFindings(count: number, path = 'src/app.ts'): Finding[] {
  const levels: Level[] = ['error', 'warning', 'note'];
  return Array.from({ length: count }, (_, index) => ({
    ruleId: ruleId(`rule-${index % 7}`),
    level: levels[index % 3]!,
    path: repoPath(path),
    startLine: index + 1,
    endLine: index + 1,
    message: `finding ${index} @octocat <b>bold</b>`,
    source: 'sarif' as const,
    provenance: index % 4 === 0 ? ('ai' as const) : ('human' as const),
    fingerprint: `fp-${index}`,
    tool: 'scanner',
  }));
}

export function makeReport(status: VerdictStatus, findings: Finding[] = []): Report {
  const addedLines = Array.from({ length: Math.max(findings.length, 3) }, (_, index) => index + 1);
  return {
    schemaVersion: 1,
    verdict: {
      status,
      conditions: [
        { id: 'sarif-errors', status: status === 'pass' ? 'pass' : status, actual: findings.filter((f) => f.level === 'error').length, threshold: 0, message: 'SARIF errors on added lines' },
      ],
    },
    base: sha(BASE),
    head: sha(HEAD),
    files: [{ path: repoPath('src/app.ts'), oldPath: null, status: 'modified', addedLines, hunks: [{ start: 1, end: addedLines.length }], binary: false, submodule: false, modeOnly: false }],
    provenance: { mode: 'auto', aiCommits: [], pullRequestSignals: [], files: [{ path: repoPath('src/app.ts'), aiLines: [1, 2], humanLines: [] }], counts: { ai: 2, human: 0, unknown: addedLines.length - 2 } },
    coverage: null,
    findings,
    sarif: null,
    missingEvidence: [],
    skipped: [],
  };
}
