// Public surface of the renderers. Owned by src/report/. Pure functions: Report in, text or data out.
import type { Finding, Level, Report } from '../model.js';

/** GitHub's limits, named so tests can shrink them. */
export const LIMITS = {
  checkRunTextChars: 65_535,
  commentChars: 65_536,
  jobSummaryBytes: 1024 * 1024,
  annotationsPerRequest: 50,
  workflowAnnotationsPerLevel: 10,
};

export interface MarkdownOptions {
  /** Maximum length in characters; the renderer collapses detail to fit, never fails. */
  budget: number;
  /** Heading title, e.g. the check name. */
  title: string;
}

export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  return `## ${options.title}: ${report.verdict.status}\n`.slice(0, options.budget);
}

/** The `--json` report (schemaVersion 1), as text. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** A SARIF 2.1.0 log of diffgate's own findings. */
export function renderSarif(report: Report, toolVersion: string): object {
  return { version: '2.1.0', runs: [{ tool: { driver: { name: 'diffgate', version: toolVersion } }, results: [] }], _count: report.findings.length };
}

/** Findings in the order to show them: AI lines and errors first. */
export function rankFindings(findings: Finding[]): Finding[] {
  return [...findings];
}

export interface WorkflowAnnotation {
  level: Level;
  path: string;
  startLine: number;
  endLine: number;
  title: string;
  message: string;
}

/** Workflow-command annotations within GitHub's per-step caps, and how many were left out per level. */
export function selectWorkflowAnnotations(
  findings: Finding[],
  _perLevel: number = LIMITS.workflowAnnotationsPerLevel,
): { annotations: WorkflowAnnotation[]; omitted: Record<Level, number> } {
  return { annotations: [], omitted: { error: findings.length, warning: 0, note: 0 } };
}
