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
  // A batch failed: complete the check run anyway, saying how many annotations are missing.
  const missing = content.findings.length - result.annotationsSent;
  const summary = `${content.output.summary}\n\n> ${missing} annotation(s) could not be sent; see the job summary.`;
  result.requests += 1;
  await gateway.updateCheckRun(checkRunId, {
    output: { ...content.output, summary: summary.length <= LIMITS.checkRunTextChars ? summary : content.output.summary },
    conclusion: content.conclusion,
  });
  return result;
}

/** Completes a check run when diffgate itself failed, so a started check never stays in progress. */
export async function failCheckRun(gateway: GitHubGateway, checkRunId: number, message: string): Promise<void> {
  await gateway.updateCheckRun(checkRunId, {
    output: {
      title: 'diffgate could not run',
      summary: clip(`diffgate stopped before reaching a verdict:\n\n\`\`\`text\n${message.replace(/```/g, "'''")}\n\`\`\``, LIMITS.checkRunTextChars),
    },
    conclusion: 'failure',
  });
}
