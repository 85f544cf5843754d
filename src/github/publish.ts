// Posting a finished report: check run (or workflow-command annotations when the token cannot create
// one), sticky comment, job summary. Every step that fails becomes a warning; none hides the verdict.
import type { Finding, Level, Report } from '../model.js';
import {
  checkRunTitle,
  describeOmitted,
  LIMITS,
  makeAttributor,
  rankFindings,
  renderMarkdown,
  renderPassingNote,
  selectWorkflowAnnotations,
  withoutWorkflowCommands,
  type Attributor,
  type ReportLinks,
  type WorkflowAnnotation,
} from '../report/index.js';
import { uncoveredFindings } from '../report/uncovered.js';
import { completeCheckRun, conclusionOf } from './checks.js';
import { commentMarker, upsertStickyComment, type CommentResult } from './comments.js';
import type { PublishConfig } from './config.js';
import type { GitHubGateway } from './gateway.js';

/** The runner's side of the step: workflow commands and the job summary (from @actions/core in main.ts). */
export interface ActionsRunner {
  annotate(annotation: WorkflowAnnotation): void;
  writeJobSummary(markdown: string): Promise<void>;
  info(message: string): void;
  warning(message: string): void;
  /** A notice annotation without a location (the "N more" line). Optional: older runners log it as info. */
  notice?(message: string): void;
  /** A collapsed log group (::group::). Optional: without it the lines are logged plainly. */
  group?(title: string, lines: string[]): void;
}

/** A runner that counts the workflow commands of the step, so findings and diffgate's own messages share GitHub's caps. */
export interface BudgetedRunner extends ActionsRunner {
  /** Commands of this level the step can still show, keeping room for diffgate's own later messages. */
  room(level: Level): number;
}

/**
 * Room kept for diffgate's own messages after the finding annotations: the step's one `::error`
 * (setFailed) and up to two warnings (a comment or job summary that could not be written).
 */
const RESERVED: Record<Level, number> = { error: 1, warning: 2, note: 0 };

/**
 * Wraps the runner so the step never shows more than `perLevel` errors, warnings and notices:
 * diffgate's own warnings beyond that go to the log as plain lines.
 */
export function budgetRunner(runner: ActionsRunner, perLevel: number = LIMITS.workflowAnnotationsPerLevel): BudgetedRunner {
  const used: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  const take = (level: Level): boolean => {
    if (used[level] >= perLevel) return false;
    used[level] += 1;
    return true;
  };
  return {
    annotate: (annotation) => {
      if (take(annotation.level)) runner.annotate(annotation);
    },
    writeJobSummary: (markdown) => runner.writeJobSummary(markdown),
    // Log lines may carry untrusted text (paths, refs): none may start a workflow command.
    info: (message) => runner.info(withoutWorkflowCommands(message)),
    warning: (message) => (take('warning') ? runner.warning(message) : runner.info(withoutWorkflowCommands(`warning: ${message}`))),
    ...(runner.group ? { group: (title: string, lines: string[]) => runner.group?.(withoutWorkflowCommands(title), lines.map(withoutWorkflowCommands)) } : {}),
    notice: (message) => (take('note') && runner.notice ? runner.notice(message) : runner.info(message)),
    room: (level) => Math.max(0, perLevel - used[level] - RESERVED[level]),
  };
}

function isBudgeted(runner: ActionsRunner): runner is BudgetedRunner {
  return typeof (runner as Partial<BudgetedRunner>).room === 'function';
}

export interface PublishTarget {
  checkName: string;
  /** The check run started for this run, or null when it could not be created. */
  checkRunId: number | null;
  /** The pull request to comment on; null for merge groups and pushes. */
  pullRequestNumber: number | null;
  /** Links for the Markdown: the repository (for file:line links) and the workflow run (job summary). */
  links?: ReportLinks;
}

export interface PublishResult {
  checkRunId: number | null;
  annotationsSent: number;
  workflowAnnotations: number;
  comment: CommentResult | null;
  jobSummaryWritten: boolean;
  /** Findings left without a check-run annotation by the per-run cap. */
  annotationsOmitted: number;
}

/** GitHub's limits, as parameters so tests can shrink them; the annotation cap defaults to LIMITS'. */
export type Limits = Omit<typeof LIMITS, 'checkRunAnnotations'> & { checkRunAnnotations?: number };

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
function markdownWithin(report: Report, title: string, budget: number, links?: ReportLinks, attribute?: Attributor): string {
  const full = renderMarkdown(report, { budget, title, ...(links ? { links } : {}), ...(attribute ? { attribute } : {}) });
  if (full.length <= budget) return full;
  const short = `## ${title}: ${report.verdict.status}\n\nThe full report did not fit here: see the job summary and the JSON report.\n`;
  return short.slice(0, budget);
}

/** The job summary is limited in bytes, the renderer in characters: one character is at most 3 UTF-8 bytes. */
export function jobSummaryMarkdown(report: Report, title: string, maxBytes: number, links?: ReportLinks, attribute: Attributor = makeAttributor(report.provenance)): string {
  const first = markdownWithin(report, title, maxBytes, links, attribute);
  if (Buffer.byteLength(first, 'utf8') <= maxBytes) return first;
  return markdownWithin(report, title, Math.floor(maxBytes / 3), links, attribute);
}

/**
 * Finding annotations as workflow commands, ranked, within what the step can still show (GitHub
 * shows `perLevel` of each level per step, diffgate's own messages included), and one notice
 * saying how many more are in the job summary.
 */
export function emitWorkflowAnnotations(
  report: Report,
  runner: ActionsRunner,
  perLevel: number,
  attribute: Attributor = makeAttributor(report.provenance),
  uncovered: Finding[] = [],
): number {
  const budgeted = isBudgeted(runner) ? runner : budgetRunner(runner, perLevel);
  const room = { error: budgeted.room('error'), warning: budgeted.room('warning'), note: budgeted.room('note') };
  // Uncovered ranges are notes: ranked with the other notes, within the same per-step budget.
  const findings = [...withAttribution(report, attribute), ...uncovered];
  let selection = selectWorkflowAnnotations(findings, room);
  const omitted = () => selection.omitted.error + selection.omitted.warning + selection.omitted.note;
  // The "N more" line is itself a notice: keep one notice free for it.
  if (omitted() > 0 && room.note > 0 && selection.annotations.filter((annotation) => annotation.level === 'note').length >= room.note) {
    selection = selectWorkflowAnnotations(findings, { ...room, note: room.note - 1 });
  }
  for (const annotation of selection.annotations) budgeted.annotate(annotation);
  const left = describeOmitted(selection.omitted);
  if (left !== null) budgeted.notice?.(`diffgate: ${left.replace('see the job summary', 'they are in the job summary')} (GitHub shows ${perLevel} annotations of each level per step).`);
  return selection.annotations.length;
}

/** Each AI-written finding's message says which commit and signal made its lines AI-written. */
function withAttribution(report: Report, attribute: Attributor): Finding[] {
  return report.findings.map((finding) => {
    const attribution = attribute(finding);
    const also = finding.alsoReportedBy?.length ? `\n\nAlso reported by ${finding.alsoReportedBy.map((entry) => `${entry.tool} ${entry.ruleId}`).join(', ')}.` : '';
    const who = attribution ? `\n\nAI-written: ${attribution.text}` : '';
    return also || who ? { ...finding, message: `${finding.message}${also}${who}` } : finding;
  });
}

export async function publishReport(
  report: Report,
  config: PublishConfig,
  target: PublishTarget,
  gateway: GitHubGateway | null,
  runner: ActionsRunner,
  limits: Limits = LIMITS,
): Promise<PublishResult> {
  const result: PublishResult = { checkRunId: null, annotationsSent: 0, workflowAnnotations: 0, comment: null, jobSummaryWritten: false, annotationsOmitted: 0 };
  const title = target.checkName;
  const links = target.links;
  // One attribution of the findings for the annotations, the check run, the comment and the job summary.
  const attribute = makeAttributor(report.provenance);
  // Optional notices for added lines no test covers, one per range (`annotate-uncovered`).
  const uncovered = config['annotate-uncovered'] ? uncoveredFindings(report) : [];

  let checkCompleted = false;
  if (gateway && target.checkRunId !== null) {
    // At most `checkRunAnnotations`, the highest-ranked; the summary says how many more there are.
    const cap = limits.checkRunAnnotations ?? LIMITS.checkRunAnnotations;
    const annotatable = [...withAttribution(report, attribute), ...uncovered];
    const annotated = rankFindings(annotatable).slice(0, cap);
    const omitted = annotatable.length - annotated.length;
    const omittedNote = omitted > 0 ? `\n> ${omitted} more finding(s) are not annotated (at most ${cap} per check run): see the job summary.\n` : '';
    const checkLinks = links ? { ...links, checkRunUrl: undefined } : undefined;
    try {
      const sent = await completeCheckRun(
        gateway,
        target.checkRunId,
        {
          output: { title: checkRunTitle(report), summary: markdownWithin(report, title, limits.checkRunTextChars - omittedNote.length, checkLinks, attribute) + omittedNote },
          conclusion: conclusionOf(report.verdict.status),
          findings: annotated,
        },
        limits.annotationsPerRequest,
      );
      for (const problem of sent.problems) runner.warning(problem);
      result.annotationsSent = sent.annotationsSent;
      result.annotationsOmitted = omitted;
      result.checkRunId = target.checkRunId;
      checkCompleted = sent.problems.length === 0;
    } catch (error) {
      runner.warning(`${message(error)}. Falling back to workflow annotations.`);
    }
  }
  if (!checkCompleted) result.workflowAnnotations = emitWorkflowAnnotations(report, runner, limits.workflowAnnotationsPerLevel, attribute, uncovered);
  // Without a completed check run there is nothing to link to.
  const postedLinks = links && !checkCompleted ? { ...links, checkRunUrl: undefined } : links;

  if (gateway && target.pullRequestNumber !== null && config.comment !== 'never') {
    const budget = limits.commentChars - commentMarker(target.checkName).length - 1;
    const failing = report.verdict.status === 'fail';
    try {
      result.comment = await upsertStickyComment(gateway, {
        issueNumber: target.pullRequestNumber,
        checkName: target.checkName,
        mode: config.comment,
        failing,
        // Once the gate passes, the comment says so briefly; the details stay in the check run and job summary.
        body: failing ? markdownWithin(report, title, budget, { ...postedLinks }, attribute) : renderPassingNote(report, { title, ...(postedLinks ? { links: postedLinks } : {}) }).slice(0, budget),
      });
      runner.info(`diffgate: pull request comment ${result.comment.action} (${result.comment.reason}).`);
    } catch (error) {
      runner.warning(message(error));
    }
  }

  if (config['job-summary']) {
    try {
      const summaryLinks = links ? { ...links, jobSummaryUrl: undefined, ...(checkCompleted ? {} : { checkRunUrl: undefined }) } : undefined;
      await runner.writeJobSummary(jobSummaryMarkdown(report, title, limits.jobSummaryBytes, summaryLinks, attribute));
      result.jobSummaryWritten = true;
    } catch (error) {
      runner.warning(`cannot write the job summary: ${message(error)}`);
    }
  }
  return result;
}
