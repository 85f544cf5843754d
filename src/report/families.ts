// Conditions folded for a reader: one row per family ("missing tests: 5, all on AI-written lines"),
// instead of one row per scope and path override counting the same problem twice. Pure.
import { minimatch } from 'minimatch';
import type { ConditionResult, ConditionStatus, CoverageResult } from '../model.js';
import { formatCoverageCount, formatPercent } from './numbers.js';

export interface ConditionFamily {
  /** The id's first segment: `missing-tests`, `changed-coverage`, `missing-evidence`, … */
  id: string;
  /** What a reader calls it. */
  name: string;
  /** The worst status of its conditions (fail, warn, pass; skipped only when all are). */
  status: ConditionStatus;
  /** One line: what was measured, against what. */
  summary: string;
  conditions: ConditionResult[];
}

const FAMILY_NAMES: Record<string, string> = {
  'missing-evidence': 'missing evidence',
  'missing-tests': 'missing tests',
  'error-handling': 'error handling',
  'rule-findings': 'rule findings',
  sarif: 'scanner results',
  'changed-coverage': 'coverage of added lines',
  'overall-coverage': 'overall coverage',
  'coverage-drop': 'coverage drop',
  mutation: 'mutation score of added lines',
};

const STATUS_RANK: Record<ConditionStatus, number> = { skipped: 0, pass: 1, warn: 2, fail: 3 };

/** `changed-coverage.ai [src/payments.ts]` → family `changed-coverage`, scope `ai`, globs `src/payments.ts`. */
export function parseConditionId(id: string): { family: string; scope: 'ai' | 'all' | null; globs: string[] } {
  const match = /^([^.[\s]+)(?:\.([^\s[]+))?(?: \[(.*)\])?$/.exec(id);
  if (!match) return { family: id, scope: null, globs: [] };
  const rest = match[2] ?? '';
  const scope = rest === 'ai' || rest === 'all' ? rest : null;
  return { family: match[1]!, scope, globs: match[3] ? match[3].split(', ').filter(Boolean) : [] };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `in src/payments.ts`, `outside src/payments.ts`, or nothing when the family has no path override. */
function whereText(globs: string[], overrides: string[]): string {
  if (globs.length > 0) return `in ${globs.join(', ')}`;
  return overrides.length > 0 ? `outside ${overrides.join(', ')}` : '';
}

/** Paths an override condition covers, or (for the top-level one) those no override covers. */
function inGroup(path: string, globs: string[], overrides: string[]): boolean {
  const matches = (glob: string) => minimatch(path, glob, { dot: true });
  return globs.length > 0 ? globs.some(matches) : !overrides.some(matches);
}

function limitText(condition: ConditionResult): string {
  if (condition.threshold === null || condition.threshold === undefined) return '';
  // A condition without a unit (from an older report) counts, unless it states a minimum.
  const unit = condition.unit ?? (condition.operator === '>=' ? '%' : 'count');
  if (unit === 'count') return condition.threshold === 0 ? 'none allowed' : `at most ${condition.threshold} allowed`;
  const value = unit === 'pp' ? `${condition.threshold} pp` : `${condition.threshold}%`;
  return condition.operator === '<=' ? `at most ${value}` : `minimum ${value}`;
}

/** One count family's text per path group: `5, all on AI-written lines (none allowed)`. */
function countText(conditions: ConditionResult[]): string {
  const all = conditions.find((condition) => parseConditionId(condition.id).scope === 'all');
  const ai = conditions.find((condition) => parseConditionId(condition.id).scope === 'ai');
  const total = typeof all?.actual === 'number' ? all.actual : null;
  const onAi = typeof ai?.actual === 'number' ? ai.actual : null;
  const decisive = [all, ai].find((condition) => condition && condition.status !== 'skipped' && condition.status !== 'pass') ?? all ?? ai;
  const limit = decisive ? limitText(decisive) : '';
  let text: string;
  if (total !== null && onAi !== null) text = total === 0 ? '0' : onAi === total ? `${total}, all on AI-written lines` : `${total}, ${onAi} on AI-written lines`;
  else if (total !== null) text = `${total} on all added lines`;
  else if (onAi !== null) text = `${onAi} on AI-written lines`;
  else return 'not checked';
  return limit ? `${text} (${limit})` : text;
}

/** One changed-coverage group: `all added lines 57.1% (4/7), minimum 80%`, from the coverage files it counts. */
function coverageText(condition: ConditionResult, coverage: CoverageResult | null, overrides: string[]): string {
  const { scope, globs } = parseConditionId(condition.id);
  const who = scope === 'ai' ? 'AI-written lines' : 'all added lines';
  const where = whereText(globs, overrides);
  const subject = [who, where].filter(Boolean).join(' ');
  if (condition.status === 'skipped') return `${subject}: not checked`;
  let measured = 0;
  let covered = 0;
  for (const file of coverage?.files ?? []) {
    if (!inGroup(file.path, globs, overrides)) continue;
    measured += scope === 'ai' ? file.ai.measured : file.measured;
    covered += scope === 'ai' ? file.ai.covered : file.covered;
  }
  const value = measured > 0 ? formatCoverageCount({ measured, covered }) : formatPercent(typeof condition.actual === 'number' ? condition.actual : null);
  return `${subject} ${value}, ${limitText(condition)}`;
}

function valueText(condition: ConditionResult): string {
  if (condition.status === 'skipped') return 'not checked';
  const actual = condition.actual;
  const value = typeof actual === 'number' ? (condition.unit === '%' ? formatPercent(actual) : condition.unit === 'pp' ? `${actual} pp` : String(actual)) : String(actual ?? '—');
  const limit = limitText(condition);
  return limit ? `${value} (${limit})` : value;
}

function summaryOf(family: string, conditions: ConditionResult[], coverage: CoverageResult | null): string {
  const checked = conditions.filter((condition) => condition.status !== 'skipped');
  if (checked.length === 0) return conditions[0]?.message ?? 'not checked';
  const overrides = [...new Set(conditions.flatMap((condition) => parseConditionId(condition.id).globs))];
  if (family === 'changed-coverage') return checked.map((condition) => coverageText(condition, coverage, overrides)).join('; ');
  if (checked.every((condition) => (condition.unit ?? 'count') === 'count' && parseConditionId(condition.id).scope !== null)) {
    // Group by path override: the top-level group first, then each override.
    const groups = new Map<string, ConditionResult[]>();
    for (const condition of conditions) {
      const key = parseConditionId(condition.id).globs.join(', ');
      groups.set(key, [...(groups.get(key) ?? []), condition]);
    }
    return [...groups.entries()]
      .map(([key, members]) => {
        const where = whereText(key ? key.split(', ') : [], key ? [] : overrides);
        return where ? `${where}: ${countText(members)}` : countText(members);
      })
      .join('; ');
  }
  if (family === 'missing-evidence') return checked.map((condition) => condition.message).join('; ');
  return checked.map((condition) => valueText(condition)).join('; ');
}

/** Conditions grouped into families, in the order their first condition appears. */
export function conditionFamilies(conditions: ConditionResult[], coverage: CoverageResult | null): ConditionFamily[] {
  const byFamily = new Map<string, ConditionResult[]>();
  for (const condition of conditions) {
    const { family } = parseConditionId(condition.id);
    byFamily.set(family, [...(byFamily.get(family) ?? []), condition]);
  }
  return [...byFamily.entries()].map(([id, members]) => {
    const status = members.reduce<ConditionStatus>((worst, condition) => (STATUS_RANK[condition.status] > STATUS_RANK[worst] ? condition.status : worst), 'skipped');
    return { id, name: FAMILY_NAMES[id] ?? id, status, summary: summaryOf(id, members, coverage), conditions: members };
  });
}

/** `3 of 8 checks failed, 1 warned` — counts families, and says so. */
export function describeFamilies(families: ConditionFamily[]): string {
  const count = (status: ConditionStatus) => families.filter((family) => family.status === status).length;
  const checked = families.filter((family) => family.status !== 'skipped').length;
  const failed = count('fail');
  const warned = count('warn');
  if (failed === 0 && warned === 0) return checked === 0 ? 'no check could be made' : `all ${plural(checked, 'check')} passed`;
  const parts = [failed ? `${failed} of ${plural(checked, 'check')} failed` : '', warned ? `${warned} ${failed ? '' : `of ${plural(checked, 'check')} `}warned` : ''];
  return parts.filter(Boolean).join(', ').replace(/ {2,}/g, ' ');
}
