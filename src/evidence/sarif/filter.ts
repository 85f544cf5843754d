// Filter modes, like reviewdog's: which located results become findings.
import { addedLinesOf } from '../../diff/change-set.js';
import type { ChangedFile } from '../../model.js';
import type { SarifFilterMode } from './config.js';
import type { LineSpan } from './locate.js';

export interface FilterDecision {
  keep: boolean;
  /** Whether the result touches a line the change added. */
  onAddedLine: boolean;
}

/**
 * `added`: the region overlaps an added line. `diff_context`: it overlaps a changed hunk. `file`: it
 * is in a changed file. `nofilter`: anywhere in the repository. A file-level result (no line) is on
 * added lines only when the whole file is new; otherwise it is kept by `file` and `nofilter` alone.
 */
export function decideFilter(mode: SarifFilterMode, file: ChangedFile | undefined, lines: LineSpan | null): FilterDecision {
  const onAddedLine = file !== undefined && touchesAddedLines(file, lines);
  switch (mode) {
    case 'added':
      return { keep: onAddedLine, onAddedLine };
    case 'diff_context':
      return { keep: onAddedLine || (file !== undefined && lines !== null && touchesHunk(file, lines)), onAddedLine };
    case 'file':
      return { keep: file !== undefined && file.status !== 'deleted', onAddedLine };
    case 'nofilter':
      return { keep: true, onAddedLine };
  }
}

function touchesAddedLines(file: ChangedFile, lines: LineSpan | null): boolean {
  if (file.status === 'deleted') return false;
  if (lines === null) return file.status === 'added' && file.addedLines.length > 0;
  return addedLinesOf(file.addedLines).touches(lines.startLine, lines.endLine);
}

function touchesHunk(file: ChangedFile, lines: LineSpan): boolean {
  if (file.status === 'deleted') return false;
  return file.hunks.some((hunk) => hunk.start <= lines.endLine && lines.startLine <= hunk.end);
}
