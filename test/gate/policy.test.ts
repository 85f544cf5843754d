// Policy knobs end to end: the same real pull request (real git, ESLint SARIF, vitest coverage) run
// through runGate under different settings, given the way users give them (config file or overrides).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInputError } from '../../src/errors.js';
import { prepareGate, runGate } from '../../src/gate.js';
import type { Report } from '../../src/model.js';
import { renderJson } from '../../src/report/index.js';
import { ADDED, changedCoverage, condition, isAdded, isAiLine, linesOf, readLcovHits, readSarifResults, shownPercent } from './expected.js';
import { CART_AT_BASE, RAISED_RULES, buildPullRequest, gateOptions, lineOf, projectRoot, type PullRequestFixture } from './fixture.js';

const totalAdded = Object.values(ADDED).reduce((sum, added) => sum + added.lines.length, 0);

describe('policy settings on a real pull request', () => {
  let fixture: PullRequestFixture;
  let auto: Report;

  beforeAll(async () => {
    fixture = await buildPullRequest({ baseCoverage: true });
    auto = (await runGate(gateOptions(fixture))).report;
  }, 180_000);

  afterAll(() => fixture?.remove());

  const gate = async (overrides: Record<string, unknown>, more: Parameters<typeof gateOptions>[1] = {}): Promise<Report> =>
    // The fixture team's raised rules (RAISED_RULES) stay; the test's settings come on top.
    (await runGate(gateOptions(fixture, { overrides: { ...RAISED_RULES, ...overrides }, ...more }))).report;

  it('ai: all makes every added line AI-written, so the AI conditions judge the whole change', async () => {
    const report = await gate({ ai: 'all' });
    expect(report.provenance.mode).toBe('all');
    expect(report.provenance.counts).toEqual({ ai: totalAdded, human: 0, unknown: 0 });
    expect(report.findings.every((finding) => finding.provenance === 'ai')).toBe(true);
    // The person's prefer-const now counts against AI lines too; the AI coverage is the whole change's.
    expect(report.findings.find((finding) => finding.ruleId === 'prefer-const')?.provenance).toBe('ai');
    expect(report.coverage?.ai).toEqual(report.coverage?.changed);
    const aiCoverage = condition(report, 'changed-coverage.ai');
    expect(aiCoverage).toMatchObject({ status: 'fail', actual: condition(report, 'changed-coverage.all').actual, threshold: 90 });
    expect(aiCoverage.actual).not.toBe(condition(auto, 'changed-coverage.ai').actual);
    expect(condition(report, 'sarif.ai').actual).toBe(condition(report, 'sarif.all').actual);
    expect(report.verdict.status).toBe('fail');
  });

  it('ai: none attributes nothing to AI: the AI conditions pass or are skipped, the all-lines ones still judge', async () => {
    const report = await gate({ ai: 'none' });
    expect(report.provenance.mode).toBe('none');
    expect(report.provenance.counts).toEqual({ ai: 0, human: totalAdded, unknown: 0 });
    expect(report.provenance.aiCommits).toEqual([]);
    // These fail under `auto` (the Claude and Cursor lines) and pass when no line is AI-written.
    for (const id of ['missing-tests.ai', 'error-handling.ai', 'sarif.ai']) {
      expect(condition(auto, id).status, id).toBe('fail');
      expect(condition(report, id), id).toMatchObject({ status: 'pass', actual: 0 });
    }
    expect(condition(report, 'changed-coverage.ai').status).toBe('skipped');
    // diffgate's own rules report notes on lines nobody attributes to AI; scanner levels are kept.
    // (A rule finding that absorbed its ESLint equivalent on the same lines keeps the scanner's level: one finding, counted once.)
    const own = report.findings.filter((finding) => finding.source === 'ast');
    expect(own.filter((finding) => !finding.alsoReportedBy).every((finding) => finding.level === 'note')).toBe(true);
    for (const folded of own.filter((finding) => finding.alsoReportedBy)) expect(folded.level).toBe(folded.alsoReportedBy![0]!.level);
    expect(condition(report, 'sarif.all')).toMatchObject({ status: 'fail', actual: condition(auto, 'sarif.all').actual });
    expect(condition(report, 'changed-coverage.all')).toEqual(condition(auto, 'changed-coverage.all'));
    expect(report.verdict.status).toBe('fail');
  });

  it('a coverage glob that matches nothing is an InputError by default', async () => {
    const failure = await runGate(gateOptions(fixture, { coverage: ['coverage-nowhere/**/*.info'] })).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isInputError(failure)).toBe(true);
    expect((failure as Error).message).toContain('coverage-nowhere/**/*.info');
    expect((failure as Error).message.split('\n')).toHaveLength(1);
  });

  // Two inputs wrong at once: the error reported is the first stage's, and nothing is left unhandled.
  const failureOf = (promise: Promise<unknown>): Promise<Error | null> => promise.then(() => null, (error: unknown) => error as Error);

  it('a malformed SARIF file and a missing coverage report: the coverage error is the one reported, as stages run in order', async () => {
    const failure = await failureOf(runGate(gateOptions(fixture, { coverage: ['coverage-nowhere/**/*.info'], sarif: [join(projectRoot, 'package.json')] })));
    expect(isInputError(failure)).toBe(true);
    expect(failure?.message).toContain('coverage-nowhere/**/*.info');
  });

  it('a malformed SARIF file alone is an InputError naming it in one line', async () => {
    const failure = await failureOf(runGate(gateOptions(fixture, { sarif: [join(projectRoot, 'package.json')] })));
    expect(isInputError(failure)).toBe(true);
    expect(failure?.message).toContain('package.json');
    expect(failure?.message.split('\n')).toHaveLength(1);
  });

  it('when the diff itself fails, its error is reported, not the malformed SARIF file', async () => {
    const options = gateOptions(fixture, { sarif: [join(projectRoot, 'package.json')] });
    const prepared = await prepareGate(options);
    // A base that is no commit of the repository: git diff fails.
    const broken = { ...prepared, range: { ...prepared.range, base: '0'.repeat(40) as typeof prepared.range.base } };
    const failure = await failureOf(runGate({ ...options, prepared: broken }));
    expect(isInputError(failure)).toBe(true);
    expect(failure?.message).toMatch(/^git diff/);
    expect(failure?.message).not.toContain('package.json');
  });

  it('missing-evidence.coverage: warn records the missing coverage as a condition instead', async () => {
    const report = await gate({ policy: { 'missing-evidence': { coverage: 'warn' } } }, { coverage: ['coverage-nowhere/**/*.info'] });
    expect(report.coverage).toBeNull();
    expect(report.missingEvidence).toHaveLength(1);
    expect(report.missingEvidence[0]).toMatchObject({ kind: 'coverage' });
    expect(report.missingEvidence[0]?.detail).toContain('coverage-nowhere/**/*.info');
    const missing = condition(report, 'missing-evidence.coverage');
    expect(missing.status).toBe('warn');
    expect(missing.message).toContain('coverage-nowhere/**/*.info');
    // The conditions that needed coverage say why they were not checked.
    for (const id of ['changed-coverage.ai', 'changed-coverage.all']) {
      expect(condition(report, id).status).toBe('skipped');
      expect(condition(report, id).message).toMatch(/missing evidence/);
    }
    // Everything else is judged as before.
    expect(condition(report, 'sarif.ai')).toEqual(condition(auto, 'sarif.ai'));
    expect(report.verdict.status).toBe('fail');
  });

  it('the same settings from .github/diffgate.yml: missing evidence as a warning, every other condition relaxed', async () => {
    fixture.repo.write({
      '.github/diffgate.yml': [
        'policy:',
        '  missing-evidence: { coverage: warn }',
        '  missing-tests: { ai: warn, all: warn }',
        '  error-handling: { ai: warn }',
        '  sarif: { ai: warn, all: warn }',
        '',
      ].join('\n'),
    });
    try {
      // The working copy's file applies when asked for (the default is the base commit's policy).
      const report = await gate(
        { 'policy-source': 'head' },
        { coverage: ['coverage-nowhere/**/*.info'], configPath: join(fixture.repo.dir, '.github', 'diffgate.yml'), configRequired: true },
      );
      expect(condition(report, 'missing-evidence.coverage').status).toBe('warn');
      expect(report.verdict.conditions.filter((item) => item.status === 'fail')).toEqual([]);
      expect(report.verdict.status).toBe('warn');
    } finally {
      fixture.repo.write({ '.github/diffgate.yml': null });
    }
  });

  it('sarif.filter-mode: nofilter shows results on unchanged lines without counting them', async () => {
    const report = await gate({ sarif: { 'filter-mode': 'nofilter' } });
    const all = readSarifResults(fixture.sarifPath, fixture.repo.dir);
    const scanner = report.findings.filter((finding) => finding.source === 'sarif');
    // Every result is shown: as a scanner finding, or folded into the equivalent rule finding on its lines.
    const folded = report.findings.reduce((sum, finding) => sum + (finding.alsoReportedBy?.length ?? 0), 0);
    expect(folded).toBeGreaterThan(0);
    expect(scanner.length + folded).toBe(all.length);
    const outside = scanner.filter((finding) => !linesOf(finding).some((line) => isAdded(finding.path, line)));
    // The eqeqeq on cart.ts's base line: shown, flagged as not on an added line, and nobody's line.
    expect(outside.map((finding) => [finding.path, finding.startLine, finding.ruleId, finding.onAddedLine, finding.provenance])).toEqual([
      ['src/cart.ts', lineOf(CART_AT_BASE, '=='), 'eqeqeq', false, 'unknown'],
    ]);
    expect(outside[0]?.level).toBe('error');
    expect(condition(report, 'sarif.all')).toEqual(condition(auto, 'sarif.all'));
    expect(report.sarif).toMatchObject({ kept: all.length, outsideFilter: 0 });
  });

  it('levels.rules sets a scanner rule’s level on AI lines, and the SARIF conditions count by it', async () => {
    const report = await gate({ policy: { levels: { rules: { eqeqeq: { ai: 'note' } } } } });
    const eqeqeq = report.findings.find((finding) => finding.ruleId === 'eqeqeq');
    expect(auto.findings.find((finding) => finding.ruleId === 'eqeqeq')).toMatchObject({ level: 'error', provenance: 'ai' });
    expect(eqeqeq).toMatchObject({ level: 'note', provenance: 'ai' });
    expect(condition(report, 'sarif.ai').actual).toBe((condition(auto, 'sarif.ai').actual as number) - 1);
    expect(condition(report, 'sarif.all').actual).toBe((condition(auto, 'sarif.all').actual as number) - 1);
  });

  it('missing-evidence.sarif: fail turns an absent SARIF file into a failing condition, and the report stays valid', async () => {
    const absent = join(fixture.out, 'never-written.sarif');
    const report = await gate({ policy: { 'missing-evidence': { sarif: 'fail' } } }, { sarif: [absent] });
    expect(report.sarif).toBeNull();
    expect(report.findings.filter((finding) => finding.source === 'sarif')).toEqual([]);
    expect(report.missingEvidence.map((entry) => entry.kind)).toEqual(['sarif']);
    const missing = condition(report, 'missing-evidence.sarif');
    expect(missing.status).toBe('fail');
    expect(missing.message).toContain('never-written.sarif');
    expect(report.verdict.status).toBe('fail');
    // Coverage was read as usual.
    expect(report.coverage?.changed).toEqual(auto.coverage?.changed);

    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(projectRoot, 'schema', 'report.schema.json'), 'utf8')) as object);
    expect(validate(JSON.parse(renderJson(report))), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('overall coverage and its drop against the merge-base’s report, as the two LCOV files say', async () => {
    const baseLcov = join(fixture.out, 'coverage-base', 'lcov.info');
    const report = await gate({ policy: { 'overall-coverage': { level: 'fail', min: 50 } } }, { baseCoverage: [baseLcov] });
    const overall = (path: string) => {
      const counts = changedCoverage(readLcovHits(path, fixture.repo.dir), () => true);
      return { measured: counts.measured, covered: counts.covered, percent: (counts.covered / counts.measured) * 100 };
    };
    const head = overall(fixture.lcovPath);
    const base = overall(baseLcov);
    expect(report.coverage?.overall?.head).toEqual(head);
    expect(report.coverage?.overall?.base).toEqual(base);
    expect(report.coverage?.overall?.delta).toBeCloseTo(head.percent - base.percent, 9);
    // The base is fully tested; the change brings untested AI code.
    expect(base.percent - head.percent).toBeGreaterThan(1);

    expect(condition(report, 'overall-coverage')).toMatchObject({
      status: head.percent >= 50 ? 'pass' : 'fail',
      actual: shownPercent(head.covered, head.measured),
      threshold: 50,
    });
    const drop = condition(report, 'coverage-drop');
    expect(drop).toMatchObject({ status: 'warn', threshold: 1, unit: 'pp' });
    expect(drop.actual as number).toBeCloseTo(base.percent - head.percent, 1);
    // Without base reports the drop cannot be measured: skipped, and said so.
    expect(condition(auto, 'coverage-drop').status).toBe('skipped');
  });

  it('ignore globs drop the findings and the coverage of the paths they match', async () => {
    const report = await gate({ policy: { ignore: ['src/payments/**'], 'small-change-lines': 0 } });
    expect(auto.findings.some((finding) => finding.path.startsWith('src/payments/'))).toBe(true);
    expect(report.findings.filter((finding) => finding.path.startsWith('src/payments/'))).toEqual([]);
    // Findings elsewhere stay exactly as they were.
    const elsewhere = (findings: Report['findings']) => findings.filter((finding) => !finding.path.startsWith('src/payments/'));
    expect(report.findings).toEqual(elsewhere(auto.findings));
    expect(condition(report, 'sarif.ai').actual).toBe(elsewhere(auto.findings).filter((item) => item.source === 'sarif' && item.level === 'error' && item.provenance === 'ai').length);
    expect(condition(report, 'missing-tests.ai')).toMatchObject({ status: 'pass', actual: 0 });

    const hits = readLcovHits(fixture.lcovPath, fixture.repo.dir);
    const notIgnored = (keep: (path: string, line: number) => boolean) => (path: string, line: number) => !path.startsWith('src/payments/') && keep(path, line);
    const all = changedCoverage(hits, notIgnored(isAdded));
    const ai = changedCoverage(hits, notIgnored(isAiLine));
    expect(condition(report, 'changed-coverage.all').actual).toBe(shownPercent(all.covered, all.measured));
    expect(condition(report, 'changed-coverage.ai').actual).toBe(shownPercent(ai.covered, ai.measured));
  });

  it('a per-path override holds src/payments/** to a stricter coverage in conditions of its own', async () => {
    const report = await gate({
      policy: {
        'small-change-lines': 0,
        'changed-coverage': { ai: { min: 10 }, all: { min: 10 } },
        overrides: [{ paths: ['src/payments/**'], 'changed-coverage': { ai: { min: 100 }, all: { min: 95 } } }],
      },
    });
    const hits = readLcovHits(fixture.lcovPath, fixture.repo.dir);
    const payments = (path: string) => path.startsWith('src/payments/');
    const strict = changedCoverage(hits, (path, line) => payments(path) && isAdded(path, line));
    const strictAi = changedCoverage(hits, (path, line) => payments(path) && isAiLine(path, line));
    const rest = changedCoverage(hits, (path, line) => !payments(path) && isAdded(path, line));
    const restAi = changedCoverage(hits, (path, line) => !payments(path) && isAiLine(path, line));

    expect(condition(report, 'changed-coverage.all [src/payments/**]')).toMatchObject({ status: 'fail', actual: shownPercent(strict.covered, strict.measured), threshold: 95 });
    expect(condition(report, 'changed-coverage.ai [src/payments/**]')).toMatchObject({ status: 'fail', actual: shownPercent(strictAi.covered, strictAi.measured), threshold: 100 });
    // The rest of the change is judged on its own lines against the relaxed top level, and passes.
    expect(condition(report, 'changed-coverage.all')).toMatchObject({ status: 'pass', actual: shownPercent(rest.covered, rest.measured), threshold: 10 });
    expect(condition(report, 'changed-coverage.ai')).toMatchObject({ status: 'pass', actual: shownPercent(restAi.covered, restAi.measured), threshold: 10 });
    expect(report.verdict.status).toBe('fail');
  });
});
