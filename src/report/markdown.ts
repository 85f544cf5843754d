// The verdict as Markdown: check-run summary, sticky comment, job summary. One renderer with a size
// budget: it renders everything, then drops table rows (saying how many), then whole detail
// sections, and as a last resort cuts whole lines — it never fails on size.
import type { ConditionResult, Finding, Level, Report, VerdictStatus } from '../model.js';
import { describeAiShare } from '../provenance/summary.js';
import { describePolicyChange } from './policy-change.js';
import { rankFindings } from './rank.js';
import { codeSpan, escapeMarkdown } from './sanitize.js';

export interface MarkdownOptions {
  /** Maximum length; the renderer collapses detail to fit, never fails. */
  budget: number;
  /** Heading title, e.g. the check name. */
  title: string;
  /** What `budget` counts: UTF-16 characters (comments, check runs) or UTF-8 bytes (job summary). */
  unit?: 'chars' | 'bytes';
  /** Where the rest can be read when rows are dropped (e.g. "the job summary"). */
  moreAt?: string;
}

/** Rows shown before a table's remainder goes under a collapsed `<details>`. */
export const OPEN_ROWS = 10;
/** The shortest list row the renderer writes: "- `x`: y" and a line break. */
const SHORTEST_LIST_ROW = 9;
/** Uncovered line ranges listed per file. */
const MAX_RANGES = 12;

const VERDICT_ICON: Record<VerdictStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const STATUS_ICON: Record<ConditionResult['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skipped: '➖' };
const LEVEL_TEXT: Record<Level, string> = { error: '❌ error', warning: '⚠️ warning', note: 'ℹ️ note' };
const WRITTEN_BY: Record<Finding['provenance'], string> = { ai: '🤖 AI', human: 'person', unknown: 'unknown' };

/** How much detail a rendering keeps; the renderer tries these from most to least. */
interface Detail {
  /** Rows kept per table (findings, coverage files, skipped files, AI commits). */
  rows: number;
  /** Whether the coverage-by-file, AI-commit and not-analysed sections are kept at all. */
  sections: boolean;
  /** Conditions as a full table, a table of the failing and warning ones, or their names only. */
  conditions: 'all' | 'decisive' | 'names';
}

export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const measure = options.unit === 'bytes' ? (text: string) => Buffer.byteLength(text, 'utf8') : (text: string) => text.length;
  const fits = (text: string) => measure(text) <= options.budget;
  // Rows are rendered once (and no more than the budget can hold); each attempt at a size only
  // chooses how many to keep.
  const cap = Math.floor(options.budget / SHORTEST_LIST_ROW) + 1;
  const rows: Rows = {
    findings: rankFindings(report.findings).slice(0, cap).map(findingRow),
    coverageFiles: coverageFileRows(report).slice(0, cap),
  };
  const render = (detail: Detail) => renderWithDetail(report, rows, options, detail);

  const longest = Math.max(
    report.findings.length,
    report.coverage?.files.length ?? 0,
    report.skipped.length + (report.provenance.skipped?.length ?? 0),
    report.provenance.aiCommits.length + report.provenance.pullRequestSignals.length,
  );
  if (longest < cap) {
    const full = render({ rows: longest, sections: true, conditions: 'all' });
    if (fits(full)) return full;
  }
  // No table can keep more rows than the budget holds, each row being at least this long (with
  // its line break): this bounds the search, and so the size of every attempt.
  const shortestRow = Math.min(SHORTEST_LIST_ROW, ...rows.findings.map((row) => row.length + 1), ...rows.coverageFiles.map((row) => row.length + 1));
  const most = Math.min(longest, Math.floor(options.budget / shortestRow));

  // The largest number of rows per table that fits, by bisection (each render is linear).
  const shapes: Omit<Detail, 'rows'>[] = [
    { sections: true, conditions: 'all' },
    { sections: false, conditions: 'all' },
    { sections: false, conditions: 'decisive' },
    { sections: false, conditions: 'names' },
  ];
  for (const shape of shapes) {
    if (!fits(render({ rows: 0, ...shape }))) continue;
    let low = 0;
    let high = most;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(render({ rows: mid, ...shape }))) low = mid;
      else high = mid - 1;
    }
    return render({ rows: low, ...shape });
  }
  return cutToFit(render({ rows: 0, sections: false, conditions: 'names' }), options.budget, measure);
}

/** Keeps whole lines while they fit, closing an open `<details>`; a tiny budget gets the verdict line cut. */
function cutToFit(text: string, budget: number, measure: (text: string) => number): string {
  const note = '\n\n… cut to fit the size limit.\n';
  const kept: string[] = [];
  let open = 0;
  for (const line of text.split('\n')) {
    const opens = (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    const candidate = [...kept, line].join('\n') + '\n</details>'.repeat(Math.max(0, open + opens)) + note;
    if (measure(candidate) > budget) break;
    kept.push(line);
    open += opens;
  }
  if (kept.length > 0) return kept.join('\n') + '\n</details>'.repeat(open) + note;
  let verdictLine = text.split('\n')[0] ?? '';
  while (verdictLine.length > 0 && measure(verdictLine) > budget) verdictLine = [...verdictLine].slice(0, -1).join('');
  return verdictLine;
}

/** Table rows of the long sections, already escaped, in the order shown (the first ones only). */
interface Rows {
  findings: string[];
  coverageFiles: string[];
}

function renderWithDetail(report: Report, rows: Rows, options: MarkdownOptions, detail: Detail): string {
  const moreAt = options.moreAt ?? 'the JSON report';
  const sections = [
    headline(report, options.title),
    report.policyChange ? `**Policy:** ${escapeMarkdown(describePolicyChange(report.policyChange), 500)}` : '',
    conditionsSection(report.verdict.conditions, detail.conditions),
    missingEvidenceSection(report),
    coverageSection(report, rows.coverageFiles, detail),
    findingsSection(report.findings, rows.findings, detail.rows, moreAt),
    scannerSection(report),
    detail.sections ? provenanceSection(report, detail.rows, moreAt) : '',
    detail.sections ? skippedSection(report, detail.rows, moreAt) : '',
    footer(report),
  ];
  return sections.filter((section) => section !== '').join('\n\n') + '\n';
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function headline(report: Report, title: string): string {
  const status = report.verdict.status;
  const failed = report.verdict.conditions.filter((condition) => condition.status === 'fail').length;
  const warned = report.verdict.conditions.filter((condition) => condition.status === 'warn').length;
  const conclusion =
    status === 'pass' ? 'all conditions passed' : [failed ? `${plural(failed, 'condition')} failed` : '', warned ? `${warned} warned` : ''].filter(Boolean).join(', ');
  const added = report.files.reduce((sum, file) => sum + file.addedLines.length, 0);
  const levels = countLevels(report.findings);
  const findings =
    report.findings.length === 0
      ? 'no findings'
      : `${plural(report.findings.length, 'finding')} (${levelCounts(levels)})`;
  return [
    `## ${VERDICT_ICON[status]} ${escapeMarkdown(title, 100)}: ${status}`,
    '',
    `**${conclusion}** · ${plural(report.files.length, 'file')}, ${plural(added, 'added line')} · ${findings}`,
    '',
    escapeMarkdown(describeAiShare(report.provenance), 1_000),
  ].join('\n');
}

function levelCounts(levels: Record<Level, number>): string {
  return `${plural(levels.error, 'error')}, ${plural(levels.warning, 'warning')}, ${plural(levels.note, 'note')}`;
}

function countLevels(findings: Finding[]): Record<Level, number> {
  const counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.level] += 1;
  return counts;
}

function formatValue(value: number | string | null, unit: ConditionResult['unit']): string {
  if (value === null) return '—';
  if (typeof value === 'string') return escapeMarkdown(value, 40);
  if (unit === '%') return `${value}%`;
  if (unit === 'pp') return `${value} pp`;
  return String(value);
}

function formatThreshold(condition: ConditionResult): string {
  const value = formatValue(condition.threshold, condition.unit);
  if (condition.threshold === null || !condition.operator) return value;
  return `${condition.operator === '>=' ? '≥' : '≤'} ${value}`;
}

function conditionsSection(conditions: ConditionResult[], shape: Detail['conditions']): string {
  const row = (condition: ConditionResult) =>
    `| ${STATUS_ICON[condition.status]} | ${codeSpan(condition.id, { inTable: true, max: 120 })} | ${formatValue(condition.actual, condition.unit)} | ${formatThreshold(condition)} | ${escapeMarkdown(condition.message, 400)} |`;
  const header = ['| | Condition | Actual | Threshold | |', '|---|---|---|---|---|'];
  const decisive = conditions.filter((condition) => condition.status === 'fail' || condition.status === 'warn');
  const passed = conditions.filter((condition) => condition.status === 'pass');
  const skipped = conditions.filter((condition) => condition.status === 'skipped');
  const lines = ['### Conditions'];
  const rest = `${plural(passed.length, 'condition')} passed, ${skipped.length} not checked.`;
  if (shape === 'names') {
    const names = (status: 'fail' | 'warn') =>
      conditions.filter((condition) => condition.status === status).map((condition) => codeSpan(condition.id, { inTable: false, max: 60 }));
    const failed = names('fail');
    const warned = names('warn');
    if (failed.length > 0) lines.push('', `Failed: ${failed.join(', ')}.`);
    if (warned.length > 0) lines.push('', `Warned: ${warned.join(', ')}.`);
    lines.push('', rest);
    return lines.join('\n');
  }
  if (shape === 'decisive') {
    if (decisive.length > 0) lines.push('', ...header, ...decisive.map(row));
    lines.push('', rest);
    return lines.join('\n');
  }
  const shown = [...decisive, ...passed];
  if (shown.length > 0) lines.push('', ...header, ...shown.map(row));
  if (skipped.length > 0) {
    lines.push(
      '',
      `<details><summary>${plural(skipped.length, 'condition')} not checked</summary>`,
      '',
      ...skipped.map((condition) => `- ${codeSpan(condition.id, { inTable: false, max: 120 })}: ${escapeMarkdown(condition.message, 400)}`),
      '',
      '</details>',
    );
  }
  return lines.join('\n');
}

function missingEvidenceSection(report: Report): string {
  if (report.missingEvidence.length === 0) return '';
  return [
    '### Missing evidence',
    '',
    ...report.missingEvidence.map((entry) => `- **${entry.kind}**: ${escapeMarkdown(entry.detail, 500)}`),
  ].join('\n');
}

function formatCount(count: { measured: number; covered: number; percent: number | null }): string {
  if (count.percent === null || count.measured === 0) return '—';
  return `${(Math.floor(count.percent * 10) / 10).toFixed(1)}% (${count.covered}/${count.measured})`;
}

/** `3-5, 9, 12-14`, at most MAX_RANGES ranges. */
export function formatLineRanges(lines: number[]): string {
  const ranges: string[] = [];
  const sorted = [...lines].sort((a, b) => a - b);
  for (let index = 0; index < sorted.length; ) {
    const start = sorted[index]!;
    let end = start;
    while (index + 1 < sorted.length && sorted[index + 1] === end + 1) end = sorted[++index]!;
    index += 1;
    ranges.push(start === end ? `${start}` : `${start}-${end}`);
  }
  return ranges.length > MAX_RANGES ? `${ranges.slice(0, MAX_RANGES).join(', ')}, … (${ranges.length - MAX_RANGES} more)` : ranges.join(', ');
}

function coverageFileRows(report: Report): string[] {
  // Least covered first: that is where the tests are missing.
  const files = [...(report.coverage?.files ?? [])].sort((a, b) => b.uncoveredLines.length - a.uncoveredLines.length || (a.path < b.path ? -1 : 1));
  return files.map(
    (file) =>
      `| ${codeSpan(file.path, { inTable: true })} | ${formatCount({ ...file, percent: file.measured ? (file.covered / file.measured) * 100 : null })} | ${formatCount(file.ai)} | ${formatLineRanges(file.uncoveredLines) || '—'} |`,
  );
}

function coverageSection(report: Report, fileRows: string[], detail: Detail): string {
  const coverage = report.coverage;
  if (!coverage) return '';
  const lines = [
    '### Coverage of added lines',
    '',
    `All added lines: **${formatCount(coverage.changed)}** · AI-written lines: **${formatCount(coverage.ai)}**` +
      (coverage.branches ? ` · branches: ${formatCount(coverage.branches)}` : ''),
  ];
  if (coverage.unmentioned.length > 0) {
    const listed = coverage.unmentioned.slice(0, Math.max(detail.rows, 3));
    const rest = coverage.unmentioned.length - listed.length;
    lines.push(
      '',
      `In no coverage report (not counted): ${listed.map((path) => codeSpan(path, { inTable: false })).join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`,
    );
  }
  if (detail.sections && fileRows.length > 0) {
    const rows = fileRows.slice(0, detail.rows);
    lines.push(
      '',
      `<details><summary>Coverage by file (${plural(coverage.files.length, 'file')})</summary>`,
      '',
      '| File | Added lines covered | AI lines covered | Uncovered lines |',
      '|---|---|---|---|',
      ...rows,
      ...moreLine(coverage.files.length - rows.length, ['file', 'files'], 'the JSON report'),
      '',
      '</details>',
    );
  }
  return lines.join('\n');
}

function moreLine(count: number, [one, many]: [string, string], where: string): string[] {
  return count > 0 ? ['', `… and ${plural(count, `more ${one}`, `more ${many}`)} (see ${where}).`] : [];
}

function findingRow(finding: Finding): string {
  const where = finding.startLine === finding.endLine ? `${finding.path}:${finding.startLine}` : `${finding.path}:${finding.startLine}-${finding.endLine}`;
  const rule = finding.source === 'sarif' && finding.tool ? `${finding.tool} ${finding.ruleId}` : finding.ruleId;
  return `| ${LEVEL_TEXT[finding.level]} | ${codeSpan(where, { inTable: true })} | ${codeSpan(rule, { inTable: true, max: 120 })} | ${WRITTEN_BY[finding.provenance]} | ${escapeMarkdown(finding.message)} |`;
}

function findingsSection(findings: Finding[], rankedRows: string[], rowLimit: number, moreAt: string): string {
  if (findings.length === 0) return '';
  const kept = rankedRows.slice(0, rowLimit);
  const header = ['| Level | Where | Rule | Written by | Message |', '|---|---|---|---|---|'];
  const levels = countLevels(findings);
  const lines = [`### Findings`, '', `${levelCounts(levels)}; errors first, then AI-written lines.`];
  const open = kept.slice(0, OPEN_ROWS);
  const folded = kept.slice(OPEN_ROWS);
  if (open.length > 0) lines.push('', ...header, ...open);
  if (folded.length > 0) {
    lines.push('', `<details><summary>${plural(folded.length, 'more finding')}</summary>`, '', ...header, ...folded, '', '</details>');
  }
  lines.push(...moreLine(findings.length - kept.length, ['finding', 'findings'], moreAt));
  return lines.join('\n');
}

function provenanceSection(report: Report, rowLimit: number, moreAt: string): string {
  const commits = report.provenance.aiCommits;
  const pullRequestSignals = report.provenance.pullRequestSignals;
  if (commits.length === 0 && pullRequestSignals.length === 0) return '';
  const lines = [`<details><summary>AI signals (${plural(commits.length, 'commit')})</summary>`, ''];
  for (const signal of pullRequestSignals.slice(0, rowLimit)) {
    lines.push(`- pull request: ${escapeMarkdown(signal.tool ?? signal.source, 60)} (${escapeMarkdown(signal.detail, 200)})`);
  }
  const kept = commits.slice(0, rowLimit);
  for (const commit of kept) {
    const tools = [...new Set(commit.signals.map((signal) => signal.tool ?? signal.source))].join(', ');
    lines.push(`- ${codeSpan(commit.sha.slice(0, 12), { inTable: false })}: ${escapeMarkdown(tools, 200)}`);
  }
  lines.push(...moreLine(commits.length - kept.length, ['commit', 'commits'], moreAt), '', '</details>');
  return lines.join('\n');
}

function skippedSection(report: Report, rowLimit: number, moreAt: string): string {
  const entries = [...report.skipped, ...(report.provenance.skipped ?? [])];
  if (entries.length === 0) return '';
  const kept = entries.slice(0, rowLimit);
  return [
    `<details><summary>Not analysed (${plural(entries.length, 'entry', 'entries')})</summary>`,
    '',
    ...kept.map((entry) => `- ${codeSpan(entry.path, { inTable: false })}: ${escapeMarkdown(entry.reason)}`),
    ...moreLine(entries.length - kept.length, ['entry', 'entries'], moreAt),
    '',
    '</details>',
  ].join('\n');
}

/** What the SARIF inputs held beyond the findings: counted, so nothing disappears unsaid. */
function scannerSection(report: Report): string {
  const summary = report.sarif;
  if (!summary) return '';
  const results = summary.inputs.reduce((sum, input) => sum + input.results, 0);
  const tools = [...new Set(summary.inputs.flatMap((input) => input.tools))];
  const parts = [
    `${plural(results, 'result')} from ${plural(summary.inputs.length, 'SARIF file')}${tools.length ? ` (${tools.map((tool) => escapeMarkdown(tool, 60)).join(', ')})` : ''}`,
    `${summary.kept} kept`,
    summary.outsideFilter ? `${summary.outsideFilter} outside the changed lines` : '',
    summary.notNew ? `${summary.notNew} suppressed or not new` : '',
    summary.notFailures ? `${summary.notFailures} not failures` : '',
    summary.unlocated.length ? `${summary.unlocated.length} without a location in the repository` : '',
  ].filter(Boolean);
  return `Scanners: ${parts.join(' · ')}.`;
}

function footer(report: Report): string {
  const short = (sha: string) => sha.replace(/[^0-9a-zA-Z]/g, '').slice(0, 12);
  return `<sub>diffgate · ${short(report.base)}…${short(report.head)}</sub>`;
}
