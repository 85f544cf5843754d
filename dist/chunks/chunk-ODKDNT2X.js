import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  conditionFamilies,
  describeFamilies,
  describePolicyChange,
  describeSignal,
  formatCoverageCount,
  makeAttributor,
  mutationTerminalLines,
  rankFindings
} from "./chunk-LEQONBCP.js";
import {
  describeBase
} from "./chunk-CL2UNNAW.js";
import {
  terminalText
} from "./chunk-IYN4SJJN.js";
import {
  describeAiShare
} from "./chunk-4ZF3IT7S.js";

// src/report/terminal.ts
var MAX_LIST_LINES = 20;
var MESSAGE_CHARS = 300;
var SHORT_CHARS = 200;
function findingLine(finding, attribute) {
  const lines = finding.startLine === finding.endLine ? `${finding.startLine}` : `${finding.startLine}-${finding.endLine}`;
  const attribution = attribute(finding);
  const who = attribution ? `ai: ${terminalText(attribution.text, SHORT_CHARS)}` : finding.provenance;
  const also = finding.alsoReportedBy?.length ? ` (also reported by ${terminalText(finding.alsoReportedBy.map((entry) => `${entry.tool} ${entry.ruleId}`).join(", "), SHORT_CHARS)})` : "";
  return `  ${finding.level.padEnd(7)} ${terminalText(finding.path, SHORT_CHARS)}:${lines}  ${terminalText(finding.ruleId, SHORT_CHARS)} [${who}]  ${terminalText(finding.message, MESSAGE_CHARS)}${also}`;
}
function capped(lines, more) {
  if (lines.length <= MAX_LIST_LINES) return lines;
  return [...lines.slice(0, MAX_LIST_LINES), more(lines.length - MAX_LIST_LINES)];
}
function renderTerminalSummary(report, options) {
  const out = [];
  out.push(`diffgate: ${report.verdict.status.toUpperCase()}  (${terminalText(report.base.slice(0, 12), 12)}..${terminalText(report.head.slice(0, 12), 12)})`);
  if (report.policyChange) out.push(terminalText(describePolicyChange(report.policyChange), 1e3));
  if (!options.verbose) return out.join("\n") + "\n";
  if (options.range) out.push(describeBase(options.range));
  if (report.base === report.head) out.push("warning: the base and head are the same commit: there is nothing to compare, so nothing was checked");
  const added = report.files.reduce((sum, file) => sum + file.addedLines.length, 0);
  out.push(`files changed: ${report.files.length}, lines added: ${added}`);
  const { ai, human, unknown } = report.provenance.counts;
  out.push(`provenance (${report.provenance.mode}): ${ai} AI, ${human} human, ${unknown} unknown`);
  out.push(`  ${describeAiShare(report.provenance)}`);
  const commits = report.provenance.aiCommits.map(
    (commit) => `  AI commit ${commit.sha.slice(0, 7)}: ${terminalText([...new Set(commit.signals.map(describeSignal))].join("; "), MESSAGE_CHARS)}`
  );
  out.push(...capped(commits, (count) => `  \u2026 and ${count} more AI commits (see --json)`));
  if (report.coverage) {
    out.push(`changed-line coverage: ${formatCoverageCount(report.coverage.changed)}, AI lines ${formatCoverageCount(report.coverage.ai)}`);
    const unmentioned = report.coverage.unmentioned;
    if (unmentioned.length > 0) {
      const listed = unmentioned.slice(0, 10).map((path) => terminalText(path, SHORT_CHARS));
      out.push(`  not in any coverage report: ${listed.join(", ")}${unmentioned.length > listed.length ? ` and ${unmentioned.length - listed.length} more` : ""}`);
    }
  }
  out.push(...mutationTerminalLines(report.mutation).map((line) => terminalText(line, MESSAGE_CHARS)));
  const families = conditionFamilies(report.verdict.conditions, report.coverage);
  if (families.length > 0) {
    out.push(`checks: ${describeFamilies(families)}`);
    for (const family of families) {
      out.push(`  ${family.status.padEnd(7)} ${family.name}: ${terminalText(family.summary, MESSAGE_CHARS)}`);
      if (family.status !== "fail" && family.status !== "warn") continue;
      for (const condition of family.conditions) out.push(`      ${condition.status.padEnd(7)} ${terminalText(condition.id, SHORT_CHARS)}: ${terminalText(condition.message, MESSAGE_CHARS)}`);
    }
  }
  out.push(`findings: ${report.findings.length}`);
  const attribute = options.attribute ?? makeAttributor(report.provenance);
  for (const finding of rankFindings(report.findings).slice(0, MAX_LIST_LINES)) out.push(findingLine(finding, attribute));
  if (report.findings.length > MAX_LIST_LINES) {
    out.push(`  \u2026 and ${report.findings.length - MAX_LIST_LINES} more (write them all with --json or --markdown)`);
  }
  for (const missing of report.missingEvidence) out.push(`missing evidence (${missing.kind}): ${terminalText(missing.detail, MESSAGE_CHARS)}`);
  const skipped = report.skipped.map((entry) => `skipped ${terminalText(entry.path, SHORT_CHARS)}: ${terminalText(entry.reason, MESSAGE_CHARS)}`);
  out.push(...capped(skipped, (count) => `\u2026 and ${count} more skipped (see --json)`));
  return out.join("\n") + "\n";
}

export {
  MAX_LIST_LINES,
  renderTerminalSummary
};
