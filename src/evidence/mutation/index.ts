// Public surface of mutation evidence: reads mutation-testing-report-schema JSON reports (StrykerJS
// and others), maps their paths onto the repository like coverage paths, and measures the mutants
// on added lines: a changed-line mutation score for all and for AI-written lines, and surviving
// mutants as findings.
import { readFile, stat } from 'node:fs/promises';
import { posix } from 'node:path';
import type { ChangedFile, Provenance } from '../../model.js';
import { InputError } from '../../errors.js';
import { displayPath, expandReportPatterns } from '../coverage/read.js';
import { createPathMapper } from '../paths.js';
import { measureChangedMutants, mergeReportFiles, type MappedReportFile } from './changed.js';
import { parseMutationReport } from './report.js';
import type { MutationCount } from './score.js';
import { survivingMutants, type SurvivingMutant } from './survivors.js';
import type { RepoPath } from '../../ids.js';

export type { MutationCount } from './score.js';
export type { SurvivingMutant } from './survivors.js';

/** How many unmapped report paths are named (the rest are counted). */
const MAX_UNMAPPED_EXAMPLES = 20;

export interface MutationInput {
  repo: string;
  /** Report paths and globs, relative to `repo`. */
  patterns: string[];
  files: ChangedFile[];
  trackedFiles: Iterable<string>;
  /** The file at head, or null when it cannot be read. */
  headText: (path: string) => Promise<string | null>;
  provenance: (path: string, line: number) => Provenance;
  /** Prefixes to strip from report paths, as for coverage. */
  pathPrefixes: string[];
  /** Test files are not mutated, so they are not listed as unmentioned. */
  isTestFile: (path: string) => boolean;
  /** Reports larger than this are refused: each is parsed whole (`mutation.max-report-bytes`; StrykerJS writes ~1 KB a mutant). */
  maxReportBytes: number;
}

export interface FileMutationSummary {
  path: RepoPath;
  all: MutationCount;
  ai: MutationCount;
  /** Added lines with a surviving mutant a finding shows. */
  survivingLines: number[];
}

export interface MutationResult {
  all: MutationCount;
  ai: MutationCount;
  files: FileMutationSummary[];
  survivors: SurvivingMutant[];
  /** Changed files with added lines in a mutable language that no report mentions. */
  unmentioned: RepoPath[];
  skipped: { path: string; reason: string }[];
  reports: { path: string; mutants: number }[];
  unmapped: { count: number; examples: { path: string; reason: string }[] };
}

const MUTABLE = /\.(?:[cm]?[jt]sx?|vue|svelte)$/i;

/** Null when no report was given. */
export async function measureMutation(input: MutationInput): Promise<MutationResult | null> {
  if (input.patterns.length === 0) return null;
  const mapPath = createPathMapper({ repoRoot: input.repo, trackedFiles: input.trackedFiles, prefixes: input.pathPrefixes });
  const reports: MutationResult['reports'] = [];
  const mapped: MappedReportFile[] = [];
  const unmapped: { path: string; reason: string }[] = [];
  for (const path of await expandReportPatterns(input.repo, input.patterns, process.cwd(), 'mutation report')) {
    const shown = displayPath(input.repo, path);
    const size = (await stat(path)).size;
    const maxBytes = input.maxReportBytes;
    if (size > maxBytes) {
      throw new InputError(`mutation report "${shown}" is ${size} bytes, over the ${maxBytes}-byte limit diffgate reads; run the mutation tests on the changed lines only (diffgate ranges)`);
    }
    const report = parseMutationReport(await readFile(path, 'utf8'), shown);
    reports.push({ path: shown, mutants: report.files.reduce((sum, file) => sum + file.mutants.length, 0) });
    for (const file of report.files) {
      // Stryker names files relative to the folder it ran in (`projectRoot`); try that first.
      const candidates = report.projectRoot && !posix.isAbsolute(file.reportPath) ? [posix.join(report.projectRoot.replace(/\\/g, '/'), file.reportPath), file.reportPath] : [file.reportPath];
      let reason = 'not in the repository';
      let repoPath: RepoPath | null = null;
      for (const candidate of candidates) {
        const mapping = mapPath(candidate);
        if (mapping.path !== null) {
          repoPath = mapping.path;
          break;
        }
        reason = mapping.reason;
      }
      if (repoPath === null) unmapped.push({ path: file.reportPath, reason });
      else mapped.push({ ...file, path: repoPath });
    }
  }
  const merged = mergeReportFiles(mapped);

  const texts = new Map<string, string | null>();
  for (const file of input.files) if (merged.has(file.path)) texts.set(file.path, await input.headText(file.path));
  const changed = measureChangedMutants(input.files, merged, (path) => texts.get(path) ?? null, input.provenance);

  const survivors: SurvivingMutant[] = [];
  const files: FileMutationSummary[] = [];
  for (const file of changed.files) {
    const lines = (texts.get(file.path) ?? '').split('\n');
    const found = survivingMutants(file.path, file.lines, lines);
    survivors.push(...found);
    files.push({ path: file.path, all: file.all, ai: file.ai, survivingLines: found.map((survivor) => survivor.line) });
  }
  const unmentioned = input.files
    .filter((file) => file.status !== 'deleted' && !file.binary && file.addedLines.length > 0 && MUTABLE.test(file.path) && !input.isTestFile(file.path) && !merged.has(file.path))
    .map((file) => file.path)
    .sort();
  return {
    all: changed.all,
    ai: changed.ai,
    files,
    survivors,
    unmentioned,
    skipped: changed.skipped,
    reports,
    unmapped: { count: unmapped.length, examples: unmapped.slice(0, MAX_UNMAPPED_EXAMPLES) },
  };
}
