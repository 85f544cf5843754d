import { execFile } from 'node:child_process';
import { InputError } from '../errors.js';

export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

// Diffs of big pull requests are large; never let the buffer cut them silently.
const MAX_GIT_OUTPUT_BYTES = 1024 * 1024 * 1024;

/**
 * Runs git with an argument array (never a shell string), in `repo`.
 * Resolves with the exit code instead of throwing, so callers decide what a failure means.
 */
export function runGitRaw(repo: string, args: string[], input?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd: repo,
        maxBuffer: MAX_GIT_OUTPUT_BYTES,
        encoding: 'utf8',
        // A predictable git: no pager, no prompts, no user-configured colour or quoting surprises.
        env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        if (error && typeof (error as NodeJS.ErrnoException).code === 'string') {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') {
            reject(new InputError(`git is not installed or not on PATH (needed to read ${repo})`));
            return;
          }
          if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
            reject(new InputError(`git output for "git ${args[0]}" in ${repo} is larger than ${MAX_GIT_OUTPUT_BYTES} bytes`));
            return;
          }
        }
        const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ stdout, stderr, exitCode });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Runs git and returns stdout; a non-zero exit becomes an InputError with git's own first line. */
export async function runGit(repo: string, args: string[], input?: string): Promise<string> {
  const result = await runGitRaw(repo, args, input);
  if (result.exitCode !== 0) {
    const firstLine = result.stderr.trim().split('\n')[0] ?? '';
    throw new InputError(`git ${args[0]} failed in ${repo}: ${firstLine || `exit code ${result.exitCode}`}`);
  }
  return result.stdout;
}
