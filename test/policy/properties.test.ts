// Properties of the verdict over random findings: more findings never make it better, and it is
// always the worst condition's status.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding, VerdictStatus } from '../../src/model.js';
import { applyFindingLevels, decideVerdict } from '../../src/policy/index.js';
import { changedFile, finding, policy, provenance } from './fixtures.js';
import { repoPath, ruleId } from '../helpers/ids.js';

const RANK: Record<VerdictStatus, number> = { pass: 0, warn: 1, fail: 2 };

const arbitraryFinding: fc.Arbitrary<Finding> = fc
  .record({
    ruleId: fc.constantFrom('missing-tests', 'empty-catch', 'floating-promise', 'placeholder-code', 'js/sql-injection'),
    level: fc.constantFrom('error' as const, 'warning' as const, 'note' as const),
    provenance: fc.constantFrom('ai' as const, 'human' as const, 'unknown' as const),
    source: fc.constantFrom('ast' as const, 'sarif' as const),
    path: fc.constantFrom('src/a.ts', 'packages/payments/pay.ts', 'generated/x.ts'),
    securitySeverity: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined }),
    onAddedLine: fc.boolean(),
  })
  .map((fields) => finding({ ...fields, ruleId: ruleId(fields.ruleId), path: repoPath(fields.path) }));

const configs = [
  policy(),
  policy({
    ignore: ['generated/**'],
    'missing-tests': { all: { level: 'warn', max: 1 } },
    overrides: [{ paths: ['packages/payments/**'], sarif: { all: 'fail', 'min-level': 'warning' }, 'error-handling': { rules: { 'empty-catch': 'warn' } } }],
  }),
];

function verdictOf(findings: Finding[], configIndex: number) {
  const config = configs[configIndex]!;
  return decideVerdict({
    config,
    files: [changedFile('src/a.ts'), changedFile('packages/payments/pay.ts')],
    provenance: provenance(),
    findings: applyFindingLevels(findings, config),
    coverage: null,
    missingEvidence: [],
    skipped: [],
  });
}

describe('decideVerdict properties', () => {
  it('adding findings never improves the verdict', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 8 }), fc.array(arbitraryFinding, { maxLength: 4 }), fc.constantFrom(0, 1), (some, more, configIndex) => {
        const before = verdictOf(some, configIndex).status;
        const after = verdictOf([...some, ...more], configIndex).status;
        expect(RANK[after]).toBeGreaterThanOrEqual(RANK[before]);
      }),
      { numRuns: 300 },
    );
  });

  it('the verdict is the worst condition status, and no findings pass', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFinding, { maxLength: 10 }), fc.constantFrom(0, 1), (findings, configIndex) => {
        const verdict = verdictOf(findings, configIndex);
        const worst = Math.max(0, ...verdict.conditions.map((condition) => (condition.status === 'skipped' ? 0 : RANK[condition.status])));
        expect(RANK[verdict.status]).toBe(worst);
      }),
      { numRuns: 300 },
    );
    expect(verdictOf([], 0).status).toBe('pass');
    expect(verdictOf([], 1).status).toBe('pass');
  });
});
