// Public surface of the provenance stage. Owned by src/provenance/.
//
// For every added line: `ai`, `human` or `unknown`, decided in this order (first match wins):
// 1. `ai: all` → ai; `ai: none` → human (the team declares that people wrote everything).
// 2. A pull-request signal (opener, branch, body marker, label) → ai, for every added line.
// 3. The path matches `provenance.ai-paths` → ai.
// 4. Line-level records for the commit that last changed the line (git-ai note, Agent Trace) → what they say.
// 5. That commit (from one `git blame` over base..head per file): AI-marked → ai; authored by a
//    person → human; by a bot without an AI signal → unknown. A line blame cannot place inside
//    the range → unknown. When all commits in the range give the same verdict and there are no
//    line-level records, that verdict holds for every line and no blame runs.
import { compileGlobs } from '../config/glob.js';
import type { AiCommit, ChangedFile, FileProvenance, Provenance, ProvenanceResult, Signal, Skipped } from '../model.js';
import type { DiffRange } from '../diff/index.js';
import type { FileReader } from '../git/index.js';
import { describeError, isInputError } from '../errors.js';
import type { PullRequestInfo } from '../event.js';
import type { ProvenanceConfig } from './config.js';
import type { BlameLine } from './git.js';
import { AGENT_TRACE_PATH, GIT_AI_NOTES_REF, blameLines, readAgentTrace, readCommits, readGitAiNotes, readTouchedPaths } from './git.js';
import type { GitAiNote, TraceRange } from './records.js';
import { RecordError, parseGitAiNote, parseTraceRecord, provenanceOfContributor } from './records.js';
import type { CommitInfo } from './signals.js';
import { buildSignalRules, commitSignals, isPerson, pullRequestSignals } from './signals.js';

export { describeAiShare } from './summary.js';

export interface ProvenanceInput {
  repo: string;
  range: DiffRange;
  files: ChangedFile[];
  mode: 'auto' | 'all' | 'none';
  config: ProvenanceConfig;
  pullRequest: PullRequestInfo | null;
  /** The run's head Revision, for files read at head (the Agent Trace); opened here when absent. */
  revision?: FileReader;
}

// Blame runs are independent; a few at a time keeps a 2-core runner responsive.
const BLAME_CONCURRENCY = 4;

function filesWithLines(files: ChangedFile[]): ChangedFile[] {
  return files.filter((file) => file.status !== 'deleted' && !file.binary && !file.submodule && file.addedLines.length > 0);
}

function uniform(input: ProvenanceInput, provenance: 'ai' | 'human'): ProvenanceResult {
  const files = filesWithLines(input.files);
  const total = files.reduce((sum, file) => sum + file.addedLines.length, 0);
  return {
    mode: input.mode,
    aiCommits: [],
    pullRequestSignals: [],
    files: files.map((file) => ({
      path: file.path,
      aiLines: provenance === 'ai' ? [...file.addedLines] : [],
      humanLines: provenance === 'human' ? [...file.addedLines] : [],
    })),
    counts: { ai: provenance === 'ai' ? total : 0, human: provenance === 'human' ? total : 0, unknown: 0 },
  };
}

async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** What the line-level records say about one blamed line, with the signal to show; null when they say nothing. */
interface LineRecords {
  notes: Map<string, GitAiNote>;
  /** Trace ranges by the commit whose version their line numbers refer to. */
  traces: Map<string, TraceRange[]>;
  head: string;
}

function inRanges(ranges: { start: number; end: number }[], line: number): boolean {
  return ranges.some((range) => line >= range.start && line <= range.end);
}

function recordVerdict(records: LineRecords, blame: BlameLine, headPath: string): { provenance: Provenance; signal: Signal } | null {
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

function readNotes(raw: Map<string, string>, skipped: Skipped[]): Map<string, GitAiNote> {
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
function readTraces(text: string | null, commits: CommitInfo[], head: string, skipped: Skipped[]): Map<string, TraceRange[]> {
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

/** What the commit that last changed a line says about it, without line-level records. */
function commitVerdict(signals: Signal[], authoredByPerson: boolean): Provenance {
  if (signals.length > 0) return 'ai';
  return authoredByPerson ? 'human' : 'unknown';
}

/** The list with the signal added, unless one with the same source and detail is there already. */
function withSignal(signals: Signal[], signal: Signal): Signal[] {
  return signals.some((s) => s.source === signal.source && s.detail === signal.detail) ? signals : [...signals, signal];
}

/** Decides for every added line whether an AI assistant wrote it, with the signals that decided. */
export async function attributeProvenance(input: ProvenanceInput): Promise<ProvenanceResult> {
  if (input.mode === 'all') return uniform(input, 'ai');
  if (input.mode === 'none') return uniform(input, 'human');

  const { repo, range } = input;
  const rules = buildSignalRules(input.config);
  const skipped: Skipped[] = [];
  const prSignals = input.pullRequest ? pullRequestSignals(input.pullRequest, rules) : [];
  const files = filesWithLines(input.files);

  const commits = await readCommits(repo, range);
  const signalsOf = new Map(commits.map((commit) => [commit.sha, commitSignals(commit, rules)]));
  const personOf = new Map(commits.map((commit) => [commit.sha, isPerson(commit.author)]));
  const records: LineRecords = {
    notes: readNotes(await readGitAiNotes(repo, range), skipped),
    traces: readTraces(await readAgentTrace(repo, range.head, input.revision), commits, range.head, skipped),
    head: range.head,
  };

  // A PR-level signal decides every line: no blame needed.
  // A file git cannot blame (e.g. line numbers it does not have) leaves its lines unknown, with the reason.
  const blame = async (file: ChangedFile): Promise<BlameLine[]> => {
    try {
      return await blameLines(repo, range, file.path, file.addedLines);
    } catch (error) {
      if (!isInputError(error)) throw error;
      skipped.push({ path: file.path, reason: `authorship unknown: ${describeError(error)}` });
      return [];
    }
  };
  // When every commit in the range says the same (all by people, or all AI-marked) and no line-level
  // record exists, every added line gets that verdict whichever commit wrote it: blame would only
  // spend one git process per file to say so. Mixed ranges are blamed.
  const commitVerdicts = new Set(commits.map((commit) => commitVerdict(signalsOf.get(commit.sha) ?? [], personOf.get(commit.sha) ?? false)));
  const noRecords = records.notes.size === 0 && records.traces.size === 0;
  const rangeVerdict: Provenance | null = noRecords && commitVerdicts.size === 1 ? ([...commitVerdicts][0] ?? null) : null;
  // Likewise per file: a file changed in place whose commits in the range all agree needs no blame.
  // Merges are excluded because a merge can introduce lines that `git log --no-merges` does not list.
  const verdictOfCommit = (sha: string): Provenance => commitVerdict(signalsOf.get(sha) ?? [], personOf.get(sha) ?? false);
  const perFile = prSignals.length === 0 && rangeVerdict === null && noRecords && commits.every((commit) => commit.parents.length <= 1);
  const touched = perFile ? await readTouchedPaths(repo, range) : null;
  const fileVerdict = (file: ChangedFile): Provenance | null => {
    if (rangeVerdict !== null) return rangeVerdict;
    if (!touched || (file.status !== 'added' && file.status !== 'modified')) return null;
    const verdicts = new Set((touched.get(file.path) ?? []).map(verdictOfCommit));
    return verdicts.size === 1 ? ([...verdicts][0] ?? null) : null;
  };
  const verdictByFile = files.map((file) => fileVerdict(file));
  const toBlame = prSignals.length > 0 ? [] : files.filter((_file, index) => verdictByFile[index] === null);
  const blamed = new Map(toBlame.map((file, index) => [file.path, index]));
  const blameResults = await mapLimited(toBlame, BLAME_CONCURRENCY, blame);
  const blames = files.map((file) => blameResults[blamed.get(file.path) ?? -1] ?? []);

  // Signals found on the way: git-ai notes belong to their commit, Agent Trace records to the file.
  const noteSignals = new Map<string, Signal[]>();
  const result: FileProvenance[] = [];
  const counts = { ai: 0, human: 0, unknown: 0 };
  const aiPaths = compileGlobs(input.config['ai-paths']);
  files.forEach((file, index) => {
    const blameByLine = new Map((blames[index] ?? []).map((blame) => [blame.line, blame]));
    const pathGlob = aiPaths.matchingPattern(file.path);
    const wholeFileAi = prSignals.length > 0 || pathGlob !== null;
    let fileSignals: Signal[] =
      pathGlob === null ? [] : [{ kind: 'config', source: 'config:ai-paths', detail: pathGlob, confidence: 'high', id: 'config:ai-paths' }];
    const aiLines: number[] = [];
    const humanLines: number[] = [];
    for (const line of file.addedLines) {
      const blame = blameByLine.get(line);
      let provenance: Provenance;
      if (wholeFileAi) {
        provenance = 'ai';
      } else if (verdictByFile[index] !== null && verdictByFile[index] !== undefined) {
        provenance = verdictByFile[index];
      } else if (!blame || blame.boundary || !signalsOf.has(blame.sha)) {
        provenance = 'unknown';
      } else {
        const recorded = recordVerdict(records, blame, file.path);
        if (recorded?.signal.source === GIT_AI_NOTES_REF) {
          if (recorded.provenance === 'ai') noteSignals.set(blame.sha, withSignal(noteSignals.get(blame.sha) ?? [], recorded.signal));
        } else if (recorded) {
          fileSignals = withSignal(fileSignals, recorded.signal);
        }
        provenance = recorded?.provenance ?? commitVerdict(signalsOf.get(blame.sha) ?? [], personOf.get(blame.sha) ?? false);
      }
      counts[provenance]++;
      if (provenance === 'ai') aiLines.push(line);
      else if (provenance === 'human') humanLines.push(line);
    }
    result.push({ path: file.path, aiLines, humanLines, ...(fileSignals.length > 0 ? { signals: fileSignals } : {}) });
  });

  const aiCommits: AiCommit[] = commits
    .map((commit) => ({ sha: commit.sha, signals: [...(signalsOf.get(commit.sha) ?? []), ...(noteSignals.get(commit.sha) ?? [])] }))
    .filter((commit) => commit.signals.length > 0);

  return {
    mode: input.mode,
    aiCommits,
    pullRequestSignals: prSignals,
    files: result,
    counts,
    ...(skipped.length > 0 ? { skipped } : {}),
  };
}
