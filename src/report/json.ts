// The JSON report (`--json`, the fork-safe artifact): its format, written once here as a zod schema.
// schema/report.schema.json is generated from it; `parseJsonReport` validates untrusted reports
// (publish mode reads an artifact a pull request produced) with the same schema.
import { z } from 'zod';
import { InputError } from '../errors.js';
import type { Report } from '../model.js';

/** Reports larger than this are refused when read back (an artifact is untrusted input). */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

const line = z.number().int().min(1);
const lines = z.array(line);
const level = z.enum(['error', 'warning', 'note']);
const provenance = z.enum(['ai', 'human', 'unknown']);

const signal = z
  .object({
    kind: z.enum(['line-record', 'commit', 'pull-request', 'config']),
    source: z.string().meta({ description: 'Where it was found, e.g. `trailer:Co-authored-by`, `refs/notes/ai`.' }),
    detail: z.string().meta({ description: 'What was found (untrusted text).' }),
    tool: z.string().optional().meta({ description: 'The assistant, when known: `claude-code`, `copilot`, …' }),
    confidence: z.enum(['high', 'low']),
    id: z.string().optional().meta({ description: 'The catalogue entry or setting that matched.' }),
  })
  .strict();

const coverageCount = z
  .object({
    measured: z.number().int().min(0),
    covered: z.number().int().min(0),
    percent: z.number().min(0).max(100).nullable().meta({ description: 'covered / measured × 100; null when nothing was measured.' }),
  })
  .strict();

const file = z
  .object({
    path: z.string().min(1).meta({ description: 'Repository-relative path at head (at base for a deleted file).' }),
    oldPath: z.string().nullable().meta({ description: 'The path at base for renamed and copied files.' }),
    status: z.enum(['added', 'modified', 'deleted', 'renamed', 'copied']),
    addedLines: lines.meta({ description: 'Head line numbers the change adds, ascending.' }),
    aiLines: lines.meta({ description: 'The added lines attributed to an AI assistant.' }),
    humanLines: lines.meta({ description: 'The added lines attributed to a person; the rest are unknown.' }),
    hunks: z.array(z.object({ start: line, end: line }).strict()),
    binary: z.boolean(),
    submodule: z.boolean(),
    modeOnly: z.boolean(),
  })
  .strict();

const fileCoverage = z
  .object({
    path: z.string().min(1),
    measured: z.number().int().min(0).meta({ description: 'Added lines the coverage reports measure.' }),
    covered: z.number().int().min(0),
    coveredLines: lines,
    uncoveredLines: lines,
    ai: coverageCount.meta({ description: 'The same counts for AI-written lines.' }),
    branches: coverageCount.optional(),
  })
  .strict();

const coverage = z
  .object({
    changed: coverageCount.meta({ description: 'Changed-line coverage of all added lines.' }),
    ai: coverageCount.meta({ description: 'Changed-line coverage of AI-written added lines.' }),
    branches: coverageCount.nullable(),
    files: z.array(fileCoverage),
    unmentioned: z.array(z.string()).meta({ description: 'Changed files with added lines that no coverage report mentions.' }),
    overall: z
      .object({ head: coverageCount, base: coverageCount.nullable(), delta: z.number().nullable() })
      .strict()
      .nullable()
      .meta({ description: 'Whole-project line coverage at head, at base, and the change in percentage points.' }),
    reports: z.array(z.object({ path: z.string(), format: z.string() }).strict()),
  })
  .strict();

const finding = z
  .object({
    ruleId: z.string().min(1),
    level,
    path: z.string().min(1),
    startLine: line,
    endLine: line,
    message: z.string().meta({ description: 'Plain text; untrusted when it comes from a scanner.' }),
    source: z.enum(['ast', 'sarif', 'coverage']),
    provenance,
    fingerprint: z.string().min(1).meta({ description: 'Stable when lines move: rule + path + hash of the code.' }),
    helpUri: z.string().optional(),
    tool: z.string().optional(),
    securitySeverity: z.number().min(0).max(10).optional(),
    tags: z.array(z.string()).optional(),
    onAddedLine: z.boolean().optional(),
  })
  .strict();

const condition = z
  .object({
    id: z.string().min(1).meta({ description: 'e.g. `changed-coverage.ai`, or `… [packages/payments/**]` for a path override.' }),
    status: z.enum(['pass', 'warn', 'fail', 'skipped']),
    actual: z.union([z.number(), z.string()]).nullable(),
    threshold: z.union([z.number(), z.string()]).nullable(),
    message: z.string(),
    operator: z.enum(['>=', '<=']).optional(),
    unit: z.enum(['%', 'pp', 'count']).optional(),
  })
  .strict();

const sarifSummary = z
  .object({
    inputs: z.array(z.object({ path: z.string(), tools: z.array(z.string()), results: z.number().int().min(0) }).strict()),
    kept: z.number().int().min(0),
    outsideFilter: z.number().int().min(0),
    notNew: z.number().int().min(0),
    notFailures: z.number().int().min(0),
    unlocated: z.array(z.object({ tool: z.string(), ruleId: z.string(), location: z.string(), reason: z.string() }).strict()),
  })
  .strict();

const skipped = z.object({ path: z.string(), reason: z.string() }).strict();

export const jsonReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    verdict: z.enum(['pass', 'warn', 'fail']),
    base: z.string().meta({ description: 'Base commit SHA.' }),
    head: z.string().meta({ description: 'Head commit SHA.' }),
    files: z.array(file),
    provenance: z
      .object({
        mode: z.enum(['auto', 'all', 'none']),
        counts: z.object({ ai: z.number().int().min(0), human: z.number().int().min(0), unknown: z.number().int().min(0) }).strict(),
        aiCommits: z.array(z.object({ sha: z.string(), signals: z.array(signal) }).strict()),
        pullRequestSignals: z.array(signal),
        skipped: z.array(skipped).optional().meta({ description: 'Line-level authorship records that could not be read, and why.' }),
      })
      .strict(),
    coverage: coverage.nullable().meta({ description: 'null when no coverage report was given (or it could not be read).' }),
    findings: z.array(finding),
    conditions: z.array(condition).meta({ description: 'Every condition of the policy, with actual against threshold.' }),
    sarif: sarifSummary.nullable().meta({ description: 'What the SARIF inputs held; null without SARIF input.' }),
    missingEvidence: z.array(z.object({ kind: z.enum(['coverage', 'sarif', 'diff']), detail: z.string() }).strict()),
    skipped: z.array(skipped).meta({ description: 'What could not be analysed, and why.' }),
    policyChange: z
      .object({
        path: z.string().min(1),
        source: z.enum(['base', 'head']),
        applied: z.boolean(),
      })
      .strict()
      .optional()
      .meta({ description: 'Present when the change edits the policy file: which revision’s policy judged it (`applied`: the change’s own).' }),
  })
  .strict()
  .meta({ title: 'diffgate report', description: 'The JSON report written by `diffgate --json` (schemaVersion 1).' });

export type JsonReport = z.infer<typeof jsonReportSchema>;

/** The JSON Schema of the report, as committed in schema/report.schema.json. */
export function reportJsonSchema(): object {
  return z.toJSONSchema(jsonReportSchema, { target: 'draft-2020-12', io: 'output' });
}

/** The Report as the documented JSON object: explicit fields only, AI lines per file. */
export function toJsonReport(report: Report): JsonReport {
  const attribution = new Map(report.provenance.files.map((entry) => [entry.path, entry]));
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
      aiCommits: report.provenance.aiCommits.map((commit) => ({ sha: commit.sha, signals: commit.signals.map(pickSignal) })),
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

/** The `--json` report (schemaVersion 1), as text. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
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
    findings: json.findings,
    sarif: json.sarif,
    missingEvidence: json.missingEvidence,
    skipped: json.skipped,
    ...(json.policyChange ? { policyChange: json.policyChange } : {}),
  };
}
