// The CLI's readable summary: ranked findings, a cut-off with a count, and no control characters.
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model.js';
import { renderTerminalSummary } from '../../src/report/terminal.js';
import { repoPath, ruleId, sha } from '../helpers/ids.js';

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: ruleId('empty-catch'),
    level: 'warning',
    path: repoPath('src/a.ts'),
    startLine: 1,
    endLine: 1,
    message: 'm',
    source: 'ast',
    provenance: 'human',
    fingerprint: 'f',
    ...overrides,
  };
}

function report(findings: Finding[]): Report {
  return {
    schemaVersion: 1,
    verdict: { status: 'fail', conditions: [{ id: 'error-handling.ai', status: 'fail', actual: 1, threshold: 0, message: 'one finding' }] },
    base: sha('a'.repeat(40)),
    head: sha('b'.repeat(40)),
    files: [{ path: repoPath('src/a.ts'), oldPath: null, status: 'modified', addedLines: [1, 2], hunks: [{ start: 1, end: 2 }], binary: false, submodule: false, modeOnly: false }],
    provenance: { mode: 'auto', aiCommits: [], pullRequestSignals: [], files: [], counts: { ai: 1, human: 1, unknown: 0 } },
    coverage: null,
    findings,
    sarif: null,
    missingEvidence: [],
    skipped: [{ path: 'src/broken.ts', reason: 'does not parse: x (line 2)' }],
  };
}

describe('renderTerminalSummary', () => {
  it('lists errors first, then AI-written lines, and says how many were left out', () => {
    const many = Array.from({ length: 25 }, (_, index) => finding({ startLine: index + 1, message: `note ${index}`, level: 'note' }));
    const text = renderTerminalSummary(report([...many, finding({ level: 'error', message: 'the error', provenance: 'ai' })]), { verbose: true });
    const lines = text.split('\n');
    const first = lines.findIndex((line) => line.startsWith('findings:'));
    expect(lines[first]).toBe('findings: 26');
    expect(lines[first + 1]).toContain('the error');
    expect(text).toContain('… and 6 more');
    expect(text).toContain('skipped src/broken.ts: does not parse: x (line 2)');
    expect(text).toContain('fail    error-handling.ai: one finding');
  });

  it('folds conditions to one line per family, with the condition ids of the deciding ones under it', () => {
    const text = renderTerminalSummary(report([finding({ level: 'error', provenance: 'ai' })]), { verbose: true });
    expect(text).toContain('checks: 1 of 1 check failed\n  fail    error handling: 1 on AI-written lines (none allowed)\n      fail    error-handling.ai: one finding');
  });

  it('prints the chosen base as its second line', () => {
    const text = renderTerminalSummary(report([]), { verbose: true, range: { base: 'c'.repeat(40), head: 'b'.repeat(40), baseRef: 'origin/main', baseTip: 'd'.repeat(40) } });
    expect(text.split('\n')[1]).toBe('base: origin/main → ddddddd, merge-base ccccccc; head bbbbbbb');
  });

  it('uses the one percentage format of every rendering: one decimal, rounded down', () => {
    const withCoverage: Report = {
      ...report([]),
      coverage: { changed: { measured: 15, covered: 4, percent: (4 / 15) * 100 }, ai: { measured: 3, covered: 2, percent: (2 / 3) * 100 }, branches: null, files: [], unmentioned: [], overall: null, reports: [] },
    };
    expect(renderTerminalSummary(withCoverage, { verbose: true })).toContain('changed-line coverage: 26.6% (4/15), AI lines 66.6% (2/3)');
  });

  it('prints a 20 MB scanner message as a few hundred characters, and at most 20 skipped files', () => {
    const huge = 'A'.repeat(20 * 1024 * 1024);
    const many = { ...report([finding({ message: huge, ruleId: ruleId(huge), path: repoPath(`src/${huge}`) })]), skipped: Array.from({ length: 500 }, (_, i) => ({ path: `f${i}`, reason: huge })) };
    const text = renderTerminalSummary(many, { verbose: true });
    expect(text.length).toBeLessThan(50_000);
    expect(text).toContain('… and 480 more skipped (see --json)');
  });

  it('replaces control characters in untrusted messages', () => {
    const text = renderTerminalSummary(report([finding({ message: 'evil\u001b[31mred\u0007\nnext' })]), { verbose: true });
    const controls = [...text].filter((char) => char !== '\n' && ((char.codePointAt(0) ?? 0) < 0x20 || char === '\u007f'));
    expect(controls).toEqual([]);
    expect(text).toContain('evil [31mred  next');
  });

  it('prints only the verdict line when quiet', () => {
    expect(renderTerminalSummary(report([]), { verbose: false })).toBe(`diffgate: FAIL  (${'a'.repeat(12)}..${'b'.repeat(12)})\n`);
  });
});
