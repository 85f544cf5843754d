// Uncovered added lines as annotations (`publish.annotate-uncovered`, off by default): one notice per
// range of added lines no test runs, not one per line. They are shaped as `coverage` findings so the
// annotation budgets, ranking and "N more" lines treat them like any other note; they are never part
// of the report's findings, so they count in no condition. Pure.
import { toRuleId } from '../ids.js';
import type { FileCoverage, Finding, Report } from '../model.js';
import { RULE_DOCS_BASE_URL } from './links.js';

export const UNCOVERED_RULE_ID = toRuleId('uncovered-lines');
/** Where changed-line coverage is documented (diffgate's docs, next to the rule pages). */
export const UNCOVERED_HELP_URI = RULE_DOCS_BASE_URL.replace(/rules\/$/, 'coverage.md');

export interface LineSpan {
  start: number;
  end: number;
  /** Uncovered (measured, not run) lines in the span; added lines no report measures may sit between them. */
  uncovered: number;
}

/**
 * Spans of added lines that no test runs: a span starts and ends on an uncovered line and runs over
 * consecutive added lines that are uncovered or not measured (blank lines, comments, types), so a
 * function no test calls is one span. A covered line or a line the change did not add ends it.
 * Linear in the file's added lines.
 */
export function uncoveredSpans(addedLines: readonly number[], coverage: Pick<FileCoverage, 'coveredLines' | 'uncoveredLines'>): LineSpan[] {
  const uncovered = new Set(coverage.uncoveredLines);
  const covered = new Set(coverage.coveredLines);
  const spans: LineSpan[] = [];
  let open: LineSpan | null = null;
  let previous = Number.NaN;
  for (const line of [...addedLines].sort((a, b) => a - b)) {
    if (open && (line !== previous + 1 || covered.has(line))) open = null;
    previous = line;
    if (!uncovered.has(line)) continue;
    if (open) {
      open.end = line;
      open.uncovered += 1;
    } else {
      open = { start: line, end: line, uncovered: 1 };
      spans.push(open);
    }
  }
  return spans;
}

/** `ai` when any line of the span is AI-written, else `human` when any is a person's. A span runs over added lines only, so this is bounded by them. */
function provenanceOf(authors: { ai: Set<number>; human: Set<number> } | undefined, span: LineSpan): Finding['provenance'] {
  let human = false;
  for (let line = span.start; authors && line <= span.end; line++) {
    if (authors.ai.has(line)) return 'ai';
    human ||= authors.human.has(line);
  }
  return human ? 'human' : 'unknown';
}

/** One note per uncovered span of every changed file the coverage reports measure; AI-written when any of its lines is. */
export function uncoveredFindings(report: Pick<Report, 'coverage' | 'files' | 'provenance'>): Finding[] {
  if (!report.coverage) return [];
  const addedLines = new Map(report.files.map((file) => [file.path, file.addedLines]));
  const authors = new Map(report.provenance.files.map((file) => [file.path, { ai: new Set(file.aiLines), human: new Set(file.humanLines) }]));
  return report.coverage.files.flatMap((file) =>
    uncoveredSpans(addedLines.get(file.path) ?? [], file).map((span): Finding => {
      const lines = span.start === span.end ? `Added line ${span.start} is` : `Added lines ${span.start}-${span.end} (${span.uncovered} measured) are`;
      return {
        ruleId: UNCOVERED_RULE_ID,
        level: 'note',
        path: file.path,
        startLine: span.start,
        endLine: span.end,
        message: `${lines} not covered by any test in the coverage reports.`,
        source: 'coverage',
        provenance: provenanceOf(authors.get(file.path), span),
        fingerprint: `${UNCOVERED_RULE_ID}:${file.path}:${span.start}-${span.end}`,
        helpUri: UNCOVERED_HELP_URI,
        onAddedLine: true,
      };
    }),
  );
}
