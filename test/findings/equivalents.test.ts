// One finding per problem: a diffgate rule and its ESLint equivalent on the same lines are one
// finding, counted once, the equivalences taken from the rules' metadata.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { RULES } from '../../src/analysis/registry.js';
import { eslintEquivalents, mergeEquivalentFindings } from '../../src/findings/equivalents.js';
import { decideVerdict } from '../../src/policy/index.js';
import { changedFile, finding, policy, provenance } from '../policy/fixtures.js';
import { repoPath, ruleId } from '../helpers/ids.js';

function eslint(overrides: Partial<Finding>): Finding {
  return finding({ source: 'sarif', tool: 'ESLint', level: 'warning', message: 'Empty block statement.', ...overrides });
}

describe('mergeEquivalentFindings', () => {
  it('takes the equivalences from the rules (data, not code)', () => {
    const equivalents = eslintEquivalents();
    expect(equivalents.get('empty-catch')).toEqual(new Set(['no-empty']));
    expect(equivalents.get('throw-literal')?.has('no-throw-literal')).toBe(true);
    for (const [id, names] of equivalents) expect(RULES.find((rule) => rule.meta.id === id)?.meta.eslintEquivalents).toEqual([...names]);
  });

  it('folds ESLint no-empty into empty-catch and no-throw-literal into throw-literal on the same lines', () => {
    const emptyCatch = finding({ ruleId: ruleId('empty-catch'), path: repoPath('src/p.ts'), startLine: 28, endLine: 29, level: 'error' });
    const throwLiteral = finding({ ruleId: ruleId('throw-literal'), path: repoPath('src/f.ts'), startLine: 3, endLine: 3, level: 'error' });
    const other = eslint({ ruleId: ruleId('no-unused-vars'), path: repoPath('src/p.ts'), startLine: 28, endLine: 28 });
    const merged = mergeEquivalentFindings([
      emptyCatch,
      eslint({ ruleId: ruleId('no-empty'), path: repoPath('src/p.ts'), startLine: 28, endLine: 29 }),
      eslint({ ruleId: ruleId('no-throw-literal'), path: repoPath('src/f.ts'), startLine: 3, endLine: 3, level: 'error' }),
      throwLiteral,
      other,
    ]);
    expect(merged.map((entry) => entry.ruleId)).toEqual(['empty-catch', 'throw-literal', 'no-unused-vars']);
    expect(merged[0]!.alsoReportedBy).toEqual([{ tool: 'ESLint', ruleId: 'no-empty', level: 'warning', startLine: 28, endLine: 29 }]);
    expect(merged[1]!.alsoReportedBy).toEqual([{ tool: 'ESLint', ruleId: 'no-throw-literal', level: 'error', startLine: 3, endLine: 3 }]);
    expect(merged[2]).toBe(other);
  });

  it('keeps them apart on other lines, in other files, or for rules that are not equivalent', () => {
    const emptyCatch = finding({ ruleId: ruleId('empty-catch'), path: repoPath('src/p.ts'), startLine: 28, endLine: 29 });
    const elsewhere = [
      eslint({ ruleId: ruleId('no-empty'), path: repoPath('src/p.ts'), startLine: 40, endLine: 40 }),
      eslint({ ruleId: ruleId('no-empty'), path: repoPath('src/q.ts'), startLine: 28, endLine: 29 }),
      eslint({ ruleId: ruleId('no-throw-literal'), path: repoPath('src/p.ts'), startLine: 28, endLine: 28 }),
      finding({ ruleId: ruleId('no-empty'), source: 'sarif', tool: 'Semgrep', path: repoPath('src/p.ts'), startLine: 28, endLine: 28 }),
    ];
    expect(mergeEquivalentFindings([emptyCatch, ...elsewhere])).toHaveLength(5);
  });

  it('never lowers the level: the folded finding is as severe as the worse of the two', () => {
    const merged = mergeEquivalentFindings([finding({ ruleId: ruleId('empty-catch'), level: 'warning' }), eslint({ ruleId: ruleId('no-empty'), level: 'error' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.level).toBe('error');
  });

  it('is counted once by the policy: one bad line fails error-handling, not sarif too', () => {
    const files = [changedFile('src/app.ts', [10])];
    const raw = [finding({ ruleId: ruleId('empty-catch'), level: 'error' }), eslint({ ruleId: ruleId('no-empty'), level: 'error', onAddedLine: true })];
    const judge = (findings: Finding[]) =>
      decideVerdict({ config: policy(), files, provenance: provenance({ ai: 1, human: 0, unknown: 0 }), findings, coverage: null, missingEvidence: [], skipped: [] }).conditions;
    const status = (conditions: ReturnType<typeof judge>, id: string) => conditions.find((condition) => condition.id === id)?.status;
    expect(status(judge(raw), 'sarif.all')).toBe('fail');
    const once = judge(mergeEquivalentFindings(raw));
    expect(status(once, 'error-handling.all')).not.toBe('pass');
    expect(status(once, 'sarif.all')).toBe('pass');
  });
});
