// The JSON report (`--json`, the fork-safe artifact): its format, assembled here from the model's zod
// schemas (src/model.ts, the source of truth). schema/report.schema.json is generated from it; `parseJsonReport` validates untrusted reports
// (publish mode reads an artifact a pull request produced) with the same schema.
import * as z from '../zod.js';
import { InputError } from '../errors.js';
import { shaSchema } from '../ids.js';
import { linesPerCommit, makeAttributor, type Attributor } from './attribution.js';
import {
  AI_MODES,
  changedFileSchema,
  conditionSchema,
  coverageSchema,
  findingSchema,
  missingEvidenceSchema,
  mutationSchema,
  policyChangeSchema,
  sarifSummarySchema,
  signalSchema,
  skippedSchema,
  VERDICT_STATUSES,
  type Report,
} from '../model.js';

/** Reports larger than this are refused when read back (an artifact is untrusted input). */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

const lines = z.array(z.number().check(z.int(), z.gte(1)));

const file = z.extend(changedFileSchema, {
  aiLines: lines.check(z.describe('The added lines attributed to an AI assistant.')),
  humanLines: lines.check(z.describe('The added lines attributed to a person; the rest are unknown.')),
});

export const jsonReportSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    verdict: z.enum(VERDICT_STATUSES),
    base: shaSchema.check(z.describe('Base commit SHA.')),
    head: shaSchema.check(z.describe('Head commit SHA.')),
    files: z.array(file),
    provenance: z.strictObject({
      mode: z.enum(AI_MODES),
      counts: z.strictObject({ ai: z.number().check(z.int(), z.gte(0)), human: z.number().check(z.int(), z.gte(0)), unknown: z.number().check(z.int(), z.gte(0)) }),
      aiCommits: z.array(
        z.strictObject({
          sha: shaSchema,
          signals: z.array(signalSchema),
          addedLines: z
            .optional(z.number().check(z.int(), z.gte(0)))
            .check(z.describe('AI-written added lines placed on this commit alone; absent without per-line records.')),
          sharedLines: z
            .optional(z.number().check(z.int(), z.gte(0)))
            .check(z.describe('AI-written added lines this commit may have written together with other AI commits (no per-line record told them apart).')),
        }),
      ),
      pullRequestSignals: z.array(signalSchema),
      skipped: z.optional(z.array(skippedSchema)).check(z.describe('Line-level authorship records that could not be read, and why.')),
    }),
    coverage: z.nullable(coverageSchema).check(z.describe('null when no coverage report was given (or it could not be read).')),
    mutation: z
      ._default(z.nullable(mutationSchema), null)
      .check(z.describe('Changed-line mutation evidence (docs/mutation.md); null without a mutation report (or when it could not be read).')),
    findings: z.array(findingSchema),
    conditions: z.array(conditionSchema).check(z.describe('Every condition of the policy, with actual against threshold.')),
    sarif: z.nullable(sarifSummarySchema).check(z.describe('What the SARIF inputs held; null without SARIF input.')),
    missingEvidence: z.array(missingEvidenceSchema),
    skipped: z.array(skippedSchema).check(z.describe('What could not be analysed, and why.')),
    policyChange: z
      .optional(policyChangeSchema)
      .check(z.describe('Present when the change edits the policy file: which revision’s policy judged it (`applied`: the change’s own).')),
  })
  .check(z.meta({ title: 'diffgate report', description: 'The JSON report written by `diffgate --json` (schemaVersion 1).' }));

export type JsonReport = z.infer<typeof jsonReportSchema>;

/** The JSON Schema of the report, as committed in schema/report.schema.json. */
export function reportJsonSchema(): object {
  return z.toJSONSchema(jsonReportSchema, { target: 'draft-2020-12', io: 'output' });
}

/**
 * The Report as the documented JSON object: explicit fields only, AI lines per file, and on each
 * AI-written finding the commit and signal behind it (`attribute`: built once per report).
 */
export function toJsonReport(report: Report, attribute: Attributor = makeAttributor(report.provenance)): JsonReport {
  const attribution = new Map(report.provenance.files.map((entry) => [entry.path, entry]));
  const commitLines = linesPerCommit(report.provenance);
  return {
    schemaVersion: 1,
    verdict: report.verdict.status,
    base: report.base,
    head: report.head,
    files: report.files.map((changed) => ({
      path: changed.path,
      oldPath: changed.oldPath,
      status: changed.status,
      addedLines: changed.addedLines,
      ...optional('movedLines', changed.movedLines?.length ? changed.movedLines : undefined),
      aiLines: attribution.get(changed.path)?.aiLines ?? [],
      humanLines: attribution.get(changed.path)?.humanLines ?? [],
      hunks: changed.hunks.map(({ start, end }) => ({ start, end })),
      binary: changed.binary,
      submodule: changed.submodule,
      modeOnly: changed.modeOnly,
    })),
    provenance: {
      mode: report.provenance.mode,
      counts: { ...report.provenance.counts },
      aiCommits: report.provenance.aiCommits.map((commit) => {
        const lines = commitLines?.get(commit.sha);
        return { sha: commit.sha, signals: commit.signals.map(pickSignal), ...(lines ? { addedLines: lines.own, sharedLines: lines.shared } : {}) };
      }),
      pullRequestSignals: report.provenance.pullRequestSignals.map(pickSignal),
      ...optional('skipped', report.provenance.skipped?.map(({ path, reason }) => ({ path, reason }))),
    },
    coverage: report.coverage && {
      changed: report.coverage.changed,
      ai: report.coverage.ai,
      branches: report.coverage.branches,
      files: report.coverage.files.map((entry) => ({
        path: entry.path,
        measured: entry.measured,
        covered: entry.covered,
        coveredLines: entry.coveredLines,
        uncoveredLines: entry.uncoveredLines,
        ai: entry.ai,
        ...(entry.branches ? { branches: entry.branches } : {}),
      })),
      unmentioned: report.coverage.unmentioned,
      overall: report.coverage.overall,
      reports: report.coverage.reports.map(({ path, format }) => ({ path, format })),
    },
    mutation: jsonMutation(report.mutation ?? null),
    findings: report.findings.map((entry) => ({
      ruleId: entry.ruleId,
      level: entry.level,
      path: entry.path,
      startLine: entry.startLine,
      endLine: entry.endLine,
      message: entry.message,
      source: entry.source,
      provenance: entry.provenance,
      fingerprint: entry.fingerprint,
      ...optional('helpUri', entry.helpUri),
      ...optional('tool', entry.tool),
      ...optional('securitySeverity', entry.securitySeverity),
      ...optional('tags', entry.tags),
      ...optional('onAddedLine', entry.onAddedLine),
      ...optional('alsoReportedBy', entry.alsoReportedBy?.map(({ tool, ruleId, level, startLine, endLine }) => ({ tool, ruleId, level, startLine, endLine }))),
      ...optional('attribution', jsonAttribution(attribute(entry))),
    })),
    conditions: report.verdict.conditions.map((entry) => ({
      id: entry.id,
      status: entry.status,
      actual: entry.actual,
      threshold: entry.threshold,
      message: entry.message,
      ...optional('operator', entry.operator),
      ...optional('unit', entry.unit),
    })),
    sarif: report.sarif,
    missingEvidence: report.missingEvidence.map(({ kind, detail }) => ({ kind, detail })),
    skipped: report.skipped.map(({ path, reason }) => ({ path, reason })),
    ...optional('policyChange', report.policyChange ? { ...report.policyChange } : undefined),
  };
}

function jsonAttribution(attribution: ReturnType<Attributor>): JsonReport['findings'][number]['attribution'] {
  if (!attribution) return undefined;
  return { commits: [...attribution.commits], ...optional('signal', attribution.signal && pickSignal(attribution.signal)), text: attribution.text };
}

/** The mutation section's documented fields only (not the in-memory `unmapped`). */
function jsonMutation(mutation: Report['mutation'] & object | null): JsonReport['mutation'] {
  if (!mutation) return null;
  const { unmapped: _unmapped, ...documented } = mutation;
  return documented;
}

function pickSignal(signal: Report['provenance']['aiCommits'][number]['signals'][number]) {
  return {
    kind: signal.kind,
    source: signal.source,
    detail: signal.detail,
    ...optional('tool', signal.tool),
    confidence: signal.confidence,
    ...optional('id', signal.id),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The `--json` report (schemaVersion 1), as text; `attribute` when the caller already built one for the report. */
export function renderJson(report: Report, attribute?: Attributor): string {
  return `${JSON.stringify(toJsonReport(report, attribute), null, 2)}\n`;
}

/**
 * Reads a JSON report back (publish mode: an artifact from a pull request, untrusted): size-capped,
 * validated against the schema, and turned back into a Report for the renderers.
 */
export function parseJsonReport(text: string, origin: string, maxBytes = MAX_REPORT_BYTES): Report {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) throw new InputError(`${origin}: the report is ${bytes} bytes, over the ${maxBytes}-byte limit; was it written by diffgate --json?`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${origin}: not valid JSON (${(error as Error).message}); pass the file diffgate --json wrote`);
  }
  const parsed = jsonReportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    throw new InputError(`${origin}: not a diffgate report (schemaVersion 1): ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return fromJsonReport(parsed.data);
}

function fromJsonReport(json: JsonReport): Report {
  return {
    schemaVersion: 1,
    verdict: { status: json.verdict, conditions: json.conditions },
    base: json.base,
    head: json.head,
    files: json.files.map(({ aiLines: _ai, humanLines: _human, ...changed }) => changed),
    provenance: {
      mode: json.provenance.mode,
      aiCommits: json.provenance.aiCommits,
      pullRequestSignals: json.provenance.pullRequestSignals,
      files: json.files
        .filter((entry) => entry.aiLines.length > 0 || entry.humanLines.length > 0)
        .map((entry) => ({ path: entry.path, aiLines: entry.aiLines, humanLines: entry.humanLines })),
      counts: json.provenance.counts,
      ...(json.provenance.skipped ? { skipped: json.provenance.skipped } : {}),
    },
    coverage: json.coverage,
    mutation: json.mutation,
    findings: json.findings,
    sarif: json.sarif,
    missingEvidence: json.missingEvidence,
    skipped: json.skipped,
    ...(json.policyChange ? { policyChange: json.policyChange } : {}),
  };
}
