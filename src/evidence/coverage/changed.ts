// Changed-line coverage, counted like diff-cover: an added line counts only if some report measures
// it; it is covered if some report covers it. Files with no measured added line are left out, as
// diff-cover leaves them out; changed files no report mentions are listed separately.
import { extname } from 'node:path';
import { compileGlobs } from '../../config/glob.js';
import { compareCodePoints } from '../../order.js';
import type { ChangedFile, CoverageCount, FileCoverage } from '../../model.js';
import type { ProvenanceLookup } from '../../provenance/lookup.js';
import type { CoverageConfig } from './config.js';
import type { MergedCoverage, MergedFile } from './merge.js';
import type { RepoPath } from '../../ids.js';

export interface ChangedLineCoverage {
  changed: CoverageCount;
  ai: CoverageCount;
  branches: CoverageCount | null;
  files: FileCoverage[];
  unmentioned: RepoPath[];
}

export function countOf(measured: number, covered: number): CoverageCount {
  return { measured, covered, percent: measured === 0 ? null : (covered / measured) * 100 };
}

export function measureChangedLines(
  changedFiles: ChangedFile[],
  merged: MergedCoverage,
  provenance: ProvenanceLookup,
  config: CoverageConfig,
): ChangedLineCoverage {
  const coverage = merged.files;
  const excluded = compileGlobs(config.exclude);
  const neverUnmentioned = compileGlobs(config['ignore-unmentioned']);
  // A report that measures `.ts` files is expected to mention every changed `.ts` file; a README is not
  // code. Unmapped report paths count too: a report whose paths cannot be mapped still covers `.ts` files.
  const tallied = merged.tallied;
  const reportPaths = [...coverage.keys(), ...merged.unmapped.keys(), ...(tallied?.files.keys() ?? []), ...(tallied?.unmapped.keys() ?? [])];
  const coveredExtensions = new Set(reportPaths.map((path) => extname(path).toLowerCase()));
  const hasBranchData =
    [...coverage.values()].some((file) => file.branches.size > 0) || [...(tallied?.files.values() ?? [])].some((file) => file.hasBranches);

  const files: FileCoverage[] = [];
  const unmentioned: RepoPath[] = [];
  const totals = { measured: 0, covered: 0, aiMeasured: 0, aiCovered: 0, branches: 0, branchesCovered: 0 };
  for (const changed of changedFiles) {
    if (changed.status === 'deleted' || changed.binary || changed.submodule || changed.addedLines.length === 0) continue;
    if (excluded.matches(changed.path)) continue;
    const data = coverage.get(changed.path);
    if (!data) {
      if (coveredExtensions.has(extname(changed.path).toLowerCase()) && !neverUnmentioned.matches(changed.path)) {
        unmentioned.push(changed.path);
      }
      continue;
    }
    const file = measureFile(changed, data, provenance);
    if (file.measured === 0) continue;
    files.push(file);
    totals.measured += file.measured;
    totals.covered += file.covered;
    totals.aiMeasured += file.ai.measured;
    totals.aiCovered += file.ai.covered;
    totals.branches += file.branches?.measured ?? 0;
    totals.branchesCovered += file.branches?.covered ?? 0;
  }
  files.sort((a, b) => compareCodePoints(a.path, b.path));
  unmentioned.sort(compareCodePoints);
  return {
    changed: countOf(totals.measured, totals.covered),
    ai: countOf(totals.aiMeasured, totals.aiCovered),
    branches: hasBranchData ? countOf(totals.branches, totals.branchesCovered) : null,
    files,
    unmentioned,
  };
}

function measureFile(changed: ChangedFile, data: MergedFile, provenance: ProvenanceLookup): FileCoverage {
  const coveredLines: number[] = [];
  const uncoveredLines: number[] = [];
  let aiMeasured = 0;
  let aiCovered = 0;
  let branches = 0;
  let branchesCovered = 0;
  for (const line of changed.addedLines) {
    const hits = data.lines.get(line);
    if (hits !== undefined) {
      const covered = hits > 0;
      (covered ? coveredLines : uncoveredLines).push(line);
      if (provenance(changed.path, line) === 'ai') {
        aiMeasured++;
        if (covered) aiCovered++;
      }
    }
    for (const taken of data.branches.get(line)?.values() ?? []) {
      branches++;
      if (taken) branchesCovered++;
    }
  }
  const file: FileCoverage = {
    path: changed.path,
    measured: coveredLines.length + uncoveredLines.length,
    covered: coveredLines.length,
    coveredLines,
    uncoveredLines,
    ai: countOf(aiMeasured, aiCovered),
  };
  if (data.branches.size > 0) file.branches = countOf(branches, branchesCovered);
  return file;
}


