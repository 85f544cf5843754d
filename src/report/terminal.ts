// The CLI's readable summary: plain text for a terminal, no Markdown. The same numbers, families
// and order as the Markdown; every piece of untrusted text on one line, without control characters,
// and cut, so a 20 MB scanner message prints as a few hundred characters.
import type { Finding, Report } from '../model.js';
import { describeAiShare } from '../provenance/summary.js';
import { describeBase, type ChosenRange } from './base.js';
import { describeSignal, makeAttributor, type Attributor } from './attribution.js';
import { conditionFamilies, describeFamilies } from './families.js';
import { formatCoverageCount } from './numbers.js';
import { describePolicyChange } from './policy-change.js';
import { rankFindings } from './rank.js';
import { terminalText } from './sanitize.js';
import { mutationTerminalLines } from './mutation.js';

/** Lines per list (findings, skipped files, AI commits) before "… and N more". */
export const MAX_LIST_LINES = 20;
/** Characters of one untrusted message. */
const MESSAGE_CHARS = 300;
/** Characters of a path, rule id or other short untrusted text. */
const SHORT_CHARS = 200;

function findingLine(finding: Finding, attribute: Attributor): string {
  const lines = finding.startLine === finding.endLine ? `${finding.startLine}` : `${finding.startLine}-${finding.endLine}`;
  const attribution = attribute(finding);
  const who = attribution ? `ai: ${terminalText(attribution.text, SHORT_CHARS)}` : finding.provenance;
  const also = finding.alsoReportedBy?.length ? ` (also reported by ${terminalText(finding.alsoReportedBy.map((entry) => `${entry.tool} ${entry.ruleId}`).join(', '), SHORT_CHARS)})` : '';
  return `  ${finding.level.padEnd(7)} ${terminalText(finding.path, SHORT_CHARS)}:${lines}  ${terminalText(finding.ruleId, SHORT_CHARS)} [${who}]  ${terminalText(finding.message, MESSAGE_CHARS)}${also}`;
}

/** The first MAX_LIST_LINES lines, and how many more there were. */
function capped(lines: string[], more: (count: number) => string): string[] {
  if (lines.length <= MAX_LIST_LINES) return lines;
  return [...lines.slice(0, MAX_LIST_LINES), more(lines.length - MAX_LIST_LINES)];
}

export function renderTerminalSummary(report: Report, options: { verbose: boolean; range?: ChosenRange | undefined; attribute?: Attributor }): string {
  const out: string[] = [];
  out.push(`diffgate: ${report.verdict.status.toUpperCase()}  (${terminalText(report.base.slice(0, 12), 12)}..${terminalText(report.head.slice(0, 12), 12)})`);
  if (report.policyChange) out.push(terminalText(describePolicyChange(report.policyChange), 1_000));
  if (!options.verbose) return out.join('\n') + '\n';
  if (options.range) out.push(describeBase(options.range));

  if (report.base === report.head) out.push('warning: the base and head are the same commit: there is nothing to compare, so nothing was checked');
  const added = report.files.reduce((sum, file) => sum + file.addedLines.length, 0);
  out.push(`files changed: ${report.files.length}, lines added: ${added}`);
  const { ai, human, unknown } = report.provenance.counts;
  out.push(`provenance (${report.provenance.mode}): ${ai} AI, ${human} human, ${unknown} unknown`);
  out.push(`  ${describeAiShare(report.provenance)}`);
  const commits = report.provenance.aiCommits.map(
    (commit) => `  AI commit ${commit.sha.slice(0, 7)}: ${terminalText([...new Set(commit.signals.map(describeSignal))].join('; '), MESSAGE_CHARS)}`,
  );
  out.push(...capped(commits, (count) => `  … and ${count} more AI commits (see --json)`));
  if (report.coverage) {
    out.push(`changed-line coverage: ${formatCoverageCount(report.coverage.changed)}, AI lines ${formatCoverageCount(report.coverage.ai)}`);
    const unmentioned = report.coverage.unmentioned;
    if (unmentioned.length > 0) {
      const listed = unmentioned.slice(0, 10).map((path) => terminalText(path, SHORT_CHARS));
      out.push(`  not in any coverage report: ${listed.join(', ')}${unmentioned.length > listed.length ? ` and ${unmentioned.length - listed.length} more` : ''}`);
    }
  }
  out.push(...mutationTerminalLines(report.mutation).map((line) => terminalText(line, MESSAGE_CHARS)));
  const families = conditionFamilies(report.verdict.conditions, report.coverage);
  if (families.length > 0) {
    out.push(`checks: ${describeFamilies(families)}`);
    for (const family of families) {
      out.push(`  ${family.status.padEnd(7)} ${family.name}: ${terminalText(family.summary, MESSAGE_CHARS)}`);
      // The condition ids, as the config names them, where they decided something.
      if (family.status !== 'fail' && family.status !== 'warn') continue;
      for (const condition of family.conditions) out.push(`      ${condition.status.padEnd(7)} ${terminalText(condition.id, SHORT_CHARS)}: ${terminalText(condition.message, MESSAGE_CHARS)}`);
    }
  }
  out.push(`findings: ${report.findings.length}`);
  // Errors and AI-written lines first, as in every other rendering.
  const attribute = options.attribute ?? makeAttributor(report.provenance);
  for (const finding of rankFindings(report.findings).slice(0, MAX_LIST_LINES)) out.push(findingLine(finding, attribute));
  if (report.findings.length > MAX_LIST_LINES) {
    out.push(`  … and ${report.findings.length - MAX_LIST_LINES} more (write them all with --json or --markdown)`);
  }
  for (const missing of report.missingEvidence) out.push(`missing evidence (${missing.kind}): ${terminalText(missing.detail, MESSAGE_CHARS)}`);
  const skipped = report.skipped.map((entry) => `skipped ${terminalText(entry.path, SHORT_CHARS)}: ${terminalText(entry.reason, MESSAGE_CHARS)}`);
  out.push(...capped(skipped, (count) => `… and ${count} more skipped (see --json)`));
  return out.join('\n') + '\n';
}
