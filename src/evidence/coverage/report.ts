// What every format reader produces: per source file, line hits and branch outcomes, before the
// paths are mapped onto the repository. One shape for all formats keeps merging format-blind.
import type { LineTally } from './tally.js';

export type CoverageFormat = 'lcov' | 'cobertura' | 'istanbul-json' | 'jacoco' | 'clover';

export interface ReportFile {
  /** The paths the report gives for this file, best first (Cobertura: each `<source>` root joined with the filename). */
  candidatePaths: string[];
  /** Line number → execution count (0 = measured, not covered). */
  lines: Map<number, number>;
  /** Line number → branch id → whether the branch was taken. */
  branches: Map<number, Map<string, boolean>>;
}

/** A file read without per-line hits, because no changed line is in it (see `ReadOptions.keepLines`). */
export interface TalliedReportFile {
  candidatePaths: string[];
  tally: LineTally;
  hasBranches: boolean;
}

export interface ReadOptions {
  /**
   * Whether a file's per-line data is needed (a changed file), from its candidate paths; the other files
   * are only tallied, for whole-project coverage. Without it every file keeps its per-line data.
   */
  keepLines?: (candidatePaths: string[]) => boolean;
}

export interface ParsedReport {
  format: CoverageFormat;
  files: ReportFile[];
  /** The files `ReadOptions.keepLines` left out, in report order (readers that honour it: LCOV). */
  tallied?: TalliedReportFile[];
  /**
   * The report's folder, relative to the repository, when it lies inside it. Tools write relative paths
   * from the project they ran in, which is usually a folder above the report (packages/app/coverage/).
   */
  directory?: string;
}

export function newReportFile(candidatePaths: string[]): ReportFile {
  return { candidatePaths, lines: new Map(), branches: new Map() };
}

/** Records hits for a line; counts from several records of one line add up (as lcov and diff-cover do). */
export function addLineHits(file: Pick<ReportFile, 'lines'>, line: number, hits: number): void {
  file.lines.set(line, (file.lines.get(line) ?? 0) + hits);
}

export function addBranch(file: Pick<ReportFile, 'branches'>, line: number, branchId: string, taken: boolean): void {
  let onLine = file.branches.get(line);
  if (!onLine) {
    onLine = new Map();
    file.branches.set(line, onLine);
  }
  onLine.set(branchId, (onLine.get(branchId) ?? false) || taken);
}

/** Formats that only count branches per line (Cobertura, JaCoCo, Clover): `covered` of `total`, numbered. */
export function addBranchCounts(file: ReportFile, line: number, covered: number, total: number): void {
  for (let i = 0; i < total; i++) addBranch(file, line, `#${i}`, i < covered);
}

/** A line number as reports write it: a positive integer, else null. */
export function parseLineNumber(text: unknown): number | null {
  const line = Number(text);
  return Number.isInteger(line) && line > 0 ? line : null;
}

/**
 * An execution count, else null. Some tools write fractional counts, and gcov can wrap to a negative
 * count on overflow: a negative count still means the line was measured, so it counts as 0.
 */
export function parseHits(text: unknown): number | null {
  if (text === undefined || text === null || text === '') return null;
  const hits = Number(text);
  return Number.isFinite(hits) ? Math.max(0, hits) : null;
}
