// Reading a mutation report in the open mutation-testing-report-schema (written by StrykerJS,
// Stryker.NET, Stryker4s, and PIT through a plugin). Pure: text in, plain data or an InputError out.
// Only schema version 1 exists; another version is refused rather than guessed at.
import * as z from '../../zod.js';
import { InputError, printableLine } from '../../errors.js';
import { MUTANT_STATUSES } from '../../model.js';

/** Every status the schema defines (listed once, in model.ts, as the JSON report carries them). */
export type MutantStatus = (typeof MUTANT_STATUSES)[number];

/** A 1-based line and column, as the schema defines them. Bounded so no later loop can be driven by a claimed number. */
const position = z.object({
  line: z.number().check(z.int(), z.gte(1), z.lte(2 ** 31)),
  column: z.number().check(z.int(), z.gte(1), z.lte(2 ** 31)),
});

const mutantSchema = z.object({
  id: z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
  mutatorName: z.string().check(z.maxLength(200)),
  replacement: z.optional(z.string()),
  description: z.optional(z.string()),
  status: z.enum(MUTANT_STATUSES),
  statusReason: z.optional(z.string()),
  location: z.object({ start: position, end: position }),
});

const fileSchema = z.object({
  language: z.optional(z.string()),
  source: z.optional(z.string()),
  mutants: z.array(mutantSchema),
});

const reportSchema = z.object({
  schemaVersion: z.string(),
  files: z.record(z.string(), fileSchema),
  projectRoot: z.optional(z.string()),
});

export interface Mutant {
  id: string;
  mutatorName: string;
  /** The code the mutant puts in place of the original (absent in some reports). */
  replacement: string | null;
  status: MutantStatus;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface MutationReportFile {
  /** The path as the report names it (relative to `projectRoot`, or absolute). */
  reportPath: string;
  /** The source the mutants were made from, when the report carries it. */
  source: string | null;
  mutants: Mutant[];
}

export interface MutationReport {
  projectRoot: string | null;
  files: MutationReportFile[];
}

/**
 * Parses one report. `shownPath` names the file in errors. A report of another schema version,
 * or one that is not the schema at all, is an InputError naming the file and the first problem.
 */
export function parseMutationReport(text: string, shownPath: string): MutationReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`mutation report "${shownPath}" is not JSON; give the JSON report of StrykerJS (reporters: ["json"]) or another tool writing the mutation-testing-report-schema`);
  }
  const version = typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version !== 'string' || !/^1(\.\d+)*$/.test(version)) {
    throw new InputError(
      `mutation report "${shownPath}" has schemaVersion ${JSON.stringify(version ?? null)?.slice(0, 40)}; diffgate reads mutation-testing-report-schema version 1`,
    );
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('') : '';
    // The path holds the report's own keys (file paths): shown on one line.
    throw new InputError(`mutation report "${shownPath}" does not follow the mutation-testing-report-schema at ${printableLine(where) || 'the top'}: ${issue?.message ?? 'invalid'}`);
  }
  return {
    projectRoot: parsed.data.projectRoot ?? null,
    files: Object.entries(parsed.data.files).map(([reportPath, file]) => ({
      reportPath,
      source: file.source ?? null,
      mutants: file.mutants.map((mutant) => ({
        id: mutant.id,
        mutatorName: mutant.mutatorName,
        replacement: mutant.replacement ?? null,
        status: mutant.status,
        startLine: mutant.location.start.line,
        startColumn: mutant.location.start.column,
        endLine: mutant.location.end.line,
        endColumn: mutant.location.end.column,
      })),
    })),
  };
}
