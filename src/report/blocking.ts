// Which findings a reader must act on: those a failing (or, on a warn verdict, warning) condition
// counts, each `file:line:rule` once, ranked (errors and AI-written lines first). Pure.
//
// The policy reports counts, not which findings it counted, so this follows its documented rules:
// missing-tests and error-handling count every level, rule-findings and sarif count errors (and
// scanner results of security-severity 7 or more); `.ai` counts only AI-written lines; a path
// override counts the paths its globs match. (Once the policy's judge() returns the findings per
// condition, this becomes a lookup.)
import { minimatch } from 'minimatch';
import type { ConditionResult, Finding, Report } from '../model.js';
import { isErrorHandlingFinding } from '../policy/conditions.js';
import { parseConditionId } from './families.js';
import { rankFindings } from './rank.js';

/** The condition family a finding counts towards. */
export function findingFamily(finding: Finding): string {
  if (finding.source === 'sarif') return 'sarif';
  if (finding.source === 'coverage') return 'changed-coverage';
  if (finding.ruleId === 'missing-tests') return 'missing-tests';
  return isErrorHandlingFinding(finding, {}) ? 'error-handling' : 'rule-findings';
}

function countedBy(finding: Finding, condition: ConditionResult, overrides: string[]): boolean {
  const { family, scope, globs } = parseConditionId(condition.id);
  if (family !== findingFamily(finding)) return false;
  if (scope === 'ai' && finding.provenance !== 'ai') return false;
  if (finding.tags?.includes('informational')) return false;
  if (family === 'sarif' && finding.onAddedLine === false) return false;
  if ((family === 'rule-findings' || family === 'sarif') && finding.level !== 'error' && !((finding.securitySeverity ?? 0) >= 7 && family === 'sarif')) return false;
  const matches = (glob: string) => minimatch(finding.path, glob, { dot: true });
  return globs.length > 0 ? globs.some(matches) : !overrides.some(matches);
}

/** `path:startLine:ruleId`: the same rule on the same line is one problem, however often reported. */
export function findingKey(finding: Pick<Finding, 'path' | 'startLine' | 'ruleId'>): string {
  return `${finding.path}:${finding.startLine}:${finding.ruleId}`;
}

/** Each `path:line:rule` once, in the order given (the first, highest-ranked, kept). */
export function uniqueFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = findingKey(finding);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The findings behind the verdict: counted by a failing condition (or a warning one when nothing fails). */
export function decisiveFindings(report: Pick<Report, 'verdict' | 'findings'>): Finding[] {
  const wanted = report.verdict.status === 'fail' ? 'fail' : report.verdict.status === 'warn' ? 'warn' : null;
  if (wanted === null) return [];
  const conditions = report.verdict.conditions.filter((condition) => condition.status === wanted);
  const overridesOf = new Map<string, string[]>();
  for (const condition of report.verdict.conditions) {
    const { family, globs } = parseConditionId(condition.id);
    overridesOf.set(family, [...new Set([...(overridesOf.get(family) ?? []), ...globs])]);
  }
  const decisive = report.findings.filter((finding) =>
    conditions.some((condition) => countedBy(finding, condition, overridesOf.get(parseConditionId(condition.id).family) ?? [])),
  );
  return uniqueFindings(rankFindings(decisive));
}
