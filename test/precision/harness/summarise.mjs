// Summarises labelled harness findings: per rule and level, how many findings, how many labelled yes,
// no and unsure, the effective false-positive rate, findings per 1,000 added lines, and the share of
// non-pass verdicts that only findings labelled "no" drove. Prints a Markdown table.
//
//   node test/precision/harness/summarise.mjs FINDINGS.tsv COMMITS.tsv [--label label|label2]
//
// Effective false-positive rate = no / (yes + no): "unsure" is left out of the rate and shown in its
// own column, with the rate it would be if every unsure were a no (the worst case) next to it.
// Unlabelled findings count as findings (and per 1,000 lines) but not in any rate.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTsv } from './tsv.mjs';

const LABELS = new Set(['yes', 'no', 'unsure']);
const LEVEL_ORDER = { error: 0, warning: 1, note: 2, all: 3 };

/** The row's label in `column`, lower-cased; '' when unlabelled. Throws on anything else, naming the row. */
function labelOf(row, column, where) {
  const label = (row[column] ?? '').trim().toLowerCase();
  if (label !== '' && !LABELS.has(label)) throw new Error(`${where}: label "${label}" is not yes, no or unsure`);
  return label;
}

function emptyCounts() {
  return { findings: 0, labelled: 0, yes: 0, no: 0, unsure: 0 };
}

function add(counts, label) {
  counts.findings += 1;
  if (label) {
    counts.labelled += 1;
    counts[label] += 1;
  }
}

/** no / (yes + no), or null when nothing was labelled yes or no. */
export function falsePositiveRate({ yes, no }) {
  return yes + no === 0 ? null : no / (yes + no);
}

/** The same rate with every unsure counted as a no: the worst case. */
export function worstCaseRate({ yes, no, unsure }) {
  return yes + no + unsure === 0 ? null : (no + unsure) / (yes + no + unsure);
}

/**
 * How far two labellers agree on the findings both labelled (`label` and `label2`): the share of equal
 * labels and Cohen's kappa (agreement beyond what the two labellers' own label frequencies give by
 * chance). Null when no finding carries both labels.
 */
export function agreement(findings) {
  const pairs = [];
  findings.forEach((finding, index) => {
    const where = `finding ${index + 1} (${finding.repo} ${finding.sha} ${finding.path}:${finding.line})`;
    const first = labelOf(finding, 'label', where);
    const second = labelOf(finding, 'label2', where);
    if (first && second) pairs.push([first, second]);
  });
  if (pairs.length === 0) return null;
  const equal = pairs.filter(([first, second]) => first === second).length;
  const observed = equal / pairs.length;
  let expected = 0;
  for (const label of LABELS) {
    const firstShare = pairs.filter(([first]) => first === label).length / pairs.length;
    const secondShare = pairs.filter(([, second]) => second === label).length / pairs.length;
    expected += firstShare * secondShare;
  }
  // When chance alone predicts full agreement (both labellers always say the same one label), kappa is undefined.
  const kappa = expected === 1 ? null : (observed - expected) / (1 - expected);
  return { pairs: pairs.length, equal, observed, kappa, disagreements: pairs.length - equal };
}

/**
 * findings: rows of findings.tsv; commits: rows of commits.tsv. `column` names the label column
 * (`label`, or `label2` for the second labeller). Pure: returns plain numbers.
 */
export function summarise(findings, commits, column = 'label') {
  const analysed = commits.filter((commit) => commit.status === 'analysed');
  const addedLines = analysed.reduce((sum, commit) => sum + Number(commit.added || 0), 0);
  const aiLines = analysed.reduce((sum, commit) => sum + Number(commit.aiAdded || 0), 0);
  const rows = new Map();
  const total = emptyCounts();
  const byCommit = new Map();
  findings.forEach((finding, index) => {
    const label = labelOf(finding, column, `finding ${index + 1} (${finding.repo} ${finding.sha} ${finding.path}:${finding.line})`);
    for (const level of [finding.level, 'all']) {
      const key = `${finding.rule}\u0000${level}`;
      if (!rows.has(key)) rows.set(key, { rule: finding.rule, level, ...emptyCounts() });
      add(rows.get(key), label);
    }
    add(total, label);
    const commitKey = `${finding.repo}\u0000${finding.sha}`;
    if (!byCommit.has(commitKey)) byCommit.set(commitKey, []);
    byCommit.get(commitKey).push({ label, drives: (finding.drives ?? '').trim() !== '' });
  });

  // A non-pass verdict is "unfair" when every finding that drove it is labelled no. Verdicts with an
  // unlabelled driver are not decided; a driver labelled unsure (and no yes) makes it "unsure".
  const verdicts = { nonPass: 0, unattributed: 0, undecided: 0, onlyNo: 0, withYes: 0, unsure: 0 };
  for (const commit of analysed) {
    if (commit.verdict !== 'fail' && commit.verdict !== 'warn') continue;
    verdicts.nonPass += 1;
    const drivers = (byCommit.get(`${commit.repo}\u0000${commit.sha}`) ?? []).filter((finding) => finding.drives);
    if ((commit.unattributed ?? '').trim() !== '' || drivers.length === 0) verdicts.unattributed += 1;
    else if (drivers.some((finding) => finding.label === '')) verdicts.undecided += 1;
    else if (drivers.some((finding) => finding.label === 'yes')) verdicts.withYes += 1;
    else if (drivers.every((finding) => finding.label === 'no')) verdicts.onlyNo += 1;
    else verdicts.unsure += 1;
  }
  const decided = verdicts.onlyNo + verdicts.withYes + verdicts.unsure;
  const sorted = [...rows.values()].sort((a, b) => a.rule.localeCompare(b.rule) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return {
    commits: { listed: commits.length, analysed: analysed.length, aiCommits: analysed.filter((commit) => commit.aiCommit === 'yes').length },
    addedLines,
    aiLines,
    rows: sorted.map((row) => ({ ...row, rate: falsePositiveRate(row), worstRate: worstCaseRate(row), perThousandLines: addedLines ? (row.findings * 1000) / addedLines : null })),
    total: { ...total, rate: falsePositiveRate(total), worstRate: worstCaseRate(total), perThousandLines: addedLines ? (total.findings * 1000) / addedLines : null },
    verdicts: { ...verdicts, decided, unfairShare: decided ? verdicts.onlyNo / decided : null },
    agreement: agreement(findings),
  };
}

const percent = (value) => (value === null ? '–' : `${Math.round(value * 100)}%`);
const perThousand = (value) => (value === null ? '–' : value.toFixed(2));

/** The summary as Markdown: one row per rule and level, plus each rule's row over all levels. */
export function renderMarkdown(summary) {
  const lines = [
    `${summary.commits.analysed} of ${summary.commits.listed} commits analysed (${summary.commits.aiCommits} with an AI-attributed commit), ` +
      `${summary.addedLines} added lines (${summary.aiLines} AI-attributed).`,
    '',
    '| rule | level | findings | labelled | yes | no | unsure | effective FP rate | FP rate, unsure as no | per 1,000 added lines |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of summary.rows) {
    const rule = row.level === 'all' ? `**${row.rule}**` : row.rule;
    lines.push(`| ${rule} | ${row.level} | ${row.findings} | ${row.labelled} | ${row.yes} | ${row.no} | ${row.unsure} | ${percent(row.rate)} | ${percent(row.worstRate)} | ${perThousand(row.perThousandLines)} |`);
  }
  const t = summary.total;
  lines.push(`| **all rules** | all | ${t.findings} | ${t.labelled} | ${t.yes} | ${t.no} | ${t.unsure} | ${percent(t.rate)} | ${percent(t.worstRate)} | ${perThousand(t.perThousandLines)} |`);
  const v = summary.verdicts;
  lines.push(
    '',
    `Non-pass verdicts: ${v.nonPass}. Driven only by findings labelled no: **${v.onlyNo} of ${v.decided}** decided (${percent(v.unfairShare)}); ` +
      `with at least one yes: ${v.withYes}; no yes but an unsure: ${v.unsure}; a driving finding unlabelled: ${v.undecided}; ` +
      `not attributable to findings: ${v.unattributed}.`,
  );
  if (summary.agreement) {
    const a = summary.agreement;
    lines.push(
      '',
      `Two labellers, blind to each other: ${a.equal} of ${a.pairs} findings labelled the same (${percent(a.observed)}), ` +
        `Cohen's kappa ${a.kappa === null ? '– (undefined: chance predicts full agreement)' : a.kappa.toFixed(2)}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [findingsFile, commitsFile, flag, column] = process.argv.slice(2);
  if (!findingsFile || !commitsFile || (flag !== undefined && flag !== '--label')) {
    console.error('usage: node test/precision/harness/summarise.mjs FINDINGS.tsv COMMITS.tsv [--label label|label2]');
    process.exit(2);
  }
  try {
    const findings = parseTsv(readFileSync(findingsFile, 'utf8'), findingsFile).rows;
    const commits = parseTsv(readFileSync(commitsFile, 'utf8'), commitsFile).rows;
    process.stdout.write(renderMarkdown(summarise(findings, commits, column ?? 'label')));
  } catch (error) {
    console.error(`summarise: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
