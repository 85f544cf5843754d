// The working tree as a commit, for `--include-uncommitted` (pre-push and pre-commit use). Every
// stage reads the head through a `Revision` of one commit; rather than teach each stage a second
// kind of head, the tracked files as they are on disk (staged and unstaged changes alike, as
// diff-cover counts them) become one commit object on top of HEAD, and the run reads that commit.
//
// Nothing the user sees changes: `git stash create` writes objects only (no ref, no stash entry,
// the index and the files stay as they are), and the commit is referenced by no branch, so git's
// garbage collection removes it later. Untracked files are not included, as in diff-cover (which
// needs --include-untracked for them): a file git does not track is not part of any push yet.
import { InputError } from '../errors.js';
import { requireRepository } from './repository.js';
import { runGitRaw } from './run.js';

export interface WorkingTreeSnapshot {
  /** The commit of the working tree: its parent is HEAD, its tree the tracked files on disk. */
  sha: string;
  /** HEAD, the commit the uncommitted changes are on. */
  parent: string;
}

/**
 * Who the snapshot commit is by: the identity the user's next commit would carry, so provenance
 * judges the uncommitted lines as it will judge that commit (a person's → human). Git needs one to
 * write a commit; without a configured identity, a neutral person stands in.
 */
const STAND_IN_IDENTITY = ['-c', 'user.name=diffgate (uncommitted changes)', '-c', 'user.email=uncommitted@diffgate.invalid'];

const MESSAGE = 'diffgate: uncommitted changes in the working tree (not a real commit)';

async function gitLine(repo: string, args: string[], what: string): Promise<string> {
  const result = await runGitRaw(repo, args);
  if (result.exitCode !== 0) {
    const problem = result.stderr.trim().split('\n')[0] ?? `exit code ${result.exitCode}`;
    throw new InputError(`--include-uncommitted: cannot ${what} in ${repo}: ${problem}`);
  }
  return result.stdout.trim();
}

/** The working tree as a commit on top of HEAD; null when the tracked files have no uncommitted change. */
export async function snapshotWorkingTree(repo: string): Promise<WorkingTreeSnapshot | null> {
  await requireRepository(repo);
  const head = await runGitRaw(repo, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  const parent = head.stdout.trim();
  if (head.exitCode !== 0 || parent === '') {
    throw new InputError(`--include-uncommitted needs a commit to compare the working tree with: ${repo} has no commit checked out yet`);
  }
  // `stash create` makes the commit object `git stash` would make, and stores nothing: empty output when clean.
  const stash = await gitLine(repo, ['stash', 'create'], 'read the working tree');
  if (stash === '') return null;
  const identity = (await runGitRaw(repo, ['var', 'GIT_AUTHOR_IDENT'])).exitCode === 0 ? [] : STAND_IN_IDENTITY;
  // The stash commit has two parents (HEAD and the index); the run needs one commit whose parent is HEAD.
  // --no-gpg-sign: a signing prompt (commit.gpgSign) must never stop the run.
  const sha = await gitLine(repo, [...identity, 'commit-tree', '--no-gpg-sign', '-p', parent, '-m', MESSAGE, `${stash}^{tree}`], 'write the working tree as a commit');
  return { sha, parent };
}
