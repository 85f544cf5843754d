// Publishing against the local GitHub emulator: check runs in batches, the sticky comment across
// pages, fallbacks when the token cannot write, and retries. Every request is schema-validated.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../helpers/github-emulator.js';
import { useEmulator } from './emulator-hooks.js';
import { createGitHubGateway, type GitHubGateway } from '../../src/github/gateway.js';
import { annotationBatches, completeCheckRun, failCheckRun } from '../../src/github/checks.js';
import { commentMarker, upsertStickyComment } from '../../src/github/comments.js';
import { jobSummaryMarkdown, publishReport, startCheckRun, type ActionsRunner } from '../../src/github/publish.js';
import { publishConfigSchema } from '../../src/github/config.js';
import type { WorkflowAnnotation } from '../../src/report/index.js';
import { HEAD, makeFindings, makeReport } from './fixtures.js';
import { repoPath } from '../helpers/ids.js';

// Any request GitHub would refuse fails the test that made it.
const emulatorOf = useEmulator();
let emulator: GitHubEmulator;
beforeEach(() => {
  emulator = emulatorOf();
});

function gateway(): GitHubGateway {
  return createGitHubGateway({ token: 'test-token', repository: { owner: emulator.owner, repo: emulator.repo }, apiUrl: emulator.url, retryBaseMs: 5, spaceWrites: false });
}

function recordingRunner() {
  const runner = {
    annotations: [] as WorkflowAnnotation[],
    summaries: [] as string[],
    infos: [] as string[],
    warnings: [] as string[],
    annotate: (annotation: WorkflowAnnotation) => void runner.annotations.push(annotation),
    writeJobSummary: async (markdown: string) => void runner.summaries.push(markdown),
    info: (message: string) => void runner.infos.push(message),
    warning: (message: string) => void runner.warnings.push(message),
  } satisfies ActionsRunner & Record<string, unknown>;
  return runner;
}

describe('check run', () => {
  it('sends 120 annotations in batches of at most 50 and completes with the last batch', async () => {
    const api = gateway();
    const id = await api.createCheckRun('diffgate', HEAD);
    const findings = makeFindings(120);
    const result = await completeCheckRun(api, id, { output: { title: 't', summary: 's' }, conclusion: 'failure', findings });
    const run = emulator.checkRuns[0]!;
    expect(run.annotations).toHaveLength(120);
    expect(run.annotationBatches).toEqual([50, 50, 20]);
    expect(run.status).toBe('completed');
    expect(run.conclusion).toBe('failure');
    expect(result).toMatchObject({ annotationsSent: 120, requests: 3, problems: [] });
    // The completion arrives with the last batch, not before it.
    const updates = emulator.requestsFor('checks/update');
    expect(updates.map((update) => (update.body as { conclusion?: string }).conclusion)).toEqual([undefined, undefined, 'failure']);
  });

  it('maps levels and keeps every finding once', () => {
    const batches = annotationBatches(makeFindings(3), 2);
    expect(batches.map((batch) => batch.length)).toEqual([2, 1]);
    expect(batches.flat().map((annotation) => annotation.annotation_level).sort()).toEqual(['failure', 'notice', 'warning']);
  });

  it('completes without annotations in one request', async () => {
    const api = gateway();
    const id = await api.createCheckRun('diffgate', HEAD);
    await completeCheckRun(api, id, { output: { title: 't', summary: 's' }, conclusion: 'success', findings: [] });
    expect(emulator.requestsFor('checks/update')).toHaveLength(1);
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success', annotations: [] });
  });

  it('still completes the check run when a batch fails', async () => {
    const api = gateway();
    const id = await api.createCheckRun('diffgate', HEAD);
    emulator.fail({ operationId: 'checks/update', status: 422, message: 'Invalid annotation' });
    const result = await completeCheckRun(api, id, { output: { title: 't', summary: 's' }, conclusion: 'failure', findings: makeFindings(60) });
    expect(result.problems[0]).toMatch(/cannot update the check run: GitHub refused the request as invalid/);
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(emulator.checkRuns[0]!.output.summary).toMatch(/60 annotation\(s\) could not be sent/);
  });

  it('is completed as a failure with the error when diffgate itself fails', async () => {
    const api = gateway();
    const id = await api.createCheckRun('diffgate', HEAD);
    await failCheckRun(api, id, 'cannot read coverage.xml: ENOENT');
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(emulator.checkRuns[0]!.output.summary).toContain('cannot read coverage.xml: ENOENT');
  });
});

describe('sticky comment', () => {
  it('finds its comment behind more than 100 other comments and edits it in place', async () => {
    const api = gateway();
    for (let index = 0; index < 130; index += 1) emulator.addComment(7, `comment ${index}`);
    const first = await upsertStickyComment(api, { issueNumber: 7, checkName: 'diffgate', mode: 'always', failing: true, body: 'first' });
    expect(first.action).toBe('created');
    for (let index = 0; index < 20; index += 1) emulator.addComment(7, `later ${index}`);
    const second = await upsertStickyComment(api, { issueNumber: 7, checkName: 'diffgate', mode: 'always', failing: false, body: 'second' });
    expect(second.action).toBe('updated');
    const ours = emulator.comments.get(7)!.filter((comment) => comment.body.startsWith(commentMarker('diffgate')));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ body: `${commentMarker('diffgate')}\nsecond`, edits: 1 });
    // Each run read the list across pages (130, then 151 comments at 100 per page).
    expect(emulator.requestsFor('issues/list-comments').map((request) => request.query['page'] ?? '1')).toEqual(['1', '2', '1', '2']);
  });

  it('keeps one comment per check name and ignores replies that quote the marker', async () => {
    const api = gateway();
    emulator.addComment(3, `> ${commentMarker('diffgate')}\n> quoted`);
    await upsertStickyComment(api, { issueNumber: 3, checkName: 'diffgate', mode: 'always', failing: true, body: 'a' });
    await upsertStickyComment(api, { issueNumber: 3, checkName: 'Security Gate', mode: 'always', failing: true, body: 'b' });
    expect(emulator.comments.get(3)!.map((comment) => comment.body.split('\n')[0])).toEqual([
      `> ${commentMarker('diffgate')}`,
      '<!-- diffgate:diffgate -->',
      '<!-- diffgate:security-gate -->',
    ]);
  });

  it('on-failure: posts nothing while passing, posts when failing, and updates when passing again', async () => {
    const api = gateway();
    const request = { issueNumber: 9, checkName: 'diffgate', mode: 'on-failure' as const };
    expect((await upsertStickyComment(api, { ...request, failing: false, body: 'ok' })).action).toBe('skipped');
    expect(emulator.comments.get(9)).toBeUndefined();
    expect((await upsertStickyComment(api, { ...request, failing: true, body: 'bad' })).action).toBe('created');
    expect((await upsertStickyComment(api, { ...request, failing: false, body: 'fixed' })).action).toBe('updated');
    expect(emulator.comments.get(9)!.map((comment) => comment.body)).toEqual([`${commentMarker('diffgate')}\nfixed`]);
  });

  it('never: makes no request', async () => {
    const result = await upsertStickyComment(gateway(), { issueNumber: 9, checkName: 'diffgate', mode: 'never', failing: true, body: 'x' });
    expect(result.action).toBe('skipped');
    expect(emulator.requests).toEqual([]);
  });
});

describe('publishReport', () => {
  // `always`, so a warning verdict is commented too (the default, on-failure, is tested in test/e2e/publish.test.ts).
  const config = publishConfigSchema.parse({ comment: 'always' });

  it('falls back to ranked workflow annotations when check runs are forbidden (403)', async () => {
    emulator.fail({ operationId: 'checks/create', status: 403, message: 'Resource not accessible by integration', times: Infinity });
    emulator.fail({ operationId: 'issues/create-comment', status: 403, message: 'Resource not accessible by integration', times: Infinity });
    const api = gateway();
    const runner = recordingRunner();
    const checkRunId = await startCheckRun(api, 'diffgate', HEAD, runner);
    expect(checkRunId).toBeNull();
    expect(runner.warnings[0]).toMatch(/cannot create the check run: the token lacks permission: grant `checks: write`/);
    const result = await publishReport(makeReport('fail', makeFindings(40)), config, { checkName: 'diffgate', checkRunId, pullRequestNumber: 5 }, api, runner);
    expect(result.checkRunId).toBeNull();
    expect(result.workflowAnnotations).toBe(runner.annotations.length);
    expect(runner.warnings.some((warning) => /grant `pull-requests: write`/.test(warning))).toBe(true);
    expect(result.jobSummaryWritten).toBe(true);
    expect(emulator.checkRuns).toEqual([]);
  });

  it('posts the check run, the comment and the job summary', async () => {
    const api = gateway();
    const runner = recordingRunner();
    const checkRunId = await startCheckRun(api, 'diffgate', HEAD, runner);
    const result = await publishReport(makeReport('warn', makeFindings(3)), config, { checkName: 'diffgate', checkRunId, pullRequestNumber: 5 }, api, runner);
    expect(result).toMatchObject({ checkRunId, annotationsSent: 3, workflowAnnotations: 0, jobSummaryWritten: true });
    expect(result.comment?.action).toBe('created');
    expect(emulator.checkRuns[0]).toMatchObject({ conclusion: 'neutral', status: 'completed' });
    expect(runner.annotations).toEqual([]);
    expect(runner.warnings).toEqual([]);
  });

  it('keeps the comment under its limit with a tiny budget', async () => {
    const api = gateway();
    const runner = recordingRunner();
    const limits = { checkRunTextChars: 65_535, commentChars: 60, jobSummaryBytes: 1024, annotationsPerRequest: 50, workflowAnnotationsPerLevel: 10 };
    await publishReport(makeReport('fail', makeFindings(5)), config, { checkName: 'diffgate', checkRunId: null, pullRequestNumber: 5 }, api, runner, limits);
    const body = emulator.comments.get(5)![0]!.body;
    expect(body.length).toBeLessThanOrEqual(60);
    expect(body.startsWith(commentMarker('diffgate'))).toBe(true);
  });
});

describe('job summary budget', () => {
  it('stays under the byte limit when the text is multi-byte', () => {
    const findings = makeFindings(200).map((finding) => ({ ...finding, message: '🚨 défaut sévère '.repeat(20), path: repoPath('src/ünïcödé.ts') }));
    const report = makeReport('fail', findings);
    for (const maxBytes of [2_000, 20_000]) {
      const markdown = jobSummaryMarkdown(report, 'diffgate', maxBytes);
      expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(maxBytes);
      expect(markdown).toContain('diffgate');
    }
  });
});

describe('gateway retries and errors', () => {
  it('retries after a 502 and after a secondary rate limit', async () => {
    emulator.fail({ operationId: 'checks/create', status: 502, message: 'Bad Gateway' });
    emulator.fail({ operationId: 'pulls/get', status: 403, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '1' } });
    emulator.addPullRequest(4, HEAD);
    const api = gateway();
    expect(await api.createCheckRun('diffgate', HEAD)).toBeGreaterThan(0);
    expect(await api.getPullRequest(4)).toEqual({ number: 4, headSha: HEAD, state: 'open' });
    expect(emulator.requestsFor('checks/create').map((request) => request.status)).toEqual([502, 201]);
    expect(emulator.requestsFor('pulls/get').map((request) => request.status)).toEqual([403, 200]);
  });

  it('retries a 429', async () => {
    emulator.fail({ operationId: 'issues/list-comments', status: 429, message: 'Too Many Requests' });
    expect(await gateway().listIssueComments(1)).toEqual([]);
    expect(emulator.requestsFor('issues/list-comments').map((request) => request.status)).toEqual([429, 200]);
  });

  it('names the permission or setting to fix for 401, 403 and 404', async () => {
    emulator.fail({ operationId: 'checks/create', status: 401, message: 'Bad credentials' });
    await expect(gateway().createCheckRun('diffgate', HEAD)).rejects.toThrow(/cannot create the check run: the token was rejected: check the `github-token` input.*Bad credentials/);
    emulator.fail({ operationId: 'issues/update-comment', status: 403, message: 'Resource not accessible by integration' });
    await expect(gateway().updateIssueComment(1, 'x')).rejects.toThrow(/grant `pull-requests: write`.*two-workflow mode/);
    await expect(gateway().getPullRequest(404)).rejects.toThrow(/cannot read the pull request: not found: .*GITHUB_REPOSITORY/);
    // A 401 is not retried: one request each.
    expect(emulator.requestsFor('checks/create')).toHaveLength(1);
  });

  it('sends the repository from GITHUB_REPOSITORY, not from the payload', async () => {
    const other = createGitHubGateway({ token: 't', repository: { owner: 'someone', repo: 'else' }, apiUrl: emulator.url, retryBaseMs: 5 });
    await expect(other.getPullRequest(1)).rejects.toThrow(/not found/);
    expect(emulator.requests[0]!.path).toBe('/repos/someone/else/pulls/1');
  });
});
