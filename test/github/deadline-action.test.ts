// Issue #15 item 5, end to end: the BUILT action (dist/index.js) run as the runner runs it, against the
// local GitHub emulator that accepts the final check-run update and never answers it. The step must
// end on its own (the deadline), fail, and leave the check run completed as a diffgate error.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DIFFGATE_ERROR_TITLE } from '../../src/github/checks.js';
import type { GitHubEmulator } from '../helpers/github-emulator.js';
import { removeRepos } from '../helpers/repo.js';
import { featureRepo, root } from '../security/cli.js';
import { useEmulator } from './emulator-hooks.js';

const emulatorOf = useEmulator();
let emulator: GitHubEmulator;
beforeEach(() => {
  emulator = emulatorOf();
});
const scratch = mkdtempSync(join(tmpdir(), 'diffgate-deadline-'));
afterAll(() => {
  removeRepos();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the built action against an API that stops answering', () => {
  it('ends at the deadline with a failed step and a check run completed as a diffgate error', async () => {
    const repo = featureRepo({ 'src/a.ts': 'export const a = 1;\nexport const b = 2;\n' });
    const head = repo.head();
    const base = repo.git(['rev-parse', 'main']).trim();
    // The first update of the check run (the verdict) is accepted and never answered.
    emulator.fail({ operationId: 'checks/update', status: 0, hang: true });
    const eventPath = join(scratch, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 5, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } } }));
    writeFileSync(join(scratch, 'output'), '');
    writeFileSync(join(scratch, 'summary.md'), '');
    const env = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? tmpdir(),
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: join(scratch, 'output'),
      GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_REPOSITORY: `${emulator.owner}/${emulator.repo}`,
      GITHUB_API_URL: emulator.url,
      GITHUB_SHA: head,
      'INPUT_GITHUB-TOKEN': 'ghs_emulatedtoken',
      // The request timeout is longer than the deadline, so it is the deadline that ends the run.
      'INPUT_DEADLINE-SECONDS': '20',
      'INPUT_REQUEST-TIMEOUT-SECONDS': '600',
    };
    // The kill timeout only turns a hang into a failed test; nothing here asserts on how long it took.
    const step = await new Promise<{ code: number | null; signal: string | null; stdout: string }>((resolve) => {
      execFile(process.execPath, [join(root, 'dist', 'index.js')], { cwd: repo.dir, env, timeout: 240_000 }, (error, stdout) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, signal: (error as { signal?: string } | null)?.signal ?? null, stdout }),
      );
    });
    expect(step.signal).toBeNull();
    expect(step.code).toBe(1);
    expect(step.stdout).toMatch(/^::error::diffgate did not finish within 20s \(deadline-seconds\)/m);
    expect(emulator.checkRuns).toMatchObject([{ status: 'completed', conclusion: 'failure', output: { title: DIFFGATE_ERROR_TITLE } }]);
    expect(readFileSync(join(scratch, 'output'), 'utf8')).toMatch(/^verdict<<.*\nerror\n/m);
  });
});
