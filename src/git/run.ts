// The one way diffgate runs git: an argument array (never a shell string), one environment the
// user's git config and environment cannot bend, and one error policy. Every git process of a run
// starts in `startGit` below.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
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

export interface GitBufferResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

// Diffs of big pull requests are large; never let the buffer cut them silently.
const MAX_GIT_OUTPUT_BYTES = 1024 * 1024 * 1024;

/**
 * Longest line kept whole by runGitLines, and how much of stderr is kept. Diff lines of minified or
 * generated files can be megabytes long; their first characters are all a diff parser needs, and
 * the first line of stderr is all an error message shows.
 */
const MAX_LINE_CHARS = 64 * 1024;

/** A running git process with piped stdin (for requests) or none. */
export type GitProcess = ChildProcessByStdio<Writable | null, Readable, Readable>;

/** Why git could not run or finish at all (as opposed to git exiting non-zero). */
export function launchFailure(repo: string, args: readonly string[], error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') {
    // Node reports a missing working folder the same way as a missing program.
    if (!existsSync(repo)) return new InputError(`the repository folder ${repo} does not exist: check --repo`);
    return new InputError(`git is not installed or not on PATH (needed to read ${repo})`);
  }
  return new InputError(`git ${args[0]} could not run in ${repo}: ${error instanceof Error ? error.message : String(error)}`);
}

/** The one-line InputError for git exiting non-zero: git's own first line of stderr. */
export function gitFailure(what: string, repo: string, result: { stderr: string; exitCode: number }): InputError {
  const firstLine = result.stderr.trim().split('\n')[0] ?? '';
  return new InputError(`${what} failed in ${repo}: ${firstLine || `exit code ${result.exitCode}`}`);
}

/** Starts git in `repo`. The only spawn of git in diffgate. */
export function startGit(repo: string, args: readonly string[], stdin: 'pipe' | 'ignore'): GitProcess {
  const child = spawn('git', args, { cwd: repo, env: gitEnvironment(), stdio: [stdin, 'pipe', 'pipe'] }) as GitProcess;
  // Git may exit before reading all of stdin (a bad revision); the exit code says what went wrong.
  child.stdin?.on('error', () => undefined);
  return child;
}

/** Keeps the start of stderr only: its first line is what an error message shows. */
function collectStderr(child: GitProcess): () => string {
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < MAX_LINE_CHARS) stderr += chunk.toString('utf8');
  });
  return () => stderr;
}

/** Runs git to the end, with all of stdout as bytes. */
export function runGitBuffer(repo: string, args: readonly string[], input?: string): Promise<GitBufferResult> {
  return new Promise((resolve, reject) => {
    const child = startGit(repo, args, input === undefined ? 'ignore' : 'pipe');
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_GIT_OUTPUT_BYTES) {
        tooLarge = true;
        child.kill();
      } else chunks.push(chunk);
    });
    const stderr = collectStderr(child);
    child.on('error', (error) => reject(launchFailure(repo, args, error)));
    child.on('close', (code) => {
      if (tooLarge) reject(new InputError(`git output for "git ${args[0]}" in ${repo} is larger than ${MAX_GIT_OUTPUT_BYTES} bytes`));
      else resolve({ stdout: Buffer.concat(chunks), stderr: stderr(), exitCode: code ?? 1 });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/**
 * Runs git and resolves with the exit code instead of throwing, so callers decide what a failure
 * means. Rejects (with an InputError) only when git could not run at all.
 */
export async function runGitRaw(repo: string, args: readonly string[], input?: string): Promise<GitResult> {
  const result = await runGitBuffer(repo, args, input);
  return { stdout: result.stdout.toString('utf8'), stderr: result.stderr, exitCode: result.exitCode };
}

/** Runs git and returns stdout; a non-zero exit becomes an InputError with git's own first line. */
export async function runGit(repo: string, args: readonly string[], input?: string): Promise<string> {
  const result = await runGitRaw(repo, args, input);
  if (result.exitCode !== 0) throw gitFailure(`git ${args[0]}`, repo, result);
  return result.stdout;
}

/**
 * Runs git and hands each stdout line (without its newline; cut at MAX_LINE_CHARS) to `onLine`
 * as it arrives, so output of any size is never held whole. If `onLine` throws, git is stopped
 * and the promise rejects with that error. Resolves with stderr and the exit code.
 */
export function runGitLines(repo: string, args: readonly string[], onLine: (line: string) => void): Promise<Omit<GitResult, 'stdout'>> {
  return new Promise((resolve, reject) => {
    const child = startGit(repo, args, 'ignore');
    const decoder = new StringDecoder('utf8');
    let partial = '';
    let failure: unknown = null;

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
    const stderr = collectStderr(child);
    child.on('error', (error) => reject(launchFailure(repo, args, error)));
    child.on('close', (code) => {
      take(decoder.end());
      if (partial !== '') deliver(partial);
      if (failure !== null) reject(failure);
      else resolve({ stderr: stderr(), exitCode: code ?? 1 });
    });
  });
}
