// The fork-safe two-workflow mode. `analyze` (on `pull_request`, read-only token) writes the report
// and the pull request's number next to it; `publish` (on `workflow_run`, write token, trusted code)
// reads both back as untrusted data: size-capped, schema-validated, and its head SHA checked.
import { mkdir, open, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as z from '../zod.js';
import { InputError } from '../errors.js';
import type { Report } from '../model.js';
import { parseJsonReport } from '../report/index.js';

/** Written next to the report: which pull request the report is about. */
export const PULL_REQUEST_FILE = 'diffgate-pull-request.json';

const pullRequestFileSchema = z.strictObject({
  number: z.number().check(z.int(), z.positive()),
  headSha: z.string().check(z.regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/)),
});

export type PullRequestFile = z.infer<typeof pullRequestFileSchema>;

export function pullRequestFilePath(reportPath: string): string {
  return join(dirname(reportPath), PULL_REQUEST_FILE);
}

export async function writeTextFile(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** Writes the pull request file next to the report; returns its path. */
export async function writePullRequestFile(reportPath: string, pullRequest: PullRequestFile): Promise<string> {
  const path = pullRequestFilePath(reportPath);
  await writeTextFile(path, JSON.stringify(pullRequest, null, 2) + '\n');
  return path;
}

/** Reads at most `maxBytes` (+1 to notice a larger file) without trusting the file's claimed size. */
async function readCapped(path: string, maxBytes: number, what: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError(
      `cannot read the ${what} ${path} (${code}): in mode publish, download the artifact written by mode analyze first (actions/download-artifact with run-id and github-token)`,
    );
  }
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw new InputError(`the ${what} ${path} is larger than ${maxBytes} bytes (publish.max-report-bytes): refusing to read it`);
    return buffer.subarray(0, filled).toString('utf8');
  } finally {
    await handle.close();
  }
}

function parseJson(text: string, path: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`the ${what} ${path} is not valid JSON (${(error as Error).message.split('\n')[0]}): was it truncated?`);
  }
}

function firstIssue(error: z.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const at = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return `${at}: ${issue.message}`;
}

/** The report, schema-validated by the renderers' own JSON schema (src/report/json.ts). */
export async function readUntrustedReport(path: string, maxBytes: number): Promise<Report> {
  return parseJsonReport(await readCapped(path, maxBytes, 'report'), path, maxBytes);
}

export async function readUntrustedPullRequestFile(path: string): Promise<PullRequestFile> {
  const raw = parseJson(await readCapped(path, 64 * 1024, 'pull request file'), path, 'pull request file');
  const parsed = pullRequestFileSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(`the pull request file ${path} is invalid: ${firstIssue(parsed.error)}`);
  return parsed.data;
}

/**
 * The report must describe the commit the workflow run tested (from the trusted `workflow_run`
 * payload), and the pull request it names must have that commit as its head. A report that names
 * another pull request, or an older push, is refused instead of being posted on the wrong code.
 */
export function checkHeadSha(report: Report, pullRequestFile: PullRequestFile | null, runHeadSha: string): void {
  if (report.head !== runHeadSha) {
    throw new InputError(`the report is for commit ${report.head.slice(0, 12)} but the workflow run tested ${runHeadSha.slice(0, 12)}: refusing to publish it`);
  }
  if (pullRequestFile && pullRequestFile.headSha !== runHeadSha) {
    throw new InputError(
      `the pull request file names head ${pullRequestFile.headSha.slice(0, 12)} but the workflow run tested ${runHeadSha.slice(0, 12)}: refusing to publish it`,
    );
  }
}
