// Finding the report files and reading each in the format its content shows (never by file name:
// `coverage.xml`, `lcov.info`, `report.txt` are all in use for every format).
import { open, readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { minimatch } from 'minimatch';
import { InputError } from '../../errors.js';
import { refuseLinkOutside } from '../real-path-guard.js';
import { globReportFiles } from '../report-glob.js';
import { branchBudget } from './branch-budget.js';
import { readClover } from './clover.js';
import { readCobertura } from './cobertura.js';
import { readIstanbulJson } from './istanbul.js';
import { readJacoco } from './jacoco.js';
import { readLcov } from './lcov.js';
import type { ParsedReport, ReadOptions } from './report.js';
import { attributeOf, type XmlNode } from './xml-nodes.js';

/** Enough of the start of a file to tell the formats apart. */
const SNIFF_BYTES = 4096;
/** Elements that repeat in any of the XML formats: always parsed as arrays. */
const XML_ARRAY_TAGS: ReadonlySet<string> = new Set(['source', 'package', 'class', 'line', 'sourcefile', 'file', 'group']);
const FORMATS_HINT = 'LCOV, Cobertura XML, JaCoCo XML, Clover XML or Istanbul coverage-final.json';

/**
 * Each pattern (a path or a glob, relative to the repository) → the files it names, each once, in a
 * stable order; a pattern that names none is an InputError. A pattern starting with `!` leaves out
 * the files it matches.
 */
export async function expandReportPatterns(repo: string, patterns: string[], cwd: string = process.cwd(), kind = 'coverage report'): Promise<string[]> {
  const excludes = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => resolve(repo, pattern.slice(1)));
  const found = new Set<string>();
  for (const pattern of patterns.filter((each) => !each.startsWith('!'))) {
    // A file whose name looks like a glob (`lcov[node20].info`) is taken as it is.
    const literal = await literalPath(repo, pattern, kind);
    const matches = literal.length > 0 ? literal : ((await globReportFiles(pattern, repo)) ?? []);
    if (matches.length === 0) {
      throw new InputError(`${kind} pattern "${pattern}" matches no file; check the path, or run the tests ${kind === 'coverage report' ? 'with coverage' : 'with mutation testing'} first`);
    }
    for (const match of matches.sort()) {
      const file = resolve(match);
      if (excludes.some((exclude) => minimatch(file, exclude, { dot: true }))) continue;
      await refuseLinkOutside(file, [resolve(repo), resolve(cwd)], `${kind} ${displayPath(repo, file)}`);
      found.add(file);
    }
  }
  return [...found];
}

async function literalPath(repo: string, pattern: string, kind: string): Promise<string[]> {
  const path = resolve(repo, pattern);
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new InputError(`${kind} "${pattern}" is a directory; name the report file or a glob`);
  return info ? [path] : [];
}

/** How a report path is shown: relative to the repository when inside it. */
export function displayPath(repo: string, path: string): string {
  const inside = relative(repo, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

export async function readCoverageReport(path: string, shownPath: string, options: ReadOptions = {}): Promise<ParsedReport> {
  const head = await readHead(path);
  if (head.includes('\u0000')) throw new InputError(`coverage report ${shownPath} is a binary file, not a coverage report (${FORMATS_HINT})`);
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start === '') throw new InputError(`coverage report ${shownPath} is empty; run the tests with coverage again`);
  if (start.startsWith('{') || start.startsWith('[')) return readIstanbulJson(shownPath, await readFile(path, 'utf8'));
  if (start.startsWith('<')) return readXmlReport(shownPath, await readFile(path, 'utf8'));
  if (/^mode: *(set|count|atomic)\b/.test(start)) {
    throw new InputError(`coverage report ${shownPath} is a Go coverprofile, which diffgate does not read; convert it to LCOV (e.g. with gcov2lcov) or Cobertura (gocover-cobertura)`);
  }
  if (/^(TN|SF|VER):/.test(start)) return readLcov(path, shownPath, options);
  throw new InputError(`coverage report ${shownPath} is not in a format diffgate reads (${FORMATS_HINT})`);
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** An XML report's text → Cobertura, JaCoCo or Clover by its root element (exported for the fuzz suite: no file needed). */
export async function readXmlReport(shownPath: string, text: string): Promise<ParsedReport> {
  // Loaded only for an XML report (see xml.ts).
  const { parseReportXml } = await import('./xml.js');
  const document = parseReportXml(shownPath, text, XML_ARRAY_TAGS);
  const rootName = Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  const root = rootName ? document[rootName] : undefined;
  const rootNode: XmlNode = typeof root === 'object' && root !== null ? (root as XmlNode) : {};
  const claimBranches = branchBudget(shownPath, Buffer.byteLength(text, 'utf8'));
  if (rootName === 'report') return readJacoco(shownPath, rootNode, claimBranches);
  if (rootName === 'coverage') {
    // Clover and Cobertura both use <coverage>; Clover marks it (clover="…") and nests a <project>.
    if (attributeOf(rootNode, 'clover') !== undefined || 'project' in rootNode) return readClover(shownPath, rootNode, claimBranches);
    return readCobertura(shownPath, rootNode, claimBranches);
  }
  throw new InputError(`coverage report ${shownPath} is XML with root <${rootName ?? '?'}>, not a coverage format diffgate reads (${FORMATS_HINT})`);
}
