// The check run: conclusion from the verdict, every finding as an annotation, sent in batches.
import type { Finding, Report, VerdictStatus } from '../model.js';
import { LIMITS, toCheckRunAnnotations, type CheckRunAnnotation } from '../report/index.js';
import type { CheckConclusion, CheckOutput, GitHubGateway } from './gateway.js';

const CONCLUSION: Record<VerdictStatus, CheckConclusion> = {
  pass: 'success',
  warn: 'neutral',
  fail: 'failure',
};

const TITLE_CHARS = 255;

export function conclusionOf(status: VerdictStatus): CheckConclusion {
  return CONCLUSION[status];
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

/** Ranked annotations (AI lines and errors first) cut into request-sized batches. */
export function annotationBatches(findings: Finding[], batchSize: number = LIMITS.annotationsPerRequest): CheckRunAnnotation[][] {
  const annotations = toCheckRunAnnotations(findings);
  const batches: CheckRunAnnotation[][] = [];
  for (let index = 0; index < annotations.length; index += batchSize) batches.push(annotations.slice(index, index + batchSize));
  return batches;
}

export function checkTitle(report: Report): string {
  const failed = report.verdict.conditions.filter((condition) => condition.status === 'fail').length;
  const warned = report.verdict.conditions.filter((condition) => condition.status === 'warn').length;
  const findings = report.findings.length;
  const parts = [
    report.verdict.status === 'fail' ? 'Gate failed' : report.verdict.status === 'warn' ? 'Passed with warnings' : 'Gate passed',
  ];
  if (failed > 0) parts.push(`${failed} condition${failed === 1 ? '' : 's'} failed`);
  if (warned > 0) parts.push(`${warned} warning${warned === 1 ? '' : 's'}`);
  parts.push(`${findings} finding${findings === 1 ? '' : 's'}`);
  return clip(parts.join(' · '), TITLE_CHARS);
}

export interface CheckRunResult {
  annotationsSent: number;
  requests: number;
  /** Problems that did not stop the completion (a batch that failed), as one-line messages. */
  problems: string[];
}

/**
 * Sends the annotations in batches and completes the check run with the last request. If a batch
 * fails, the check run is still completed (without the rest of the annotations) and the problem returned.
 */
export async function completeCheckRun(
  gateway: GitHubGateway,
  checkRunId: number,
  content: { output: Omit<CheckOutput, 'annotations'>; conclusion: CheckConclusion; findings: Finding[] },
  batchSize: number = LIMITS.annotationsPerRequest,
): Promise<CheckRunResult> {
  const batches = annotationBatches(content.findings, batchSize);
  const result: CheckRunResult = { annotationsSent: 0, requests: 0, problems: [] };
  const last = batches.pop() ?? [];
  try {
    for (const batch of batches) {
      result.requests += 1;
      await gateway.updateCheckRun(checkRunId, { output: { ...content.output, annotations: batch } });
      result.annotationsSent += batch.length;
    }
    result.requests += 1;
    await gateway.updateCheckRun(checkRunId, {
      output: last.length > 0 ? { ...content.output, annotations: last } : content.output,
      conclusion: content.conclusion,
    });
    result.annotationsSent += last.length;
    return result;
  } catch (error) {
    result.problems.push(error instanceof Error ? error.message : String(error));
  }
  // A request failed: complete the check run anyway, saying how many annotations are missing; if even
  // that is refused (a 422 on every update), with a short body, so a started check never stays in progress.
  const missing = content.findings.length - result.annotationsSent;
  const summary = `${content.output.summary}\n\n> ${missing} annotation(s) could not be sent; see the job summary.`;
  const attempts = await completeWithFallbacks(gateway, checkRunId, content.conclusion, [
    { ...content.output, summary: summary.length <= LIMITS.checkRunTextChars ? summary : content.output.summary },
    shortOutput(content.output.title),
  ]);
  result.requests += attempts.requests;
  result.problems.push(...attempts.problems);
  return result;
}

/** The fallback body: nothing that could have been the reason the full one was refused. */
function shortOutput(title: string): CheckOutput {
  return {
    title: clip(title, TITLE_CHARS),
    summary: 'GitHub refused the full report for this check run; the verdict above stands. See the job summary and the JSON report for the details.',
  };
}

/**
 * Completes the check run with the first output GitHub accepts, each tried once, in order: a bounded
 * number of requests (the gateway's own retries are bounded too, and never wait for a distant retry-after).
 * Throws the last refusal when every output was refused.
 */
export async function completeWithFallbacks(
  gateway: GitHubGateway,
  checkRunId: number,
  conclusion: CheckConclusion,
  outputs: CheckOutput[],
): Promise<{ requests: number; problems: string[] }> {
  const problems: string[] = [];
  let lastError: unknown = new Error('no output to complete the check run with');
  for (const [index, output] of outputs.entries()) {
    try {
      await gateway.updateCheckRun(checkRunId, { output, conclusion });
      return { requests: index + 1, problems };
    } catch (error) {
      lastError = error;
      if (index < outputs.length - 1) problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  throw lastError;
}

/** What a diffgate failure does to the check: fail it (closed, the default) or let it pass (open). */
export type OnError = 'fail' | 'pass';

export const DIFFGATE_ERROR_TITLE = 'diffgate error — not a finding in the code under review';

/**
 * Completes a check run when diffgate itself failed (bad setup, unreadable input, an API or a deadline),
 * so a started check never stays in progress. It is labelled as diffgate's error, not the code's; with
 * `on-error: pass` it concludes `neutral`, which branch protection counts as passing.
 */
export async function failCheckRun(gateway: GitHubGateway, checkRunId: number, message: string, onError: OnError = 'fail'): Promise<void> {
  const consequence =
    onError === 'fail'
      ? 'The check fails because `on-error: fail` (the default) fails closed; fix the cause and re-run.'
      : 'The check passes as neutral because `on-error: pass` is set; nothing was checked.';
  const summary = clip(
    `diffgate stopped before reaching a verdict. This is an error of diffgate or its setup, not a problem found in the code under review.\n\n\`\`\`text\n${message.replace(/```/g, "'''")}\n\`\`\`\n\n${consequence}`,
    LIMITS.checkRunTextChars,
  );
  await completeWithFallbacks(gateway, checkRunId, onError === 'fail' ? 'failure' : 'neutral', [
    { title: DIFFGATE_ERROR_TITLE, summary },
    { title: DIFFGATE_ERROR_TITLE, summary: 'diffgate stopped before reaching a verdict; see the workflow log.' },
  ]);
}
