// LCOV tracefiles (lcov/geninfo 1.x and 2.x, istanbul, llvm-cov, coverage.py, Flutter, Foundry),
// streamed in large chunks so that large tracefiles never sit in memory whole. With `keepLines`, only
// the files it names keep per-line data; the rest are tallied (a typed array, not a Map per file).
import { createReadStream } from 'node:fs';
import { InputError } from '../../errors.js';
import type { ParsedReport, ReadOptions, ReportFile, TalliedReportFile } from './report.js';
import { addBranch, addLineHits, newReportFile, parseHits, parseLineNumber } from './report.js';
import { LineTally } from './tally.js';

const RECORD_KEY = /^[A-Za-z_]+$/;
/** Bytes read at a time: few enough reads that the per-chunk cost vanishes, little enough memory. */
const CHUNK_BYTES = 1 << 20;
const [NEWLINE, CR, COMMA, COLON, ZERO, NINE, D, A, DASH, UPPER_A, UPPER_Z] = [0x0a, 0x0d, 0x2c, 0x3a, 0x30, 0x39, 0x44, 0x41, 0x2d, 0x41, 0x5a];
/** Records the reader does not need (summaries, functions, test names, version): read past, never decoded. */
const SKIPPED_KEYS = new Set(['TN', 'VER', 'FN', 'FNDA', 'FNF', 'FNH', 'FNL', 'FNA', 'LF', 'LH', 'BRF', 'BRH']);
/** Longer numbers go the string path, so they are read by Number() exactly as before. */
const MAX_DIGITS = 15;

/** `shownPath` is how error messages name the report (relative to the repository when inside it). */
export async function readLcov(reportPath: string, shownPath = reportPath, options: ReadOptions = {}): Promise<ParsedReport> {
  const files: ReportFile[] = [];
  const tallied: TalliedReportFile[] = [];
  // The record being read: kept with per-line data, or tallied; at most one of them is set.
  let kept: ReportFile | null = null;
  let tallying: TalliedReportFile | null = null;
  let lineNumber = 0;
  function fail(what: string): never {
    throw new InputError(`coverage report ${shownPath}, line ${lineNumber}: ${what}; regenerate the LCOV report`);
  }

  function readRecord(rawLine: string): void {
    lineNumber++;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '').trim() : rawLine.trim();
    if (line === '') return;
    // DA first: nine records in ten are DA.
    if (line.startsWith('DA:')) {
      if (!kept && !tallying) fail('DA record before any SF record');
      // DA:<line>,<hits>[,<checksum>]
      const firstComma = line.indexOf(',', 3);
      const secondComma = firstComma === -1 ? -1 : line.indexOf(',', firstComma + 1);
      const daLine = parseLineNumber(line.slice(3, firstComma === -1 ? undefined : firstComma));
      const hits = firstComma === -1 ? null : parseHits(line.slice(firstComma + 1, secondComma === -1 ? undefined : secondComma));
      if (daLine === null || hits === null) fail(`malformed DA record "${line.slice(3)}"`);
      if (kept) addLineHits(kept, daLine, hits);
      else tallying?.tally.add(daLine, hits);
      return;
    }
    if (line === 'end_of_record') {
      if (!kept && !tallying) fail('end_of_record without a source file');
      kept = null;
      tallying = null;
      return;
    }
    const colon = line.indexOf(':');
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (colon <= 0 || !RECORD_KEY.test(key)) fail('not an LCOV record');
    if (key === 'SF') {
      // A tool that omits end_of_record between files still starts a new file here.
      const candidatePaths = [value];
      if (!options.keepLines || options.keepLines(candidatePaths)) {
        kept = newReportFile(candidatePaths);
        tallying = null;
        files.push(kept);
      } else {
        kept = null;
        tallying = { candidatePaths, tally: new LineTally(), hasBranches: false };
        tallied.push(tallying);
      }
      return;
    }
    if (key === 'BRDA') {
      if (!kept && !tallying) fail('BRDA record before any SF record');
      // BRDA:<line>,<block>,<branch>,<taken>; lcov 2 may write an expression with commas as <branch>.
      const fields = value.split(',');
      const brLine = parseLineNumber(fields[0]);
      const taken = fields[fields.length - 1];
      if (brLine === null || fields.length < 4 || taken === undefined) fail(`malformed BRDA record "${value}"`);
      // `-` means the block was never evaluated: the branch counts, not taken.
      const takenCount = taken === '-' ? 0 : parseHits(taken);
      if (takenCount === null) fail(`malformed BRDA record "${value}"`);
      if (kept) addBranch(kept, brLine, fields.slice(1, -1).join(','), takenCount > 0);
      else if (tallying) tallying.hasBranches = true;
    }
    // TN, FN/FNDA/FNF/FNH, FNL/FNA (lcov 2.2), LF/LH, BRF/BRH, VER, …: summaries and functions, not needed.
  }

  // Lines end at \n, \r\n or a lone \r, as readline splits them.
  function readLine(text: string): void {
    const withoutCr = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (!withoutCr.includes('\r')) readRecord(withoutCr);
    else for (const part of withoutCr.split('\r')) readRecord(part);
  }

  /**
   * The common record, `DA:<line>,<hits>`, read from the bytes without making a string; false for
   * anything else (a checksum, spaces, a sign, a lone \r), which the string path reads.
   */
  function readDaBytes(bytes: Buffer, start: number, end: number): boolean {
    if (bytes[start] !== D || bytes[start + 1] !== A || bytes[start + 2] !== COLON) return false;
    const last = bytes[end - 1] === CR ? end - 1 : end;
    let at = start + 3;
    let daLine = 0;
    for (; at < last && (bytes[at] as number) >= ZERO && (bytes[at] as number) <= NINE; at++) daLine = daLine * 10 + (bytes[at] as number) - ZERO;
    const lineDigits = at - start - 3;
    if (lineDigits === 0 || lineDigits > MAX_DIGITS || daLine === 0 || bytes[at] !== COMMA) return false;
    const hitsStart = ++at;
    let hits = 0;
    for (; at < last && (bytes[at] as number) >= ZERO && (bytes[at] as number) <= NINE; at++) hits = hits * 10 + (bytes[at] as number) - ZERO;
    if (at !== last || at === hitsStart || at - hitsStart > MAX_DIGITS) return false;
    lineNumber++;
    if (kept) addLineHits(kept, daLine, hits);
    else if (tallying) tallying.tally.add(daLine, hits);
    else fail('DA record before any SF record');
    return true;
  }

  /**
   * Records read without making a string: a summary or function record (a fifth of a typical report), skipped
   * as the string path would skip it, and a BRDA record of a file that is only tallied, where only "has
   * branches" counts. False for anything the string path must read (a BOM, spaces, a lone \r, a malformed
   * BRDA, which it reports).
   */
  function readOtherBytes(bytes: Buffer, start: number, end: number): boolean {
    const last = bytes[end - 1] === CR ? end - 1 : end;
    let at = start;
    while (at < last && (bytes[at] as number) >= UPPER_A && (bytes[at] as number) <= UPPER_Z) at++;
    if (at === start || at - start > 4 || bytes[at] !== COLON) return false;
    for (let each = at + 1; each < last; each++) if (bytes[each] === CR) return false;
    const key = bytes.toString('latin1', start, at);
    if (SKIPPED_KEYS.has(key)) {
      lineNumber++;
      return true;
    }
    if (key !== 'BRDA' || kept || !tallying) return false;
    // BRDA:<line>,<block>,<branch>,<taken>: a line number, at least three commas, and a count or `-` at the end.
    let brLine = 0;
    let digitsEnd = at + 1;
    for (; digitsEnd < last && (bytes[digitsEnd] as number) >= ZERO && (bytes[digitsEnd] as number) <= NINE; digitsEnd++) {
      brLine = brLine * 10 + (bytes[digitsEnd] as number) - ZERO;
    }
    if (digitsEnd === at + 1 || digitsEnd - at - 1 > MAX_DIGITS || brLine === 0 || bytes[digitsEnd] !== COMMA) return false;
    let commas = 0;
    let lastComma = -1;
    for (let each = digitsEnd; each < last; each++) {
      if (bytes[each] === COMMA) {
        commas++;
        lastComma = each;
      }
    }
    if (commas < 3) return false;
    const takenStart = lastComma + 1;
    const dash = last - takenStart === 1 && bytes[takenStart] === DASH;
    if (!dash) {
      if (takenStart === last || last - takenStart > MAX_DIGITS) return false;
      for (let each = takenStart; each < last; each++) if ((bytes[each] as number) < ZERO || (bytes[each] as number) > NINE) return false;
    }
    lineNumber++;
    tallying.hasBranches = true;
    return true;
  }

  function readBytes(bytes: Buffer, start: number, end: number): void {
    if (!readDaBytes(bytes, start, end) && !readOtherBytes(bytes, start, end)) readLine(bytes.toString('utf8', start, end));
  }

  // Bytes, not text: a line is decoded only when it is not a plain DA record (UTF-8 never has a \n
  // byte inside a character, so lines can be cut before decoding).
  const pending: Buffer[] = [];
  for await (const chunk of createReadStream(reportPath, { highWaterMark: CHUNK_BYTES })) {
    const bytes = chunk as Buffer;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      if (pending.length === 0) readBytes(bytes, start, end);
      else {
        // A line longer than a chunk is collected in pieces and joined once: no quadratic concatenation.
        pending.push(bytes.subarray(start, end));
        const joined = Buffer.concat(pending);
        pending.length = 0;
        readBytes(joined, 0, joined.length);
      }
      start = end + 1;
    }
    if (start < bytes.length) pending.push(bytes.subarray(start));
  }
  if (pending.length > 0) {
    const rest = Buffer.concat(pending);
    readBytes(rest, 0, rest.length);
  }
  if (kept || tallying) fail('the report ends inside a record (no end_of_record): it looks truncated');
  return options.keepLines ? { format: 'lcov', files, tallied } : { format: 'lcov', files };
}
