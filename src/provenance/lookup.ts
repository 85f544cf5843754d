import type { Provenance, ProvenanceResult } from '../model.js';

/**
 * A per-line lookup over a ProvenanceResult. It also knows which lines of a path have a known
 * provenance, so that a span is looked up over those lines and never over the span's own length
 * (a SARIF `endLine` of 2^53 must not mean 2^53 steps).
 */
export interface ProvenanceLookup {
  (path: string, line: number): Provenance;
  /**
   * The lines of `path` that are `ai` or `human`, ascending; every other line is `unknown`.
   * `makeProvenanceLookup` always sets it; a bare function (a test's stub) has none, and a span
   * is then walked line by line.
   */
  attributedLines?: (path: string) => readonly number[];
}

const NO_LINES: readonly number[] = [];

/** A fast per-line lookup over a ProvenanceResult. */
export function makeProvenanceLookup(result: ProvenanceResult): ProvenanceLookup {
  const byPath = new Map<string, { ai: Set<number>; human: Set<number>; aiLines: readonly number[]; humanLines: readonly number[]; sorted?: readonly number[] }>();
  for (const file of result.files) {
    byPath.set(file.path, { ai: new Set(file.aiLines), human: new Set(file.humanLines), aiLines: file.aiLines, humanLines: file.humanLines });
  }
  const lookup = (path: string, line: number): Provenance => {
    const file = byPath.get(path);
    if (!file) return 'unknown';
    if (file.ai.has(line)) return 'ai';
    if (file.human.has(line)) return 'human';
    return 'unknown';
  };
  // Sorted on first use: only spans (SARIF results, mutants) ask, and only for their paths.
  const attributedLines = (path: string): readonly number[] => {
    const file = byPath.get(path);
    if (!file) return NO_LINES;
    file.sorted ??= [...new Set([...file.aiLines, ...file.humanLines])].sort((a, b) => a - b);
    return file.sorted;
  };
  return Object.assign(lookup, { attributedLines });
}

/** The index of the first element of an ascending list that is at least `value` (the list's length when none is). */
export function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The elements of an ascending list within [start, end]: as many steps as there are such elements, whatever the span. */
export function* withinSpan(sorted: readonly number[], start: number, end: number): Generator<number> {
  for (let index = firstAtLeast(sorted, start); index < sorted.length; index++) {
    const line = sorted[index] ?? 0;
    if (line > end) return;
    yield line;
  }
}

function* everyLine(start: number, end: number): Generator<number> {
  for (let line = start; line <= end; line++) yield line;
}

/** The provenance of a range: `ai` if any line is AI-written, else `human` if any is human, else `unknown`. */
export function provenanceOfRange(lookup: ProvenanceLookup, path: string, startLine: number, endLine: number): Provenance {
  let sawHuman = false;
  for (const line of lookup.attributedLines ? withinSpan(lookup.attributedLines(path), startLine, endLine) : everyLine(startLine, endLine)) {
    const provenance = lookup(path, line);
    if (provenance === 'ai') return 'ai';
    if (provenance === 'human') sawHuman = true;
  }
  return sawHuman ? 'human' : 'unknown';
}
