// Which findings made a commit's verdict: for each condition that did not pass, the findings it counted.
// Pure; reads only the JSON report. Mirrors the counting of src/policy/conditions.ts for the default
// policy, and checks itself: when the findings it attributes to a condition do not add up to the
// condition's `actual`, the commit is reported as not attributable instead of being guessed.

/**
 * The error-handling rules of src/policy/conditions.ts (ERROR_HANDLING_RULES): this script runs on plain
 * Node without the TypeScript sources, so it keeps a copy; test/precision/harness.test.ts fails when
 * the two differ.
 */
export const ERROR_HANDLING_RULES = new Set(['empty-catch', 'swallowed-error', 'floating-promise', 'unchecked-fetch', 'unguarded-json-parse', 'throw-literal', 'lost-error-cause', 'lost-exit-code']);
const LEVEL_RANK = { note: 0, warning: 1, error: 2 };

function isErrorHandling(finding) {
  return ERROR_HANDLING_RULES.has(finding.ruleId) || (finding.tags ?? []).includes('error-handling');
}

/** The predicate of the findings a condition family counts, or null for families findings do not drive. */
function familyCounts(family, condition) {
  if (family === 'missing-tests') return (finding) => finding.ruleId === 'missing-tests';
  if (family === 'error-handling') return (finding) => isErrorHandling(finding);
  if (family === 'rule-findings') {
    const minLevel = /at level (error|warning|note) or above/.exec(condition.message ?? '')?.[1] ?? 'error';
    return (finding) => finding.ruleId !== 'missing-tests' && !isErrorHandling(finding) && LEVEL_RANK[finding.level] >= LEVEL_RANK[minLevel];
  }
  return null;
}

/**
 * For a JSON report: `drives[i]` lists the ids of the non-pass conditions finding i counted toward;
 * `unattributed` lists the non-pass conditions whose count the findings do not explain (coverage,
 * SARIF, or a policy this mirror does not know).
 */
export function attributeVerdict(report) {
  const findings = report.findings ?? [];
  const drives = findings.map(() => []);
  const unattributed = [];
  for (const condition of report.conditions ?? []) {
    if (condition.status !== 'fail' && condition.status !== 'warn') continue;
    const [family, scope] = condition.id.split(' ')[0].split('.');
    const counts = familyCounts(family, condition);
    if (!counts) {
      unattributed.push(condition.id);
      continue;
    }
    const counted = [];
    findings.forEach((finding, index) => {
      const informational = (finding.tags ?? []).includes('informational');
      const inScope = scope === 'all' || finding.provenance === 'ai';
      if (finding.source === 'ast' && !informational && inScope && counts(finding)) counted.push(index);
    });
    if (counted.length !== condition.actual) {
      unattributed.push(condition.id);
      continue;
    }
    for (const index of counted) drives[index].push(condition.id);
  }
  return { drives, unattributed };
}
