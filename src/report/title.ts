// The check run's title: what it counts, it says it counts. Checks are condition families (as in
// the Markdown), findings are counted by level.
import type { Finding, Level, Report } from '../model.js';
import { conditionFamilies } from './families.js';

const TITLE_CHARS = 255;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function findingLevelCounts(findings: Finding[]): string {
  const counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.level] += 1;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
}

/** `Gate failed: 3 of 6 checks failed, 1 warned · 16 findings (6 errors, 6 warnings, 4 notes)` */
export function checkRunTitle(report: Report): string {
  const families = conditionFamilies(report.verdict.conditions, report.coverage).filter((family) => family.status !== 'skipped');
  const failed = families.filter((family) => family.status === 'fail').length;
  const warned = families.filter((family) => family.status === 'warn').length;
  const verdict = report.verdict.status === 'fail' ? 'Gate failed' : report.verdict.status === 'warn' ? 'Passed with warnings' : 'Gate passed';
  const checks = [failed ? `${failed} of ${plural(families.length, 'check')} failed` : '', warned ? `${warned} ${failed ? '' : `of ${plural(families.length, 'check')} `}warned` : '']
    .filter(Boolean)
    .join(', ')
    .replace(/ {2,}/g, ' ');
  const findings = report.findings.length === 0 ? 'no findings' : `${plural(report.findings.length, 'finding')} (${findingLevelCounts(report.findings)})`;
  const title = `${verdict}: ${checks || `${plural(families.length, 'check')} passed`} · ${findings}`;
  return title.length <= TITLE_CHARS ? title : `${title.slice(0, TITLE_CHARS - 1)}…`;
}
