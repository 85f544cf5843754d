// The action log, one group per stage with its counts (and time, when the gate measured it), for
// whoever reads the CI log. Plain text; untrusted parts go through terminalText.
import type { Report } from '../model.js';
import { describeBase, type ChosenRange } from './base.js';
import { describeSignal } from './attribution.js';
import { conditionFamilies, describeFamilies } from './families.js';
import { formatCoverageCount } from './numbers.js';
import { terminalText } from './sanitize.js';
import { findingLevelCounts } from './title.js';

export interface LogGroup {
  title: string;
  lines: string[];
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : ` (${(ms / 1000).toFixed(1)} s)`;
}

/** Groups for the diff, provenance, evidence, analysis and policy stages. `timings` in ms by stage, when known. */
export function stageGroups(report: Report, options: { range?: ChosenRange | undefined; warnings?: string[]; timings?: Record<string, number> | undefined } = {}): LogGroup[] {
  const timings = options.timings ?? {};
  const added = report.files.reduce((sum, file) => sum + file.addedLines.length, 0);
  const groups: LogGroup[] = [];
  groups.push({
    title: `diff: ${plural(report.files.length, 'file')}, ${plural(added, 'added line')}${seconds(timings['diff'])}`,
    lines: [describeBase(options.range ?? report), ...(options.warnings ?? []).map((warning) => `warning: ${terminalText(warning, 500)}`)],
  });
  const { ai, human, unknown } = report.provenance.counts;
  groups.push({
    title: `provenance: ${ai} AI, ${human} human, ${unknown} unknown lines; ${plural(report.provenance.aiCommits.length, 'AI commit')}${seconds(timings['provenance'])}`,
    lines: report.provenance.aiCommits.slice(0, 20).map((commit) => `${commit.sha.slice(0, 7)}: ${terminalText(commit.signals.map(describeSignal).join('; '), 300)}`),
  });
  const own = report.findings.filter((finding) => finding.source !== 'sarif');
  groups.push({
    title: `analysis: ${plural(own.length, 'rule finding')}, ${plural(report.skipped.length, 'file')} not analysed${seconds(timings['analysis'])}`,
    lines: own.length > 0 ? [findingLevelCounts(own)] : [],
  });
  const sarif = report.sarif;
  const coverage = report.coverage;
  groups.push({
    title: `evidence: ${sarif ? `SARIF ${plural(sarif.kept, 'result')} kept of ${sarif.inputs.reduce((sum, input) => sum + input.results, 0)}` : 'no SARIF input'}; ${coverage ? `coverage of added lines ${formatCoverageCount(coverage.changed)}` : 'no coverage input'}${seconds(timings['evidence'])}`,
    lines: [
      ...(sarif?.inputs.map((input) => `${terminalText(input.path, 300)}: ${plural(input.results, 'result')}`) ?? []),
      ...(coverage?.reports.map((entry) => `${terminalText(entry.path, 300)}: ${entry.format}`) ?? []),
      ...report.missingEvidence.map((entry) => `missing ${entry.kind}: ${terminalText(entry.detail, 300)}`),
    ],
  });
  const families = conditionFamilies(report.verdict.conditions, report.coverage);
  groups.push({
    title: `policy: ${report.verdict.status} — ${describeFamilies(families)}${seconds(timings['policy'])}`,
    lines: families.map((family) => `${family.status.padEnd(7)} ${family.name}: ${terminalText(family.summary, 300)}`),
  });
  return groups;
}
