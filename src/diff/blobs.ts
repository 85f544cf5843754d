// Reads many files at one revision straight from git objects, in one `git cat-file --batch` process:
// a repository with thousands of test files must not cost thousands of `git show` processes.
import { spawn } from 'node:child_process';
import { InputError } from '../errors.js';

/**
 * The text of each path at `revision`. Paths that do not exist there, are not blobs, or look
 * binary (a NUL byte) are left out of the result.
 */
export function readFilesAtRevision(repo: string, revision: string, paths: readonly string[]): Promise<Map<string, string>> {
  // A path with a newline cannot be named on cat-file's line-based input.
  const wanted = [...new Set(paths)].filter((path) => !path.includes('\n'));
  if (wanted.length === 0) return Promise.resolve(new Map());
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: repo,
      env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new InputError(`git is not installed or not on PATH (needed to read ${repo})`)
          : new InputError(`git cat-file failed in ${repo}: ${error.message}`),
      ),
    );
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new InputError(`git cat-file failed in ${repo}: ${stderr.trim().split('\n')[0] || `exit code ${code}`}`));
        return;
      }
      resolve(parseBatchOutput(Buffer.concat(chunks), wanted));
    });
    child.stdin.end(wanted.map((path) => `${revision}:${path}\n`).join(''));
  });
}

/** Splits `git cat-file --batch` output: per request `<oid> <type> <size>\n<bytes>\n` or `<name> missing\n`. */
export function parseBatchOutput(output: Buffer, paths: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  let offset = 0;
  for (const path of paths) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd < 0) break;
    const header = output.toString('utf8', offset, headerEnd);
    offset = headerEnd + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) continue; // `missing` or `ambiguous`: no content follows
    const size = Number(match[2]);
    const content = output.subarray(offset, offset + size);
    offset += size + 1;
    if (match[1] !== 'blob' || content.includes(0)) continue;
    files.set(path, content.toString('utf8'));
  }
  return files;
}
