// The git reads of the provenance stage: commits and notes of the range, one blame per file,
// the Agent Trace file at head. Parsers are exported pure functions; the rest is thin I/O.
import { runGit } from '../git/run.js';
import type { FileReader } from '../git/files.js';
import { Revision, withRevision } from '../git/revision.js';
import { readPath } from '../git/quote.js';
import type { DiffRange } from '../diff/index.js';
import type { LineRange } from '../model.js';
import type { CommitInfo } from './signals.js';
import { toSha, type Sha } from '../ids.js';

export const GIT_AI_NOTES_REF = 'refs/notes/ai';
export const AGENT_TRACE_PATH = '.agent-trace/traces.jsonl';

const FIELD = '\x1f';
export const COMMIT_FORMAT = ['%H', '%P', '%an', '%ae', '%cn', '%ce', '%B'].join('%x1f');

/** Parses `git log -z --format=<COMMIT_FORMAT>` output. The message is last, so it may hold anything. */
export function parseCommitLog(output: string): CommitInfo[] {
  const commits: CommitInfo[] = [];
  for (const entry of output.split('\0')) {
    if (entry.trim() === '') continue;
    const fields = entry.replace(/^\n/, '').split(FIELD);
    const [sha, parents, authorName, authorEmail, committerName, committerEmail] = fields;
    if (!sha || fields.length < 7) continue;
    commits.push({
      sha: toSha(sha, 'git log'),
      parents: parents ? parents.split(' ') : [],
      author: { name: authorName ?? '', email: authorEmail ?? '' },
      committer: { name: committerName ?? '', email: committerEmail ?? '' },
      message: fields.slice(6).join(FIELD),
    });
  }
  return commits;
}

/** Every commit in base..head, oldest first. */
export async function readCommits(repo: string, range: DiffRange): Promise<CommitInfo[]> {
  const output = await runGit(repo, ['log', '-z', '--reverse', '--no-mailmap', `--format=${COMMIT_FORMAT}`, `${range.base}..${range.head}`]);
  return parseCommitLog(output);
}

/**
 * Which commits in base..head touched each path (one git call), so that files whose commits all
 * agree need no blame. Null when any commit deleted or renamed a path: lines may then come from a
 * path of another name, which only blame follows.
 */
export async function readTouchedPaths(repo: string, range: DiffRange): Promise<Map<string, Sha[]> | null> {
  const output = await runGit(repo, ['log', '-z', '--no-renames', '--no-merges', '--format=%x01%H', '--name-status', `${range.base}..${range.head}`]);
  return parseTouchedPaths(output);
}

/** Parses `git log -z --format=%x01%H --name-status`: `\x01<sha>\0\n<status>\0<path>\0…` per commit. */
export function parseTouchedPaths(output: string): Map<string, Sha[]> | null {
  const touched = new Map<string, Sha[]>();
  for (const chunk of output.split('\x01')) {
    const end = chunk.indexOf('\0');
    if (end <= 0) continue;
    const sha = toSha(chunk.slice(0, end), 'git log --name-status');
    const fields = chunk.slice(end + 1).replace(/^\n/, '').split('\0');
    for (let index = 0; index + 1 < fields.length; index += 2) {
      const status = fields[index] ?? '';
      const path = fields[index + 1] ?? '';
      if (status.startsWith('D')) return null;
      touched.set(path, [...(touched.get(path) ?? []), sha]);
    }
  }
  return touched;
}

/**
 * The git-ai notes of the commits in base..head (one git call), by commit SHA. With the run's head
 * Revision, a repository without the notes ref (most) costs no git process.
 */
export async function readGitAiNotes(repo: string, range: DiffRange, head?: Revision): Promise<Map<string, string>> {
  if (head && !(await head.hasRef(GIT_AI_NOTES_REF))) return new Map();
  const output = await runGit(repo, ['log', '-z', `--notes=${GIT_AI_NOTES_REF}`, '--format=%H%x1f%N', `${range.base}..${range.head}`]);
  const notes = new Map<string, string>();
  for (const entry of output.split('\0')) {
    const separator = entry.indexOf(FIELD);
    if (separator === -1) continue;
    const note = entry.slice(separator + 1);
    if (note.trim() !== '') notes.set(entry.slice(0, separator).trim(), note);
  }
  return notes;
}

/**
 * The Agent Trace file at head, or null when the revision has none. Read through `files`, the run's
 * head Revision, when given; else through a Revision opened for this one read.
 */
export async function readAgentTrace(repo: string, head: Sha, files?: FileReader): Promise<string | null> {
  const read = async (reader: FileReader): Promise<string | null> => (await reader.readBlob(AGENT_TRACE_PATH))?.toString('utf8') ?? null;
  return files ? read(files) : withRevision(repo, Revision.ofResolvedSha(repo, head), read);
}

export interface BlameLine {
  /** The line number at head. */
  line: number;
  sha: Sha;
  /** Where the line was in `sha`'s version of the file. */
  originalPath: string;
  originalLine: number;
  /** The commit is outside base..head: the line was not changed inside the range. */
  boundary: boolean;
}

/** Undoes git's C-quoting of a path (`"a\\tb\\303\\251"`); other paths are returned as they are. One unquoter: src/git/quote.ts. */
export const unquoteGitPath = readPath;

const BLAME_HEADER = /^([0-9a-f]{40,64}) (\d+) (\d+)(?: \d+)?$/;

/** Parses `git blame --porcelain`. */
export function parseBlamePorcelain(output: string): BlameLine[] {
  const lines: BlameLine[] = [];
  const pathOf = new Map<string, string>();
  const boundaries = new Set<string>();
  let current: { sha: Sha; originalLine: number; line: number } | null = null;
  for (const row of output.split('\n')) {
    if (row.startsWith('\t')) {
      if (current) {
        lines.push({
          line: current.line,
          sha: current.sha,
          originalLine: current.originalLine,
          originalPath: pathOf.get(current.sha) ?? '',
          boundary: boundaries.has(current.sha),
        });
      }
      current = null;
      continue;
    }
    const header: RegExpExecArray | null = current ? null : BLAME_HEADER.exec(row);
    if (header?.[1]) {
      current = { sha: toSha(header[1], 'git blame'), originalLine: Number(header[2]), line: Number(header[3]) };
    } else if (current && row === 'boundary') {
      boundaries.add(current.sha);
    } else if (current && row.startsWith('filename ')) {
      pathOf.set(current.sha, unquoteGitPath(row.slice('filename '.length)));
    }
  }
  return lines;
}

/** Contiguous ranges of ascending line numbers. */
export function toRanges(lines: number[]): LineRange[] {
  const ranges: LineRange[] = [];
  for (const line of lines) {
    const last = ranges[ranges.length - 1];
    if (last && line === last.end + 1) last.end = line;
    else ranges.push({ start: line, end: line });
  }
  return ranges;
}

// Beyond this many separate ranges, one blame of the whole file is cheaper than a long argument list.
const MAX_BLAME_RANGES = 100;

/** One `git blame` over base..head for the given head lines of a file. */
export async function blameLines(repo: string, range: DiffRange, path: string, lines: number[]): Promise<BlameLine[]> {
  const ranges = toRanges(lines);
  const lineArgs = ranges.length <= MAX_BLAME_RANGES ? ranges.flatMap((r) => ['-L', `${r.start},${r.end}`]) : [];
  // Paths in the output may be C-quoted (core.quotePath); parseBlamePorcelain undoes that.
  const output = await runGit(repo, ['blame', '--porcelain', ...lineArgs, `${range.base}..${range.head}`, '--', path]);
  return parseBlamePorcelain(output);
}
