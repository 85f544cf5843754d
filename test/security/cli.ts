// The built CLI (dist/cli.js) in a subprocess, for the hostile-input reproductions of issue #15.
// `timeout` only stops a hang so that the test fails instead of stalling the suite; no test asserts
// on how long anything took.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  /** Set when the hang guard had to stop the process. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** A pull request on `feature` over `main`: `src/a.ts` grows from one line to the given head text. */
export function featureRepo(headFiles: Record<string, string>): TestRepo {
  const repo = makeRepo();
  repo.write({ 'src/a.ts': 'export const a = 1;\n' });
  repo.commit('base');
  repo.checkout('feature', true);
  repo.write(headFiles);
  repo.commit('feature');
  return repo;
}
