// What the pipeline should report on the fixture, worked out independently of diffgate's stages:
// added lines from the texts the fixture commits, coverage from a minimal LCOV reading, scanner
// results from the SARIF log itself.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log } from 'sarif';
import type { ConditionResult, Report } from '../../src/model.js';
import {
  CART_ADDED,
  CART_AT_BASE,
  CART_TEST_ADDED,
  CART_TEST_AT_BASE,
  FORMAT,
  FORMAT_TEST,
  PAYMENTS,
  PAYMENTS_TEST,
  lineNumbers,
} from './fixture.js';

const lineCount = (text: string): number => text.split('\n').length - 1;

/** Added lines per file, and who wrote them, from the fixture's commits. */
export const ADDED: Record<string, { lines: number[]; ai: boolean }> = {
  'src/cart.ts': { lines: lineNumbers(CART_ADDED, lineCount(CART_AT_BASE)), ai: false },
  'test/cart.test.ts': { lines: lineNumbers(CART_TEST_ADDED, lineCount(CART_TEST_AT_BASE)), ai: false },
  'src/payments/client.ts': { lines: lineNumbers(PAYMENTS), ai: true },
  'test/payments.test.ts': { lines: lineNumbers(PAYMENTS_TEST), ai: true },
  'src/format.ts': { lines: lineNumbers(FORMAT), ai: true },
  'test/format.test.ts': { lines: lineNumbers(FORMAT_TEST), ai: true },
};

export function isAdded(path: string, line: number): boolean {
  return ADDED[path]?.lines.includes(line) ?? false;
}

export function isAiLine(path: string, line: number): boolean {
  return (ADDED[path]?.ai ?? false) && isAdded(path, line);
}

/** Line hits per repository path from LCOV `SF:` / `DA:` records (the highest count when a line repeats). */
export function readLcovHits(lcovPath: string, repoDir: string): Map<string, Map<number, number>> {
  const hits = new Map<string, Map<number, number>>();
  let current: Map<number, number> | null = null;
  for (const line of readFileSync(lcovPath, 'utf8').split('\n')) {
    if (line.startsWith('SF:')) {
      const source = line.slice(3).trim();
      const path = (isAbsolute(source) ? relative(repoDir, source) : source).split('\\').join('/');
      current = hits.get(path) ?? new Map<number, number>();
      hits.set(path, current);
    } else if (line.startsWith('DA:') && current) {
      const [lineNumber, count] = line.slice(3).split(',').map(Number);
      if (lineNumber === undefined || count === undefined) continue;
      current.set(lineNumber, Math.max(count, current.get(lineNumber) ?? 0));
    }
  }
  return hits;
}

export interface ExpectedCoverage {
  measured: number;
  covered: number;
  uncovered: Map<string, number[]>;
}

/** diff-cover's counting: added lines the report measures; covered when hit at least once. */
export function changedCoverage(hits: Map<string, Map<number, number>>, keep: (path: string, line: number) => boolean): ExpectedCoverage {
  let measured = 0;
  let covered = 0;
  const uncovered = new Map<string, number[]>();
  for (const [path, lines] of hits) {
    for (const [line, count] of [...lines].sort((a, b) => a[0] - b[0])) {
      if (!keep(path, line)) continue;
      measured++;
      if (count > 0) covered++;
      else uncovered.set(path, [...(uncovered.get(path) ?? []), line]);
    }
  }
  return { measured, covered, uncovered };
}

/** A percentage as the verdict shows it: rounded down to one decimal. */
export function shownPercent(covered: number, measured: number): number {
  return Math.floor(((covered / measured) * 100 + 1e-9) * 10) / 10;
}

export interface ScannerResult {
  ruleId: string;
  level: string;
  path: string;
  startLine: number;
  endLine: number;
  helpUri: string | undefined;
  tool: string;
}

/** Every result of a SARIF log with its repository path (URIs made absolute by the scanner, or relative). */
export function readSarifResults(sarifPath: string, repoDir: string): ScannerResult[] {
  const log = JSON.parse(readFileSync(sarifPath, 'utf8')) as Log;
  return log.runs.flatMap((run) =>
    (run.results ?? []).map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? '';
      const path = uri.startsWith('file://') ? relative(repoDir, fileURLToPath(uri)) : uri;
      const rule = run.tool.driver.rules?.find((candidate) => candidate.id === result.ruleId);
      const startLine = location?.region?.startLine ?? 0;
      return {
        ruleId: result.ruleId ?? '',
        level: result.level ?? rule?.defaultConfiguration?.level ?? 'warning',
        path,
        startLine,
        endLine: location?.region?.endLine ?? startLine,
        helpUri: rule?.helpUri,
        tool: run.tool.driver.name,
      };
    }),
  );
}

export function linesOf(result: { startLine: number; endLine: number }): number[] {
  return Array.from({ length: result.endLine - result.startLine + 1 }, (_, index) => result.startLine + index);
}

/** The report's condition with this id; a clear failure naming the ids there are when it is absent. */
export function condition(report: Report, id: string): ConditionResult {
  const found = report.verdict.conditions.find((item) => item.id === id);
  if (!found) throw new Error(`no condition ${id} in ${report.verdict.conditions.map((item) => item.id).join(', ')}`);
  return found;
}
