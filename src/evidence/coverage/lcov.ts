// LCOV tracefiles (lcov/geninfo 1.x and 2.x, istanbul, llvm-cov, coverage.py, Flutter, Foundry),
// streamed line by line so that large tracefiles never sit in memory whole.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../../errors.js';
import type { ParsedReport, ReportFile } from './report.js';
import { addBranch, addLineHits, newReportFile, parseHits, parseLineNumber } from './report.js';

const RECORD_KEY = /^[A-Za-z_]+$/;

/** `shownPath` is how error messages name the report (relative to the repository when inside it). */
export async function readLcov(reportPath: string, shownPath = reportPath): Promise<ParsedReport> {
  const files: ReportFile[] = [];
  let current: ReportFile | null = null;
  let lineNumber = 0;
  function fail(what: string): never {
    throw new InputError(`coverage report ${shownPath}, line ${lineNumber}: ${what}; regenerate the LCOV report`);
  }

  const input = createReadStream(reportPath, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const rawLine of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '').trim() : rawLine.trim();
    if (line === '') continue;
    if (line === 'end_of_record') {
      if (!current) fail('end_of_record without a source file');
      current = null;
      continue;
    }
    const colon = line.indexOf(':');
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (colon <= 0 || !RECORD_KEY.test(key)) fail('not an LCOV record');
    if (key === 'SF') {
      // A tool that omits end_of_record between files still starts a new file here.
      current = newReportFile([value]);
      files.push(current);
      continue;
    }
    if (key === 'DA') {
      if (!current) fail('DA record before any SF record');
      const [lineText, hitsText] = value.split(',');
      const daLine = parseLineNumber(lineText);
      const hits = parseHits(hitsText);
      if (daLine === null || hits === null) fail(`malformed DA record "${value}"`);
      addLineHits(current, daLine, hits);
      continue;
    }
    if (key === 'BRDA') {
      if (!current) fail('BRDA record before any SF record');
      // BRDA:<line>,<block>,<branch>,<taken>; lcov 2 may write an expression with commas as <branch>.
      const fields = value.split(',');
      const brLine = parseLineNumber(fields[0]);
      const taken = fields[fields.length - 1];
      if (brLine === null || fields.length < 4 || taken === undefined) fail(`malformed BRDA record "${value}"`);
      // `-` means the block was never evaluated: the branch counts, not taken.
      const takenCount = taken === '-' ? 0 : parseHits(taken);
      if (takenCount === null) fail(`malformed BRDA record "${value}"`);
      addBranch(current, brLine, fields.slice(1, -1).join(','), takenCount > 0);
    }
    // TN, FN/FNDA/FNF/FNH, FNL/FNA (lcov 2.2), LF/LH, BRF/BRH, VER, …: summaries and functions, not needed.
  }
  if (current) fail('the report ends inside a record (no end_of_record): it looks truncated');
  return { format: 'lcov', files };
}
