// Real tool output: ESLint 9 on a real git repository with a PR branch, formatted as SARIF by
// @microsoft/eslint-formatter-sarif, read back through collectSarifFindings.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectChangedFiles, listTrackedFiles, resolveRange } from '../../../src/diff/index.js';
import { NO_EVENT } from '../../../src/event.js';
import { collectSarifFindings } from '../../../src/evidence/sarif/index.js';
import type { SarifInput } from '../../../src/evidence/sarif/index.js';
import { Revision } from '../../../src/git/index.js';
import type { SarifFilterMode } from '../../../src/evidence/sarif/config.js';
import { sarifConfigSchema } from '../../../src/evidence/sarif/config.js';
import type { ChangedFile } from '../../../src/model.js';
import type { ProvenanceLookup } from '../../../src/provenance/lookup.js';
import { makeRepo, removeRepos } from '../../helpers/repo.js';
import type { TestRepo } from '../../helpers/repo.js';

type SarifFormatter = (results: ESLint.LintResult[], data: ESLint.LintResultData) => string;
const formatSarif = createRequire(import.meta.url)('@microsoft/eslint-formatter-sarif') as SarifFormatter;

const PADDING = Array.from({ length: 10 }, (_, i) => `export const pad${i} = ${i};`);

const MATH_AT_BASE = [
  'export function add(a, b) {',
  '  return a + b;',
  '}',
  '',
  'export function legacy(x) {',
  '  var old = x;',
  '  return old;',
  '}',
  '',
  ...PADDING,
  'export function far(y) {',
  '  if (y == null) return 0;',
  '  return y;',
  '}',
];

const ADDED_FUNCTION = [
  'export function added(z) {',
  "  if (z == 1) return 'one';",
  '  debugger;',
  '  // eslint-disable-next-line no-var',
  '  var quiet = z;',
  '  return quiet;',
  '}',
];

// Head: the added function goes after legacy(); line numbers below refer to this version.
const MATH_AT_HEAD = [...MATH_AT_BASE.slice(0, 8), ...ADDED_FUNCTION, ...MATH_AT_BASE.slice(8)];
const lineOf = (lines: string[], text: string): number => lines.findIndex((line) => line.includes(text)) + 1;

async function lintToSarif(repo: TestRepo, sarifPath: string): Promise<void> {
  const eslint = new ESLint({
    cwd: repo.dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.js'],
        languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
        rules: { 'no-var': 'error', eqeqeq: 'warn', 'no-debugger': 'error' },
      },
    ],
  });
  const results = await eslint.lintFiles(['src/**/*.js']);
  writeFileSync(sarifPath, formatSarif(results, { cwd: repo.dir, rulesMeta: eslint.getRulesMetaForResults(results) }));
}

describe('SARIF from ESLint on a pull request branch', () => {
  let repo: TestRepo;
  let sarifPath: string;
  let files: ChangedFile[];
  let trackedFiles: string[];
  let head: string;
  let headFiles: Revision;
  const outDir = mkdtempSync(join(tmpdir(), 'diffgate-sarif-out-'));
  // The debugger statement is "AI-written"; every other line is unknown.
  const debuggerLine = lineOf(MATH_AT_HEAD, 'debugger');
  const provenance: ProvenanceLookup = (path, line) => (path === 'src/math.js' && line === debuggerLine ? 'ai' : 'unknown');

  function input(mode: SarifFilterMode, patterns = [sarifPath]): SarifInput {
    return {
      repo: repo.dir,
      patterns,
      files,
      trackedFiles,
      provenance,
      code: headFiles,
      config: sarifConfigSchema.parse({ 'filter-mode': mode }),
    };
  }

  beforeAll(async () => {
    repo = makeRepo();
    repo.write({ 'src/math.js': MATH_AT_BASE.join('\n') + '\n', 'src/old.js': 'var stale = 2;\nexport default stale;\n' });
    repo.commit('base');
    repo.checkout('feature', true);
    repo.write({ 'src/math.js': MATH_AT_HEAD.join('\n') + '\n', 'src/fresh.js': 'var fresh = 1;\nexport default fresh;\n' });
    repo.commit('add a function and a file');
    const range = await resolveRange(repo.dir, { base: 'main', head: 'feature', event: NO_EVENT });
    head = range.head;
    headFiles = await revisionAt(head);
    files = await collectChangedFiles(repo.dir, range);
    trackedFiles = await listTrackedFiles(repo.dir, head);
    sarifPath = join(outDir, 'eslint.sarif');
    await lintToSarif(repo, sarifPath);
  });

  // The code for fingerprints is read from each head's Revision, as the gate does; closed at the end.
  const revisions: Revision[] = [];
  async function revisionAt(sha: string): Promise<Revision> {
    const revision = await Revision.open(repo.dir, sha);
    revisions.push(revision);
    return revision;
  }

  afterAll(() => {
    for (const revision of revisions) revision.close();
    removeRepos();
    rmSync(outDir, { recursive: true, force: true });
  });

  const where = (findings: { path: string; startLine: number; ruleId: string }[]) =>
    findings.map((finding) => `${finding.path}:${finding.startLine} ${finding.ruleId}`).sort();

  const onAdded = [
    `src/fresh.js:1 no-var`,
    `src/math.js:${lineOf(MATH_AT_HEAD, "z == 1")} eqeqeq`,
    `src/math.js:${debuggerLine} no-debugger`,
  ];
  const inHunkContext = `src/math.js:${lineOf(MATH_AT_HEAD, 'var old')} no-var`;
  const elsewhereInChangedFile = `src/math.js:${lineOf(MATH_AT_HEAD, 'y == null')} eqeqeq`;
  const unchangedFile = 'src/old.js:1 no-var';

  it('keeps exactly the results on added lines in `added` mode (the default)', async () => {
    const defaults = await collectSarifFindings({ ...input('added'), config: sarifConfigSchema.parse({}) });
    expect(where(defaults.findings)).toEqual(onAdded);
    expect(defaults.findings.every((finding) => finding.onAddedLine)).toBe(true);
    // The eslint-disable-next-line result is an accepted inSource suppression: not new.
    expect(defaults.summary).toMatchObject({ kept: 3, notNew: 1, notFailures: 0, outsideFilter: 3, unlocated: [] });
    expect(defaults.summary.inputs).toEqual([{ path: sarifPath, tools: ['ESLint'], results: 7 }]);
  });

  it('widens to the changed hunk, the changed file and the whole repository', async () => {
    const context = await collectSarifFindings(input('diff_context'));
    expect(where(context.findings)).toEqual([...onAdded, inHunkContext].sort());
    expect(context.summary.outsideFilter).toBe(2);

    const file = await collectSarifFindings(input('file'));
    expect(where(file.findings)).toEqual([...onAdded, inHunkContext, elsewhereInChangedFile].sort());

    const everything = await collectSarifFindings(input('nofilter'));
    expect(where(everything.findings)).toEqual([...onAdded, inHunkContext, elsewhereInChangedFile, unchangedFile].sort());
    expect(everything.summary.outsideFilter).toBe(0);
    const flags = Object.fromEntries(everything.findings.map((finding) => [`${finding.path}:${finding.startLine} ${finding.ruleId}`, finding.onAddedLine]));
    expect(flags).toEqual({
      ...Object.fromEntries(onAdded.map((key) => [key, true])),
      [inHunkContext]: false,
      [elsewhereInChangedFile]: false,
      [unchangedFile]: false,
    });
  });

  it('fills level, message, tool, help link and provenance', async () => {
    const { findings } = await collectSarifFindings(input('added'));
    const debuggerFinding = findings.find((finding) => finding.ruleId === 'no-debugger');
    expect(debuggerFinding).toMatchObject({
      level: 'error',
      source: 'sarif',
      tool: 'ESLint',
      message: "Unexpected 'debugger' statement.",
      helpUri: 'https://eslint.org/docs/latest/rules/no-debugger',
      provenance: 'ai',
      startLine: debuggerLine,
      endLine: debuggerLine,
    });
    expect(findings.find((finding) => finding.ruleId === 'eqeqeq')).toMatchObject({ level: 'warning', provenance: 'unknown' });
  });

  it('maps a report written on another machine by the longest tracked suffix, or by a configured prefix', async () => {
    const moved = readFileSync(sarifPath, 'utf8').replaceAll(`file://${repo.dir}/`, 'file:///home/runner/work/svc/svc/');
    expect(moved).not.toContain(repo.dir);
    const movedPath = join(outDir, 'moved.sarif');
    writeFileSync(movedPath, moved);
    const local = await collectSarifFindings(input('nofilter'));
    const bySuffix = await collectSarifFindings(input('nofilter', [movedPath]));
    expect(where(bySuffix.findings)).toEqual(where(local.findings));
    expect(bySuffix.findings.map((finding) => finding.fingerprint)).toEqual(local.findings.map((finding) => finding.fingerprint));

    const byPrefix = await collectSarifFindings({
      ...input('nofilter', [movedPath]),
      trackedFiles,
      config: sarifConfigSchema.parse({ 'filter-mode': 'nofilter', 'path-prefixes': ['/home/runner/work/svc/svc/'] }),
    });
    expect(where(byPrefix.findings)).toEqual(where(local.findings));
  });

  it('keeps fingerprints when lines move, and tells different findings apart', async () => {
    const before = await collectSarifFindings(input('added'));
    // Another commit on the branch shifts the added function down by three lines.
    repo.write({ 'src/math.js': ['// header', '// more', '', ...MATH_AT_HEAD].join('\n') + '\n' });
    const movedHead = repo.commit('add a header');
    const movedFiles = await revisionAt(movedHead);
    const movedSarif = join(outDir, 'after-move.sarif');
    await lintToSarif(repo, movedSarif);
    const range = await resolveRange(repo.dir, { base: 'main', head: movedHead, event: NO_EVENT });
    const after = await collectSarifFindings({
      ...input('added', [movedSarif]),
      code: movedFiles,
      files: await collectChangedFiles(repo.dir, range),
    });
    const fingerprintsOf = (findings: { ruleId: string; path: string; startLine: number; fingerprint: string }[]) =>
      Object.fromEntries(findings.map((finding) => [`${finding.path} ${finding.ruleId}`, { line: finding.startLine, fingerprint: finding.fingerprint }]));
    const was = fingerprintsOf(before.findings);
    const now = fingerprintsOf(after.findings);
    expect(Object.keys(now).sort()).toEqual(Object.keys(was).sort());
    expect(now['src/math.js eqeqeq']?.line).toBe((was['src/math.js eqeqeq']?.line ?? 0) + 3);
    for (const key of Object.keys(was)) expect(now[key]?.fingerprint).toBe(was[key]?.fingerprint);
    // Two eqeqeq results in math.js share rule, path and message: only the code tells them apart.
    const everything = await collectSarifFindings({ ...input('nofilter', [movedSarif]), code: movedFiles });
    const eqeqeq = everything.findings.filter((finding) => finding.ruleId === 'eqeqeq');
    expect(eqeqeq).toHaveLength(2);
    expect(eqeqeq[0]?.message).toBe(eqeqeq[1]?.message);
    expect(new Set(everything.findings.map((finding) => finding.fingerprint)).size).toBe(everything.findings.length);
  });
});
