// Posting a finished report: check run (or workflow-command annotations when the token cannot create
// one), sticky comment, job summary. Every step that fails becomes a warning; none hides the verdict.
import type { Report } from '../model.js';
import { describeOmitted, LIMITS, renderMarkdown, selectWorkflowAnnotations, type WorkflowAnnotation } from '../report/index.js';
import { checkTitle, completeCheckRun, conclusionOf } from './checks.js';
import { commentMarker, upsertStickyComment, type CommentResult } from './comments.js';
import type { PublishConfig } from './config.js';
import type { GitHubGateway } from './gateway.js';

/** The runner's side of the step: workflow commands and the job summary (from @actions/core in main.ts). */
export interface ActionsRunner {
  annotate(annotation: WorkflowAnnotation): void;
  writeJobSummary(markdown: string): Promise<void>;
  info(message: string): void;
  warning(message: string): void;
}

export interface PublishTarget {
  checkName: string;
  /** The check run started for this run, or null when it could not be created. */
  checkRunId: number | null;
  /** The pull request to comment on; null for merge groups and pushes. */
  pullRequestNumber: number | null;
}

export interface PublishResult {
  checkRunId: number | null;
  annotationsSent: number;
  workflowAnnotations: number;
  comment: CommentResult | null;
  jobSummaryWritten: boolean;
}

export type Limits = typeof LIMITS;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates the check run in progress; null (with a warning saying why and what to grant) when the token cannot. */
export async function startCheckRun(gateway: GitHubGateway | null, name: string, headSha: string, runner: ActionsRunner): Promise<number | null> {
  if (!gateway) return null;
  try {
    return await gateway.createCheckRun(name, headSha);
  } catch (error) {
    runner.warning(`${message(error)}. Falling back to workflow annotations and the job summary.`);
    return null;
  }
}

/** Markdown within `budget` characters; a short form when the renderer cannot fit (it should). */
function markdownWithin(report: Report, title: string, budget: number): string {
  const full = renderMarkdown(report, { budget, title });
  if (full.length <= budget) return full;
  const short = `## ${title}: ${report.verdict.status}\n\nThe full report did not fit here: see the job summary and the JSON report.\n`;
  return short.slice(0, budget);
}

/** The job summary is limited in bytes, the renderer in characters: one character is at most 3 UTF-8 bytes. */
export function jobSummaryMarkdown(report: Report, title: string, maxBytes: number): string {
  const first = markdownWithin(report, title, maxBytes);
  if (Buffer.byteLength(first, 'utf8') <= maxBytes) return first;
  return markdownWithin(report, title, Math.floor(maxBytes / 3));
}

export function emitWorkflowAnnotations(report: Report, runner: ActionsRunner, perLevel: number): number {
  const { annotations, omitted } = selectWorkflowAnnotations(report.findings, perLevel);
  for (const annotation of annotations) runner.annotate(annotation);
  const left = describeOmitted(omitted);
  if (left !== null) runner.info(`diffgate: ${left} (GitHub shows ${perLevel} annotations per level per step)`);
  return annotations.length;
}

export async function publishReport(
  report: Report,
  config: PublishConfig,
  target: PublishTarget,
  gateway: GitHubGateway | null,
  runner: ActionsRunner,
  limits: Limits = LIMITS,
): Promise<PublishResult> {
  const result: PublishResult = { checkRunId: null, annotationsSent: 0, workflowAnnotations: 0, comment: null, jobSummaryWritten: false };
  const title = target.checkName;

  let checkCompleted = false;
  if (gateway && target.checkRunId !== null) {
    try {
      const sent = await completeCheckRun(
        gateway,
        target.checkRunId,
        {
          output: { title: checkTitle(report), summary: markdownWithin(report, title, limits.checkRunTextChars) },
          conclusion: conclusionOf(report.verdict.status),
          findings: report.findings,
        },
        limits.annotationsPerRequest,
      );
      for (const problem of sent.problems) runner.warning(problem);
      result.annotationsSent = sent.annotationsSent;
      result.checkRunId = target.checkRunId;
      checkCompleted = sent.problems.length === 0;
    } catch (error) {
      runner.warning(`${message(error)}. Falling back to workflow annotations.`);
    }
  }
  if (!checkCompleted) result.workflowAnnotations = emitWorkflowAnnotations(report, runner, limits.workflowAnnotationsPerLevel);

  if (gateway && target.pullRequestNumber !== null && config.comment !== 'never') {
    const budget = limits.commentChars - commentMarker(target.checkName).length - 1;
    try {
      result.comment = await upsertStickyComment(gateway, {
        issueNumber: target.pullRequestNumber,
        checkName: target.checkName,
        mode: config.comment,
        failing: report.verdict.status === 'fail',
        body: markdownWithin(report, title, budget),
      });
      runner.info(`diffgate: pull request comment ${result.comment.action} (${result.comment.reason}).`);
    } catch (error) {
      runner.warning(message(error));
    }
  }

  if (config['job-summary']) {
    try {
      await runner.writeJobSummary(jobSummaryMarkdown(report, title, limits.jobSummaryBytes));
      result.jobSummaryWritten = true;
    } catch (error) {
      runner.warning(`cannot write the job summary: ${message(error)}`);
    }
  }
  return result;
}
