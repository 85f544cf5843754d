// The data model every stage shares. Plain data only: no classes with behaviour, no I/O.
// Line numbers are 1-based and always refer to the head version of a file.

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied';

/** An inclusive range of head-version line numbers. */
export interface LineRange {
  start: number;
  end: number;
}

export interface ChangedFile {
  /** Repository-relative path at head (for a deleted file: the path it had at base). POSIX separators. */
  path: string;
  /** The path at base for renamed and copied files, otherwise null. */
  oldPath: string | null;
  status: FileStatus;
  /** Head line numbers this change adds (or rewrites), ascending, without duplicates. */
  addedLines: number[];
  /** The hunks' extents in the head version, for `diff_context` filtering. */
  hunks: LineRange[];
  binary: boolean;
  /** A gitlink (submodule pointer) change: no lines to analyse. */
  submodule: boolean;
  /** Only the file mode changed (e.g. chmod +x). */
  modeOnly: boolean;
}

export type Provenance = 'ai' | 'human' | 'unknown';

export type SignalKind = 'line-record' | 'commit' | 'pull-request' | 'config';

/** One piece of evidence that some code was (or was not) written by an AI assistant. */
export interface Signal {
  kind: SignalKind;
  /** Where it was found: e.g. `trailer:Co-authored-by`, `author`, `refs/notes/ai`, `pr:branch`. */
  source: string;
  /** What was found, verbatim enough to check by hand (untrusted text: sanitise before posting). */
  detail: string;
  /** Which assistant, when known: `claude-code`, `copilot`, `cursor`, … */
  tool?: string;
  confidence: 'high' | 'low';
  /** The catalogue entry (or `config:…` setting) that matched, so users can switch it off. */
  id?: string;
}

export interface AiCommit {
  sha: string;
  signals: Signal[];
}

export interface ProvenanceCounts {
  ai: number;
  human: number;
  unknown: number;
}

export interface FileProvenance {
  path: string;
  aiLines: number[];
  humanLines: number[];
  /** The remaining added lines are `unknown`. */

  /** Signals that apply to lines of this file rather than to a commit (ai-paths, line-level records). */
  signals?: Signal[];
}

export interface ProvenanceResult {
  mode: 'auto' | 'all' | 'none';
  aiCommits: AiCommit[];
  /** Signals that mark the whole pull request (opener, branch, body markers, labels). */
  pullRequestSignals: Signal[];
  files: FileProvenance[];
  counts: ProvenanceCounts;
  /** Line-level records that could not be read (malformed note or trace line), with why. */
  skipped?: Skipped[];
  /** Per group of added lines: which commit wrote them and which signal decided (see src/provenance/origins.ts). */
  origins?: LineOrigin[];
}

/** Added lines of one file that got their provenance from the same commits and the same signal. */
export interface LineOrigin {
  path: string;
  lines: number[];
  provenance: Provenance;
  /** The commits that may have written the lines: one when blame placed them; several when every commit of the range (or of the file) agreed and no blame ran; none for a pull-request or path verdict. */
  commits: string[];
  /** The signal that decided; absent when the author being a person (`human`) or a bot or an unplaced line (`unknown`) decided. */
  signal?: Signal;
}

export type Level = 'error' | 'warning' | 'note';
export type FindingSource = 'ast' | 'sarif' | 'coverage';

export interface Finding {
  ruleId: string;
  level: Level;
  path: string;
  startLine: number;
  endLine: number;
  /** Plain text (untrusted when it comes from SARIF). Renderers escape it. */
  message: string;
  source: FindingSource;
  provenance: Provenance;
  /** Stable when lines move: rule + path + hash of the normalised code it points at. */
  fingerprint: string;
  helpUri?: string;
  /** The SARIF tool that reported it (source `sarif`). */
  tool?: string;
  /** SARIF `security-severity` (0-10) when the scanner gave one. */
  securitySeverity?: number;
  tags?: string[];
  /** Whether the finding touches lines the change added (false in `diff_context`/`file`/`nofilter` modes). */
  onAddedLine?: boolean;
}

export interface CoverageCount {
  measured: number;
  covered: number;
  /** covered / measured × 100, or null when nothing was measured. */
  percent: number | null;
}

export interface FileCoverage {
  path: string;
  measured: number;
  covered: number;
  /** Added lines the reports measure and some report covers. */
  coveredLines: number[];
  uncoveredLines: number[];
  /** Same counts restricted to AI-written lines. */
  ai: CoverageCount;
  /** Branch counts on added lines, when the format has branches. */
  branches?: CoverageCount;
}

export interface CoverageResult {
  /** All added lines. */
  changed: CoverageCount;
  /** AI-written added lines. */
  ai: CoverageCount;
  /** Branches on added lines, when any report has branch data. */
  branches: CoverageCount | null;
  files: FileCoverage[];
  /** Changed files (with added lines) that no report mentions: listed, never dropped. */
  unmentioned: string[];
  /** Whole-project line coverage from the head reports, and from base reports when given. */
  overall: { head: CoverageCount; base: CoverageCount | null; delta: number | null } | null;
  /** The report files read, with the format detected. */
  reports: { path: string; format: string }[];
  /** Files the reports name that map onto no repository path: how many, and the first few with why. */
  unmapped?: { count: number; examples: Skipped[] };
}

export type ConditionStatus = 'pass' | 'warn' | 'fail' | 'skipped';

export interface ConditionResult {
  id: string;
  status: ConditionStatus;
  /** What was measured: a percentage, a count, or a short text. */
  actual: number | string | null;
  threshold: number | string | null;
  message: string;
  /** How `actual` is held against `threshold`: `>=` a minimum, `<=` a maximum (for renderers). */
  operator?: '>=' | '<=';
  /** The unit of `actual` and `threshold`: a percentage, percentage points, or a count. */
  unit?: '%' | 'pp' | 'count';
}

export type VerdictStatus = 'pass' | 'warn' | 'fail';

export interface Verdict {
  status: VerdictStatus;
  conditions: ConditionResult[];
}

/** Something that could not be analysed, and why. Never silently dropped. */
export interface Skipped {
  path: string;
  reason: string;
}

export interface Report {
  schemaVersion: 1;
  verdict: Verdict;
  base: string;
  head: string;
  files: ChangedFile[];
  provenance: ProvenanceResult;
  coverage: CoverageResult | null;
  findings: Finding[];
  sarif: SarifSummary | null;
  missingEvidence: MissingEvidence[];
  skipped: Skipped[];
}

/** What the SARIF inputs held beyond the findings kept: counted and listed, never silently dropped. */
export interface SarifSummary {
  inputs: { path: string; tools: string[]; results: number }[];
  /** Results kept as findings (after the filter mode). */
  kept: number;
  /** Results on files or lines outside what the filter mode keeps. */
  outsideFilter: number;
  /** Suppressed (accepted) results and baselineState unchanged/absent: not new. */
  notNew: number;
  /** Results that are not failures (`kind` other than `fail`). */
  notFailures: number;
  /** Results with no location, or a location outside the repository, with why. */
  unlocated: { tool: string; ruleId: string; location: string; reason: string }[];
}

/** Evidence that was asked for but could not be had; the policy decides what it means. */
export interface MissingEvidence {
  kind: 'coverage' | 'sarif' | 'diff';
  detail: string;
}
