import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { InputError } from '../errors.js';

// A predictable git: no pager, no prompts, no user-configured colour or quoting surprises,
// and no environment overrides of diff output (external diff tools, context size).
function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
  delete env['GIT_EXTERNAL_DIFF'];
  delete env['GIT_DIFF_OPTS'];
  return env;
}

export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

// Diffs of big pull requests are large; never let the buffer cut them silently.
const MAX_GIT_OUTPUT_BYTES = 1024 * 1024 * 1024;

/** Why git could not run or finish at all (as opposed to git exiting non-zero), or null. */
function launchFailure(repo: string, args: string[], error: unknown): InputError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') {
    // Node reports a missing working folder the same way as a missing program.
    if (!existsSync(repo)) return new InputError(`the repository folder ${repo} does not exist: check --repo`);
    return new InputError(`git is not installed or not on PATH (needed to read ${repo})`);
  }
  if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    return new InputError(`git output for "git ${args[0]}" in ${repo} is larger than ${MAX_GIT_OUTPUT_BYTES} bytes`);
  }
  return null;
}

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
        env: gitEnvironment(),
      },
      (error, stdout, stderr) => {
        const failure = launchFailure(repo, args, error);
        if (failure) {
          reject(failure);
          return;
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

/**
 * Longest line kept whole by runGitLines. Diff lines of minified or generated files can be
 * megabytes long; their first characters are all a diff parser needs, so memory stays bounded.
 */
const MAX_LINE_CHARS = 64 * 1024;

/** runGitRaw with binary stdout, for file contents read from git objects. */
export function runGitBuffer(repo: string, args: string[]): Promise<GitBufferResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd: repo, maxBuffer: MAX_GIT_OUTPUT_BYTES, encoding: 'buffer', env: gitEnvironment() },
      (error, stdout, stderr) => {
        const failure = launchFailure(repo, args, error);
        if (failure) {
          reject(failure);
          return;
        }
        const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ stdout, stderr: stderr.toString('utf8'), exitCode });
      },
    );
  });
}

export interface GitBufferResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

/**
 * Runs git and hands each stdout line (without its newline; cut at MAX_LINE_CHARS) to `onLine`
 * as it arrives, so output of any size is never held whole. If `onLine` throws, git is stopped
 * and the promise rejects with that error. Resolves with stderr and the exit code.
 */
export function runGitLines(repo: string, args: string[], onLine: (line: string) => void): Promise<Omit<GitResult, 'stdout'>> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: repo, env: gitEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
    const decoder = new StringDecoder('utf8');
    let partial = '';
    let failure: unknown = null;
    let stderr = '';

    const deliver = (line: string): void => {
      if (failure !== null) return;
      try {
        onLine(line);
      } catch (error) {
        failure = error;
        child.kill();
      }
    };
    const take = (text: string): void => {
      let start = 0;
      for (;;) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        if (partial.length < MAX_LINE_CHARS) partial += text.slice(start, Math.min(end, start + MAX_LINE_CHARS - partial.length));
        if (newline < 0) return;
        deliver(partial);
        partial = '';
        start = newline + 1;
      }
    };

    child.stdout.on('data', (chunk: Buffer) => take(decoder.write(chunk)));
    child.stderr.on('data', (chunk: Buffer) => {
      // Keep the start of stderr only: its first line is what an error message shows.
      if (stderr.length < MAX_LINE_CHARS) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => reject(launchFailure(repo, args, error) ?? error));
    child.on('close', (code) => {
      take(decoder.end());
      if (partial !== '') deliver(partial);
      if (failure !== null) reject(failure);
      else resolve({ stderr, exitCode: code ?? 1 });
    });
  });
}
