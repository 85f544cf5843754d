// runGate end to end on a realistic pull request: real git (a person's, Claude Code's and Cursor's
// commits on a branch off main), real ESLint SARIF and real vitest coverage. Every number the report
// holds is checked against what the test works out on its own from the fixture, the LCOV and the SARIF.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGate, type GateResult } from '../../src/gate.js';
import type { Finding, Report } from '../../src/model.js';
import { parseJsonReport, renderJson, renderMarkdown, renderSarif } from '../../src/report/index.js';
import { ADDED, changedCoverage, condition, isAdded, isAiLine, linesOf, readLcovHits, readSarifResults, shownPercent } from './expected.js';
import { CART_AT_BASE, FORMAT, PAYMENTS, buildPullRequest, gateOptions, lineOf, projectRoot, type PullRequestFixture } from './fixture.js';
import { sha } from '../helpers/ids.js';

// Every condition the fixture fails, turned into a warning (keys from docs/policy.md).
const RELAXED_POLICY = `policy:
  missing-tests: { ai: warn, all: warn }
  error-handling: { ai: warn, all: warn }
  sarif: { ai: warn, all: warn }
  changed-coverage: { ai: warn, all: warn }
`;

const ERROR_HANDLING = ['empty-catch', 'swallowed-error', 'floating-promise', 'unchecked-fetch', 'unguarded-json-parse', 'throw-literal', 'lost-error-cause'];

const astOnAi = (report: Report, ruleId: string): Finding[] =>
  report.findings.filter((finding) => finding.source === 'ast' && finding.ruleId === ruleId && finding.provenance === 'ai');

describe('runGate on a pull request with human, Claude Code and Cursor commits', () => {
  let fixture: PullRequestFixture;
  let result: GateResult;
  let report: Report;

  beforeAll(async () => {
    fixture = await buildPullRequest();
    result = await runGate(gateOptions(fixture));
    report = result.report;
  }, 180_000);

  afterAll(() => fixture?.remove());

  it('measures from the merge-base with main and lists every changed file with its added lines', () => {
    expect(report.base).toBe(fixture.base);
    expect(report.head).toBe(fixture.head);
    const files = Object.fromEntries(report.files.map((file) => [file.path, file.addedLines]));
    // CHANGELOG.md was committed on main after the branch point: not part of the change.
    expect(files).toEqual(Object.fromEntries(Object.entries(ADDED).map(([path, added]) => [path, added.lines])));
    expect(report.files.find((file) => file.path === 'src/cart.ts')?.status).toBe('modified');
    expect(report.files.find((file) => file.path === 'src/payments/client.ts')?.status).toBe('added');
    expect(result.warnings).toEqual([]);
  });

  it('attributes the Claude Code and Cursor commits to AI and the person’s commit to a human', () => {
    const { provenance } = report;
    expect(provenance.mode).toBe('auto');
    const aiCommits = new Map(provenance.aiCommits.map((commit) => [commit.sha, commit.signals]));
    expect([...aiCommits.keys()].sort()).toEqual([fixture.claudeCommit, fixture.cursorCommit].sort());
    expect(aiCommits.get(sha(fixture.claudeCommit))?.some((signal) => signal.kind === 'commit' && /co-authored-by/i.test(signal.source))).toBe(true);
    expect(aiCommits.get(sha(fixture.cursorCommit))?.some((signal) => signal.source === 'author' && signal.detail.includes('cursoragent@cursor.com'))).toBe(true);

    for (const [path, added] of Object.entries(ADDED)) {
      const file = provenance.files.find((item) => item.path === path);
      expect(file?.aiLines, path).toEqual(added.ai ? added.lines : []);
      expect(file?.humanLines, path).toEqual(added.ai ? [] : added.lines);
    }
    const count = (ai: boolean) => Object.values(ADDED).filter((added) => added.ai === ai).reduce((sum, added) => sum + added.lines.length, 0);
    expect(provenance.counts).toEqual({ ai: count(true), human: count(false), unknown: 0 });
  });

  it('keeps ESLint results only on added lines, with the provenance of their lines', () => {
    const all = readSarifResults(fixture.sarifPath, fixture.repo.dir);
    const onAdded = all.filter((item) => linesOf(item).some((line) => isAdded(item.path, line)));
    // The fixture has results both ways: the base line's eqeqeq in cart.ts must be dropped.
    expect(all.some((item) => item.path === 'src/cart.ts' && item.ruleId === 'eqeqeq' && item.startLine === lineOf(CART_AT_BASE, '=='))).toBe(true);
    expect(onAdded.length).toBeGreaterThan(0);
    expect(onAdded.length).toBeLessThan(all.length);

    const kept = report.findings.filter((finding) => finding.source === 'sarif');
    const shape = (item: { ruleId: string; level: string; path: string; startLine: number; endLine: number }) =>
      `${item.path}:${item.startLine}-${item.endLine} ${item.ruleId} ${item.level}`;
    // Each result on an added line is kept once: as a SARIF finding, or folded into the diffgate rule
    // finding that reports the same problem on the same lines (#14: one finding per problem).
    const folded = report.findings.flatMap((finding) =>
      (finding.alsoReportedBy ?? []).map((also) => ({ ruleId: also.ruleId, level: also.level, path: finding.path, startLine: also.startLine, endLine: also.endLine })),
    );
    expect(folded.map((item) => item.ruleId).sort()).toEqual(['no-empty', 'no-throw-literal']);
    expect([...kept.map(shape), ...folded.map(shape)].sort()).toEqual(onAdded.map(shape).sort());
    for (const finding of kept) {
      const ai = linesOf(finding).some((line) => isAiLine(finding.path, line));
      expect(finding.provenance, shape(finding)).toBe(ai ? 'ai' : 'human');
      expect(finding.tool).toBe('ESLint');
      expect(finding.onAddedLine).toBe(true);
      expect(finding.helpUri).toMatch(/^https:\/\/eslint\.org\/docs\//);
    }
    // prefer-const on the person's line, eqeqeq and no-throw-literal on AI lines.
    expect(kept.find((finding) => finding.ruleId === 'prefer-const')?.provenance).toBe('human');
    expect(report.findings.find((finding) => finding.ruleId === 'throw-literal' && finding.alsoReportedBy)).toMatchObject({
      path: 'src/format.ts',
      provenance: 'ai',
      level: 'error',
      alsoReportedBy: [expect.objectContaining({ tool: 'ESLint', ruleId: 'no-throw-literal', level: 'error' })],
    });

    expect(report.sarif).toMatchObject({ kept: onAdded.length, outsideFilter: all.length - onAdded.length, notNew: 0, unlocated: [] });
    expect(report.sarif?.inputs.map((input) => [input.tools, input.results])).toEqual([[['ESLint'], all.length]]);
  });

  it('computes changed-line coverage for all added lines and for AI lines as the LCOV says', () => {
    const hits = readLcovHits(fixture.lcovPath, fixture.repo.dir);
    const changed = changedCoverage(hits, isAdded);
    const ai = changedCoverage(hits, isAiLine);
    const coverage = report.coverage;
    expect(coverage).not.toBeNull();
    expect(coverage?.changed).toEqual({ measured: changed.measured, covered: changed.covered, percent: (changed.covered / changed.measured) * 100 });
    expect(coverage?.ai).toEqual({ measured: ai.measured, covered: ai.covered, percent: (ai.covered / ai.measured) * 100 });
    for (const file of coverage?.files ?? []) expect(file.uncoveredLines, file.path).toEqual(changed.uncovered.get(file.path) ?? []);
    // The fixture is meant to fail both thresholds and to be big enough to be judged.
    expect(ai.measured).toBeGreaterThanOrEqual(20);
    expect(changed.uncovered.get('src/payments/client.ts')).toContain(lineOf(PAYMENTS, 'JSON.parse'));
    // Only source files are in the report, and every changed source file is mentioned.
    expect(coverage?.unmentioned).toEqual([]);
    expect(coverage?.reports).toEqual([{ path: fixture.lcovPath, format: 'lcov' }]);
  });

  it('reads the Cobertura report of the same run to the same changed-line coverage, alone or merged with the LCOV', async () => {
    const cobertura = await runGate(gateOptions(fixture, { coverage: [fixture.coberturaPath] }));
    const both = await runGate(gateOptions(fixture, { coverage: [fixture.lcovPath, fixture.coberturaPath] }));
    for (const other of [cobertura.report, both.report]) {
      expect(other.coverage?.changed).toEqual(report.coverage?.changed);
      expect(other.coverage?.ai).toEqual(report.coverage?.ai);
      expect(other.coverage?.files.map((file) => [file.path, file.uncoveredLines])).toEqual(report.coverage?.files.map((file) => [file.path, file.uncoveredLines]));
    }
    expect(cobertura.report.coverage?.reports.map((item) => item.format)).toEqual(['cobertura']);
  });

  it('reads reports written on another machine (runner paths) to the same findings and coverage', async () => {
    const runnerRoot = '/home/runner/work/shop/shop/';
    const sarif = join(fixture.out, 'runner.sarif');
    writeFileSync(sarif, readFileSync(fixture.sarifPath, 'utf8').split(`file://${fixture.repo.dir}/`).join(`file://${runnerRoot}`));
    const lcov = join(fixture.out, 'runner.info');
    writeFileSync(lcov, readFileSync(fixture.lcovPath, 'utf8').replace(/^SF:/gm, `SF:${runnerRoot}`));
    expect(readFileSync(sarif, 'utf8')).not.toContain(fixture.repo.dir);

    const moved = (await runGate(gateOptions(fixture, { sarif: [sarif], coverage: [lcov] }))).report;
    expect(moved.findings).toEqual(report.findings);
    expect(moved.coverage?.changed).toEqual(report.coverage?.changed);
    expect(moved.coverage?.ai).toEqual(report.coverage?.ai);
    expect(moved.coverage?.unmapped?.count ?? 0).toBe(0);
    expect(moved.sarif?.unlocated).toEqual([]);
    expect(moved.verdict).toEqual(report.verdict);
  });

  it('finds the AI-written error-handling problems and the untested exports', () => {
    expect(astOnAi(report, 'empty-catch').map((finding) => finding.startLine)).toEqual([lineOf(PAYMENTS, '} catch (error) {')]);
    expect(astOnAi(report, 'unguarded-json-parse').map((finding) => finding.startLine)).toEqual([lineOf(PAYMENTS, 'JSON.parse')]);
    const fetches = astOnAi(report, 'unchecked-fetch');
    expect(fetches).toHaveLength(1);
    expect(fetches[0]!.startLine).toBeGreaterThanOrEqual(lineOf(PAYMENTS, 'function charge'));
    expect(fetches[0]!.endLine).toBeLessThanOrEqual(lineOf(PAYMENTS, 'response.json'));
    expect(astOnAi(report, 'throw-literal').map((finding) => [finding.path, finding.startLine])).toEqual([['src/format.ts', lineOf(FORMAT, "throw '")]]);

    // refundAll (a loop, a throw) and summarize (a condition) add untested behaviour: one finding for the
    // file, on the first, naming the other. charge and parseReceipt are two and one statements with no
    // branch (not asked for tests); fee and formatPrice have tests.
    const untested = astOnAi(report, 'missing-tests');
    expect(untested.map((finding) => finding.startLine)).toEqual([lineOf(PAYMENTS, 'function refundAll')]);
    expect(untested[0]?.message).toContain('Also without tests in this file: `summarize`.');
    expect(untested[0]?.message).not.toMatch(/`charge`|`parseReceipt`/);
    // Every AST finding sits on an added line; on the person's lines they are notes at most.
    for (const finding of report.findings.filter((item) => item.source === 'ast')) {
      expect(linesOf(finding).some((line) => isAdded(finding.path, line)), `${finding.ruleId} ${finding.path}:${finding.startLine}`).toBe(true);
      if (finding.provenance !== 'ai') expect(finding.level).toBe('note');
    }
    // The package declares vitest: no undeclared-dependency on the test files.
    expect(report.findings.filter((finding) => finding.ruleId === 'undeclared-dependency')).toEqual([]);
  });

  it('lists every condition with actual against threshold and fails the gate', () => {
    const hits = readLcovHits(fixture.lcovPath, fixture.repo.dir);
    const changed = changedCoverage(hits, isAdded);
    const ai = changedCoverage(hits, isAiLine);
    expect(condition(report, 'changed-coverage.all')).toMatchObject({ status: 'fail', actual: shownPercent(changed.covered, changed.measured), threshold: 80, operator: '>=', unit: '%' });
    expect(condition(report, 'changed-coverage.ai')).toMatchObject({ status: 'fail', actual: shownPercent(ai.covered, ai.measured), threshold: 90 });

    const errorsOn = (ai: boolean) =>
      report.findings.filter((finding) => finding.source === 'sarif' && finding.level === 'error' && (!ai || finding.provenance === 'ai')).length;
    // eqeqeq on an AI line; the AI line's no-throw-literal is folded into throw-literal and counted once, there.
    expect(errorsOn(true)).toBe(1);
    expect(condition(report, 'sarif.ai')).toMatchObject({ status: 'fail', actual: errorsOn(true), threshold: 0 });
    expect(condition(report, 'sarif.all')).toMatchObject({ status: 'fail', actual: errorsOn(false), threshold: 0 });

    // Rules at level `note` (unguarded-json-parse, swallowed-error) are shown but do not gate.
    const errorHandling = report.findings.filter(
      (finding) => finding.source === 'ast' && ERROR_HANDLING.includes(finding.ruleId) && !finding.tags?.includes('informational'),
    );
    expect(report.findings.some((finding) => finding.ruleId === 'unguarded-json-parse' && finding.level === 'note')).toBe(true);
    expect(condition(report, 'error-handling.ai')).toMatchObject({ status: 'fail', actual: errorHandling.filter((item) => item.provenance === 'ai').length, threshold: 0 });
    expect(condition(report, 'error-handling.all')).toMatchObject({ status: 'warn', actual: errorHandling.length, threshold: 0 });
    expect(condition(report, 'missing-tests.ai')).toMatchObject({ status: 'fail', actual: 1, threshold: 0 });
    expect(condition(report, 'missing-tests.all')).toMatchObject({ status: 'warn', actual: 1, threshold: 0 });
    expect(condition(report, 'rule-findings.ai')).toMatchObject({ status: 'pass', actual: 0, threshold: 0 });
    // Switched off by default / not measurable without base reports: listed as skipped, not dropped.
    expect(condition(report, 'overall-coverage').status).toBe('skipped');
    expect(condition(report, 'coverage-drop').status).toBe('skipped');
    expect(report.missingEvidence).toEqual([]);
    expect(report.verdict.status).toBe('fail');
  });

  it('the person’s discount function alone is covered and clean', () => {
    const cart = report.coverage?.files.find((file) => file.path === 'src/cart.ts');
    const added = ADDED['src/cart.ts']!.lines;
    expect(cart?.ai).toEqual({ measured: 0, covered: 0, percent: null });
    expect(cart?.coveredLines.every((line) => added.includes(line))).toBe(true);
    expect(report.findings.filter((finding) => finding.path === 'src/cart.ts' && finding.level !== 'note').map((finding) => finding.ruleId)).toEqual(['prefer-const']);
  });

  describe('the built CLI (dist/cli.js) on the same repository', () => {
    const cli = join(projectRoot, 'dist', 'cli.js');
    const run = (...args: string[]) => {
      const outcome = spawnSync(process.execPath, [cli, '--repo', fixture.repo.dir, '--base', 'main', ...args], { encoding: 'utf8' });
      return { status: outcome.status, stdout: outcome.stdout, stderr: outcome.stderr };
    };
    const evidence = () => ['--sarif', fixture.sarifPath, '--coverage', fixture.lcovPath];
    const readVerdict = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { verdict: string }).verdict;

    it('exits 1 when the verdict is fail, and its JSON report says so', () => {
      const json = join(fixture.out, 'cli-fail.json');
      const outcome = run(...evidence(), '--json', json);
      expect(outcome.stderr).toBe('');
      expect(outcome.status).toBe(1);
      expect(readVerdict(json)).toBe('fail');
    });

    it('exits 0 once .github/diffgate.yml in the working copy turns the failing conditions into warnings (--policy-source head)', () => {
      fixture.repo.write({ '.github/diffgate.yml': RELAXED_POLICY });
      try {
        const json = join(fixture.out, 'cli-relaxed.json');
        // The working copy's file applies only when asked for: by default the policy is the base commit's.
        const outcome = run(...evidence(), '--policy-source', 'head', '--json', json);
        expect(outcome.stderr).toBe('');
        expect(outcome.status).toBe(0);
        expect(readVerdict(json)).toBe('warn');
      } finally {
        fixture.repo.write({ '.github/diffgate.yml': null });
      }
    });

    it('--ai on the command line wins over ai: in the policy file', () => {
      fixture.repo.write({ '.github/diffgate.yml': 'ai: none\n' });
      try {
        const fromFile = join(fixture.out, 'cli-ai-none.json');
        const fromFlag = join(fixture.out, 'cli-ai-all.json');
        run(...evidence(), '--policy-source', 'head', '--json', fromFile);
        run(...evidence(), '--policy-source', 'head', '--ai', 'all', '--json', fromFlag);
        const counts = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { files: { addedLines: number[]; aiLines: number[] }[] }).files;
        expect(counts(fromFile).every((file) => file.aiLines.length === 0)).toBe(true);
        expect(counts(fromFlag).every((file) => file.aiLines.length === file.addedLines.length)).toBe(true);
      } finally {
        fixture.repo.write({ '.github/diffgate.yml': null });
      }
    });

    it('takes base and head from a pull_request event payload, and the Copilot agent’s pull request makes every line AI', () => {
      const examples = JSON.parse(readFileSync(join(projectRoot, 'node_modules', '@octokit', 'webhooks-examples', 'api.github.com', 'index.json'), 'utf8')) as {
        name: string;
        examples: { action: string; pull_request: { base: { sha: string }; head: { sha: string; ref: string }; user: { login: string } } }[];
      }[];
      const opened = examples.find((item) => item.name === 'pull_request')?.examples.find((item) => item.action === 'opened');
      if (!opened) throw new Error('@octokit/webhooks-examples has no pull_request.opened example');
      const payload = structuredClone(opened);
      // GitHub gives the base branch's tip; main moved on after the branch point.
      payload.pull_request.base.sha = fixture.repo.git(['rev-parse', 'main']).trim();
      payload.pull_request.head.sha = fixture.head;
      const runEvent = (name: string) => {
        const eventPath = join(fixture.out, `${name}-event.json`);
        const json = join(fixture.out, `${name}-report.json`);
        writeFileSync(eventPath, JSON.stringify(payload));
        const outcome = spawnSync(process.execPath, [cli, '--repo', fixture.repo.dir, '--event', eventPath, ...evidence(), '--json', json], { encoding: 'utf8' });
        expect(outcome.stderr).toBe('');
        return JSON.parse(readFileSync(json, 'utf8')) as { base: string; head: string; files: { path: string; addedLines: number[]; aiLines: number[] }[] };
      };

      const person = runEvent('person');
      expect([person.base, person.head]).toEqual([fixture.base, fixture.head]);
      expect(person.files.map((file) => file.path).sort()).toEqual(Object.keys(ADDED).sort());
      expect(person.files.find((file) => file.path === 'src/cart.ts')?.aiLines).toEqual([]);

      payload.pull_request.user.login = 'Copilot';
      payload.pull_request.head.ref = 'copilot/payments';
      const copilot = runEvent('copilot');
      expect(copilot.files.every((file) => file.aiLines.length === file.addedLines.length)).toBe(true);
    });

    it('exits 2 with one line when the event names a head commit the checkout does not have', () => {
      const eventPath = join(fixture.out, 'unknown-head-event.json');
      const missing = 'f'.repeat(40);
      writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 1, base: { sha: fixture.base, ref: 'main' }, head: { sha: missing, ref: 'feature' } } }));
      const outcome = spawnSync(process.execPath, [cli, '--repo', fixture.repo.dir, '--event', eventPath], { encoding: 'utf8' });
      expect(outcome.status).toBe(2);
      expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(outcome.stderr).toContain(missing.slice(0, 7));
    });

    it('exits 2 with one line naming a malformed SARIF file', () => {
      const broken = join(fixture.out, 'broken.sarif');
      writeFileSync(broken, readFileSync(fixture.sarifPath, 'utf8').slice(0, 200));
      const outcome = run('--sarif', broken, '--coverage', fixture.lcovPath);
      expect(outcome.status).toBe(2);
      expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(outcome.stderr).toContain('broken.sarif');
      expect(outcome.stderr).toMatch(/not valid JSON/);
      expect(outcome.stderr).not.toMatch(/\n\s+at /);
    });

    it('exits 2 with one line naming a truncated LCOV file', () => {
      const lcov = readFileSync(fixture.lcovPath, 'utf8');
      const truncated = join(fixture.out, 'truncated.info');
      // Cut after the last record's data, before its end_of_record: every line is complete.
      writeFileSync(truncated, lcov.slice(0, lcov.lastIndexOf('end_of_record')));
      const outcome = run('--sarif', fixture.sarifPath, '--coverage', truncated);
      expect(outcome.status).toBe(2);
      expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(outcome.stderr).toContain('truncated.info');
      expect(outcome.stderr).toMatch(/truncated/);
    });
  });

  describe('renderers accept the real report', () => {
    it('JSON matches schema/report.schema.json and reads back', () => {
      const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
      const schemaPath = join(projectRoot, 'schema', 'report.schema.json');
      const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
      const text = renderJson(report);
      const json = JSON.parse(text) as { verdict: string; files: { path: string; aiLines: number[] }[]; coverage: { ai: { measured: number } } };
      expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
      expect(json.verdict).toBe('fail');
      expect(json.files.find((file) => file.path === 'src/format.ts')?.aiLines).toEqual(ADDED['src/format.ts']!.lines);
      expect(json.coverage.ai.measured).toBe(report.coverage?.ai.measured);
      expect(renderJson(parseJsonReport(text, 'report.json'))).toBe(text);
    });

    it('Markdown fits a small budget and still gives the verdict', () => {
      for (const budget of [2_000, 800]) {
        const markdown = renderMarkdown(report, { budget, title: 'diffgate' });
        expect(markdown.length).toBeLessThanOrEqual(budget);
        expect(markdown).toMatch(/^## ❌ diffgate: fail/);
      }
      const full = renderMarkdown(report, { budget: 65_536, title: 'diffgate' });
      expect(full).toContain('changed-coverage.ai');
      expect(full).toContain('src/payments/client.ts');
    });

    it('SARIF holds diffgate’s own findings at their locations, not ESLint’s', () => {
      const log = renderSarif(report, '0.0.0-test');
      expect(log.version).toBe('2.1.0');
      const results = log.runs[0]?.results ?? [];
      const own = report.findings.filter((finding) => finding.source !== 'sarif');
      expect(results).toHaveLength(own.length);
      const located = results.map((item) => {
        const location = item.locations?.[0]?.physicalLocation;
        return `${item.ruleId} ${location?.artifactLocation?.uri} ${location?.region?.startLine}`;
      });
      expect(located).toContain(`empty-catch src/payments/client.ts ${lineOf(PAYMENTS, '} catch (error) {')}`);
      expect(results.some((item) => item.ruleId === 'eqeqeq' || item.ruleId === 'no-throw-literal')).toBe(false);
    });
  });
});
