// Istanbul `coverage-final.json` (jest, vitest with either provider, nyc, c8): per file, a statement map
// with hit counts and a branch map. Lines are counted the way istanbul's own lcov reporter counts them:
// a line's hits are the most hits of any statement that starts on it; branches sit on their start line.
import { InputError, printableLine } from '../../errors.js';
import { jsonErrorWithoutText } from '../json-error.js';
import type { ParsedReport, ReportFile } from './report.js';
import { addBranch, newReportFile, parseHits, parseLineNumber } from './report.js';

interface Position {
  line?: unknown;
}
interface Location {
  start?: Position;
}
interface BranchMeta {
  loc?: Location;
  /** Old istanbul (jest 22) writes the line directly. */
  line?: unknown;
  locations?: Location[];
}
interface FileCoverageData {
  path?: unknown;
  statementMap: Record<string, Location>;
  s: Record<string, unknown>;
  branchMap?: Record<string, BranchMeta>;
  b?: Record<string, unknown>;
}

export function readIstanbulJson(reportPath: string, text: string): ParsedReport {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(
      `coverage report ${reportPath}: invalid JSON (${jsonErrorWithoutText(error)}); the report looks truncated or corrupt, regenerate it`,
    );
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new InputError(`coverage report ${reportPath}: JSON that is not Istanbul coverage-final.json (expected an object keyed by file path)`);
  }
  const files: ReportFile[] = [];
  for (const [key, entry] of Object.entries(document)) {
    const data = fileCoverageOf(entry);
    if (!data) {
      const hint = key === 'total' ? ' (this is a coverage-summary.json, which has no per-line data: pass coverage-final.json)' : '';
      throw new InputError(`coverage report ${reportPath}: entry "${printableLine(key, 120)}" is not Istanbul file coverage${hint}`);
    }
    files.push(readFile(typeof data.path === 'string' && data.path !== '' ? data.path : key, data));
  }
  return { format: 'istanbul-json', files };
}

function fileCoverageOf(entry: unknown): FileCoverageData | null {
  if (typeof entry !== 'object' || entry === null) return null;
  // istanbul-lib-coverage FileCoverage objects serialised whole keep the data under `data`.
  const candidate = 'statementMap' in entry ? entry : (entry as { data?: unknown }).data;
  if (typeof candidate !== 'object' || candidate === null) return null;
  const { statementMap, s } = candidate as Partial<FileCoverageData>;
  if (typeof statementMap !== 'object' || statementMap === null || typeof s !== 'object' || s === null) return null;
  return candidate as FileCoverageData;
}

function readFile(path: string, data: FileCoverageData): ReportFile {
  const file = newReportFile([path]);
  for (const [id, location] of Object.entries(data.statementMap)) {
    const line = parseLineNumber(location?.start?.line);
    const hits = parseHits(data.s[id]);
    if (line === null || hits === null) continue;
    file.lines.set(line, Math.max(file.lines.get(line) ?? 0, hits));
  }
  for (const [id, meta] of Object.entries(data.branchMap ?? {})) {
    const line = parseLineNumber(meta?.loc?.start?.line ?? meta?.line ?? meta?.locations?.[0]?.start?.line);
    const counts = data.b?.[id];
    if (line === null || !Array.isArray(counts)) continue;
    counts.forEach((count, index) => addBranch(file, line, `${id}:${index}`, (parseHits(count) ?? 0) > 0));
  }
  return file;
}
