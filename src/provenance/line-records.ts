// Line-level records (git-ai notes, Agent Trace) as the deciders read them: parsed once per run,
// then asked about one blamed line at a time. Pure functions.
import type { Provenance, Signal, Skipped } from '../model.js';
import type { BlameLine } from './git.js';
import { AGENT_TRACE_PATH, GIT_AI_NOTES_REF } from './git.js';
import type { GitAiNote, TraceRange } from './records.js';
import { RecordError, parseGitAiNote, parseTraceRecord, provenanceOfContributor } from './records.js';
import type { CommitInfo } from './signals.js';

/** The line-level records of a range, parsed. */
export interface LineRecords {
  notes: Map<string, GitAiNote>;
  /** Trace ranges by the commit whose version their line numbers refer to. */
  traces: Map<string, TraceRange[]>;
  head: string;
}

export function hasRecords(records: LineRecords): boolean {
  return records.notes.size > 0 || records.traces.size > 0;
}

function inRanges(ranges: { start: number; end: number }[], line: number): boolean {
  return ranges.some((range) => line >= range.start && line <= range.end);
}

/** What the line-level records say about one blamed line, with the signal to show; null when they say nothing. */
export function recordVerdict(records: LineRecords, blame: BlameLine, headPath: string): { provenance: Provenance; signal: Signal } | null {
  const verdicts: { provenance: Provenance; signal: Signal }[] = [];
  const note = records.notes.get(blame.sha);
  if (note) {
    const attestation = note.attestations.find((a) => a.path === blame.originalPath && inRanges(a.ranges, blame.originalLine));
    const provenance = attestation?.provenance ?? 'human';
    const detail = attestation?.provenance === 'ai' ? [attestation.tool, attestation.model].filter(Boolean).join(' ') || 'AI session' : 'not attested as AI';
    verdicts.push({
      provenance,
      signal: { kind: 'line-record', source: GIT_AI_NOTES_REF, detail: `${blame.sha.slice(0, 12)}: ${detail}`, tool: attestation?.tool ?? undefined, confidence: 'high', id: 'git-ai-note' },
    });
  }
  const candidates = [
    ...(records.traces.get(blame.sha) ?? []).filter((t) => t.path === blame.originalPath && blame.originalLine >= t.start && blame.originalLine <= t.end),
    ...(blame.sha === records.head ? [] : (records.traces.get(records.head) ?? [])).filter(
      (t) => t.path === headPath && blame.line >= t.start && blame.line <= t.end,
    ),
  ];
  for (const trace of candidates) {
    verdicts.push({
      provenance: provenanceOfContributor(trace.contributor),
      signal: {
        kind: 'line-record',
        source: AGENT_TRACE_PATH,
        detail: `${trace.contributor}${trace.model ? ` ${trace.model}` : ''}: ${trace.path} ${trace.start}-${trace.end} at ${trace.revision.slice(0, 12)}`,
        ...(trace.tool ? { tool: trace.tool } : {}),
        confidence: 'high',
        id: 'agent-trace',
      },
    });
  }
  // Records rarely disagree; when they do, the stronger claim wins: ai over human over unknown.
  for (const wanted of ['ai', 'human', 'unknown'] as const) {
    const verdict = verdicts.find((v) => v.provenance === wanted);
    if (verdict) return verdict;
  }
  return null;
}

/** The git-ai notes that can be read, by commit; the others go to `skipped` with the reason. */
export function parseNotes(raw: Map<string, string>, skipped: Skipped[]): Map<string, GitAiNote> {
  const notes = new Map<string, GitAiNote>();
  for (const [sha, text] of raw) {
    try {
      notes.set(sha, parseGitAiNote(text));
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      skipped.push({ path: `${GIT_AI_NOTES_REF}:${sha}`, reason: `git-ai note ignored: ${error.message}` });
    }
  }
  return notes;
}

/**
 * Trace ranges keyed by the commits their line numbers may belong to. The spec (§6.5) has
 * `vcs.revision` name the commit that made the lines; the reference hook records `HEAD` while
 * editing, which is the parent of the commit that took the edit. Both readings are kept: a range
 * is only ever consulted for lines that blame puts on that commit, in that file.
 */
export function parseTraces(text: string | null, commits: CommitInfo[], head: string, skipped: Skipped[]): Map<string, TraceRange[]> {
  const traces = new Map<string, TraceRange[]>();
  if (text === null) return traces;
  const shas = [...commits.map((commit) => commit.sha), head];
  const childrenOf = new Map<string, string[]>();
  for (const commit of commits) {
    const parent = commit.parents[0];
    if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), commit.sha]);
  }
  const add = (sha: string, range: TraceRange): void => {
    traces.set(sha, [...(traces.get(sha) ?? []), range]);
  };
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let ranges: TraceRange[];
    try {
      ranges = parseTraceRecord(line);
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      skipped.push({ path: `${AGENT_TRACE_PATH}:${index + 1}`, reason: `Agent Trace record ignored: ${error.message}` });
      return;
    }
    for (const range of ranges) {
      const revision = range.revision.toLowerCase();
      if (revision.length < 7) continue;
      const own = shas.find((sha) => sha.startsWith(revision));
      if (own) add(own, range);
      for (const [parent, children] of childrenOf) if (parent.startsWith(revision)) for (const child of children) add(child, range);
    }
  });
  return traces;
}
