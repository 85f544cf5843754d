// The mutation conditions in the one judge: per-path overrides as their own conditions, counts
// summed per path group, `off` and the skip reasons.
import { describe, expect, it } from 'vitest';
import type { MutationCount, MutationSummary } from '../../../src/model.js';
import { compilePolicy, judge } from '../../../src/policy/index.js';
import { policyConfigSchema } from '../../../src/policy/config.js';
import { addStatus, emptyCount } from '../../../src/evidence/mutation/score.js';
import { changedFile, provenance } from '../../policy/fixtures.js';
import { repoPath } from '../../helpers/ids.js';

function count(killed: number, survived: number): MutationCount {
  const result = emptyCount();
  for (let i = 0; i < killed; i++) addStatus(result, 'Killed');
  for (let i = 0; i < survived; i++) addStatus(result, 'Survived');
  return result;
}

// src/pay/card.ts: 7 of 10 detected (70%); src/ui/button.ts: 1 of 4 (25%). AI wrote none of it.
function mutation(): MutationSummary {
  const files = [
    { path: repoPath('src/pay/card.ts'), all: count(7, 3), ai: emptyCount(), survivingLines: [] },
    { path: repoPath('src/ui/button.ts'), all: count(1, 3), ai: emptyCount(), survivingLines: [] },
  ];
  return { all: count(8, 6), ai: emptyCount(), files, survivors: [], unmentioned: [], skipped: [], reports: [{ path: 'm.json', mutants: 14 }] };
}

function conditions(policyYaml: unknown) {
  const policy = compilePolicy(policyConfigSchema.parse(policyYaml));
  const files = [changedFile('src/pay/card.ts'), changedFile('src/ui/button.ts')];
  const { verdict } = judge({ files, provenance: provenance(), findings: [], coverage: null, mutation: mutation(), missingEvidence: [], skipped: [] }, policy);
  return verdict.conditions.filter((condition) => condition.id.startsWith('mutation.'));
}

describe('mutation conditions', () => {
  it('sums all files for the top level: 8 of 14 = 57.1% warns under the default 60; no AI mutant skips the AI scope', () => {
    expect(conditions({})).toEqual([
      expect.objectContaining({ id: 'mutation.ai', status: 'skipped', message: expect.stringContaining('no valid mutant is on these lines') }),
      expect.objectContaining({ id: 'mutation.all', status: 'warn', actual: 57.1, threshold: 60, message: expect.stringContaining('8 of 14 mutants detected') }),
    ]);
  });

  it('judges overridden paths as their own condition', () => {
    const result = conditions({ overrides: [{ paths: ['src/pay/**'], mutation: { all: { level: 'fail', min: 75 } } }] });
    expect(result.map(({ id, status, actual }) => ({ id, status, actual }))).toEqual([
      { id: 'mutation.ai', status: 'skipped', actual: null },
      { id: 'mutation.all', status: 'warn', actual: 25 },
      { id: 'mutation.ai [src/pay/**]', status: 'skipped', actual: null },
      { id: 'mutation.all [src/pay/**]', status: 'fail', actual: 70 },
    ]);
  });

  it('can be switched off', () => {
    expect(conditions({ mutation: { all: 'off' } })[1]).toMatchObject({ id: 'mutation.all', status: 'skipped', message: expect.stringContaining('off in the policy') });
  });
});
