// File contents and file lists read from git objects, so any revision can be read without a
// checkout (a bare clone, or a head that is not the checked-out commit).
import { InputError } from '../errors.js';
import { runGit, runGitBuffer, runGitRaw } from './git.js';

async function assertCommit(repo: string, revision: string): Promise<void> {
  const result = await runGitRaw(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  if (result.exitCode !== 0) {
    const problem = result.stderr.trim().split('\n')[0];
    throw new InputError(`unknown revision "${revision}" in ${repo}${problem ? `: ${problem}` : ''}`);
  }
}

/**
 * A file's content at a revision: the blob exactly as committed (no smudge filters, no
 * end-of-line conversion, no textconv). Line numbers match the checked-out file, since
 * CRLF conversion changes line endings, never the number of lines. Null when the path is
 * not a file at that revision (absent, a folder or a submodule).
 */
export async function readFileAtRevision(repo: string, revision: string, path: string): Promise<Buffer | null> {
  // `rev:path` takes the path from the repository root (unless it starts with ./ or ../).
  const result = await runGitBuffer(repo, ['cat-file', 'blob', `${revision}:${path}`]);
  if (result.exitCode === 0) return result.stdout;
  await assertCommit(repo, revision);
  return null;
}

/** Every file (blob or symlink) tracked at a revision, repository-relative with POSIX separators, sorted. */
export async function listTrackedFiles(repo: string, revision: string): Promise<string[]> {
  await assertCommit(repo, revision);
  // --full-tree: the whole repository even when `repo` is a subfolder. Submodules (commits) are not files.
  const output = await runGit(repo, ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', revision]);
  const paths: string[] = [];
  for (const entry of output.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type] = entry.slice(0, tab).split(' ');
    if (type === 'blob') paths.push(entry.slice(tab + 1));
  }
  return paths.sort();
}
