// A second real scanner: flawfinder (C/C++) run with --sarif on a real pull request, read back through
// runGate. Its results on added lines are kept, with its rule ids and levels; the rest are not.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_EVENT } from '../../src/event.js';
import { runGate } from '../../src/gate.js';
import type { Report } from '../../src/model.js';
import { makeRepo, removeRepos, PERSON, type TestRepo } from '../helpers/repo.js';
import { linesOf, readSarifResults, type ScannerResult } from './expected.js';
import { lineNumbers, lineOf } from './fixture.js';

const hasFlawfinder = spawnSync('flawfinder', ['--version'], { encoding: 'utf8' }).status === 0;

const lines = (...text: string[]): string => text.join('\n') + '\n';

const LEGACY_AT_BASE = lines(
  '#include <string.h>',
  '',
  'void copy_name(char *dst, const char *src) {',
  '  strcpy(dst, src);',
  '}',
);

/** A person appends a formatting helper to legacy.c. */
const LEGACY_ADDED = lines(
  '',
  '#include <stdio.h>',
  '',
  'void label(char *out, int id) {',
  '  sprintf(out, "item-%s", "x");',
  '}',
);

/** Claude Code adds a network helper. */
const NET = lines(
  '#include <stdlib.h>',
  '#include <string.h>',
  '',
  'int ping(const char *host) {',
  '  char command[64];',
  '  strcpy(command, "ping ");',
  '  strcat(command, host);',
  '  return system(command);',
  '}',
);

const LEGACY_LINES = LEGACY_AT_BASE.split('\n').length - 1;
const ADDED: Record<string, { lines: number[]; ai: boolean }> = {
  'src/legacy.c': { lines: lineNumbers(LEGACY_ADDED, LEGACY_LINES), ai: false },
  'src/net.c': { lines: lineNumbers(NET), ai: true },
};
const isAdded = (path: string, line: number) => ADDED[path]?.lines.includes(line) ?? false;

describe.skipIf(!hasFlawfinder)('flawfinder SARIF through runGate (skipped: flawfinder not on PATH)', () => {
  let repo: TestRepo;
  let base: string;
  let results: ScannerResult[];
  let report: Report;
  const out = mkdtempSync(join(tmpdir(), 'diffgate-flawfinder-'));
  const sarifPath = join(out, 'flawfinder.sarif');

  beforeAll(async () => {
    repo = makeRepo();
    repo.write({ 'README.md': '# net tools\n', 'src/legacy.c': LEGACY_AT_BASE });
    base = repo.commit('Initial tools');
    repo.checkout('feature/ping', true);
    repo.write({ 'src/legacy.c': LEGACY_AT_BASE + LEGACY_ADDED }).commit('Add labels', { author: PERSON });
    repo.write({ 'src/net.c': NET }).commit('Add ping\n\nCo-Authored-By: Claude <noreply@anthropic.com>');
    writeFileSync(sarifPath, execFileSync('flawfinder', ['--sarif', 'src'], { cwd: repo.dir, encoding: 'utf8' }));
    results = readSarifResults(sarifPath, repo.dir);
    report = (
      await runGate({
        repo: repo.dir,
        base,
        head: null,
        sarif: [sarifPath],
        coverage: [],
        baseCoverage: [],
        configPath: null,
        configRequired: false,
        overrides: {},
        event: NO_EVENT,
      })
    ).report;
  });

  afterAll(() => {
    removeRepos();
    rmSync(out, { recursive: true, force: true });
  });

  it('flawfinder reports on base lines and on added lines, as the test needs', () => {
    expect(results.every((result) => result.tool === 'Flawfinder')).toBe(true);
    expect(results.some((result) => result.path === 'src/legacy.c' && result.startLine === lineOf(LEGACY_AT_BASE, 'strcpy'))).toBe(true);
    expect(results.some((result) => result.path === 'src/net.c')).toBe(true);
    expect(results.some((result) => result.path === 'src/legacy.c' && isAdded(result.path, result.startLine))).toBe(true);
  });

  it('keeps exactly the results on added lines, with flawfinder’s rule ids, levels and help links', () => {
    const onAdded = results.filter((result) => linesOf(result).some((line) => isAdded(result.path, line)));
    const kept = report.findings.filter((finding) => finding.source === 'sarif');
    const shape = (item: { ruleId: string; level: string; path: string; startLine: number; helpUri?: string | undefined }) =>
      `${item.path}:${item.startLine} ${item.ruleId} ${item.level} ${item.helpUri ?? '-'}`;
    expect(kept.map(shape).sort()).toEqual(onAdded.map(shape).sort());
    expect(kept.every((finding) => finding.tool === 'Flawfinder' && /^FF\d+$/.test(finding.ruleId))).toBe(true);
    expect(report.findings.some((finding) => finding.path === 'src/legacy.c' && finding.startLine === lineOf(LEGACY_AT_BASE, 'strcpy'))).toBe(false);
    expect(report.sarif).toMatchObject({ kept: onAdded.length, outsideFilter: results.length - onAdded.length, unlocated: [] });
  });

  it('takes the level of each result over its rule’s default, as flawfinder grades by context', () => {
    // strcpy from a constant is risk level 1 (note); the rule FF1001's default level is error.
    const log = JSON.parse(readFileSync(sarifPath, 'utf8')) as Log;
    const ruleDefault = log.runs[0]?.tool.driver.rules?.find((rule) => rule.id === 'FF1001')?.defaultConfiguration?.level;
    expect(ruleDefault).toBe('error');
    const strcpy = report.findings.find((finding) => finding.path === 'src/net.c' && finding.startLine === lineOf(NET, 'strcpy('));
    expect(strcpy).toMatchObject({ ruleId: 'FF1001', level: 'note', provenance: 'ai' });
    expect(new Set(report.findings.map((finding) => finding.level))).toEqual(new Set(['error', 'note']));
  });

  it('gives each kept result the provenance of its line and fails on the errors', () => {
    const kept = report.findings.filter((finding) => finding.source === 'sarif');
    for (const finding of kept) expect(finding.provenance, `${finding.path}:${finding.startLine}`).toBe(ADDED[finding.path]?.ai ? 'ai' : 'human');
    expect(kept.find((finding) => finding.startLine === lineOf(NET, 'system(') && finding.path === 'src/net.c')?.provenance).toBe('ai');
    const errors = (ai: boolean) => kept.filter((finding) => finding.level === 'error' && (!ai || finding.provenance === 'ai')).length;
    expect(errors(true)).toBeGreaterThan(0);
    expect(report.verdict.conditions.find((item) => item.id === 'sarif.ai')).toMatchObject({ status: 'fail', actual: errors(true), threshold: 0 });
    expect(report.verdict.conditions.find((item) => item.id === 'sarif.all')).toMatchObject({ status: 'fail', actual: errors(false), threshold: 0 });
    expect(report.verdict.status).toBe('fail');
  });
});
