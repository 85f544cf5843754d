// Each condition of the policy, evaluated on plain data. One function per kind of condition;
// conditions that can differ per path are evaluated once per group of paths sharing settings.
import { LEVEL_RANK, type ConditionResult, type ConditionStatus, type CoverageResult, type Finding, type MissingEvidence, type MutationSummary } from '../model.js';
import { sumCounts } from '../evidence/mutation/score.js';
import type { PolicyConfig, PathPolicy } from './config.js';
import type { PathPolicies, PathSettingKey } from './paths.js';
import { ruleIdsInCategory } from '../analysis/registry.js';

type ConditionLevel = 'fail' | 'warn' | 'off';
type Scope = 'ai' | 'all';

const SCOPE_TEXT: Record<Scope, string> = { ai: 'AI-written added lines', all: 'all added lines' };

/** Paths grouped by the settings of one condition; the top-level group has no label. */
interface PathGroup<S> {
  settings: S;
  /** Empty for paths with the top-level settings, else the override globs, e.g. `packages/payments/**`. */
  label: string;
  paths: Set<string>;
}

export function groupPaths<S>(
  paths: Iterable<string>,
  policies: PathPolicies,
  key: PathSettingKey,
  pick: (policy: PathPolicy) => S,
  topLevel: S,
): PathGroup<S>[] {
  const groups = new Map<string, PathGroup<S>>();
  groups.set(JSON.stringify(topLevel), { settings: topLevel, label: '', paths: new Set() });
  // Paths that no override matches share one policy object (policyFor caches per path): its settings and
  // their key are made once per policy, not once per path of a 2,000-file change.
  const picked = new Map<PathPolicy, { settings: S; id: string }>();
  // Ignored paths were taken out before (judge.ts): this sees only the paths that count.
  for (const path of paths) {
    const policy = policies.policyFor(path);
    let entry = picked.get(policy);
    if (!entry) {
      const settings = pick(policy);
      entry = { settings, id: JSON.stringify(settings) };
      picked.set(policy, entry);
    }
    const { settings, id } = entry;
    let group = groups.get(id);
    if (!group) {
      group = { settings, label: policies.overridingGlobs(path, key).join(', '), paths: new Set() };
      groups.set(id, group);
    }
    group.paths.add(path);
  }
  return [...groups.values()];
}

function conditionId(base: string, label: string): string {
  return label ? `${base} [${label}]` : base;
}

function inScope(finding: Finding, scope: Scope): boolean {
  return scope === 'all' || finding.provenance === 'ai';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What a count condition counts: `3 scanner results` + ` at level error or above`. */
interface Subject {
  noun: string;
  qualifier: string;
}

/**
 * A count condition: the findings in scope whose effective level is not `off`, against `max`.
 * `levelOf` gives each finding's condition level (per rule for error handling).
 */
function countCondition(
  id: string,
  what: Subject,
  scope: Scope,
  max: number,
  findings: Finding[],
  levelOf: (finding: Finding) => ConditionLevel,
  anyOn: boolean,
): ConditionResult {
  const base = { id, threshold: max, operator: '<=' as const, unit: 'count' as const };
  if (!anyOn) return { ...base, status: 'skipped', actual: null, message: `${what.noun}s${what.qualifier} on ${SCOPE_TEXT[scope]}: off in the policy` };
  const counted = findings.filter((finding) => inScope(finding, scope) && levelOf(finding) !== 'off');
  const failing = counted.filter((finding) => levelOf(finding) === 'fail').length;
  let status: ConditionStatus = 'pass';
  if (failing > max) status = 'fail';
  else if (counted.length > max) status = 'warn';
  const allowed = max === 0 ? 'none allowed' : `at most ${max} allowed`;
  return { ...base, status, actual: counted.length, message: `${plural(counted.length, what.noun)}${what.qualifier} on ${SCOPE_TEXT[scope]} (${allowed})` };
}

interface CountSettings {
  ai: { level: ConditionLevel; max: number };
  all: { level: ConditionLevel; max: number };
}

function scopedCountConditions(
  idBase: string,
  what: Subject,
  groups: PathGroup<CountSettings & { rules?: Record<string, { ai?: ConditionLevel; all?: ConditionLevel }> }>[],
  findings: Finding[],
): ConditionResult[] {
  const results: ConditionResult[] = [];
  for (const group of groups) {
    const inGroup = findings.filter((finding) => group.paths.has(finding.path));
    for (const scope of ['ai', 'all'] as const) {
      const { level, max } = group.settings[scope];
      const rules = group.settings.rules ?? {};
      const levelOf = (finding: Finding): ConditionLevel => rules[finding.ruleId]?.[scope] ?? level;
      const anyOn = level !== 'off' || Object.values(rules).some((rule) => rule[scope] !== undefined && rule[scope] !== 'off');
      results.push(countCondition(conditionId(`${idBase}.${scope}`, group.label), what, scope, max, inGroup, levelOf, anyOn));
    }
  }
  return results;
}

export function missingTestsConditions(findings: Finding[], paths: string[], policies: PathPolicies, config: PolicyConfig): ConditionResult[] {
  const relevant = findings.filter((finding) => finding.source === 'ast' && finding.ruleId === 'missing-tests' && counts(finding, {}));
  const groups = groupPaths(paths, policies, 'missing-tests', (policy) => policy['missing-tests'], config['missing-tests']);
  return scopedCountConditions('missing-tests', { noun: 'missing-tests finding', qualifier: '' }, groups, relevant);
}

/** diffgate's own rules about error handling (their `meta.category`); rules may also say so with the `error-handling` tag. */
export const ERROR_HANDLING_RULES: ReadonlySet<string> = new Set(ruleIdsInCategory('error-handling'));

export function isErrorHandlingFinding(finding: Finding, rules: Record<string, unknown>): boolean {
  return (
    finding.source === 'ast' &&
    (ERROR_HANDLING_RULES.has(finding.ruleId) || finding.tags?.includes('error-handling') === true || finding.ruleId in rules)
  );
}

/** Findings of rules configured at `note` inform; they count only where the policy names the rule. */
function counts(finding: Finding, namedRules: Record<string, unknown>): boolean {
  return finding.tags?.includes('informational') !== true || finding.ruleId in namedRules;
}

export function errorHandlingConditions(findings: Finding[], paths: string[], policies: PathPolicies, config: PolicyConfig): ConditionResult[] {
  const groups = groupPaths(paths, policies, 'error-handling', (policy) => policy['error-handling'], config['error-handling']);
  const relevant = findings.filter((finding) => {
    const rules = policies.policyFor(finding.path)['error-handling'].rules;
    return isErrorHandlingFinding(finding, rules) && counts(finding, rules);
  });
  return scopedCountConditions('error-handling', { noun: 'error-handling finding', qualifier: '' }, groups, relevant);
}

export function ruleFindingConditions(findings: Finding[], paths: string[], policies: PathPolicies, config: PolicyConfig): ConditionResult[] {
  const groups = groupPaths(paths, policies, 'rule-findings', (policy) => policy['rule-findings'], config['rule-findings']);
  const results: ConditionResult[] = [];
  for (const group of groups) {
    const minLevel = group.settings['min-level'];
    const relevant = findings.filter(
      (finding) =>
        group.paths.has(finding.path) &&
        finding.source === 'ast' &&
        finding.ruleId !== 'missing-tests' &&
        !isErrorHandlingFinding(finding, policies.policyFor(finding.path)['error-handling'].rules) &&
        LEVEL_RANK[finding.level] >= LEVEL_RANK[minLevel],
    );
    results.push(...scopedCountConditions('rule-findings', { noun: 'rule finding', qualifier: ` at level ${minLevel} or above` }, [group], relevant));
  }
  return results;
}

export function sarifConditions(
  findings: Finding[],
  sarifMissing: boolean,
  paths: string[],
  policies: PathPolicies,
  config: PolicyConfig,
  noSarifInput = false,
): ConditionResult[] {
  const groups = groupPaths(paths, policies, 'sarif', (policy) => policy.sarif, config.sarif);
  const results: ConditionResult[] = [];
  for (const group of groups) {
    const minLevel = group.settings['min-level'];
    const minSeverity = group.settings['min-security-severity'];
    const relevant = findings.filter(
      (finding) =>
        group.paths.has(finding.path) &&
        finding.source === 'sarif' &&
        finding.onAddedLine !== false &&
        (LEVEL_RANK[finding.level] >= LEVEL_RANK[minLevel] ||
          (minSeverity !== null && finding.securitySeverity !== undefined && finding.securitySeverity >= minSeverity)),
    );
    const what = { noun: 'scanner result', qualifier: ` at level ${minLevel}${minSeverity === null ? '' : ` or security-severity ${minSeverity}`} or above` };
    results.push(...scopedCountConditions('sarif', what, [group], relevant));
  }
  // Zero results from no SARIF input is no evidence either (like coverage): not checked, not passed.
  if (noSarifInput) {
    return results.map((condition) =>
      condition.status === 'skipped' ? condition : { ...condition, status: 'skipped', actual: null, message: `${condition.id}: not checked, no SARIF input was given` },
    );
  }
  // Zero results from SARIF that could not be read is no evidence: say so instead of passing.
  if (!sarifMissing) return results;
  return results.map((condition) =>
    condition.status === 'skipped'
      ? condition
      : { ...condition, status: 'skipped', actual: null, message: `${condition.id}: not checked, the SARIF evidence could not be read (see missing evidence)` },
  );
}

/** Rounds down to one decimal, so a shown value never passes a threshold the real value misses. */
export function floorPercent(value: number): number {
  return Math.floor(value * 10 + 1e-9) / 10;
}

export function changedCoverageConditions(
  coverage: CoverageResult | null,
  coverageMissing: boolean,
  paths: string[],
  policies: PathPolicies,
  config: PolicyConfig,
): ConditionResult[] {
  const pick = (policy: PathPolicy) => ({ ...policy['changed-coverage'], smallChange: policy['small-change-lines'] });
  const groups = groupPaths(paths, policies, 'changed-coverage', pick, pick(config));
  const results: ConditionResult[] = [];
  for (const group of groups) {
    for (const scope of ['ai', 'all'] as const) {
      const { level, min } = group.settings[scope];
      const id = conditionId(`changed-coverage.${scope}`, group.label);
      const base = { id, threshold: min, operator: '>=' as const, unit: '%' as const, actual: null };
      const subject = `Coverage of ${SCOPE_TEXT[scope]}`;
      if (level === 'off') {
        results.push({ ...base, status: 'skipped', message: `${subject}: off in the policy` });
        continue;
      }
      if (!coverage) {
        const why = coverageMissing ? 'the coverage evidence could not be read (see missing evidence)' : 'no coverage report was given';
        results.push({ ...base, status: 'skipped', message: `${subject}: not checked, ${why}` });
        continue;
      }
      let measured = 0;
      let covered = 0;
      for (const file of coverage.files) {
        if (!group.paths.has(file.path)) continue;
        measured += scope === 'ai' ? file.ai.measured : file.measured;
        covered += scope === 'ai' ? file.ai.covered : file.covered;
      }
      if (measured === 0 || measured < group.settings.smallChange) {
        const why = measured === 0 ? 'no such line is measured by the coverage reports' : `only ${plural(measured, 'line')} measured, under small-change-lines (${group.settings.smallChange})`;
        results.push({ ...base, status: 'skipped', actual: measured === 0 ? null : floorPercent((covered / measured) * 100), message: `${subject}: not checked, ${why}` });
        continue;
      }
      const percent = (covered / measured) * 100;
      const unmentioned = scope === 'all' ? coverage.unmentioned.filter((path) => group.paths.has(path)).length : 0;
      const note = unmentioned > 0 ? `; ${plural(unmentioned, 'changed file')} in no coverage report, not counted` : '';
      results.push({
        ...base,
        status: percent >= min ? 'pass' : level,
        actual: floorPercent(percent),
        message: `${subject}: ${covered} of ${measured} measured lines covered (minimum ${min}%)${note}`,
      });
    }
  }
  return results;
}

/**
 * Changed-line mutation score per scope and path group, against `min`: skipped with the reason when
 * no report was given, it could not be read, or no valid mutant starts on the lines in scope.
 */
export function mutationConditions(
  mutation: MutationSummary | null,
  mutationMissing: boolean,
  paths: string[],
  policies: PathPolicies,
  config: PolicyConfig,
): ConditionResult[] {
  const groups = groupPaths(paths, policies, 'mutation', (policy) => policy.mutation, config.mutation);
  const results: ConditionResult[] = [];
  for (const group of groups) {
    for (const scope of ['ai', 'all'] as const) {
      const { level, min } = group.settings[scope];
      const base = { id: conditionId(`mutation.${scope}`, group.label), threshold: min, operator: '>=' as const, unit: '%' as const, actual: null };
      const subject = `Mutation score of ${SCOPE_TEXT[scope]}`;
      if (level === 'off') {
        results.push({ ...base, status: 'skipped', message: `${subject}: off in the policy` });
        continue;
      }
      if (!mutation) {
        const why = mutationMissing ? 'the mutation evidence could not be read (see missing evidence)' : 'no mutation report was given';
        results.push({ ...base, status: 'skipped', message: `${subject}: not checked, ${why}` });
        continue;
      }
      const count = sumCounts(mutation.files.filter((file) => group.paths.has(file.path)).map((file) => file[scope]));
      if (count.score === null) {
        results.push({ ...base, status: 'skipped', message: `${subject}: not checked, no valid mutant is on these lines in the mutation reports` });
        continue;
      }
      const detected = count.killed + count.timeout;
      results.push({
        ...base,
        status: count.score >= min ? 'pass' : level,
        actual: floorPercent(count.score),
        message: `${subject}: ${detected} of ${plural(count.valid, 'mutant')} detected by the tests (minimum ${min}%)`,
      });
    }
  }
  return results;
}

export function overallCoverageConditions(coverage: CoverageResult | null, config: PolicyConfig): ConditionResult[] {
  const overall = coverage?.overall ?? null;
  const minimum = config['overall-coverage'];
  const drop = config['coverage-drop'];
  const head = overall?.head.percent ?? null;

  const overallResult: ConditionResult = { id: 'overall-coverage', status: 'skipped', actual: null, threshold: minimum.min, operator: '>=', unit: '%', message: '' };
  if (minimum.level === 'off') overallResult.message = 'Overall coverage: off in the policy';
  else if (head === null) overallResult.message = 'Overall coverage: not checked, no project-wide coverage was measured';
  else {
    overallResult.actual = floorPercent(head);
    overallResult.status = head >= minimum.min ? 'pass' : minimum.level;
    overallResult.message = `Overall line coverage of the head reports (minimum ${minimum.min}%)`;
  }

  const dropResult: ConditionResult = { id: 'coverage-drop', status: 'skipped', actual: null, threshold: drop.max, operator: '<=', unit: 'pp', message: '' };
  const delta = overall?.delta ?? null;
  if (drop.level === 'off') dropResult.message = 'Overall coverage drop: off in the policy';
  else if (delta === null) dropResult.message = 'Overall coverage drop: not checked, no base coverage report was given';
  else {
    const decrease = Math.max(0, -delta);
    // Rounded up for a maximum, so a shown value never stays within a threshold the real value exceeds.
    dropResult.actual = Math.max(0, Math.ceil(decrease * 100 - 1e-9) / 100);
    dropResult.status = decrease > drop.max + 1e-9 ? drop.level : 'pass';
    dropResult.message = `Overall coverage went from ${overall?.base?.percent?.toFixed(2) ?? '?'}% to ${head?.toFixed(2) ?? '?'}% (drop of at most ${drop.max} percentage points allowed)`;
  }
  return [overallResult, dropResult];
}

export function missingEvidenceConditions(missing: MissingEvidence[], config: PolicyConfig): ConditionResult[] {
  const seen = new Map<string, number>();
  return missing.map((entry) => {
    const n = (seen.get(entry.kind) ?? 0) + 1;
    seen.set(entry.kind, n);
    const action = config['missing-evidence'][entry.kind];
    // `error` stops the gate before a verdict; if such an entry reaches here anyway, it must not pass.
    const status: ConditionStatus = action === 'error' ? 'fail' : action;
    return {
      id: n === 1 ? `missing-evidence.${entry.kind}` : `missing-evidence.${entry.kind}.${n}`,
      status,
      actual: 'missing',
      threshold: action,
      message: `Missing ${entry.kind} evidence (policy: ${action}): ${entry.detail}`,
    };
  });
}
