// The Action entry: read inputs and the event, build the one GitHub gateway, run, set outputs, and
// fail the step exactly once (also for non-Error throws). No logic here and no I/O at import time.
import { readFileSync } from 'node:fs';
import { EOL } from 'node:os';
import * as core from '@actions/core';
import type { EventContext } from './event.js';
import { describeError, InputError } from './errors.js';
import { runGate } from './gate.js';
import { actionLinks, runActionWith } from './github/action.js';
import { createGitHubGateway, parseRepository } from './github/gateway.js';
import { readActionInputs } from './github/inputs.js';
import type { ActionsRunner } from './github/publish.js';
import { formatWorkflowCommand } from './report/index.js';
import { VERSION } from './version.js';

function readEvent(env: NodeJS.ProcessEnv): EventContext {
  const name = env['GITHUB_EVENT_NAME'] || null;
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return { name, payload: null };
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read the event payload GITHUB_EVENT_PATH=${path}: ${describeError(error).split('\n')[0]}`);
  }
  return { name, payload: typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : null };
}

const runner: ActionsRunner = {
  annotate: (annotation) => process.stdout.write(formatWorkflowCommand(annotation) + EOL),
  writeJobSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write({ overwrite: true });
  },
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  notice: (message) => core.notice(message),
  group: (title, lines) => {
    core.startGroup(title);
    for (const line of lines) core.info(line);
    core.endGroup();
  },
};

export async function run(): Promise<void> {
  let failure: string | null;
  let abandoned = false;
  try {
    const env = process.env;
    const inputs = readActionInputs((name) => core.getInput(name), env['GITHUB_WORKSPACE'] || process.cwd());
    const repository = parseRepository(env['GITHUB_REPOSITORY']);
    if (inputs.token === '') core.info('diffgate: no github-token: writing annotations and the job summary only.');
    if (inputs.token !== '' && !repository) core.warning('diffgate: GITHUB_REPOSITORY is not set (owner/name): posting nothing to GitHub.');
    const gateway =
      inputs.token !== '' && repository
        ? createGitHubGateway({
            token: inputs.token,
            repository,
            apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
            requestTimeoutMs: inputs.requestTimeoutSeconds * 1000,
            log: (message) => core.info(message),
          })
        : null;
    const outcome = await runActionWith({
      inputs,
      event: readEvent(env),
      sha: env['GITHUB_SHA'] ?? '',
      gateway,
      runner,
      runGate,
      toolVersion: VERSION,
      links: actionLinks(env),
    });
    for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
    failure = outcome.failure;
    abandoned = outcome.abandoned === true;
  } catch (error) {
    failure = describeError(error).split('\n')[0]!;
  }
  if (failure !== null) core.setFailed(failure);
  // Past the deadline, work may still hold the event loop (a hung socket, a git process): end now.
  if (abandoned) process.exit();
}
