// The JSON report (schemaVersion 1) as a zod schema, for `mode: publish`: the report comes from an
// artifact written by a pull request's workflow, so it is untrusted data and checked field by field
// before anything is rendered from it. Mirrors src/model.ts; unknown keys are dropped (a newer
// writer may add optional fields), wrong types and out-of-range values are refused.
import { z } from 'zod';
import type { Report } from '../model.js';

const line = z.number().int().positive();
const sha = z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, 'a full commit SHA');
const text = z.string().max(100_000);
const path = z.string().min(1).max(4096);
const lines = z.array(line);

const count = z.object({ measured: z.number().int().nonnegative(), covered: z.number().int().nonnegative(), percent: z.number().min(0).max(100).nullable() });

const signal = z.object({
  kind: z.enum(['line-record', 'commit', 'pull-request', 'config']),
  source: text,
  detail: text,
  tool: text.optional(),
  confidence: z.enum(['high', 'low']),
  id: z.string().max(1000).optional(),
});

const changedFile = z.object({
  path,
  oldPath: path.nullable(),
  status: z.enum(['added', 'modified', 'deleted', 'renamed', 'copied']),
  addedLines: lines,
  hunks: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
  binary: z.boolean(),
  submodule: z.boolean(),
  modeOnly: z.boolean(),
});

const finding = z.object({
  ruleId: z.string().min(1).max(1000),
  level: z.enum(['error', 'warning', 'note']),
  path,
  startLine: line,
  endLine: line,
  message: text,
  source: z.enum(['ast', 'sarif', 'coverage']),
  provenance: z.enum(['ai', 'human', 'unknown']),
  fingerprint: z.string().max(1000),
  helpUri: z.string().max(4096).optional(),
  tool: z.string().max(1000).optional(),
  securitySeverity: z.number().min(0).max(10).optional(),
  tags: z.array(z.string().max(1000)).optional(),
  onAddedLine: z.boolean().optional(),
});

const condition = z.object({
  id: z.string().min(1).max(200),
  status: z.enum(['pass', 'warn', 'fail', 'skipped']),
  actual: z.union([z.number(), text]).nullable(),
  threshold: z.union([z.number(), text]).nullable(),
  message: text,
});

const fileCoverage = z.object({
  path,
  measured: z.number().int().nonnegative(),
  covered: z.number().int().nonnegative(),
  coveredLines: lines,
  uncoveredLines: lines,
  ai: count,
  branches: count.optional(),
});

const coverage = z.object({
  changed: count,
  ai: count,
  branches: count.nullable(),
  files: z.array(fileCoverage),
  unmentioned: z.array(path),
  overall: z.object({ head: count, base: count.nullable(), delta: z.number().nullable() }).nullable(),
  reports: z.array(z.object({ path, format: z.string().max(100) })),
});

const sarifSummary = z.object({
  inputs: z.array(z.object({ path, tools: z.array(z.string().max(1000)), results: z.number().int().nonnegative() })),
  kept: z.number().int().nonnegative(),
  outsideFilter: z.number().int().nonnegative(),
  notNew: z.number().int().nonnegative(),
  notFailures: z.number().int().nonnegative(),
  unlocated: z.array(z.object({ tool: text, ruleId: text, location: text, reason: text })),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  verdict: z.object({ status: z.enum(['pass', 'warn', 'fail']), conditions: z.array(condition) }),
  base: sha,
  head: sha,
  files: z.array(changedFile),
  provenance: z.object({
    mode: z.enum(['auto', 'all', 'none']),
    aiCommits: z.array(z.object({ sha, signals: z.array(signal) })),
    pullRequestSignals: z.array(signal),
    files: z.array(z.object({ path, aiLines: lines, humanLines: lines, signals: z.array(signal).optional() })),
    counts: z.object({ ai: z.number().int().nonnegative(), human: z.number().int().nonnegative(), unknown: z.number().int().nonnegative() }),
    skipped: z.array(z.object({ path: z.string().max(4096), reason: text })).optional(),
  }),
  coverage: coverage.nullable(),
  findings: z.array(finding),
  sarif: sarifSummary.nullable(),
  missingEvidence: z.array(z.object({ kind: z.enum(['coverage', 'sarif', 'diff']), detail: text })),
  skipped: z.array(z.object({ path: z.string().max(4096), reason: text })),
});

// A compile-time check that the schema and the model agree (fails `tsc` when a type drifts; a new
// optional field in the model is not caught here: add it above, or it is dropped when publishing).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<z.infer<typeof reportSchema>, Report> = true;
void schemaMatchesModel;
