// Cobertura XML: the original Java tool, coverage.py, istanbul (jest/vitest/nyc), coverlet,
// dotnet-coverage, gcovr, simplecov-cobertura, MATLAB. Filenames are relative to one of the
// `<source>` roots (or absolute), so each root joined with the filename is a candidate path.
import { InputError, printableLine } from '../../errors.js';
import type { BranchClaim } from './branch-budget.js';
import type { ParsedReport, ReportFile } from './report.js';
import { addLineHits, newReportFile, parseHits, parseLineNumber } from './report.js';
import type { XmlNode } from './xml-nodes.js';
import { attributeOf, childOf, childrenOf, textsOf } from './xml-nodes.js';

// `50% (1/2)`: covered/total branches on the line.
const CONDITION_COVERAGE = /\((\d+)\s*\/\s*(\d+)\)/;

export function readCobertura(reportPath: string, coverage: XmlNode, claimBranches: BranchClaim): ParsedReport {
  const sources = textsOf(childOf(coverage, 'sources'), 'source')
    .map((source) => source.trim())
    .filter((source) => source !== '');
  const files: ReportFile[] = [];
  for (const pkg of childrenOf(childOf(coverage, 'packages'), 'package')) {
    for (const cls of childrenOf(childOf(pkg, 'classes'), 'class')) {
      const filename = attributeOf(cls, 'filename')?.trim();
      if (!filename) continue;
      const file = newReportFile(candidatePaths(filename, sources));
      for (const line of childrenOf(childOf(cls, 'lines'), 'line')) readLine(reportPath, file, line, claimBranches);
      files.push(file);
    }
  }
  return { format: 'cobertura', files };
}

function candidatePaths(filename: string, sources: string[]): string[] {
  if (isAbsolutePath(filename)) return [filename];
  return [...sources.map((source) => `${source.replace(/[\\/]+$/, '')}/${filename}`), filename];
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(path);
}

function readLine(reportPath: string, file: ReportFile, line: XmlNode, claimBranches: BranchClaim): void {
  const number = parseLineNumber(attributeOf(line, 'number'));
  const hits = parseHits(attributeOf(line, 'hits'));
  if (number === null || hits === null) {
    // The values are the report's text: shown on one line, cut short.
    const shown = `number="${printableLine(attributeOf(line, 'number') ?? '', 40)}" hits="${printableLine(attributeOf(line, 'hits') ?? '', 40)}"`;
    throw new InputError(`coverage report ${reportPath}: a <line> has ${shown}, not a line number and a count; regenerate the report`);
  }
  addLineHits(file, number, hits);
  if (attributeOf(line, 'branch') !== 'true') return;
  const counts = CONDITION_COVERAGE.exec(attributeOf(line, 'condition-coverage') ?? '');
  if (counts) claimBranches(file, number, Number(counts[1]), Number(counts[2]));
}
