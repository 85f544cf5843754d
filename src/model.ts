// The data model every stage shares. Plain data only: no classes with behaviour, no I/O.
// Line numbers are 1-based and always refer to the head version of a file.
//
// The zod schemas below are the source of truth for everything the JSON report carries: the types
// derive from them, and report/json.ts assembles the report's schema (and schema/report.schema.json)
// from the same pieces. Where the in-memory form must differ (provenance per file, the verdict's
// nesting, coverage's unmapped paths) the types below say so, and report/json.ts holds the one
// explicit projection between the two, tested by a round trip.
import * as z from './zod.js';
import { repoPathSchema, ruleIdSchema, shaSchema, type RepoPath, type Sha } from './ids.js';

export type { RepoPath, RuleId, Sha } from './ids.js';

/** Finding levels, most severe first. */
export const LEVELS = ['error', 'warning', 'note'] as const;
/** The one level order: higher is more severe. Sort descending with `LEVEL_RANK[b] - LEVEL_RANK[a]`. */
export const LEVEL_RANK: Readonly<Record<(typeof LEVELS)[number], number>> = { note: 0, warning: 1, error: 2 };
export const PROVENANCES = ['ai', 'human', 'unknown'] as const;
export const FINDING_SOURCES = ['ast', 'sarif', 'coverage', 'mutation'] as const;
export const FILE_STATUSES = ['added', 'modified', 'deleted', 'renamed', 'copied'] as const;
export const SIGNAL_KINDS = ['line-record', 'commit', 'pull-request', 'config'] as const;
export const VERDICT_STATUSES = ['pass', 'warn', 'fail'] as const;
export const CONDITION_STATUSES = [...VERDICT_STATUSES, 'skipped'] as const;
export const AI_MODES = ['auto', 'all', 'none'] as const;
export const EVIDENCE_KINDS = ['coverage', 'sarif', 'diff', 'mutation'] as const;
export const MUTANT_STATUSES = ['Killed', 'Survived', 'NoCoverage', 'Timeout', 'CompileError', 'RuntimeError', 'Ignored', 'Pending'] as const;

const line = z.number().check(z.int(), z.gte(1));
const lines = z.array(line);
export const levelSchema = z.enum(LEVELS);
export const provenanceSchema = z.enum(PROVENANCES);

export const lineRangeSchema = z.strictObject({ start: line, end: line });

export const changedFileSchema = z.strictObject({
  path: repoPathSchema.check(z.describe('Repository-relative path at head (at base for a deleted file).')),
  oldPath: z.nullable(repoPathSchema).check(z.describe('The path at base for renamed and copied files.')),
  status: z.enum(FILE_STATUSES),
  addedLines: lines.check(z.describe('Head line numbers the change adds, ascending.')),
  movedLines: z
    .optional(lines)
    .check(
      z.describe(
        'Added lines whose code the same change removes elsewhere (moved, re-indented or re-wrapped): counted for coverage, not judged by the analysis rules. Absent when none.',
      ),
    ),
  hunks: z.array(lineRangeSchema),
  binary: z.boolean(),
  submodule: z.boolean(),
  modeOnly: z.boolean(),
});

export const signalSchema = z.strictObject({
  kind: z.enum(SIGNAL_KINDS),
  source: z.string().check(z.describe('Where it was found, e.g. `trailer:Co-authored-by`, `refs/notes/ai`.')),
  detail: z.string().check(z.describe('What was found (untrusted text).')),
  tool: z.optional(z.string()).check(z.describe('The assistant, when known: `claude-code`, `copilot`, …')),
  confidence: z.enum(['high', 'low']),
  id: z.optional(z.string()).check(z.describe('The catalogue entry or setting that matched.')),
});

export const coverageCountSchema = z.strictObject({
  measured: z.number().check(z.int(), z.gte(0)),
  covered: z.number().check(z.int(), z.gte(0)),
  percent: z.nullable(z.number().check(z.gte(0), z.lte(100))).check(z.describe('covered / measured × 100; null when nothing was measured.')),
});

export const fileCoverageSchema = z.strictObject({
  path: repoPathSchema,
  measured: z.number().check(z.int(), z.gte(0), z.describe('Added lines the coverage reports measure.')),
  covered: z.number().check(z.int(), z.gte(0)),
  coveredLines: lines,
  uncoveredLines: lines,
  ai: coverageCountSchema.check(z.describe('The same counts for AI-written lines.')),
  branches: z.optional(coverageCountSchema),
});

export const coverageSchema = z.strictObject({
  changed: coverageCountSchema.check(z.describe('Changed-line coverage of all added lines.')),
  ai: coverageCountSchema.check(z.describe('Changed-line coverage of AI-written added lines.')),
  branches: z.nullable(coverageCountSchema),
  files: z.array(fileCoverageSchema),
  unmentioned: z.array(repoPathSchema).check(z.describe('Changed files with added lines that no coverage report mentions.')),
  overall: z
    .nullable(z.strictObject({ head: coverageCountSchema, base: z.nullable(coverageCountSchema), delta: z.nullable(z.number()) }))
    .check(z.describe('Whole-project line coverage at head, at base, and the change in percentage points.')),
  reports: z.array(z.strictObject({ path: z.string(), format: z.string() })),
});

const mutantCount = z.number().check(z.int(), z.gte(0));

export const mutationCountSchema = z.strictObject({
  killed: mutantCount,
  timeout: mutantCount,
  survived: mutantCount,
  noCoverage: mutantCount,
  invalid: mutantCount.check(z.describe('CompileError and RuntimeError: not counted in the score.')),
  ignored: mutantCount.check(z.describe('Ignored and Pending: not tested, not counted in the score.')),
  valid: mutantCount.check(z.describe('killed + timeout + survived + noCoverage.')),
  score: z
    .nullable(z.number().check(z.gte(0), z.lte(100)))
    .check(z.describe('(killed + timeout) / valid × 100, as Stryker counts it; null when no valid mutant is on the lines.')),
});

export const survivingMutantSchema = z.strictObject({
  path: repoPathSchema,
  line: line.check(z.describe('The added line the mutant starts on.')),
  provenance: provenanceSchema,
  mutator: z.string().check(z.describe('The mutator, e.g. `EqualityOperator` (untrusted text).')),
  status: z.enum(MUTANT_STATUSES),
  original: z.string().check(z.describe('The code the mutant replaced, on one line (from the file at head).')),
  replacement: z.nullable(z.string()).check(z.describe('What the mutant put there (untrusted text); null when the report does not say.')),
});

export const mutationSchema = z.strictObject({
  all: mutationCountSchema.check(z.describe('Mutants that start on added lines.')),
  ai: mutationCountSchema.check(z.describe('Mutants that start on AI-written added lines.')),
  files: z.array(
    z.strictObject({
      path: repoPathSchema,
      all: mutationCountSchema,
      ai: mutationCountSchema,
      survivingLines: lines.check(z.describe('Added lines with a surviving mutant shown as a finding.')),
    }),
  ),
  survivors: z.array(survivingMutantSchema).check(z.describe('At most one surviving mutant per added line; arid lines left out.')),
  unmentioned: z.array(repoPathSchema).check(z.describe('Changed files with added lines in a mutable language that no mutation report mentions.')),
  skipped: z
    .array(z.strictObject({ path: z.string(), reason: z.string() }))
    .check(z.describe('Changed files the reports name but could not be used for, and why.')),
  reports: z.array(z.strictObject({ path: z.string(), mutants: z.number().check(z.int(), z.gte(0)) })),
});

/** Why an AI-written finding's lines count as AI-written: the commit(s) and the signal. */
export const findingAttributionSchema = z.strictObject({
  commits: z
    .array(shaSchema)
    .check(
      z.describe(
        'Full SHAs of the AI-marked commits that may have written the lines: one when blame placed them; several candidates when no per-line record could tell; none for a pull-request, path or `ai: all` verdict.',
      ),
    ),
  signal: z.optional(signalSchema).check(z.describe('The signal that made the lines AI-written, when one decided.')),
  text: z.string().check(z.describe('The same in one line, e.g. `3c61862 · Co-Authored-By: Claude` (untrusted text from commits).')),
});

export const findingSchema = z.strictObject({
  ruleId: ruleIdSchema,
  level: levelSchema,
  path: repoPathSchema,
  startLine: line,
  endLine: line,
  message: z.string().check(z.describe('Plain text; untrusted when it comes from a scanner.')),
  source: z.enum(FINDING_SOURCES),
  provenance: provenanceSchema,
  fingerprint: z.string().check(z.minLength(1), z.describe('Stable when lines move: rule + path + hash of the code.')),
  helpUri: z.optional(z.string()),
  tool: z.optional(z.string()),
  securitySeverity: z.optional(z.number().check(z.gte(0), z.lte(10))),
  tags: z.optional(z.array(z.string())),
  onAddedLine: z.optional(z.boolean()),
  alsoReportedBy: z
    .optional(
      z.array(
        z.strictObject({
          tool: z.string(),
          ruleId: ruleIdSchema,
          level: z.enum(['error', 'warning', 'note']),
          startLine: z.number().check(z.int(), z.gte(1)),
          endLine: z.number().check(z.int(), z.gte(1)),
        }),
      ),
    )
    .check(z.describe('Scanner results of the same problem on the same lines (e.g. ESLint no-empty for empty-catch), folded into this finding and counted once.')),
  attribution: z
    .optional(findingAttributionSchema)
    .check(
      z.describe(
        'AI-written findings only: which commit and signal made the lines AI-written. Written by the JSON report; in memory the renderers derive it from the provenance.',
      ),
    ),
});

export const conditionSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.describe('e.g. `changed-coverage.ai`, or `… [packages/payments/**]` for a path override.')),
  status: z.enum(CONDITION_STATUSES),
  actual: z.nullable(z.union([z.number(), z.string()])),
  threshold: z.nullable(z.union([z.number(), z.string()])),
  message: z.string(),
  operator: z.optional(z.enum(['>=', '<='])),
  unit: z.optional(z.enum(['%', 'pp', 'count'])),
});

export const sarifSummarySchema = z.strictObject({
  inputs: z.array(z.strictObject({ path: z.string(), tools: z.array(z.string()), results: z.number().check(z.int(), z.gte(0)) })),
  kept: z.number().check(z.int(), z.gte(0)),
  outsideFilter: z.number().check(z.int(), z.gte(0)),
  notNew: z.number().check(z.int(), z.gte(0)),
  notFailures: z.number().check(z.int(), z.gte(0)),
  silenced: z
    .optional(z.number().check(z.int(), z.gte(0)))
    .check(
      z.describe(
        'Results a diffgate line directive silenced: the directive silenced the diffgate rule reporting the same problem on the same lines (docs/analysis.md). Not counted in `kept`.',
      ),
    ),
  unlocated: z.array(z.strictObject({ tool: z.string(), ruleId: z.string(), location: z.string(), reason: z.string() })),
});

export const skippedSchema = z.strictObject({ path: z.string(), reason: z.string() });

export const missingEvidenceSchema = z.strictObject({ kind: z.enum(EVIDENCE_KINDS), detail: z.string() });

export const policyChangeSchema = z.strictObject({
  path: z.string().check(z.minLength(1), z.describe('The policy file, relative to the repository folder.')),
  source: z.enum(['base', 'head']).check(z.describe('Where the applied policy came from.')),
  applied: z.boolean().check(z.describe('True when the change’s own version was applied (`policy-source: head`).')),
});

export type Level = z.infer<typeof levelSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type FindingSource = (typeof FINDING_SOURCES)[number];
export type FileStatus = (typeof FILE_STATUSES)[number];
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];
/** An inclusive range of head-version line numbers. */
export type LineRange = z.infer<typeof lineRangeSchema>;
/** A changed file; `addedLines` ascending without duplicates. POSIX separators. */
export type ChangedFile = z.infer<typeof changedFileSchema>;
/** One piece of evidence that some code was (or was not) written by an AI assistant (untrusted text). */
export type Signal = z.infer<typeof signalSchema>;
export type CoverageCount = z.infer<typeof coverageCountSchema>;
export type FileCoverage = z.infer<typeof fileCoverageSchema>;
export type MutationCount = z.infer<typeof mutationCountSchema>;
export type SurvivingMutantSummary = z.infer<typeof survivingMutantSchema>;
/** Changed-line mutation evidence in memory: the JSON form plus the report paths that mapped nowhere. */
export type MutationSummary = z.infer<typeof mutationSchema> & {
  unmapped?: { count: number; examples: Skipped[] };
};
/** A finding: `message` is plain text (untrusted when it comes from SARIF); renderers escape it. */
export type Finding = z.infer<typeof findingSchema>;
export type FindingAttribution = z.infer<typeof findingAttributionSchema>;
export type ConditionResult = z.infer<typeof conditionSchema>;
/** What the SARIF inputs held beyond the findings kept: counted and listed, never silently dropped. */
export type SarifSummary = z.infer<typeof sarifSummarySchema>;
/** Something that could not be analysed, and why. Never silently dropped. */
export type Skipped = z.infer<typeof skippedSchema>;
/** Evidence that was asked for but could not be had; the policy decides what it means. */
export type MissingEvidence = z.infer<typeof missingEvidenceSchema>;
/** A change that edits the policy file. By default the base's policy judges it (`applied` false). */
export type PolicyChange = z.infer<typeof policyChangeSchema>;

/** Changed-line coverage in memory: the JSON form plus what only the log and the stages use. */
export type CoverageResult = z.infer<typeof coverageSchema> & {
  /** Files the reports name that map onto no repository path: how many, and the first few with why. */
  unmapped?: { count: number; examples: Skipped[] };
};

export interface AiCommit {
  sha: Sha;
  signals: Signal[];
  /** Added lines placed on this commit alone; set when read back from a JSON report (a fresh run counts them from `origins`). */
  addedLines?: number;
  /** Added lines this commit wrote together with other AI commits that no per-line record told apart; as `addedLines`. */
  sharedLines?: number;
}

export interface ProvenanceCounts {
  ai: number;
  human: number;
  unknown: number;
}

export interface FileProvenance {
  path: RepoPath;
  aiLines: number[];
  humanLines: number[];
  /** The remaining added lines are `unknown`. */

  /** Signals that apply to lines of this file rather than to a commit (ai-paths, line-level records). */
  signals?: Signal[];
}

export interface ProvenanceResult {
  mode: (typeof AI_MODES)[number];
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
  path: RepoPath;
  lines: number[];
  provenance: Provenance;
  /** The commits that may have written the lines: one when blame placed them; several when every commit of the range (or of the file) agreed and no blame ran; none for a pull-request or path verdict. */
  commits: Sha[];
  /** The signal that decided; absent when the author being a person (`human`) or a bot or an unplaced line (`unknown`) decided. */
  signal?: Signal;
}

export interface Verdict {
  status: VerdictStatus;
  conditions: ConditionResult[];
}

export interface Report {
  schemaVersion: 1;
  verdict: Verdict;
  base: Sha;
  head: Sha;
  files: ChangedFile[];
  provenance: ProvenanceResult;
  coverage: CoverageResult | null;
  /** Changed-line mutation evidence; null (or absent) without a mutation report. */
  mutation?: MutationSummary | null;
  findings: Finding[];
  sarif: SarifSummary | null;
  missingEvidence: MissingEvidence[];
  skipped: Skipped[];
  /** Set when the change edits the policy file: whether its version or the base's was applied. */
  policyChange?: PolicyChange | null;
}
