import { describe, expect, it } from 'vitest';
import type { ConditionStatus, CoverageResult, Finding, MissingEvidence, VerdictStatus } from '../../src/model.js';
import { decideVerdict, missingEvidenceAction } from '../../src/policy/index.js';
import { ERROR_HANDLING_RULES } from '../../src/policy/conditions.js';
import { findRule } from '../../src/analysis/registry.js';
import { changedFile, coverage, fileCoverage, finding, policy, provenance } from './fixtures.js';
import { repoPath, ruleId } from '../helpers/ids.js';

interface Case {
  name: string;
  config?: unknown;
  findings?: Finding[];
  coverage?: CoverageResult | null;
  missing?: MissingEvidence[];
  files?: string[];
  verdict: VerdictStatus;
  /** Condition id → expected status (and actual, when given). */
  conditions: Record<string, ConditionStatus | [ConditionStatus, number | string | null]>;
}

const cases: Case[] = [
  {
    name: 'findings of rules configured at note inform: not counted, unless the policy names the rule',
    findings: [finding({ ruleId: ruleId('unguarded-json-parse'), level: 'note', tags: ['informational'] })],
    verdict: 'pass',
    conditions: { 'error-handling.ai': ['pass', 0], 'error-handling.all': ['pass', 0] },
  },
  {
    name: 'a note-level rule named in error-handling.rules counts again',
    config: { 'error-handling': { rules: { 'unguarded-json-parse': { ai: 'fail', all: 'warn' } } } },
    findings: [finding({ ruleId: ruleId('unguarded-json-parse'), level: 'note', tags: ['informational'] })],
    verdict: 'fail',
    conditions: { 'error-handling.ai': ['fail', 1], 'error-handling.all': ['warn', 1] },
  },
  {
    name: 'SARIF that could not be read (policy: pass) skips the sarif conditions instead of passing them with 0',
    config: { 'missing-evidence': { sarif: 'pass' } },
    missing: [{ kind: 'sarif', detail: 'x.sarif: not valid JSON' }],
    verdict: 'pass',
    conditions: { 'sarif.ai': ['skipped', null], 'sarif.all': ['skipped', null], 'missing-tests.ai': ['pass', 0] },
  },
  {
    name: 'nothing found, no coverage given: pass, coverage conditions skipped',
    verdict: 'pass',
    conditions: {
      'missing-tests.ai': ['pass', 0],
      'error-handling.all': ['pass', 0],
      'sarif.ai': ['pass', 0],
      'changed-coverage.ai': ['skipped', null],
      'changed-coverage.all': ['skipped', null],
      'overall-coverage': 'skipped',
      'coverage-drop': 'skipped',
    },
  },
  {
    name: 'missing tests on AI lines fail, on human lines only warn',
    findings: [finding({ ruleId: ruleId('missing-tests'), provenance: 'ai', level: 'warning' })],
    verdict: 'fail',
    conditions: { 'missing-tests.ai': ['fail', 1], 'missing-tests.all': ['warn', 1] },
  },
  {
    name: 'missing tests on a human line: warn',
    findings: [finding({ ruleId: ruleId('missing-tests'), provenance: 'human', level: 'note' })],
    verdict: 'warn',
    conditions: { 'missing-tests.ai': ['pass', 0], 'missing-tests.all': ['warn', 1] },
  },
  {
    name: 'max allows that many findings',
    config: { 'missing-tests': { ai: { max: 2 }, all: 'off' } },
    findings: [finding({ ruleId: ruleId('missing-tests') }), finding({ ruleId: ruleId('missing-tests') })],
    verdict: 'pass',
    conditions: { 'missing-tests.ai': ['pass', 2], 'missing-tests.all': ['skipped', null] },
  },
  {
    name: 'error handling is recognised by tag and by rules listed in the policy',
    config: { 'error-handling': { rules: { 'floating-promise': { ai: 'warn' } } } },
    findings: [
      finding({ ruleId: ruleId('floating-promise'), tags: [] }),
      finding({ ruleId: ruleId('swallowed-error'), tags: ['error-handling'], provenance: 'human', level: 'note' }),
    ],
    verdict: 'warn',
    conditions: { 'error-handling.ai': ['warn', 1], 'error-handling.all': ['warn', 2], 'rule-findings.ai': ['pass', 0] },
  },
  {
    name: 'empty-catch is an error-handling rule without a tag',
    findings: [finding({ ruleId: ruleId('empty-catch') })],
    verdict: 'fail',
    conditions: { 'error-handling.ai': ['fail', 1], 'rule-findings.ai': ['pass', 0] },
  },
  {
    name: 'a per-rule fail counts as fail even when the scope only warns',
    config: { 'error-handling': { all: 'warn', ai: 'off', rules: { 'empty-catch': { all: 'fail' } } } },
    findings: [finding({ ruleId: ruleId('empty-catch'), tags: ['error-handling'], provenance: 'human' })],
    verdict: 'fail',
    conditions: { 'error-handling.ai': ['skipped', null], 'error-handling.all': ['fail', 1] },
  },
  {
    name: 'a rule switched off per rule is not counted',
    config: { 'error-handling': { rules: { 'empty-catch': 'off' } } },
    findings: [finding({ ruleId: ruleId('empty-catch'), tags: ['error-handling'] })],
    verdict: 'pass',
    conditions: { 'error-handling.ai': ['pass', 0], 'rule-findings.ai': ['pass', 0] },
  },
  {
    name: 'other rule findings count at their level: errors fail, warnings do not',
    findings: [finding({ ruleId: ruleId('unused-import'), level: 'error' }), finding({ ruleId: ruleId('todo-comment'), level: 'warning' })],
    verdict: 'fail',
    conditions: { 'rule-findings.ai': ['fail', 1], 'rule-findings.all': ['fail', 1] },
  },
  {
    name: 'a SARIF error on an added line fails',
    findings: [finding({ source: 'sarif', ruleId: ruleId('js/sql-injection'), provenance: 'human', tool: 'CodeQL' })],
    verdict: 'fail',
    conditions: { 'sarif.ai': ['pass', 0], 'sarif.all': ['fail', 1] },
  },
  {
    name: 'a SARIF warning passes unless its security-severity reaches the minimum',
    findings: [
      finding({ source: 'sarif', level: 'warning', securitySeverity: 5.3 }),
      finding({ source: 'sarif', level: 'warning', securitySeverity: 8.1, provenance: 'human' }),
    ],
    verdict: 'fail',
    conditions: { 'sarif.ai': ['pass', 0], 'sarif.all': ['fail', 1] },
  },
  {
    name: 'SARIF results outside added lines do not count',
    findings: [finding({ source: 'sarif', onAddedLine: false })],
    verdict: 'pass',
    conditions: { 'sarif.all': ['pass', 0] },
  },
  {
    name: 'SARIF min-level warning and no security-severity',
    config: { sarif: { 'min-level': 'warning', 'min-security-severity': null, all: 'warn', ai: 'off' } },
    findings: [finding({ source: 'sarif', level: 'warning' }), finding({ source: 'sarif', level: 'note', securitySeverity: 9.9 })],
    verdict: 'warn',
    conditions: { 'sarif.all': ['warn', 1], 'sarif.ai': 'skipped' },
  },
  {
    name: 'changed-line coverage under the minimums fails, with the real percentage',
    coverage: coverage([fileCoverage('src/app.ts', 40, 30, { measured: 20, covered: 19 })]),
    verdict: 'fail',
    conditions: { 'changed-coverage.ai': ['pass', 95], 'changed-coverage.all': ['fail', 75] },
  },
  {
    name: 'a value just under the minimum is shown rounded down, never as the minimum',
    config: { 'small-change-lines': 0, 'changed-coverage': { all: { min: 90 } } },
    coverage: coverage([fileCoverage('src/app.ts', 10_000, 8_999)]),
    verdict: 'fail',
    conditions: { 'changed-coverage.all': ['fail', 89.9], 'changed-coverage.ai': ['skipped', null] },
  },
  {
    name: 'small changes skip coverage (under small-change-lines measured lines)',
    coverage: coverage([fileCoverage('src/app.ts', 19, 0, { measured: 19, covered: 0 })]),
    verdict: 'pass',
    conditions: { 'changed-coverage.ai': 'skipped', 'changed-coverage.all': 'skipped' },
  },
  {
    name: 'small-change-lines: 0 checks every change',
    config: { 'small-change-lines': 0 },
    coverage: coverage([fileCoverage('src/app.ts', 4, 3, { measured: 2, covered: 2 })]),
    verdict: 'fail',
    conditions: { 'changed-coverage.ai': ['pass', 100], 'changed-coverage.all': ['fail', 75] },
  },
  {
    name: 'coverage level warn only warns',
    config: { 'changed-coverage': { all: { level: 'warn', min: 80 } } },
    coverage: coverage([fileCoverage('src/app.ts', 50, 10)]),
    verdict: 'warn',
    conditions: { 'changed-coverage.all': ['warn', 20] },
  },
  {
    name: 'per-path override: stricter for packages/payments/**, its own condition',
    config: { overrides: [{ paths: ['packages/payments/**'], 'changed-coverage': { all: { min: 95 } } }] },
    files: ['src/app.ts', 'packages/payments/charge.ts'],
    coverage: coverage([fileCoverage('src/app.ts', 50, 45), fileCoverage('packages/payments/charge.ts', 40, 36)]),
    verdict: 'fail',
    conditions: { 'changed-coverage.all': ['pass', 90], 'changed-coverage.all [packages/payments/**]': ['fail', 90] },
  },
  {
    name: 'later overrides win key by key',
    config: {
      'missing-tests': { ai: 'warn', all: 'off' },
      overrides: [
        { paths: ['packages/**'], 'missing-tests': { ai: 'warn', all: 'warn' } },
        { paths: ['packages/payments/**'], 'missing-tests': { ai: 'fail' } },
      ],
    },
    findings: [
      finding({ ruleId: ruleId('missing-tests'), path: repoPath('packages/payments/a.ts') }),
      finding({ ruleId: ruleId('missing-tests'), path: repoPath('packages/ui/b.ts'), provenance: 'human' }),
    ],
    verdict: 'fail',
    conditions: {
      'missing-tests.ai [packages/**, packages/payments/**]': ['fail', 1],
      'missing-tests.all [packages/**, packages/payments/**]': ['warn', 1],
      'missing-tests.all [packages/**]': ['warn', 1],
      'missing-tests.ai': ['pass', 0],
      'missing-tests.all': ['skipped', null],
    },
  },
  {
    name: 'ignored paths: findings and coverage there do not count',
    config: { ignore: ['generated/**'] },
    findings: [finding({ path: repoPath('generated/api.ts') }), finding({ path: repoPath('generated/api.ts'), source: 'sarif' })],
    coverage: coverage([fileCoverage('generated/api.ts', 100, 0), fileCoverage('src/app.ts', 30, 30)]),
    verdict: 'pass',
    conditions: { 'rule-findings.ai': ['pass', 0], 'sarif.all': ['pass', 0], 'changed-coverage.all': ['pass', 100] },
  },
  {
    name: 'overall coverage minimum, when switched on',
    config: { 'overall-coverage': { level: 'fail', min: 70 } },
    coverage: coverage([], { head: { measured: 1000, covered: 650, percent: 65 }, base: null, delta: null }),
    verdict: 'fail',
    conditions: { 'overall-coverage': ['fail', 65], 'coverage-drop': ['skipped', null] },
  },
  {
    name: 'a drop just over the allowance shows rounded up, never as within it',
    coverage: coverage([], {
      head: { measured: 100000, covered: 70996, percent: 70.996 },
      base: { measured: 100000, covered: 72000, percent: 72 },
      delta: -1.004,
    }),
    verdict: 'warn',
    conditions: { 'coverage-drop': ['warn', 1.01] },
  },
  {
    name: 'coverage drop beyond the allowance warns by default',
    coverage: coverage([], {
      head: { measured: 1000, covered: 700, percent: 70 },
      base: { measured: 1000, covered: 725, percent: 72.5 },
      delta: -2.5,
    }),
    verdict: 'warn',
    conditions: { 'overall-coverage': 'skipped', 'coverage-drop': ['warn', 2.5] },
  },
  {
    name: 'a coverage rise is no drop',
    coverage: coverage([], { head: { measured: 10, covered: 9, percent: 90 }, base: { measured: 10, covered: 8, percent: 80 }, delta: 10 }),
    verdict: 'pass',
    conditions: { 'coverage-drop': ['pass', 0] },
  },
  {
    name: 'missing coverage evidence set to warn: a condition says so, coverage conditions skipped',
    config: { 'missing-evidence': { coverage: 'warn' } },
    coverage: null,
    missing: [{ kind: 'coverage', detail: 'coverage/lcov.info: no such file' }],
    verdict: 'warn',
    conditions: { 'missing-evidence.coverage': ['warn', 'missing'], 'changed-coverage.all': 'skipped' },
  },
  {
    name: 'missing evidence set to pass is still listed',
    config: { 'missing-evidence': { sarif: 'pass', diff: 'fail' } },
    missing: [
      { kind: 'sarif', detail: 'a.sarif: not JSON' },
      { kind: 'sarif', detail: 'b.sarif: truncated' },
    ],
    verdict: 'pass',
    conditions: { 'missing-evidence.sarif': ['pass', 'missing'], 'missing-evidence.sarif.2': ['pass', 'missing'] },
  },
  {
    name: 'missing diff evidence set to fail fails',
    config: { 'missing-evidence': { diff: 'fail' } },
    missing: [{ kind: 'diff', detail: 'diff truncated at 20,000 lines' }],
    verdict: 'fail',
    conditions: { 'missing-evidence.diff': ['fail', 'missing'] },
  },
];

describe('decideVerdict', () => {
  it.each(cases)('$name', (testCase) => {
    const verdict = decideVerdict({
      config: policy(testCase.config ?? {}),
      files: (testCase.files ?? ['src/app.ts']).map((path) => changedFile(path)),
      provenance: provenance(),
      findings: testCase.findings ?? [],
      coverage: testCase.coverage ?? null,
      missingEvidence: testCase.missing ?? [],
      skipped: [],
    });
    expect(verdict.status).toBe(testCase.verdict);
    const byId = new Map(verdict.conditions.map((condition) => [condition.id, condition]));
    for (const [id, expected] of Object.entries(testCase.conditions)) {
      const condition = byId.get(id);
      expect(condition, `condition ${id} in ${[...byId.keys()].join(' | ')}`).toBeDefined();
      const [status, actual] = Array.isArray(expected) ? expected : [expected, undefined];
      expect(condition!.status, id).toBe(status);
      if (actual !== undefined) expect(condition!.actual, id).toBe(actual);
      expect(condition!.message.length).toBeGreaterThan(0);
    }
  });

  it('lists every condition once, with a unique id and a threshold', () => {
    const verdict = decideVerdict({
      config: policy(),
      files: [changedFile('src/app.ts')],
      provenance: provenance(),
      findings: [],
      coverage: null,
      missingEvidence: [],
      skipped: [],
    });
    const ids = verdict.conditions.map((condition) => condition.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'missing-tests.ai',
      'missing-tests.all',
      'error-handling.ai',
      'error-handling.all',
      'rule-findings.ai',
      'rule-findings.all',
      'sarif.ai',
      'sarif.all',
      'changed-coverage.ai',
      'changed-coverage.all',
      'overall-coverage',
      'coverage-drop',
      'mutation.ai',
      'mutation.all',
    ]);
    for (const condition of verdict.conditions) expect(condition.threshold).not.toBeNull();
  });

  it('is pure: the same input gives the same verdict and the input is not changed', () => {
    const findings = [finding({ ruleId: ruleId('missing-tests') }), finding({ source: 'sarif', provenance: 'human' })];
    const snapshot = structuredClone(findings);
    const input = {
      config: policy(),
      files: [changedFile('src/app.ts')],
      provenance: provenance(),
      findings,
      coverage: coverage([fileCoverage('src/app.ts', 30, 20)]),
      missingEvidence: [],
      skipped: [],
    };
    expect(decideVerdict(input)).toEqual(decideVerdict(input));
    expect(findings).toEqual(snapshot);
  });
});

describe('missingEvidenceAction', () => {
  it('stops with an error by default and follows the policy otherwise', () => {
    expect(missingEvidenceAction(policy(), 'coverage')).toBe('error');
    expect(missingEvidenceAction(policy(), 'sarif')).toBe('error');
    expect(missingEvidenceAction(policy(), 'diff')).toBe('error');
    const config = policy({ 'missing-evidence': { coverage: 'warn', sarif: 'fail', diff: 'pass' } });
    expect(missingEvidenceAction(config, 'coverage')).toBe('warn');
    expect(missingEvidenceAction(config, 'sarif')).toBe('fail');
    expect(missingEvidenceAction(config, 'diff')).toBe('pass');
  });
});

describe('error-handling rules', () => {
  it('are all rules diffgate has', () => {
    for (const id of ERROR_HANDLING_RULES) expect(findRule(id), id).toBeDefined();
  });
});
