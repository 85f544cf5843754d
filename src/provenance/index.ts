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
//
// This file reads (read.ts, git.ts), then decides (decide.ts: steps 2–5 as an ordered list of
// deciders), then assembles the result.
import type { AiCommit, ChangedFile, FileProvenance, LineOrigin, ProvenanceResult, Signal, Skipped } from '../model.js';
import { compileGlobs } from '../config/glob.js';
import type { DiffRange } from '../diff/index.js';
import type { FileReader } from '../git/index.js';
import type { PullRequestInfo } from '../event.js';
import type { ProvenanceConfig } from './config.js';
import type { AgreedVerdict, CommitVerdict, Decision, DecisionEvidence } from './decide.js';
import { commitVerdict, decideLine, fileAgreement, pathSignal, rangeAgreement, worthReadingTouchedPaths } from './decide.js';
import { GIT_AI_NOTES_REF, readTouchedPaths } from './git.js';
import { parseNotes, parseTraces } from './line-records.js';
import { blameFiles, readRangeHistory, type RangeHistory } from './read.js';
import type { PullRequestCommit } from './signals.js';
import { buildSignalRules, commitSignals, isPerson, pullRequestSignals } from './signals.js';
import type { RepoPath } from '../ids.js';

export { describeAiShare } from './summary.js';
export { describeOrigin, makeOriginLookup } from './origins.js';
export type { PullRequestCommit } from './signals.js';
export { readRangeHistory, type RangeHistory } from './read.js';

/** What an entry point learnt from the pull request's commits API: the commits, and what is missing. */
export interface PullRequestCommitsRead {
  commits: PullRequestCommit[];
  /** Null when the API listed every commit of the pull request. */
  gap: string | null;
}

export interface ProvenanceInput {
  repo: string;
  range: DiffRange;
  files: ChangedFile[];
  mode: 'auto' | 'all' | 'none';
  config: ProvenanceConfig;
  pullRequest: PullRequestInfo | null;
  /**
   * The pull request's commits as the API reports them (the GitHub accounts linked to their
   * authors and committers), when the caller fetched them; matched like every other identity.
   */
  pullRequestCommits?: PullRequestCommit[];
  /**
   * Why that channel is missing or only partly read (no token, no permission, the API's cap), in
   * words for the report; its lines are then decided on the other channels, and the report says so.
   */
  pullRequestCommitsGap?: string;
  /** The run's head Revision, for files read at head (the Agent Trace); opened here when absent. */
  revision?: FileReader;
  /**
   * The range's history, when the caller started reading it already (`readRangeHistory`, at the same
   * time as the diff: it needs only the range); read here when absent.
   */
  history?: Promise<RangeHistory>;
}

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

/** The list with the signal added, unless one with the same source and detail is there already. */
function withSignal(signals: Signal[], signal: Signal): Signal[] {
  return signals.some((s) => s.source === signal.source && s.detail === signal.detail) ? signals : [...signals, signal];
}

/** Groups consecutive decisions of a file that share provenance, commits and signal. */
function addOrigin(origins: LineOrigin[], path: RepoPath, line: number, decision: Decision): void {
  const last = origins[origins.length - 1];
  const sameGroup =
    last !== undefined &&
    last.path === path &&
    last.provenance === decision.provenance &&
    last.signal === decision.signal &&
    // Lines decided by one agreed verdict share its commits array: no need to compare them sha by sha.
    (last.commits === decision.commits ||
      (last.commits.length === decision.commits.length && last.commits.every((sha, index) => sha === decision.commits[index])));
  if (sameGroup) {
    last.lines.push(line);
    return;
  }
  origins.push({ path, lines: [line], provenance: decision.provenance, commits: decision.commits, ...(decision.signal ? { signal: decision.signal } : {}) });
}

/** Decides for every added line whether an AI assistant wrote it, with the signals that decided. */
export async function attributeProvenance(input: ProvenanceInput): Promise<ProvenanceResult> {
  if (input.mode === 'all') return uniform(input, 'ai');
  if (input.mode === 'none') return uniform(input, 'human');

  // Read.
  const { repo, range } = input;
  const rules = buildSignalRules(input.config);
  const skipped: Skipped[] = [];
  if (input.pullRequestCommitsGap) skipped.push({ path: `pulls/${input.pullRequest?.number ?? '?'}/commits`, reason: input.pullRequestCommitsGap });
  const files = filesWithLines(input.files);
  const history = await (input.history ?? readRangeHistory(repo, range, input.revision));
  const linked = new Map((input.pullRequestCommits ?? []).map((commit) => [commit.sha, commit]));
  const verdicts = new Map<string, CommitVerdict>(
    history.commits.map((commit) => [commit.sha, commitVerdict(commitSignals(commit, rules, linked.get(commit.sha)), isPerson(commit.author))]),
  );
  const evidence: DecisionEvidence = {
    pullRequestSignals: input.pullRequest ? pullRequestSignals(input.pullRequest, rules) : [],
    records: {
      notes: parseNotes(history.notes, skipped),
      traces: parseTraces(history.trace, history.commits, range.head, skipped),
      head: range.head,
    },
    commits: verdicts,
  };
  const rangeAgreed = rangeAgreement(history.commits, evidence);
  const touched = worthReadingTouchedPaths(history.commits, evidence) ? await readTouchedPaths(repo, range) : null;
  const agreedOf = new Map<string, AgreedVerdict | null>(files.map((file) => [file.path, rangeAgreed ?? fileAgreement(file, touched, evidence)]));
  // A pull-request signal decides every line: no blame needed.
  const toBlame = evidence.pullRequestSignals.length > 0 ? [] : files.filter((file) => !agreedOf.get(file.path));
  const blames = await blameFiles(repo, range, toBlame, skipped);

  // Decide, line by line; then assemble. git-ai note signals belong to their commit, every
  // other line-level or path signal to the file.
  const noteSignals = new Map<string, Signal[]>();
  const result: FileProvenance[] = [];
  const origins: LineOrigin[] = [];
  const counts = { ai: 0, human: 0, unknown: 0 };
  const aiPaths = compileGlobs(input.config['ai-paths']);
  for (const file of files) {
    const blameByLine = new Map((blames.get(file.path) ?? []).map((blame) => [blame.line, blame]));
    const filePathSignal = pathSignal(file.path, aiPaths);
    const agreed = agreedOf.get(file.path) ?? null;
    let fileSignals: Signal[] = filePathSignal ? [filePathSignal] : [];
    const aiLines: number[] = [];
    const humanLines: number[] = [];
    for (const line of file.addedLines) {
      const decision = decideLine({ path: file.path, line, pathSignal: filePathSignal, agreed, blame: blameByLine.get(line) }, evidence);
      const signal = decision.signal;
      if (signal?.kind === 'line-record') {
        const sha = decision.commits[0] ?? '';
        if (signal.source !== GIT_AI_NOTES_REF) fileSignals = withSignal(fileSignals, signal);
        else if (decision.provenance === 'ai') noteSignals.set(sha, withSignal(noteSignals.get(sha) ?? [], signal));
      }
      counts[decision.provenance]++;
      if (decision.provenance === 'ai') aiLines.push(line);
      else if (decision.provenance === 'human') humanLines.push(line);
      addOrigin(origins, file.path, line, decision);
    }
    result.push({ path: file.path, aiLines, humanLines, ...(fileSignals.length > 0 ? { signals: fileSignals } : {}) });
  }

  const aiCommits: AiCommit[] = history.commits
    .map((commit) => ({ sha: commit.sha, signals: [...(verdicts.get(commit.sha)?.signals ?? []), ...(noteSignals.get(commit.sha) ?? [])] }))
    .filter((commit) => commit.signals.length > 0);

  return {
    mode: input.mode,
    aiCommits,
    pullRequestSignals: evidence.pullRequestSignals,
    files: result,
    counts,
    ...(skipped.length > 0 ? { skipped } : {}),
    origins,
  };
}
