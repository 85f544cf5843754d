// runActionWith's failure paths in-process: whatever goes wrong, a started check run is completed
// and the step gets one line to fail with.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../helpers/github-emulator.js';
import { useEmulator } from './emulator-hooks.js';
import { runActionWith, type ActionContext } from '../../src/github/action.js';
import { createGitHubGateway } from '../../src/github/gateway.js';
import { readActionInputs } from '../../src/github/inputs.js';
import { InputError } from '../../src/errors.js';
import type { GateOptions, GateResult, PreparedGate } from '../../src/gate.js';
import { loadConfig } from '../../src/config/load.js';
import type { ActionsRunner } from '../../src/github/publish.js';
import { HEAD } from './fixtures.js';
import { sha } from '../helpers/ids.js';

// Any request GitHub would refuse fails the test that made it.
const emulatorOf = useEmulator();
let emulator: GitHubEmulator;
beforeEach(() => {
  emulator = emulatorOf();
});

const quietRunner: ActionsRunner = { annotate: () => undefined, writeJobSummary: async () => undefined, info: () => undefined, warning: () => undefined };

function context(runGate: (options: GateOptions) => Promise<GateResult>, values: Record<string, string> = {}): ActionContext {
  return {
    inputs: readActionInputs((name) => values[name] ?? '', '/nonexistent-workspace'),
    event: { name: 'pull_request', payload: { pull_request: { number: 3, head: { sha: HEAD } } } },
    sha: 'f'.repeat(40),
    gateway: createGitHubGateway({ token: 't', repository: { owner: emulator.owner, repo: emulator.repo }, apiUrl: emulator.url, retryBaseMs: 5, spaceWrites: false }),
    runner: quietRunner,
    runGate,
    // No repository here: the configuration comes from the inputs alone.
    prepareGate: async (options): Promise<PreparedGate> => ({
      range: { base: sha('e'.repeat(40)), head: sha(HEAD) },
      loaded: await loadConfig({ path: null, required: false, overrides: options.overrides, ...(options.overrideNames ? { overrideNames: options.overrideNames } : {}), revisions: null }),
    }),
    toolVersion: '0.0.0-test',
  };
}

describe('runActionWith failure paths', () => {
  it('completes the check run as a failure and returns one line when the gate throws an InputError', async () => {
    const outcome = await runActionWith(
      context(async () => {
        throw new InputError('cannot read coverage/lcov.info: ENOENT\nsecond line');
      }),
    );
    expect(outcome.failure).toBe('cannot read coverage/lcov.info: ENOENT');
    expect(emulator.checkRuns).toHaveLength(1);
    expect(emulator.checkRuns[0]).toMatchObject({ head_sha: HEAD, status: 'completed', conclusion: 'failure' });
  });

  it('handles a thrown non-Error value the same way', async () => {
    const outcome = await runActionWith(
      context(() => {
        throw 'a bare string';
      }),
    );
    expect(outcome.failure).toBe('a bare string');
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('reports an invalid input through the schema, on a check run named by the input', async () => {
    const outcome = await runActionWith(context(async () => Promise.reject(new Error('not reached')), { mode: 'everything', 'check-name': 'gate' }));
    expect(outcome.failure).toMatch(/input mode \(publish\.mode\): Invalid option/);
    expect(emulator.checkRuns[0]).toMatchObject({ name: 'gate', status: 'completed', conclusion: 'failure' });
  });

  it('refuses mode publish outside workflow_run', async () => {
    const outcome = await runActionWith(context(async () => Promise.reject(new Error('not reached')), { mode: 'publish' }));
    expect(outcome.failure).toMatch(/mode publish runs on the workflow_run event \(this run is pull_request\)/);
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });
});
