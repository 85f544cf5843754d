// Findings as annotations: check-run annotation objects, and workflow commands for when the token
// cannot create check runs (fork pull requests), within GitHub's per-step caps.
import type { Finding, Level } from '../model.js';
import { rankFindings } from './rank.js';
import { plainLines, plainText, truncateUtf8 } from './sanitize.js';

/** GitHub's limits on one check-run annotation. */
export const ANNOTATION_LIMITS = {
  titleChars: 255,
  messageBytes: 64 * 1024,
  rawDetailsBytes: 64 * 1024,
};

/** Workflow commands are cheap to read in a log; keep them far below the check-run limits. */
const WORKFLOW_MESSAGE_CHARS = 4_000;

export interface WorkflowAnnotation {
  level: Level;
  path: string;
  startLine: number;
  endLine: number;
  title: string;
  message: string;
}

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
  raw_details?: string;
}

const PROVENANCE_TEXT = { ai: 'AI-written line', human: 'human-written line', unknown: 'line of unknown authorship' } as const;

/** `empty-catch · AI-written line`, or `CodeQL js/sql-injection · …` for scanner results. */
export function findingTitle(finding: Finding): string {
  const rule = finding.source === 'sarif' && finding.tool ? `${finding.tool} ${finding.ruleId}` : finding.ruleId;
  return plainText(`${rule} · ${PROVENANCE_TEXT[finding.provenance]}`, ANNOTATION_LIMITS.titleChars);
}

/**
 * Workflow-command annotations within GitHub's caps (`perLevel` errors + warnings + notices per
 * step), the highest-ranked first, and how many were left out per level.
 */
export function selectWorkflowAnnotations(
  findings: Finding[],
  perLevel: number | Record<Level, number>,
): { annotations: WorkflowAnnotation[]; omitted: Record<Level, number> } {
  const room: Record<Level, number> = typeof perLevel === 'number' ? { error: perLevel, warning: perLevel, note: perLevel } : perLevel;
  const shown: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  const omitted: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  const annotations: WorkflowAnnotation[] = [];
  for (const finding of rankFindings(findings)) {
    if (shown[finding.level] >= room[finding.level]) {
      omitted[finding.level] += 1;
      continue;
    }
    shown[finding.level] += 1;
    annotations.push({
      level: finding.level,
      path: finding.path,
      startLine: finding.startLine,
      endLine: finding.endLine,
      title: findingTitle(finding),
      message: plainLines(finding.message, WORKFLOW_MESSAGE_CHARS),
    });
  }
  return { annotations, omitted };
}

/** One line saying what the annotations left out, or null when nothing was. */
export function describeOmitted(omitted: Record<Level, number>): string | null {
  const parts = (
    [
      ['error', 'errors'],
      ['warning', 'warnings'],
      ['note', 'notes'],
    ] as const
  )
    .filter(([level]) => omitted[level] > 0)
    .map(([level, many]) => `${omitted[level]} more ${omitted[level] === 1 ? level : many}`);
  return parts.length === 0 ? null : `${parts.join(', ')} not shown as annotations: see the job summary.`;
}

// GitHub's escaping for workflow commands (as in @actions/core): data, and property values.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND_OF_LEVEL: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** `::error file=…,line=…,endLine=…,title=…::message`, escaped so untrusted text stays data. */
export function formatWorkflowCommand(annotation: WorkflowAnnotation): string {
  const properties = [
    `file=${escapeProperty(annotation.path)}`,
    `line=${annotation.startLine}`,
    `endLine=${annotation.endLine}`,
    `title=${escapeProperty(annotation.title)}`,
  ];
  return `::${COMMAND_OF_LEVEL[annotation.level]} ${properties.join(',')}::${escapeData(annotation.message)}`;
}

const ANNOTATION_LEVEL: Record<Level, CheckRunAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', note: 'notice' };

/** Every finding as a check-run annotation, ranked; the caller sends them in batches. */
export function toCheckRunAnnotations(findings: Finding[]): CheckRunAnnotation[] {
  return rankFindings(findings).map((finding) => {
    const details = [
      `rule: ${finding.ruleId}`,
      finding.tool ? `tool: ${finding.tool}` : null,
      `source: ${finding.source}`,
      `provenance: ${finding.provenance}`,
      finding.securitySeverity !== undefined ? `security-severity: ${finding.securitySeverity}` : null,
      `fingerprint: ${finding.fingerprint}`,
      finding.helpUri ? `help: ${finding.helpUri}` : null,
    ].filter((line): line is string => line !== null);
    return {
      path: finding.path,
      start_line: finding.startLine,
      end_line: Math.max(finding.startLine, finding.endLine),
      annotation_level: ANNOTATION_LEVEL[finding.level],
      title: findingTitle(finding),
      message: truncateUtf8(plainLines(finding.message, ANNOTATION_LIMITS.messageBytes) || finding.ruleId, ANNOTATION_LIMITS.messageBytes),
      raw_details: truncateUtf8(plainLines(details.join('\n'), ANNOTATION_LIMITS.rawDetailsBytes), ANNOTATION_LIMITS.rawDetailsBytes),
    };
  });
}
