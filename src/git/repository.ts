// The first question of a run: is the folder inside a git repository at all? Asked before any ref
// is looked up, so that the folder takes the blame ("not a git repository: <dir>"), not the first
// ref asked for (the default branch, HEAD).
import { InputError } from '../errors.js';
import { runGitRaw } from './run.js';

export async function requireRepository(repo: string): Promise<void> {
  const result = await runGitRaw(repo, ['rev-parse', '--git-dir']);
  if (result.exitCode !== 0 && /not a git repository/i.test(result.stderr)) throw new InputError(`not a git repository: ${repo}`);
}
