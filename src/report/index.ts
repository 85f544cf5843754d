// Public surface of the renderers. Owned by src/report/. Pure functions: Report in, text or data out.
import type { Finding, Level } from '../model.js';
import { LIMITS } from './limits.js';
import { selectWorkflowAnnotations as selectWithin, type WorkflowAnnotation } from './annotations.js';

export { LIMITS } from './limits.js';
export { renderMarkdown, OPEN_ROWS, type MarkdownOptions } from './markdown.js';
export { renderJson, toJsonReport, parseJsonReport, reportJsonSchema, jsonReportSchema, MAX_REPORT_BYTES, type JsonReport } from './json.js';
export { renderSarif, RULE_DOCS_BASE_URL, type SarifOptions } from './sarif.js';
export { rankFindings } from './rank.js';
export {
  ANNOTATION_LIMITS,
  describeOmitted,
  findingTitle,
  formatWorkflowCommand,
  toCheckRunAnnotations,
  type CheckRunAnnotation,
  type WorkflowAnnotation,
} from './annotations.js';
export { codeSpan, escapeMarkdown, plainText, terminalText, truncate, truncateUtf8, withoutWorkflowCommands } from './sanitize.js';
export { renderPassingNote } from './markdown.js';
export { checkRunTitle } from './title.js';
export { makeAttributor, linesPerCommit, type Attributor, type CommitLines } from './attribution.js';
export { describeBase, comparesNothing, type ChosenRange } from './base.js';
export type { ReportLinks } from './links.js';

/** Workflow-command annotations within GitHub's per-step caps, and how many were left out per level. */
export function selectWorkflowAnnotations(
  findings: Finding[],
  perLevel: number | Record<Level, number> = LIMITS.workflowAnnotationsPerLevel,
): { annotations: WorkflowAnnotation[]; omitted: Record<Level, number> } {
  return selectWithin(findings, perLevel);
}
