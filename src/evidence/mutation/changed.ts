// Mutants on the lines a change adds. A mutant belongs to the line it starts on: that is the line a
// reviewer reads it at, and it is how `diffgate ranges` asks Stryker to mutate (a range holds the
// mutants that start and end inside it). Pure: the caller reads the reports and the head files.
import type { ChangedFile, Provenance } from '../../model.js';
import type { Mutant, MutationReportFile } from './report.js';
import { addStatus, emptyCount, strongerStatus, type MutationCount } from './score.js';
import type { RepoPath } from '../../ids.js';

export interface LineMutants {
  line: number;
  provenance: Provenance;
  mutants: Mutant[];
}

export interface FileMutation {
  path: RepoPath;
  all: MutationCount;
  ai: MutationCount;
  /** Added lines that carry at least one mutant, ascending. */
  lines: LineMutants[];
}

export interface ChangedLineMutation {
  all: MutationCount;
  ai: MutationCount;
  files: FileMutation[];
  /** Changed files the reports mention but could not be used for, with why. */
  skipped: { path: string; reason: string }[];
}

/** One report file mapped onto a repository path. */
export interface MappedReportFile extends MutationReportFile {
  path: RepoPath;
}

/**
 * Merges the report files that name the same repository path: a mutant that two reports hold
 * (same place, mutator and replacement) counts once, in the state that says most.
 */
export function mergeReportFiles(files: MappedReportFile[]): Map<string, MappedReportFile> {
  const merged = new Map<string, { file: MappedReportFile; byKey: Map<string, Mutant> }>();
  for (const file of files) {
    let entry = merged.get(file.path);
    if (!entry) {
      entry = { file: { ...file, mutants: [] }, byKey: new Map() };
      merged.set(file.path, entry);
    }
    if (entry.file.source === null && file.source !== null) entry.file.source = file.source;
    for (const mutant of file.mutants) {
      const key = [mutant.startLine, mutant.startColumn, mutant.endLine, mutant.endColumn, mutant.mutatorName, mutant.replacement].join('\0');
      const seen = entry.byKey.get(key);
      entry.byKey.set(key, seen ? { ...seen, status: strongerStatus(seen.status, mutant.status) } : mutant);
    }
  }
  const result = new Map<string, MappedReportFile>();
  for (const [path, { file, byKey }] of merged) result.set(path, { ...file, mutants: [...byKey.values()] });
  return result;
}

/** Line ends as git stores them may differ from what the tool read on another OS. */
function sameSource(a: string, b: string): boolean {
  return a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}

/**
 * Counts the mutants that start on added lines, for all added lines and for AI-written ones.
 * `headText(path)` is the file at head (null when it cannot be read). A file whose report source no
 * longer matches the file at head is skipped with the reason: its line numbers would point at
 * other code. Mutants outside the file are left out and said so.
 */
export function measureChangedMutants(
  changedFiles: readonly ChangedFile[],
  reportFiles: ReadonlyMap<string, MappedReportFile>,
  headText: (path: string) => string | null,
  provenance: (path: string, line: number) => Provenance,
): ChangedLineMutation {
  const all = emptyCount();
  const ai = emptyCount();
  const files: FileMutation[] = [];
  const skipped: ChangedLineMutation['skipped'] = [];
  for (const changed of changedFiles) {
    if (changed.status === 'deleted' || changed.binary || changed.addedLines.length === 0) continue;
    const report = reportFiles.get(changed.path);
    if (!report) continue;
    const text = headText(changed.path);
    if (text === null) {
      skipped.push({ path: changed.path, reason: 'mutation report names it, but the file could not be read at head' });
      continue;
    }
    if (report.source !== null && !sameSource(report.source, text)) {
      skipped.push({ path: changed.path, reason: 'the mutation report was made from another version of this file; run the mutation tests on the head commit' });
      continue;
    }
    const lineCount = text.split('\n').length;
    const added = new Set(changed.addedLines);
    const byLine = new Map<number, Mutant[]>();
    let outside = 0;
    for (const mutant of report.mutants) {
      if (mutant.startLine > lineCount || mutant.endLine < mutant.startLine) {
        outside++;
        continue;
      }
      if (!added.has(mutant.startLine)) continue;
      const list = byLine.get(mutant.startLine);
      if (list) list.push(mutant);
      else byLine.set(mutant.startLine, [mutant]);
    }
    if (outside > 0) {
      skipped.push({ path: changed.path, reason: `${outside} mutant(s) in the report lie outside the file's ${lineCount} lines; left out` });
    }
    const file: FileMutation = { path: changed.path, all: emptyCount(), ai: emptyCount(), lines: [] };
    for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
      const mutants = byLine.get(line) ?? [];
      const lineProvenance = provenance(changed.path, line);
      file.lines.push({ line, provenance: lineProvenance, mutants });
      for (const mutant of mutants) {
        addStatus(file.all, mutant.status);
        addStatus(all, mutant.status);
        if (lineProvenance === 'ai') {
          addStatus(file.ai, mutant.status);
          addStatus(ai, mutant.status);
        }
      }
    }
    if (file.lines.length > 0) files.push(file);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { all, ai, files, skipped };
}
