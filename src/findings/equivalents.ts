// One finding per problem: a diffgate rule and its scanner equivalent on the same lines (ESLint
// `no-empty` and `empty-catch`, `no-throw-literal` and `throw-literal`, …) become one finding,
// the diffgate one, saying "also reported by ESLint no-empty", counted once by the policy. The
// equivalences are data: each rule's `meta.eslintEquivalents` (listed on its docs page). A line
// directive that silences the diffgate finding silences the scanner's report of it too. Pure.
import type { Finding, Level } from '../model.js';
import { RULES } from '../analysis/registry.js';
import type { RuleId } from '../ids.js';

/** A scanner's report of the same problem, kept on the finding that replaced it. */
export interface AlsoReportedBy {
  tool: string;
  ruleId: RuleId;
  level: Level;
  startLine: number;
  endLine: number;
}

const LEVEL_RANK: Record<Level, number> = { note: 0, warning: 1, error: 2 };

/** diffgate rule id → the ESLint rule ids that check the same thing, from the registry. */
export function eslintEquivalents(rules: readonly { meta: { id: string; eslintEquivalents?: string[] } }[] = RULES): Map<string, Set<string>> {
  return new Map(rules.filter((rule) => rule.meta.eslintEquivalents?.length).map((rule) => [rule.meta.id, new Set(rule.meta.eslintEquivalents)]));
}

function isEslint(finding: Finding): boolean {
  return finding.source === 'sarif' && (finding.tool ?? '').toLowerCase() === 'eslint';
}

function overlaps(a: Finding, b: Finding): boolean {
  return a.path === b.path && a.startLine <= b.endLine && b.startLine <= a.endLine;
}

/** The diffgate finding among `own` that reports the same problem as a scanner result on the same lines, if any. */
function equivalentOf(result: Finding, own: Map<string, Finding[]>, equivalents: Map<string, Set<string>>): Finding | undefined {
  if (!isEslint(result)) return undefined;
  return (own.get(result.path) ?? []).find((candidate) => equivalents.get(candidate.ruleId)?.has(result.ruleId) && overlaps(candidate, result));
}

function byPathOf(findings: Finding[], equivalents: Map<string, Set<string>>): Map<string, Finding[]> {
  const byPath = new Map<string, Finding[]>();
  for (const finding of findings) if (finding.source === 'ast' && equivalents.has(finding.ruleId)) byPath.set(finding.path, [...(byPath.get(finding.path) ?? []), finding]);
  return byPath;
}

/**
 * Scanner results split by whether a line directive silenced the diffgate finding of the same
 * problem on the same lines (`silenced`, from the analysis): one reasoned directive silences both,
 * whichever would have been reported first. Run before `mergeEquivalentFindings`.
 */
export function withoutSilencedEquivalents(
  results: Finding[],
  silenced: Finding[],
  equivalents: Map<string, Set<string>> = eslintEquivalents(),
): { kept: Finding[]; silenced: Finding[] } {
  const own = byPathOf(silenced, equivalents);
  const kept: Finding[] = [];
  const dropped: Finding[] = [];
  for (const result of results) (equivalentOf(result, own, equivalents) ? dropped : kept).push(result);
  return { kept, silenced: dropped };
}

/**
 * Findings with each scanner result that a diffgate rule also reported on the same lines folded
 * into the diffgate finding (its level the higher of the two, so folding never hides a failure).
 * Everything else is returned unchanged, in order.
 */
export function mergeEquivalentFindings(findings: Finding[], equivalents: Map<string, Set<string>> = eslintEquivalents()): (Finding & { alsoReportedBy?: AlsoReportedBy[] })[] {
  const byPath = byPathOf(findings, equivalents);
  const folded = new Map<Finding, AlsoReportedBy[]>();
  const absorbed = new Set<Finding>();
  for (const finding of findings) {
    const own = equivalentOf(finding, byPath, equivalents);
    if (!own) continue;
    absorbed.add(finding);
    folded.set(own, [...(folded.get(own) ?? []), { tool: finding.tool ?? 'ESLint', ruleId: finding.ruleId, level: finding.level, startLine: finding.startLine, endLine: finding.endLine }]);
  }
  return findings
    .filter((finding) => !absorbed.has(finding))
    .map((finding) => {
      const also = folded.get(finding);
      if (!also) return finding;
      const level = also.reduce<Level>((worst, entry) => (LEVEL_RANK[entry.level] > LEVEL_RANK[worst] ? entry.level : worst), finding.level);
      return { ...finding, level, alsoReportedBy: also };
    });
}
