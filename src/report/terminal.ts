// The CLI's readable summary: plain text for a terminal, no Markdown.
import type { Finding, Report } from '../model.js';
import { describeAiShare } from '../provenance/summary.js';
import { describePolicyChange } from './policy-change.js';
import { rankFindings } from './rank.js';

const MAX_FINDINGS_SHOWN = 20;

function percent(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(1)}%`;
}

/** Terminal output: control characters in untrusted text could move the cursor or recolour the screen. */
function withoutControlCharacters(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += code < 0x20 || (code >= 0x7f && code <= 0x9f) ? ' ' : char;
  }
  return out;
}

function findingLine(finding: Finding): string {
  const lines = finding.startLine === finding.endLine ? `${finding.startLine}` : `${finding.startLine}-${finding.endLine}`;
  const message = withoutControlCharacters(finding.message);
  return `  ${finding.level.padEnd(7)} ${finding.path}:${lines}  ${finding.ruleId} [${finding.provenance}]  ${message}`;
}

export function renderTerminalSummary(report: Report, options: { verbose: boolean }): string {
  const out: string[] = [];
  out.push(`diffgate: ${report.verdict.status.toUpperCase()}  (${report.base.slice(0, 12)}..${report.head.slice(0, 12)})`);
  if (report.policyChange) out.push(withoutControlCharacters(describePolicyChange(report.policyChange)));
  if (!options.verbose) return out.join('\n') + '\n';

  const added = report.files.reduce((sum, file) => sum + file.addedLines.length, 0);
  out.push(`files changed: ${report.files.length}, lines added: ${added}`);
  const { ai, human, unknown } = report.provenance.counts;
  out.push(`provenance (${report.provenance.mode}): ${ai} AI, ${human} human, ${unknown} unknown`);
  out.push(`  ${describeAiShare(report.provenance)}`);
  for (const commit of report.provenance.aiCommits) {
    const tools = [...new Set(commit.signals.map((signal) => signal.tool ?? signal.source))].join(', ');
    out.push(`  AI commit ${commit.sha.slice(0, 12)}: ${tools}`);
  }
  if (report.coverage) {
    out.push(
      `changed-line coverage: ${percent(report.coverage.changed.percent)} of ${report.coverage.changed.measured} measured lines` +
        `, AI lines ${percent(report.coverage.ai.percent)} of ${report.coverage.ai.measured}`,
    );
    if (report.coverage.unmentioned.length > 0) out.push(`  not in any coverage report: ${report.coverage.unmentioned.join(', ')}`);
  }
  if (report.verdict.conditions.length > 0) {
    out.push('conditions:');
    for (const condition of report.verdict.conditions) {
      out.push(`  ${condition.status.padEnd(7)} ${condition.id}: ${condition.message}`);
    }
  }
  out.push(`findings: ${report.findings.length}`);
  // Errors and AI-written lines first, as in every other rendering.
  for (const finding of rankFindings(report.findings).slice(0, MAX_FINDINGS_SHOWN)) out.push(findingLine(finding));
  if (report.findings.length > MAX_FINDINGS_SHOWN) {
    out.push(`  … and ${report.findings.length - MAX_FINDINGS_SHOWN} more (write them all with --json or --markdown)`);
  }
  for (const missing of report.missingEvidence) out.push(`missing evidence (${missing.kind}): ${missing.detail}`);
  for (const skipped of report.skipped) out.push(`skipped ${skipped.path}: ${skipped.reason}`);
  return out.join('\n') + '\n';
}
