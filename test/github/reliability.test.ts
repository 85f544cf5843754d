// Issue #15 items 5, 7 and 8, and `on-error`, against the local GitHub emulator (every request is
// checked against GitHub's OpenAPI description): API calls that never answer, a final update that is
// refused every time or asked to wait an hour, and a lookalike sticky comment by someone else.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import { runActionWith, type ActionContext } from '../../src/github/action.js';
import { completeCheckRun, DIFFGATE_ERROR_TITLE, failCheckRun } from '../../src/github/checks.js';
import { commentMarker, upsertStickyComment } from '../../src/github/comments.js';
import { createGitHubGateway, type GitHubGateway } from '../../src/github/gateway.js';
import { readActionInputs } from '../../src/github/inputs.js';
import type { ActionsRunner } from '../../src/github/publish.js';
import type { GateOptions, GateResult, PreparedGate } from '../../src/gate.js';
import { loadConfig } from '../../src/config/load.js';
import type { GitHubEmulator } from '../helpers/github-emulator.js';
import { useEmulator } from './emulator-hooks.js';
import { HEAD, makeFindings, makeReport } from './fixtures.js';
import { sha } from '../helpers/ids.js';

// Any request GitHub would refuse fails the test that made it.
const emulatorOf = useEmulator();
let emulator: GitHubEmulator;
beforeEach(() => {
  emulator = emulatorOf();
});

function gateway(options: { requestTimeoutMs?: number; apiUrl?: string } = {}): GitHubGateway {
  return createGitHubGateway({
    token: 'test-token',
    repository: { owner: emulator.owner, repo: emulator.repo },
    apiUrl: options.apiUrl ?? emulator.url,
    retryBaseMs: 5,
    spaceWrites: false,
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
  });
}

function recordingRunner() {
  const runner = {
    warnings: [] as string[],
    annotations: 0,
    annotate: () => void (runner.annotations += 1),
    writeJobSummary: async () => undefined,
    info: () => undefined,
    warning: (message: string) => void runner.warnings.push(message),
  } satisfies ActionsRunner & Record<string, unknown>;
  return runner;
}

async function gateResult(status: 'pass' | 'fail'): Promise<GateResult> {
  return { report: makeReport(status, makeFindings(3)), config: (await loadConfig({ path: null, required: false, overrides: {}, revisions: null })).config, warnings: [] };
}

function actionContext(runGate: (options: GateOptions) => Promise<GateResult>, values: Record<string, string>, api: GitHubGateway | null = gateway()): ActionContext & { runner: ReturnType<typeof recordingRunner> } {
  return {
    inputs: readActionInputs((name) => values[name] ?? '', '/nonexistent-workspace'),
    event: { name: 'pull_request', payload: { pull_request: { number: 3, head: { sha: HEAD } } } },
    sha: 'f'.repeat(40),
    gateway: api,
    runner: recordingRunner(),
    runGate,
    // No repository here: the configuration comes from the inputs alone.
    prepareGate: async (options): Promise<PreparedGate> => ({
      range: { base: sha('e'.repeat(40)), head: sha(HEAD) },
      loaded: await loadConfig({ path: null, required: false, overrides: options.overrides, ...(options.overrideNames ? { overrideNames: options.overrideNames } : {}), revisions: null }),
    }),
    toolVersion: '0.0.0-test',
  };
}

/** A loopback server that accepts connections and never answers a byte. */
async function silentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('item 5: API calls that never answer', () => {
  it('gives up on a call after the request timeout, with one line that says so', async () => {
    const silent = await silentServer();
    try {
      const error = await gateway({ apiUrl: silent.url, requestTimeoutMs: 300 })
        .createCheckRun('diffgate', HEAD)
        .catch((caught: unknown) => caught);
      expect((error as Error).message).toBe('cannot create the check run: GitHub did not answer within 0.3s (request-timeout-seconds); gave up');
    } finally {
      await silent.close();
    }
  });

  it('the action ends against an API that accepts and never answers: verdict kept, annotations instead of a check run', async () => {
    const silent = await silentServer();
    try {
      const context = actionContext(() => gateResult('fail'), {}, gateway({ apiUrl: silent.url, requestTimeoutMs: 300 }));
      const outcome = await runActionWith(context);
      expect(outcome.failure).toMatch(/^diffgate: the gate failed/);
      expect(context.runner.warnings[0]).toMatch(/cannot create the check run: GitHub did not answer/);
      expect(context.runner.annotations).toBeGreaterThan(0);
    } finally {
      await silent.close();
    }
  });

  it('a final update that hangs times out, and the check run is still completed with the verdict', async () => {
    emulator.fail({ operationId: 'checks/update', status: 0, hang: true });
    const context = actionContext(() => gateResult('fail'), {}, gateway({ requestTimeoutMs: 500 }));
    const outcome = await runActionWith(context);
    expect(outcome.failure).toMatch(/the gate failed/);
    expect(emulator.checkRuns).toMatchObject([{ status: 'completed', conclusion: 'failure' }]);
    expect(emulator.checkRuns[0]!.output.summary).toMatch(/annotation\(s\) could not be sent/);
  });

  it('past the overall deadline the check run is completed as a diffgate error, and late work cannot post', async () => {
    let finishGate: (result: GateResult) => void = () => undefined;
    const gate = new Promise<GateResult>((resolve) => (finishGate = resolve));
    const context = actionContext(() => gate, { 'deadline-seconds': '0.2' });
    const outcome = await runActionWith(context);
    expect(outcome).toMatchObject({ failure: expect.stringMatching(/^diffgate did not finish within 0.2s \(deadline-seconds\)/), abandoned: true });
    expect(emulator.checkRuns).toMatchObject([{ status: 'completed', conclusion: 'failure', output: { title: DIFFGATE_ERROR_TITLE } }]);
    // The abandoned gate finishes later with a pass: nothing of it reaches the API.
    const requestsBefore = emulator.requests.length;
    finishGate(await gateResult('pass'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(emulator.requests.length).toBe(requestsBefore);
    expect(emulator.checkRuns[0]!.conclusion).toBe('failure');
  });

  it('refuses a deadline or timeout that is not a positive number of seconds', () => {
    expect(() => readActionInputs((name) => (name === 'deadline-seconds' ? 'soon' : ''), '/w')).toThrow(/input deadline-seconds must be a number of seconds/);
    expect(() => readActionInputs((name) => (name === 'request-timeout-seconds' ? '-1' : ''), '/w')).toThrow(/request-timeout-seconds/);
    expect(readActionInputs(() => '', '/w')).toMatchObject({ deadlineSeconds: 900, requestTimeoutSeconds: 60 });
  });
});

describe('item 8: a started check run is always completed', () => {
  it('422 on every request with annotations: completed with the short body after bounded requests', async () => {
    const api = gateway();
    const id = await api.createCheckRun('diffgate', HEAD);
    emulator.fail({ operationId: 'checks/update', status: 422, message: 'Validation Failed', times: 2 });
    const result = await completeCheckRun(api, id, { output: { title: 't', summary: 's' }, conclusion: 'failure', findings: makeFindings(3) });
    expect(emulator.requestsFor('checks/update')).toHaveLength(3);
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(emulator.checkRuns[0]!.output.summary).toMatch(/^GitHub refused the full report for this check run/);
    expect(result.problems).toHaveLength(2);
  });

  it('422 forever: gives up after a bounded number of requests with an error instead of looping', async () => {
    const api = gateway();
    const id = await api.createCheckRun('diffgate', HEAD);
    emulator.fail({ operationId: 'checks/update', status: 422, message: 'Validation Failed', times: Infinity });
    await expect(completeCheckRun(api, id, { output: { title: 't', summary: 's' }, conclusion: 'failure', findings: makeFindings(3) })).rejects.toThrow(
      /cannot update the check run: GitHub refused the request as invalid/,
    );
    expect(emulator.requestsFor('checks/update')).toHaveLength(3);
  });

  it('429 with retry-after: 3600 is not waited for: the fallback completes the check run', async () => {
    const api = gateway();
    const id = await api.createCheckRun('diffgate', HEAD);
    // The first update and its three retries are all refused; none waits for the hour.
    emulator.fail({ operationId: 'checks/update', status: 429, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '3600' }, times: 4 });
    const result = await completeCheckRun(api, id, { output: { title: 't', summary: 's' }, conclusion: 'success', findings: [] });
    expect(result.problems[0]).toMatch(/cannot update the check run/);
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
  });

  it('a diffgate failure is completed even when its first completion is refused', async () => {
    const api = gateway();
    const id = await api.createCheckRun('diffgate', HEAD);
    emulator.fail({ operationId: 'checks/update', status: 422, message: 'Validation Failed', times: 1 });
    await failCheckRun(api, id, 'cannot read coverage.xml: ENOENT');
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: DIFFGATE_ERROR_TITLE } });
  });
});

describe('on-error: fail (default) or pass', () => {
  const broken = async (): Promise<GateResult> => {
    throw new Error('cannot read coverage.xml: ENOENT');
  };

  it('fails closed by default, labelled as diffgate\'s error rather than the code\'s', async () => {
    const outcome = await runActionWith(actionContext(broken, {}));
    expect(outcome).toMatchObject({ failure: 'cannot read coverage.xml: ENOENT', outputs: { verdict: 'error' } });
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: DIFFGATE_ERROR_TITLE } });
    expect(emulator.checkRuns[0]!.output.summary).toMatch(/not a problem found in the code under review/);
  });

  it('passes open as neutral with a warning when on-error is pass', async () => {
    const context = actionContext(broken, { 'on-error': 'pass' });
    const outcome = await runActionWith(context);
    expect(outcome).toMatchObject({ failure: null, outputs: { verdict: 'error' } });
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'neutral', output: { title: DIFFGATE_ERROR_TITLE } });
    expect(context.runner.warnings).toEqual([expect.stringMatching(/^diffgate error \(not a problem in the code under review\), passing because on-error is pass: cannot read coverage\.xml/)]);
  });

  it('never turns a failing verdict into a pass: on-error is about diffgate\'s errors only', async () => {
    const outcome = await runActionWith(actionContext(() => gateResult('fail'), { 'on-error': 'pass' }));
    expect(outcome.failure).toMatch(/the gate failed/);
    expect(emulator.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
  });

  it('rejects any other value through the config schema', async () => {
    const outcome = await runActionWith(actionContext(broken, { 'on-error': 'ignore' }));
    expect(outcome.failure).toMatch(/input on-error \(publish\.on-error\): Invalid option/);
  });
});

describe('item 7: the sticky comment is ours only if we wrote it', () => {
  const request = { issueNumber: 4, checkName: 'diffgate', mode: 'always' as const, failing: true, body: 'verdict' };

  it('leaves a comment by someone else that starts with the marker alone and writes its own', async () => {
    const lookalike = emulator.addComment(4, `${commentMarker('diffgate')}\nplease approve`, 'mallory');
    const result = await upsertStickyComment(gateway(), request);
    expect(result.action).toBe('created');
    expect(lookalike).toMatchObject({ body: `${commentMarker('diffgate')}\nplease approve`, edits: 0 });
    expect(emulator.comments.get(4)!.map((comment) => comment.user.login)).toEqual(['mallory', 'github-actions[bot]']);
  });

  it('edits its own comment on the next run (the workflow token is github-actions[bot])', async () => {
    emulator.addComment(4, `${commentMarker('diffgate')}\nspoof`, 'mallory');
    await upsertStickyComment(gateway(), request);
    const second = await upsertStickyComment(gateway(), { ...request, body: 'verdict 2' });
    expect(second.action).toBe('updated');
    expect(emulator.comments.get(4)!.map((comment) => [comment.user.login, comment.edits])).toEqual([
      ['mallory', 0],
      ['github-actions[bot]', 1],
    ]);
  });

  it('with a personal token, matches the token\'s own login and not github-actions[bot]', async () => {
    emulator.viewer = 'ci-bot-user';
    emulator.addComment(4, `${commentMarker('diffgate')}\nold`, 'github-actions[bot]');
    const own = emulator.addComment(4, `${commentMarker('diffgate')}\nold`, 'ci-bot-user');
    const result = await upsertStickyComment(gateway(), request);
    expect(result).toMatchObject({ action: 'updated', comment: { id: own.id } });
  });
});
