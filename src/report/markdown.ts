// The verdict as Markdown: check-run summary, sticky comment, job summary. Written for the
// reviewer: the verdict and why, then what blocks (each problem once, linked, AI-written first),
// then the checks folded to one row per family, then coverage and provenance.
//
// One renderer with a size budget: it renders everything, then drops list and table rows (saying
// how many), then whole detail sections, and as a last resort cuts whole lines — never fails on size.
import type { ConditionResult, Finding, Level, Report, Signal, VerdictStatus } from '../model.js';
import { describeAiShare } from '../provenance/summary.js';
import { linesPerCommit, makeAttributor, type Attributor, type CommitLines } from './attribution.js';
import { decisiveFindings, findingKey } from './blocking.js';
import { conditionFamilies, describeFamilies, type ConditionFamily } from './families.js';
import { fileLineUrl, ruleUrl, type ReportLinks } from './links.js';
import { formatCoverageCount } from './numbers.js';
import { describePolicyChange } from './policy-change.js';
import { rankFindings } from './rank.js';
import { codeSpan, escapeMarkdown } from './sanitize.js';
import { mutationMarkdownSection } from './mutation.js';

export interface MarkdownOptions {
  /** Maximum length; the renderer collapses detail to fit, never fails. */
  budget: number;
  /** Heading title, e.g. the check name. */
  title: string;
  /** What `budget` counts: UTF-16 characters (comments, check runs) or UTF-8 bytes (job summary). */
  unit?: 'chars' | 'bytes';
  /** Where the rest can be read when rows are dropped (e.g. "the job summary"). */
  moreAt?: string;
  /** Links to files, rule docs, the check run and the job summary; without them, plain code spans. */
  links?: ReportLinks;
  /** The report's finding attribution, when the caller renders the same report several times (built once). */
  attribute?: Attributor;
}

/** Rows shown before a list's remainder goes under a collapsed `<details>`. */
export const OPEN_ROWS = 10;
/** The shortest list row the renderer writes: "- `x`: y" and a line break. */
const SHORTEST_LIST_ROW = 9;
/** Uncovered line ranges listed per file. */
const MAX_RANGES = 12;
/** Characters of a finding's message in the "what blocks" list: one line, the why. */
const WHY_CHARS = 200;

const VERDICT_ICON: Record<VerdictStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const STATUS_ICON: Record<ConditionResult['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skipped: '➖' };
const LEVEL_TEXT: Record<Level, string> = { error: '❌ error', warning: '⚠️ warning', note: 'ℹ️ note' };
const WRITTEN_BY: Record<Finding['provenance'], string> = { ai: '🤖 AI', human: 'person', unknown: 'unknown' };

/** How much detail a rendering keeps; the renderer tries these from most to least. */
interface Detail {
  /** Rows kept per list (findings, coverage files, skipped files, AI commits). */
  rows: number;
  /** Whether the coverage-by-file, other-findings, AI-commit, not-analysed and all-conditions sections are kept. */
  sections: boolean;
  /** Check families as a table with the passing ones folded, a table of the failing and warning ones, or names only. */
  conditions: 'all' | 'decisive' | 'names';
}

/** What every attempt at a size shares: computed once. */
interface Prepared {
  families: ConditionFamily[];
  /** Rendered rows, in the order shown (the first ones only). */
  blocking: string[];
  blockingCount: number;
  others: string[];
  othersCount: number;
  coverageFiles: string[];
}

export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const measure = options.unit === 'bytes' ? (text: string) => Buffer.byteLength(text, 'utf8') : (text: string) => text.length;
  const fits = (text: string) => measure(text) <= options.budget;
  // Rows are rendered once (and no more than the budget can hold); each attempt at a size only
  // chooses how many to keep.
  const cap = Math.floor(options.budget / SHORTEST_LIST_ROW) + 1;
  const links = options.links ?? {};
  const attribute = options.attribute ?? makeAttributor(report.provenance);
  const blocking = aiFirst(decisiveFindings(report));
  const blockingKeys = new Set(blocking.map(findingKey));
  const others = rankFindings(report.findings).filter((finding) => !blockingKeys.has(findingKey(finding)));
  const prepared: Prepared = {
    families: conditionFamilies(report.verdict.conditions, report.coverage),
    blocking: blocking.slice(0, cap).map((finding) => blockingRow(report, finding, links, attribute)),
    blockingCount: blocking.length,
    others: others.slice(0, cap).map(findingRow),
    othersCount: others.length,
    coverageFiles: coverageFileRows(report).slice(0, cap),
  };
  const render = (detail: Detail) => renderWithDetail(report, prepared, options, detail);

  const longest = Math.max(
    blocking.length,
    others.length,
    report.coverage?.files.length ?? 0,
    report.skipped.length + (report.provenance.skipped?.length ?? 0),
    report.provenance.aiCommits.length + report.provenance.pullRequestSignals.length,
  );
  if (longest < cap) {
    const full = render({ rows: longest, sections: true, conditions: 'all' });
    if (fits(full)) return full;
  }
  // No list can keep more rows than the budget holds, each row being at least this long (with
  // its line break): this bounds the search, and so the size of every attempt.
  const rowLengths = [...prepared.blocking, ...prepared.others, ...prepared.coverageFiles].map((row) => row.length + 1);
  const shortestRow = Math.min(SHORTEST_LIST_ROW, ...rowLengths);
  const most = Math.min(longest, Math.floor(options.budget / shortestRow));

  // The largest number of rows per list that fits, by bisection (each render is linear).
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

/**
 * The short body a sticky comment gets once the gate passes again: the reviewer sees it changed,
 * and the details stay in the check run and the job summary.
 */
export function renderPassingNote(report: Report, options: Pick<MarkdownOptions, 'title' | 'links'>): string {
  const families = conditionFamilies(report.verdict.conditions, report.coverage);
  const status = report.verdict.status;
  const now = status === 'pass' ? 'now passing' : 'now passing, with warnings';
  return [`## ${VERDICT_ICON[status]} ${escapeMarkdown(options.title, 100)}: ${now}`, '', `${capitalise(describeFamilies(families))}.`, '', footer(report, options.links ?? {})].join('\n') + '\n';
}

/** AI-written lines first (the reviewer's first question), in rank order otherwise. */
function aiFirst(findings: Finding[]): Finding[] {
  return [...findings.filter((finding) => finding.provenance === 'ai'), ...findings.filter((finding) => finding.provenance !== 'ai')];
}

/** The renderer's own `<details>` lines: they always start a line (untrusted text never does). */
function detailsDepthChange(line: string): number {
  if (line.startsWith('<details>')) return 1;
  if (line === '</details>') return -1;
  return 0;
}

/** Keeps whole lines while they fit, closing an open `<details>`; a tiny budget gets the verdict line cut. */
function cutToFit(text: string, budget: number, measure: (text: string) => number): string {
  const note = '\n\n… cut to fit the size limit.\n';
  const kept: string[] = [];
  let open = 0;
  for (const line of text.split('\n')) {
    const opens = detailsDepthChange(line);
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

function renderWithDetail(report: Report, prepared: Prepared, options: MarkdownOptions, detail: Detail): string {
  const moreAt = options.moreAt ?? 'the JSON report';
  const links = options.links ?? {};
  const sections = [
    headline(report, prepared.families, options.title),
    report.policyChange ? `**Policy:** ${escapeMarkdown(describePolicyChange(report.policyChange), 500)}` : '',
    blockingSection(report, prepared, detail.rows, moreAt),
    familiesSection(prepared.families, detail.conditions),
    missingEvidenceSection(report),
    coverageSection(report, prepared.coverageFiles, detail),
    mutationMarkdownSection(report.mutation),
    detail.sections ? otherFindingsSection(prepared, detail.rows, moreAt) : '',
    provenanceSection(report, detail.sections ? detail.rows : 0, moreAt),
    scannerSection(report),
    detail.sections ? skippedSection(report, detail.rows, moreAt) : '',
    detail.sections && detail.conditions === 'all' ? allConditionsSection(report.verdict.conditions) : '',
    footer(report, links),
  ];
  return sections.filter((section) => section !== '').join('\n\n') + '\n';
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The verdict and, in one line, why. */
function headline(report: Report, families: ConditionFamily[], title: string): string {
  const status = report.verdict.status;
  const failing = families.filter((family) => family.status === 'fail').map((family) => family.name);
  const warning = families.filter((family) => family.status === 'warn').map((family) => family.name);
  const why =
    status === 'fail'
      ? `Failed on ${failing.join(', ')}${warning.length > 0 ? `; warnings on ${warning.join(', ')}` : ''}.`
      : status === 'warn'
        ? `Passed, with warnings on ${warning.join(', ')}.`
        : `${capitalise(describeFamilies(families))}.`;
  const added = report.files.reduce((sum, file) => sum + file.addedLines.length, 0);
  const counted = status === 'pass' ? '' : ` ${capitalise(describeFamilies(families))} ·`;
  const lines = [`## ${VERDICT_ICON[status]} ${escapeMarkdown(title, 100)}: ${status}`, '', `**${why}**${counted} ${plural(report.files.length, 'file')}, ${plural(added, 'added line')}`];
  if (report.base === report.head) {
    lines.push('', `> ⚠️ The base and head are the same commit: there is nothing to compare, so nothing was checked. Check which base was chosen.`);
  }
  return lines.join('\n');
}

function findingWhere(finding: Finding): string {
  return finding.startLine === finding.endLine ? `${finding.path}:${finding.startLine}` : `${finding.path}:${finding.startLine}-${finding.endLine}`;
}

function ruleName(finding: Finding): string {
  return finding.source === 'sarif' && finding.tool ? `${finding.tool} ${finding.ruleId}` : finding.ruleId;
}

function linked(text: string, url: string | null): string {
  return url ? `[${text}](${url})` : text;
}

/** `- [`src/a.ts:3`](…) — [`throw-literal`](…) — why · 🤖 AI: `3c61862 · Co-Authored-By: Claude`` */
function blockingRow(report: Report, finding: Finding, links: ReportLinks, attribute: Attributor): string {
  const where = linked(codeSpan(findingWhere(finding), { inTable: false }), fileLineUrl(links, report.head, finding));
  const rule = linked(codeSpan(ruleName(finding), { inTable: false, max: 120 }), ruleUrl(links, finding));
  const attribution = attribute(finding);
  const who = finding.provenance === 'ai' ? ` · 🤖 AI${attribution ? `: ${escapeMarkdown(attribution.text, 200)}` : ''}` : '';
  return `- ${where} — ${rule} — ${escapeMarkdown(finding.message || finding.ruleId, WHY_CHARS)}${alsoReported(finding)}${who}`;
}

/** ` · also reported by ESLint `no-empty`` for a finding a scanner reported too. */
function alsoReported(finding: Finding): string {
  if (!finding.alsoReportedBy?.length) return '';
  const names = finding.alsoReportedBy.slice(0, 3).map((entry) => `${escapeMarkdown(entry.tool, 40)} ${codeSpan(entry.ruleId, { inTable: true, max: 80 })}`);
  return ` · also reported by ${names.join(', ')}`;
}

function blockingSection(report: Report, prepared: Prepared, rowLimit: number, moreAt: string): string {
  if (prepared.blockingCount === 0) return '';
  const heading = report.verdict.status === 'fail' ? 'What blocks' : 'What to look at';
  const kept = prepared.blocking.slice(0, rowLimit);
  const open = kept.slice(0, OPEN_ROWS);
  const folded = kept.slice(OPEN_ROWS);
  const lines = [`### ${heading} (${prepared.blockingCount})`];
  if (open.length > 0) lines.push('', ...open);
  if (folded.length > 0) lines.push('', `<details><summary>${plural(folded.length, 'more')}</summary>`, '', ...folded, '', '</details>');
  lines.push(...moreLine(prepared.blockingCount - kept.length, ['problem', 'problems'], moreAt));
  return lines.join('\n');
}

function familyRow(family: ConditionFamily): string {
  const verdict = family.status === 'skipped' ? '' : ` → ${family.status}`;
  return `| ${STATUS_ICON[family.status]} | ${escapeMarkdown(family.name, 60)} | ${escapeMarkdown(family.summary, 600)}${verdict} |`;
}

function familiesSection(families: ConditionFamily[], shape: Detail['conditions']): string {
  const decisive = families.filter((family) => family.status === 'fail' || family.status === 'warn');
  const rest = families.filter((family) => family.status === 'pass' || family.status === 'skipped');
  const passed = rest.filter((family) => family.status === 'pass').length;
  const restText = `${plural(passed, 'check')} passed, ${rest.length - passed} not checked`;
  const lines = ['### Checks'];
  if (shape === 'names') {
    const names = (status: 'fail' | 'warn') => families.filter((family) => family.status === status).map((family) => family.name);
    if (names('fail').length > 0) lines.push('', `Failed: ${names('fail').join(', ')}.`);
    if (names('warn').length > 0) lines.push('', `Warned: ${names('warn').join(', ')}.`);
    lines.push('', `${capitalise(restText)}.`);
    return lines.join('\n');
  }
  const header = ['| | Check | Result |', '|---|---|---|'];
  if (decisive.length > 0) lines.push('', ...header, ...decisive.map(familyRow));
  if (shape === 'decisive' || rest.length === 0) {
    if (rest.length > 0) lines.push('', `${capitalise(restText)}.`);
    return lines.join('\n');
  }
  lines.push('', `<details><summary>${restText}</summary>`, '', ...header, ...rest.map(familyRow), '', '</details>');
  return lines.join('\n');
}

/** Every condition as the policy names it, for whoever tunes the config: folded, at the end. */
function allConditionsSection(conditions: ConditionResult[]): string {
  if (conditions.length === 0) return '';
  const row = (condition: ConditionResult) =>
    `| ${STATUS_ICON[condition.status]} | ${codeSpan(condition.id, { inTable: true, max: 120 })} | ${formatValue(condition.actual, condition.unit)} | ${formatThreshold(condition)} | ${escapeMarkdown(condition.message, 400)} |`;
  return [
    `<details><summary>All conditions (${conditions.length})</summary>`,
    '',
    '| | Condition | Actual | Threshold | |',
    '|---|---|---|---|---|',
    ...conditions.map(row),
    '',
    '</details>',
  ].join('\n');
}

function formatValue(value: number | string | null, unit: ConditionResult['unit']): string {
  if (value === null) return '—';
  if (typeof value === 'string') return escapeMarkdown(value, 40);
  if (unit === '%') return `${value.toFixed(1)}%`;
  if (unit === 'pp') return `${value} pp`;
  return String(value);
}

function formatThreshold(condition: ConditionResult): string {
  const value = condition.unit === '%' && typeof condition.threshold === 'number' ? `${condition.threshold}%` : formatValue(condition.threshold, condition.unit);
  if (condition.threshold === null || !condition.operator) return value;
  return `${condition.operator === '>=' ? '≥' : '≤'} ${value}`;
}

function missingEvidenceSection(report: Report): string {
  if (report.missingEvidence.length === 0) return '';
  return [
    '### Missing evidence',
    '',
    ...report.missingEvidence.map((entry) => `- **${entry.kind}**: ${escapeMarkdown(entry.detail, 500)}`),
  ].join('\n');
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
    (file) => `| ${codeSpan(file.path, { inTable: true })} | ${formatCoverageCount(file)} | ${formatCoverageCount(file.ai)} | ${formatLineRanges(file.uncoveredLines) || '—'} |`,
  );
}

function coverageSection(report: Report, fileRows: string[], detail: Detail): string {
  const coverage = report.coverage;
  if (!coverage) return '';
  const lines = [
    '### Coverage of added lines',
    '',
    `All added lines: **${formatCoverageCount(coverage.changed)}** · AI-written lines: **${formatCoverageCount(coverage.ai)}**` +
      (coverage.branches ? ` · branches: ${formatCoverageCount(coverage.branches)}` : ''),
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
  return `| ${LEVEL_TEXT[finding.level]} | ${codeSpan(findingWhere(finding), { inTable: true })} | ${codeSpan(ruleName(finding), { inTable: true, max: 120 })} | ${WRITTEN_BY[finding.provenance]} | ${escapeMarkdown(finding.message)}${alsoReported(finding)} |`;
}

/** Findings that do not decide the verdict: listed, folded, so nothing is hidden. */
function otherFindingsSection(prepared: Prepared, rowLimit: number, moreAt: string): string {
  if (prepared.othersCount === 0) return '';
  const kept = prepared.others.slice(0, rowLimit);
  const lines = [`<details><summary>Other findings (${prepared.othersCount}), not deciding the verdict</summary>`, ''];
  if (kept.length > 0) lines.push('| Level | Where | Rule | Written by | Message |', '|---|---|---|---|---|', ...kept);
  lines.push(...moreLine(prepared.othersCount - kept.length, ['finding', 'findings'], moreAt), '', '</details>');
  return lines.join('\n');
}

/** Signals shown per commit before "and N more". */
const SIGNALS_SHOWN = 3;
/** Characters of a signal's matched text (a trailer, an identity, a branch name). */
const MATCHED_CHARS = 120;

/** A signal as found: the matched text as written (a code span: untrusted) and where it was found. */
function matchedSignal(signal: Signal): string {
  return `${codeSpan(signal.detail, { inTable: false, max: MATCHED_CHARS })} (${escapeMarkdown(signal.source, 60)})`;
}

function matchedSignals(signals: Signal[]): string {
  const shown = signals.slice(0, SIGNALS_SHOWN).map(matchedSignal);
  const more = signals.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${plural(more, 'more signal')}` : ''}`;
}

/** `12 added lines`, and lines the commit shares with other AI commits no record told apart. */
function commitLines(lines: CommitLines | undefined): string {
  if (!lines) return '';
  const shared = lines.shared > 0 ? ` (and ${lines.shared} shared with other AI commits)` : '';
  return ` · ${plural(lines.own, 'added line')}${shared}`;
}

/** How much was AI-written, and which commits and signals say so: each commit's matched text and added lines (folded). */
function provenanceSection(report: Report, rowLimit: number, moreAt: string): string {
  const lines = ['### Who wrote the added lines', '', escapeMarkdown(describeAiShare(report.provenance), 1_000)];
  const commits = report.provenance.aiCommits;
  const pullRequestSignals = report.provenance.pullRequestSignals;
  if ((commits.length === 0 && pullRequestSignals.length === 0) || rowLimit === 0) return lines.join('\n');
  const counts = linesPerCommit(report.provenance);
  lines.push('', `<details><summary>AI signals (${plural(commits.length, 'commit')})</summary>`, '');
  for (const signal of pullRequestSignals.slice(0, rowLimit)) lines.push(`- pull request: ${matchedSignal(signal)}`);
  const kept = commits.slice(0, rowLimit);
  for (const commit of kept) lines.push(`- ${codeSpan(commit.sha.slice(0, 7), { inTable: false })}${commitLines(counts?.get(commit.sha))} · ${matchedSignals(commit.signals)}`);
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
    summary.silenced ? `${summary.silenced} silenced with a diffgate rule by a line directive` : '',
    summary.unlocated.length ? `${summary.unlocated.length} without a location in the repository` : '',
  ].filter(Boolean);
  return `Scanners: ${parts.join(' · ')}.`;
}

function footer(report: Report, links: ReportLinks): string {
  const short = (sha: string) => sha.replace(/[^0-9a-zA-Z]/g, '').slice(0, 12);
  const where = [links.checkRunUrl ? `[check run](${links.checkRunUrl})` : '', links.jobSummaryUrl ? `[job summary](${links.jobSummaryUrl})` : ''].filter(Boolean);
  return `<sub>diffgate · ${short(report.base)}…${short(report.head)}${where.length > 0 ? ` · ${where.join(' · ')}` : ''}</sub>`;
}
