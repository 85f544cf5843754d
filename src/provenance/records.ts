// Line-level authorship records: git-ai notes and Agent Trace records. Pure parsers.
//
// git-ai (Git AI Standard v3.0.0, schema `authorship/3.0.0`): a note on a commit under
// `refs/notes/ai`. An attestation section (a file path at the start of a line, then entries
// `  <key> <ranges>` indented by two spaces), a line `---`, then JSON metadata. Keys name a prompt
// (`prompts`), an AI session (`s_…::t_…`, `sessions`) or a person (`h_…`, `humans`). Line numbers
// refer to the file as it is in that commit.
//
// Agent Trace (spec v0.1.0, `.agent-trace/traces.jsonl`): one JSON trace record per line with
// `vcs.revision` and `files[] {path, conversations[] {contributor {type, model_id}, ranges[]}}`;
// a range may override the contributor. Line numbers refer to the recorded revision.
import type { LineRange, Provenance } from '../model.js';

export interface GitAiAttestation {
  path: string;
  ranges: LineRange[];
  provenance: 'ai' | 'human';
  tool: string | null;
  model: string | null;
}

export interface GitAiNote {
  attestations: GitAiAttestation[];
}

export class RecordError extends Error {
  override readonly name = 'RecordError';
}

/** `1-4,9,12-14` → ranges; throws RecordError on anything else. */
export function parseLineRanges(text: string): LineRange[] {
  return text.split(',').map((part) => {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!match?.[1]) throw new RecordError(`bad line range "${part}"`);
    const start = Number(match[1]);
    const end = match[2] === undefined ? start : Number(match[2]);
    if (start < 1 || end < start) throw new RecordError(`bad line range "${part}"`);
    return { start, end };
  });
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function unquotePath(path: string): string {
  return path.length >= 2 && path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1) : path;
}

/** Parses a git-ai authorship note; throws RecordError saying what is wrong. */
export function parseGitAiNote(note: string): GitAiNote {
  const lines = note.split(/\r?\n/);
  const divider = lines.indexOf('---');
  if (divider === -1) throw new RecordError('no "---" line between attestations and metadata');
  let metadata: Record<string, unknown> | null;
  try {
    metadata = record(JSON.parse(lines.slice(divider + 1).join('\n')));
  } catch {
    throw new RecordError('the metadata after "---" is not valid JSON');
  }
  if (!metadata) throw new RecordError('the metadata after "---" is not a JSON object');
  const version = text(metadata['schema_version']);
  if (!version?.startsWith('authorship/3.')) throw new RecordError(`unsupported schema_version ${JSON.stringify(metadata['schema_version'])}`);
  const prompts = record(metadata['prompts']) ?? {};
  const sessions = record(metadata['sessions']) ?? {};
  const humans = record(metadata['humans']) ?? {};

  const attestations: GitAiAttestation[] = [];
  let path: string | null = null;
  for (const line of lines.slice(0, divider)) {
    if (line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      path = unquotePath(line);
      continue;
    }
    const entry = /^ {2}(\S+) (\S+)$/.exec(line);
    if (!entry?.[1] || !entry[2] || path === null) throw new RecordError(`unreadable attestation line "${line.trim()}"`);
    const key = entry[1];
    const ranges = parseLineRanges(entry[2]);
    if (key.startsWith('h_') || key in humans) {
      attestations.push({ path, ranges, provenance: 'human', tool: null, model: null });
      continue;
    }
    // Legacy keys name a prompt; newer ones a session (`s_…::t_…`). Either way the lines are AI-written.
    const described = record(prompts[key]) ?? record(sessions[key.split('::')[0] ?? key]);
    const agent = record(described?.['agent_id']);
    attestations.push({ path, ranges, provenance: 'ai', tool: text(agent?.['tool']), model: text(agent?.['model']) });
  }
  return { attestations };
}

export type ContributorType = 'human' | 'ai' | 'mixed' | 'unknown';

export interface TraceRange {
  /** The revision the line numbers refer to (`vcs.revision`). */
  revision: string;
  path: string;
  start: number;
  end: number;
  contributor: ContributorType;
  model: string | null;
  tool: string | null;
}

const CONTRIBUTOR_TYPES: readonly string[] = ['human', 'ai', 'mixed', 'unknown'];

function contributorOf(value: unknown): { type: ContributorType; model: string | null } | null {
  const contributor = record(value);
  if (!contributor) return null;
  const type = text(contributor['type'])?.toLowerCase();
  if (!type || !CONTRIBUTOR_TYPES.includes(type)) throw new RecordError(`unknown contributor type ${JSON.stringify(contributor['type'])}`);
  return { type: type as ContributorType, model: text(contributor['model_id']) };
}

/** Parses one Agent Trace record (one line of traces.jsonl); throws RecordError saying what is wrong. */
export function parseTraceRecord(line: string): TraceRange[] {
  let parsed: Record<string, unknown> | null;
  try {
    parsed = record(JSON.parse(line));
  } catch {
    throw new RecordError('not valid JSON');
  }
  if (!parsed) throw new RecordError('not a JSON object');
  const files = parsed['files'];
  if (!Array.isArray(files)) throw new RecordError('no "files" array');
  const revision = text(record(parsed['vcs'])?.['revision']);
  if (!revision) throw new RecordError('no vcs.revision, so its line numbers cannot be placed');
  const tool = text(record(parsed['tool'])?.['name']);
  const ranges: TraceRange[] = [];
  for (const file of files) {
    const path = text(record(file)?.['path']);
    const conversations = record(file)?.['conversations'];
    if (!path || !Array.isArray(conversations)) throw new RecordError('a file entry without "path" or "conversations"');
    for (const conversation of conversations) {
      const outer = contributorOf(record(conversation)?.['contributor']);
      const conversationRanges = record(conversation)?.['ranges'];
      if (!Array.isArray(conversationRanges)) throw new RecordError(`a conversation in ${path} without "ranges"`);
      for (const range of conversationRanges) {
        const start = record(range)?.['start_line'];
        const end = record(range)?.['end_line'];
        if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 1 || (end as number) < (start as number)) {
          throw new RecordError(`a range in ${path} without valid start_line/end_line`);
        }
        const contributor = contributorOf(record(range)?.['contributor']) ?? outer;
        ranges.push({
          revision,
          path,
          start: start as number,
          end: end as number,
          contributor: contributor?.type ?? 'unknown',
          model: contributor?.model ?? null,
          tool,
        });
      }
    }
  }
  return ranges;
}

/** What a contributor type means for one line: `mixed` (human-edited AI output) still holds AI-written code. */
export function provenanceOfContributor(type: ContributorType): Provenance {
  if (type === 'ai' || type === 'mixed') return 'ai';
  return type;
}
