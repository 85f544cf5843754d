// What a reviewer gets from publishing, against the GitHub emulator: the comment only while the gate
// fails (then "now passing", not deleted), the check-run title counting what it says, a cap on
// check-run annotations with "N more", and the workflow-command budget shared with diffgate's own
// messages when check runs are forbidden (the 403 fallback of fork pull requests).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding, Level } from '../../src/model.js';
import { commentMarker } from '../../src/github/comments.js';
import { publishConfigSchema } from '../../src/github/config.js';
import { budgetRunner, publishReport, startCheckRun, type ActionsRunner } from '../../src/github/publish.js';
import { checkRunTitle, LIMITS, type WorkflowAnnotation } from '../../src/report/index.js';
import type { GitHubEmulator } from '../helpers/github-emulator.js';
import { useEmulatedGitHub } from '../helpers/emulated-github.js';
import { HEAD, makeFindings, makeReport } from '../github/fixtures.js';
import { sha } from '../helpers/ids.js';

const github = useEmulatedGitHub();
const gateway = github.gateway;
let emulator: GitHubEmulator;
beforeEach(() => {
  emulator = github.emulator();
});

/** Records what a step would show: every workflow command by level, and the plain log. */
function stepRunner() {
  const commands: { level: Level; text: string }[] = [];
  const log: string[] = [];
  const runner: ActionsRunner = {
    annotate: (annotation: WorkflowAnnotation) => void commands.push({ level: annotation.level, text: `${annotation.title}: ${annotation.message}` }),
    writeJobSummary: async () => undefined,
    info: (message) => void log.push(message),
    warning: (message) => void commands.push({ level: 'warning', text: message }),
    notice: (message) => void commands.push({ level: 'note', text: message }),
  };
  const count = (level: Level) => commands.filter((command) => command.level === level).length;
  return { runner, commands, log, count };
}

const defaults = publishConfigSchema.parse({});

describe('the sticky comment, by default', () => {
  it('is on-failure: nothing while passing, the report while failing, a short "now passing" once it passes again', async () => {
    expect(defaults.comment).toBe('on-failure');
    const api = gateway();
    const target = { checkName: 'diffgate', checkRunId: null, pullRequestNumber: 12 };
    const quiet = stepRunner();
    await publishReport(makeReport('pass'), defaults, target, api, quiet.runner);
    expect(emulator.comments.get(12)).toBeUndefined();

    await publishReport(makeReport('fail', makeFindings(6)), defaults, target, api, stepRunner().runner);
    const failing = emulator.comments.get(12)!;
    expect(failing).toHaveLength(1);
    expect(failing[0]!.body.split('\n')[1]).toBe('## ❌ diffgate: fail');

    await publishReport(makeReport('pass'), defaults, target, api, stepRunner().runner);
    const passing = emulator.comments.get(12)!;
    expect(passing).toHaveLength(1);
    expect(passing[0]!.id).toBe(failing[0]!.id);
    expect(passing[0]!.body.startsWith(`${commentMarker('diffgate')}\n## ✅ diffgate: now passing`)).toBe(true);
    expect(passing[0]!.body.length).toBeLessThan(500);
    expect(emulator.requestsFor('issues/delete-comment' as never)).toEqual([]);
  });
});

describe('the check run', () => {
  it('is titled with what it counts: checks (condition families) and findings by level', () => {
    const report = makeReport('fail', makeFindings(7));
    report.verdict.conditions = [
      { id: 'missing-tests.ai', status: 'fail', actual: 2, threshold: 0, operator: '<=', unit: 'count', message: '' },
      { id: 'missing-tests.all', status: 'warn', actual: 2, threshold: 0, operator: '<=', unit: 'count', message: '' },
      { id: 'sarif.ai', status: 'pass', actual: 0, threshold: 0, operator: '<=', unit: 'count', message: '' },
      { id: 'sarif.all', status: 'warn', actual: 3, threshold: 0, operator: '<=', unit: 'count', message: '' },
      { id: 'overall-coverage', status: 'skipped', actual: null, threshold: 80, operator: '>=', unit: '%', message: '' },
    ];
    expect(checkRunTitle(report)).toBe('Gate failed: 1 of 2 checks failed, 1 warned · 7 findings (3 errors, 2 warnings, 2 notes)');
  });

  it('carries at most checkRunAnnotations annotations, the highest-ranked, and says how many more (#15 item 9)', async () => {
    const api = gateway();
    const runner = stepRunner();
    const checkRunId = await startCheckRun(api, 'diffgate', HEAD, runner.runner);
    const findings = makeFindings(130);
    const result = await publishReport(makeReport('fail', findings), defaults, { checkName: 'diffgate', checkRunId, pullRequestNumber: null }, api, runner.runner, {
      ...LIMITS,
      checkRunAnnotations: 40,
    });
    const run = emulator.checkRuns[0]!;
    expect(run.annotations).toHaveLength(40);
    expect(result.annotationsOmitted).toBe(90);
    expect(run.annotations.every((annotation) => annotation['annotation_level'] === 'failure')).toBe(true);
    expect(run.output.summary).toContain('90 more finding(s) are not annotated (at most 40 per check run): see the job summary.');
    expect(run.status).toBe('completed');
  });

  it('says on each AI-written finding which commit and signal made its lines AI-written', async () => {
    const api = gateway();
    const checkRunId = await startCheckRun(api, 'diffgate', HEAD, stepRunner().runner);
    const report = makeReport('fail', makeFindings(4));
    report.provenance.aiCommits = [
      { sha: sha('c'.repeat(40)), signals: [{ kind: 'commit', source: 'trailer:Co-authored-by', detail: 'Co-authored-by: Claude <noreply@anthropic.com>', tool: 'claude-code', confidence: 'high' }] },
    ];
    await publishReport(report, defaults, { checkName: 'diffgate', checkRunId, pullRequestNumber: null }, api, stepRunner().runner);
    const messages = emulator.checkRuns[0]!.annotations.map((annotation) => String(annotation['message']));
    const ai = report.findings.filter((finding: Finding) => finding.provenance === 'ai').length;
    expect(messages.filter((message) => message.endsWith('AI-written: ccccccc · Co-authored-by: Claude'))).toHaveLength(ai);
  });
});

describe('the workflow-command budget (403 fallback)', () => {
  it('keeps findings and diffgate’s own messages within 10 errors, 10 warnings and 10 notices, with a ranked "N more" notice', async () => {
    emulator.fail({ operationId: 'checks/create', status: 403, message: 'Resource not accessible by integration', times: Infinity });
    emulator.fail({ operationId: 'issues/create-comment', status: 403, message: 'Resource not accessible by integration', times: Infinity });
    const step = stepRunner();
    const runner = budgetRunner(step.runner);
    const api = gateway();
    const checkRunId = await startCheckRun(api, 'diffgate', HEAD, runner);
    const findings = makeFindings(90);
    await publishReport(makeReport('fail', findings), defaults, { checkName: 'diffgate', checkRunId, pullRequestNumber: 5 }, api, runner);
    // The step's own ::error (setFailed in main.ts) comes last: one error is kept for it.
    expect(step.count('error')).toBe(9);
    expect(step.count('warning')).toBeLessThanOrEqual(10);
    expect(step.count('note')).toBeLessThanOrEqual(10);
    expect(step.commands.filter((command) => command.level === 'warning' && /checks: write/.test(command.text))).toHaveLength(1);
    expect(step.commands.filter((command) => command.level === 'warning' && /pull-requests: write/.test(command.text))).toHaveLength(1);
    const more = step.commands.filter((command) => command.level === 'note' && /more errors, .*they are in the job summary/.test(command.text));
    expect(more).toHaveLength(1);
    expect(more[0]!.text).toContain(`${30 - 9} more errors`);
    // Ranked: the errors shown are the first errors in rank order (AI-written lines first).
    const shownErrors = step.commands.filter((command) => command.level === 'error');
    expect(shownErrors[0]!.text).toMatch(/AI-written line/);
  });

  it('turns diffgate’s own warnings beyond the cap into plain log lines', () => {
    const step = stepRunner();
    const runner = budgetRunner(step.runner, 3);
    for (let index = 0; index < 5; index += 1) runner.warning(`problem ${index}`);
    expect(step.count('warning')).toBe(3);
    expect(step.log).toEqual(['warning: problem 3', 'warning: problem 4']);
    expect(runner.room('warning')).toBe(0);
  });
});
