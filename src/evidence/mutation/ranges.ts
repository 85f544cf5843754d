// `diffgate ranges`: the added (or AI-written) lines of a change as StrykerJS `mutate` entries
// (`src/a.ts:12-30`), so a workflow mutates exactly the lines a pull request adds. Stryker mutates
// the mutants that start and end inside a range, which is how diffgate counts them back (a mutant
// belongs to the line it starts on).
import { extname } from 'node:path';
import type { ChangedFile, Provenance } from '../../model.js';

/** What StrykerJS's instrumenter can mutate. */
const MUTABLE_EXTENSIONS: ReadonlySet<string> = new Set(['.js', '.jsx', '.ts', '.tsx', '.mjs', '.cjs', '.mts', '.cts', '.vue', '.svelte']);

export interface MutateRange {
  path: string;
  start: number;
  end: number;
}

export interface RangesResult {
  ranges: MutateRange[];
  /** Changed files left out, with why (tests, declaration files, paths Stryker's syntax cannot carry). */
  left: { path: string; reason: string }[];
}

export type RangesFormat = 'stryker' | 'json' | 'lines';

export interface RangesOptions {
  aiOnly: boolean;
  provenance: (path: string, line: number) => Provenance;
  /** Test files are not mutated: their "mutants" say nothing about the code under review. */
  isTestFile: (path: string) => boolean;
}

/** Consecutive lines become one range. `lines` ascending. */
export function contiguousRanges(lines: readonly number[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const line of lines) {
    const last = ranges[ranges.length - 1];
    if (last && line === last.end + 1) last.end = line;
    else ranges.push({ start: line, end: line });
  }
  return ranges;
}

export function mutateRanges(files: readonly ChangedFile[], options: RangesOptions): RangesResult {
  const ranges: MutateRange[] = [];
  const left: RangesResult['left'] = [];
  for (const file of files) {
    if (file.status === 'deleted' || file.binary || file.submodule || file.addedLines.length === 0) continue;
    const extension = extname(file.path).toLowerCase();
    if (!MUTABLE_EXTENSIONS.has(extension)) continue;
    if (file.path.endsWith('.d.ts') || file.path.endsWith('.d.mts') || file.path.endsWith('.d.cts')) {
      left.push({ path: file.path, reason: 'a type declaration file has nothing to mutate' });
      continue;
    }
    if (options.isTestFile(file.path)) {
      left.push({ path: file.path, reason: 'a test file: mutants in tests say nothing about the code under review' });
      continue;
    }
    // Stryker splits `--mutate` on commas and reads `:` before the range: such paths cannot be named.
    if (/[,\n]/.test(file.path) || /:\d+-\d+$/.test(file.path)) {
      left.push({ path: file.path, reason: 'its name cannot be written in Stryker\'s mutate syntax' });
      continue;
    }
    const lines = options.aiOnly ? file.addedLines.filter((line) => options.provenance(file.path, line) === 'ai') : file.addedLines;
    for (const range of contiguousRanges(lines)) ranges.push({ path: file.path, ...range });
  }
  return { ranges, left };
}

function entry(range: MutateRange): string {
  return `${range.path}:${range.start}-${range.end}`;
}

/**
 * `stryker`: one line, comma-separated, for `stryker run --mutate "$(diffgate ranges)"`;
 * `lines`: one entry a line; `json`: the ranges as an array (for a stryker.config.json `mutate`).
 */
export function formatRanges(ranges: readonly MutateRange[], format: RangesFormat): string {
  switch (format) {
    case 'stryker':
      return ranges.map(entry).join(',') + '\n';
    case 'lines':
      return ranges.map((range) => entry(range) + '\n').join('');
    case 'json':
      return JSON.stringify(ranges.map(entry), null, 2) + '\n';
  }
}
