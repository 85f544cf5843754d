import { describe, expect, it } from 'vitest';
import type { Finding, Level, Provenance } from '../../src/model.js';
import { applyCoverageIgnore, applyFindingLevels } from '../../src/policy/index.js';
import { coverage, fileCoverage, finding, policy } from './fixtures.js';
import { repoPath, ruleId } from '../helpers/ids.js';

const cases: { name: string; config?: unknown; input: Partial<Finding>; level: Level | 'dropped' }[] = [
  { name: 'AST error on an AI line keeps the rule level', input: { source: 'ast', provenance: 'ai', level: 'error' }, level: 'error' },
  { name: 'AST error on a human line becomes a note', input: { source: 'ast', provenance: 'human', level: 'error' }, level: 'note' },
  { name: 'AST warning on an unknown line becomes a note', input: { source: 'ast', provenance: 'unknown', level: 'warning' }, level: 'note' },
  { name: 'SARIF error on a human line keeps its level', input: { source: 'sarif', provenance: 'human', level: 'error' }, level: 'error' },
  {
    name: 'per source and provenance',
    config: { levels: { ast: { human: 'warning' } } },
    input: { source: 'ast', provenance: 'human', level: 'error' },
    level: 'warning',
  },
  {
    name: 'per rule wins over the source',
    config: { levels: { rules: { 'empty-catch': { human: 'keep', ai: 'warning' } } } },
    input: { ruleId: ruleId('empty-catch'), source: 'ast', provenance: 'human', level: 'error' },
    level: 'error',
  },
  {
    name: 'per rule names only some provenances; the others follow the source',
    config: { levels: { rules: { 'empty-catch': { ai: 'warning' } } } },
    input: { ruleId: ruleId('empty-catch'), source: 'ast', provenance: 'unknown', level: 'error' },
    level: 'note',
  },
  {
    name: 'per path: overrides change levels under their globs',
    config: { overrides: [{ paths: ['packages/payments/**'], levels: { ast: { human: 'keep' } } }] },
    input: { path: repoPath('packages/payments/pay.ts'), source: 'ast', provenance: 'human', level: 'error' },
    level: 'error',
  },
  {
    name: 'per path: other paths keep the top-level levels',
    config: { overrides: [{ paths: ['packages/payments/**'], levels: { ast: { human: 'keep' } } }] },
    input: { path: repoPath('packages/ui/pay.ts'), source: 'ast', provenance: 'human', level: 'error' },
    level: 'note',
  },
  {
    name: 'SARIF results can be demoted per rule',
    config: { levels: { rules: { 'js/log-injection': { ai: 'note', human: 'note', unknown: 'note' } } } },
    input: { ruleId: ruleId('js/log-injection'), source: 'sarif', provenance: 'ai', level: 'error' },
    level: 'note',
  },
  { name: 'ignored paths are dropped', config: { ignore: ['**/*.generated.ts'] }, input: { path: repoPath('src/api.generated.ts') }, level: 'dropped' },
  { name: 'dot folders match globs too', config: { ignore: ['vendor/**'] }, input: { path: repoPath('vendor/.cache/x.js') }, level: 'dropped' },
];

describe('applyFindingLevels', () => {
  it.each(cases)('$name', ({ config, input, level }) => {
    const [result, ...rest] = applyFindingLevels([finding(input)], policy(config ?? {}));
    expect(rest).toEqual([]);
    if (level === 'dropped') expect(result).toBeUndefined();
    else expect(result?.level).toBe(level);
  });

  it('changes only the level and keeps the order of findings', () => {
    const provenances: Provenance[] = ['human', 'ai', 'unknown'];
    const input = provenances.map((provenance, index) => finding({ provenance, startLine: index + 1 }));
    const output = applyFindingLevels(input, policy());
    expect(output.map((item) => item.startLine)).toEqual([1, 2, 3]);
    expect(output.map((item) => item.level)).toEqual(['note', 'error', 'note']);
    expect(output.map(({ level: _level, ...rest }) => rest)).toEqual(input.map(({ level: _level, ...rest }) => rest));
    expect(input.map((item) => item.level)).toEqual(['error', 'error', 'error']);
  });
});

describe('applyCoverageIgnore', () => {
  const result = coverage(
    [fileCoverage('src/app.ts', 10, 8, { measured: 4, covered: 4 }), fileCoverage('generated/api.ts', 100, 0, { measured: 50, covered: 0 })],
    { head: { measured: 1000, covered: 500, percent: 50 }, base: null, delta: null },
    [repoPath('generated/other.ts'), repoPath('src/util.ts')],
  );

  it('drops ignored files and recounts the totals; project-wide numbers stay', () => {
    const filtered = applyCoverageIgnore(result, policy({ ignore: ['generated/**'] }))!;
    expect(filtered.files.map((file) => file.path)).toEqual(['src/app.ts']);
    expect(filtered.changed).toEqual({ measured: 10, covered: 8, percent: 80 });
    expect(filtered.ai).toEqual({ measured: 4, covered: 4, percent: 100 });
    expect(filtered.unmentioned).toEqual(['src/util.ts']);
    expect(filtered.overall).toEqual(result.overall);
    expect(result.files).toHaveLength(2);
  });

  it('changes nothing without ignore globs, or without coverage', () => {
    expect(applyCoverageIgnore(result, policy())).toBe(result);
    expect(applyCoverageIgnore(null, policy({ ignore: ['x/**'] }))).toBeNull();
  });
});
