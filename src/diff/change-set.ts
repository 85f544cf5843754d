// What a change added, with the one answer to "does this span touch an added line?". Spans come from
// untrusted input (a SARIF region may end at line 2^53), so the answer is a binary search over the
// lines the change really added, never a walk over the span.
import type { ChangedFile } from '../model.js';

export interface AddedLines {
  has(line: number): boolean;
  /** Whether any line from `start` to `end` (inclusive) was added. */
  touches(start: number, end: number): boolean;
}

/** `sorted` must be ascending (ChangedFile.addedLines is). */
export function addedLinesOf(sorted: readonly number[]): AddedLines {
  const firstAtOrAfter = (line: number): number | undefined => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle] ?? 0) < line) low = middle + 1;
      else high = middle;
    }
    return sorted[low];
  };
  return {
    has: (line) => firstAtOrAfter(line) === line,
    touches: (start, end) => {
      const first = firstAtOrAfter(start);
      return first !== undefined && first <= end;
    },
  };
}

export interface ChangeSet {
  readonly files: readonly ChangedFile[];
  file(path: string): ChangedFile | undefined;
  /** The added lines of a path; none for paths the change does not touch or deletes. */
  addedLines(path: string): AddedLines;
  touchesAddedLine(path: string, start: number, end: number): boolean;
}

const NONE = addedLinesOf([]);

export function makeChangeSet(files: readonly ChangedFile[]): ChangeSet {
  // Keyed by plain string: queries come with paths from reports and scanners, which need no brand to miss.
  const byPath = new Map<string, ChangedFile>(files.map((file) => [file.path, file]));
  const lines = new Map<string, AddedLines>();
  const addedLines = (path: string): AddedLines => {
    const file = byPath.get(path);
    if (!file || file.status === 'deleted') return NONE;
    let added = lines.get(path);
    if (!added) lines.set(path, (added = addedLinesOf(file.addedLines)));
    return added;
  };
  return {
    files,
    file: (path) => byPath.get(path),
    addedLines,
    touchesAddedLine: (path, start, end) => addedLines(path).touches(start, end),
  };
}

/**
 * The added lines that are new code: added minus moved (`ChangedFile.movedLines`). What the analysis
 * rules judge; coverage and SARIF keep every added line.
 */
export function newCodeLines(file: ChangedFile): number[] {
  if (!file.movedLines || file.movedLines.length === 0) return file.addedLines;
  const moved = new Set(file.movedLines);
  return file.addedLines.filter((line) => !moved.has(line));
}
