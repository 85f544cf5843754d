// Deciding, apart from reading: the precedence of docs/provenance.md as an ordered list of
// deciders, each a pure function of one added line and the evidence read for the range. The
// first decider with an answer wins; a line no decider answers is `unknown`.
import type { GlobList } from '../config/glob.js';
import type { Provenance, Signal } from '../model.js';
import type { BlameLine } from './git.js';
import type { LineRecords } from './line-records.js';
import { hasRecords, recordVerdict } from './line-records.js';
import type { CommitInfo } from './signals.js';
import type { RepoPath, Sha } from '../ids.js';

/** What one commit says about the lines it last changed, without line-level records. */
export interface CommitVerdict {
  provenance: Provenance;
  /** Its AI signals, in catalogue order (empty unless `provenance` is `ai`). */
  signals: Signal[];
}

export function commitVerdict(signals: Signal[], authoredByPerson: boolean): CommitVerdict {
  if (signals.length > 0) return { provenance: 'ai', signals };
  return { provenance: authoredByPerson ? 'human' : 'unknown', signals: [] };
}

/** A verdict for a whole file without blame: every commit that could have written its lines agrees. */
export interface AgreedVerdict {
  provenance: Provenance;
  commits: Sha[];
}

/** Everything the deciders may consult, read once per run. */
export interface DecisionEvidence {
  pullRequestSignals: Signal[];
  records: LineRecords;
  commits: ReadonlyMap<string, CommitVerdict>;
}

/** One added line and what is known about it. */
export interface LineFacts {
  path: RepoPath;
  line: number;
  /** The `ai-paths` signal of the file, when a glob matches. */
  pathSignal: Signal | null;
  /** Set when the file needed no blame (see `agreedVerdicts`). */
  agreed: AgreedVerdict | null;
  /** The commit blame put the line on, when blame ran. */
  blame: BlameLine | undefined;
}

export interface Decision {
  provenance: Provenance;
  /** The commits that may have written the line (see LineOrigin). */
  commits: Sha[];
  /** The signal that decided, when one did. */
  signal?: Signal;
}

export type Decider = (facts: LineFacts, evidence: DecisionEvidence) => Decision | null;

/** The signal to show for a commit: its first high-confidence one, else its first. */
export function leadingSignal(signals: readonly Signal[]): Signal | undefined {
  return signals.find((signal) => signal.confidence === 'high') ?? signals[0];
}

/** 2. A pull-request signal (opener, branch, body marker, label) marks every added line. */
const byPullRequest: Decider = (_facts, evidence) => {
  const signal = evidence.pullRequestSignals[0];
  return signal ? { provenance: 'ai', commits: [], signal } : null;
};

/** 3. The path matches `ai-paths`. */
const byPath: Decider = (facts) => (facts.pathSignal ? { provenance: 'ai', commits: [], signal: facts.pathSignal } : null);

/** A blamed line that a commit inside the range wrote; boundary commits are outside the pull request. */
function blamedInRange(facts: LineFacts, evidence: DecisionEvidence): BlameLine | null {
  const blame = facts.blame;
  return blame && !blame.boundary && evidence.commits.has(blame.sha) ? blame : null;
}

/** 4. Line-level records for the commit that last changed the line. */
const byLineRecord: Decider = (facts, evidence) => {
  const blame = blamedInRange(facts, evidence);
  const recorded = blame ? recordVerdict(evidence.records, blame, facts.path) : null;
  return blame && recorded ? { provenance: recorded.provenance, commits: [blame.sha], signal: recorded.signal } : null;
};

/**
 * The decision an agreed verdict gives, made once per verdict and evidence: every line of a file (or of the
 * whole range) shares one, and a 20,000-line change would otherwise build it 20,000 times.
 */
const agreedDecisions = new WeakMap<AgreedVerdict, { evidence: DecisionEvidence; decision: Decision }>();

function agreedDecision(agreed: AgreedVerdict, evidence: DecisionEvidence): Decision {
  const known = agreedDecisions.get(agreed);
  if (known?.evidence === evidence) return known.decision;
  const signal = leadingSignal(agreed.commits.flatMap((sha) => evidence.commits.get(sha)?.signals ?? []));
  const decision: Decision = { provenance: agreed.provenance, commits: agreed.commits, ...(signal ? { signal } : {}) };
  agreedDecisions.set(agreed, { evidence, decision });
  return decision;
}

/** 5. The commit that last changed the line: AI-marked, a person, or a bot. */
const byCommit: Decider = (facts, evidence) => {
  if (facts.agreed) return agreedDecision(facts.agreed, evidence);
  const blame = blamedInRange(facts, evidence);
  const verdict = blame ? evidence.commits.get(blame.sha) : undefined;
  if (!blame || !verdict) return null;
  const signal = leadingSignal(verdict.signals);
  return { provenance: verdict.provenance, commits: [blame.sha], ...(signal ? { signal } : {}) };
};

/** The precedence, in order (step 1, `ai: all|none`, is decided before anything is read). */
export const DECIDERS: readonly Decider[] = [byPullRequest, byPath, byLineRecord, byCommit];

export function decideLine(facts: LineFacts, evidence: DecisionEvidence): Decision {
  for (const decider of DECIDERS) {
    const decision = decider(facts, evidence);
    if (decision) return decision;
  }
  return { provenance: 'unknown', commits: [] };
}

/** The `ai-paths` signal for a path, or null. */
export function pathSignal(path: string, aiPaths: GlobList): Signal | null {
  const glob = aiPaths.matchingPattern(path);
  return glob === null ? null : { kind: 'config', source: 'config:ai-paths', detail: glob, confidence: 'high', id: 'config:ai-paths' };
}

/**
 * When every commit in the range says the same (all by people, or all AI-marked) and no
 * line-level record exists, every added line gets that verdict whichever commit wrote it: blame
 * would only spend one git process per file to say so. Null when the range is mixed.
 */
export function rangeAgreement(commits: readonly CommitInfo[], evidence: DecisionEvidence): AgreedVerdict | null {
  if (hasRecords(evidence.records)) return null;
  const verdicts = new Set(commits.map((commit) => evidence.commits.get(commit.sha)?.provenance ?? 'unknown'));
  const [only] = [...verdicts];
  return verdicts.size === 1 && only ? { provenance: only, commits: commits.map((commit) => commit.sha) } : null;
}

/**
 * Whether reading which commits touched which path could spare blame: only for a mixed range
 * without pull-request signals or records, and without merges (a merge can introduce lines that
 * `git log --no-merges` does not list).
 */
export function worthReadingTouchedPaths(commits: readonly CommitInfo[], evidence: DecisionEvidence): boolean {
  return (
    evidence.pullRequestSignals.length === 0 &&
    rangeAgreement(commits, evidence) === null &&
    !hasRecords(evidence.records) &&
    commits.every((commit) => commit.parents.length <= 1)
  );
}

/** A file changed in place whose commits in the range all agree needs no blame either. */
export function fileAgreement(
  file: { path: string; status: string },
  touched: ReadonlyMap<string, Sha[]> | null,
  evidence: DecisionEvidence,
): AgreedVerdict | null {
  if (!touched || (file.status !== 'added' && file.status !== 'modified')) return null;
  const shas = touched.get(file.path) ?? [];
  const verdicts = new Set(shas.map((sha) => evidence.commits.get(sha)?.provenance ?? 'unknown'));
  const [only] = [...verdicts];
  return verdicts.size === 1 && only ? { provenance: only, commits: shas } : null;
}
