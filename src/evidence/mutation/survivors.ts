// Surviving mutants as review comments, the way Google shows them: at most one per line (the most
// telling), "arid" lines (logging, message text) left quiet, a mutant that tests run but do not
// notice before one that no test runs (no coverage is the coverage check's to report).
import type { Provenance } from '../../model.js';
import type { LineMutants } from './changed.js';
import type { Mutant } from './report.js';
import { isSurvivor } from './score.js';
import type { RepoPath } from '../../ids.js';

export interface SurvivingMutant {
  path: RepoPath;
  line: number;
  provenance: Provenance;
  mutant: Mutant;
  /** The code the mutant replaced, on one line (cut when longer). */
  original: string;
  /** Surviving mutants on the line that are not shown. */
  othersOnLine: number;
}

/**
 * Mutators whose survival most often means a missing test case (a boundary, a condition, an
 * operator), first. String and regex changes and removed blocks tell less: a surviving `""` for an
 * error message is rarely worth a test.
 */
const TELLING_MUTATORS = [
  'EqualityOperator',
  'ConditionalExpression',
  'LogicalOperator',
  'ArithmeticOperator',
  'UnaryOperator',
  'UpdateOperator',
  'BooleanLiteral',
  'OptionalChaining',
  'MethodExpression',
  'AssignmentOperator',
  'ArrowFunction',
  'ArrayDeclaration',
  'ObjectLiteral',
  'BlockStatement',
  'Regex',
];

/** Mutators that only change text: the lines they sit on are arid for this purpose. */
const ARID_MUTATORS: ReadonlySet<string> = new Set(['StringLiteral']);

/** A call that only logs or reports: mutants on it are arid (Google's "arid nodes"). */
const LOGGING_LINE = /^\s*(?:await\s+)?(?:console|logger|log|this\.logger|this\.log|core)\s*\.\s*(?:log|info|debug|warn|warning|error|trace|notice|startGroup|endGroup)\s*\(/;

const MAX_ORIGINAL_LENGTH = 80;

function rank(mutant: Mutant): number {
  const telling = TELLING_MUTATORS.indexOf(mutant.mutatorName);
  const mutatorRank = telling === -1 ? TELLING_MUTATORS.length : telling;
  // Survived (a test ran it and passed) before NoCoverage (nothing ran it).
  return (mutant.status === 'Survived' ? 0 : 100) + mutatorRank;
}

/** The code a mutant replaced, from the head text, on one line. */
export function originalCode(lines: readonly string[], mutant: Mutant): string {
  const first = lines[mutant.startLine - 1] ?? '';
  const text =
    mutant.startLine === mutant.endLine
      ? first.slice(mutant.startColumn - 1, Math.max(mutant.startColumn - 1, mutant.endColumn - 1))
      : `${first.slice(mutant.startColumn - 1)} …`;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_ORIGINAL_LENGTH ? `${oneLine.slice(0, MAX_ORIGINAL_LENGTH - 1)}…` : oneLine;
}

export function isAridLine(lineText: string): boolean {
  return LOGGING_LINE.test(lineText);
}

/** At most one surviving mutant per added line, arid ones left out. */
export function survivingMutants(path: RepoPath, lines: readonly LineMutants[], headLines: readonly string[]): SurvivingMutant[] {
  const result: SurvivingMutant[] = [];
  for (const { line, provenance, mutants } of lines) {
    if (isAridLine(headLines[line - 1] ?? '')) continue;
    const survivors = mutants.filter((mutant) => isSurvivor(mutant.status) && !ARID_MUTATORS.has(mutant.mutatorName));
    if (survivors.length === 0) continue;
    const best = survivors.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    result.push({ path, line, provenance, mutant: best, original: originalCode(headLines, best), othersOnLine: survivors.length - 1 });
  }
  return result;
}

/** "if this line read `a >= 0` instead of `a > 0`, no test would fail" — plain text; renderers escape it. */
export function survivorMessage(survivor: SurvivingMutant): string {
  const { mutant, original } = survivor;
  const replacement = mutant.replacement === null ? null : mutant.replacement.replace(/\s+/g, ' ').trim().slice(0, MAX_ORIGINAL_LENGTH);
  const change = replacement === null ? `with \`${original}\` changed by ${mutant.mutatorName}` : `read \`${replacement}\` instead of \`${original}\``;
  const more = survivor.othersOnLine > 0 ? ` (${survivor.othersOnLine} more surviving mutant${survivor.othersOnLine === 1 ? '' : 's'} on this line)` : '';
  return mutant.status === 'NoCoverage'
    ? `No test runs this line: if it ${change}, no test would fail (${mutant.mutatorName})${more}`
    : `If this line ${change}, no test would fail (${mutant.mutatorName})${more}`;
}
