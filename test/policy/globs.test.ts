// One glob type for every glob-valued key: the same list means the same paths under
// `policy.ignore` and under `coverage.exclude` (and the other keys, which share compileGlobs).
import fc from 'fast-check';
import { Minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { compileGlobs, compiledGlobsOf } from '../../src/config/glob.js';
import { parseConfig } from '../../src/config/load.js';
import { measureChangedLines } from '../../src/evidence/coverage/changed.js';
import type { MergedFile } from '../../src/evidence/coverage/merge.js';
import { compilePolicy, judge } from '../../src/policy/index.js';
import { changedFile, finding, provenance } from './fixtures.js';
import { repoPath, ruleId } from '../helpers/ids.js';

// Every file under src/ except keep.ts: before, coverage.exclude read `!src/keep.ts` as "every path
// but keep.ts" (so keep.ts was excluded by `src/**` anyway) and policy.ignore read it as a literal `!`.
const LIST = ['src/**', '!src/keep.ts'];
const PATHS = ['src/a.ts', 'src/keep.ts', 'lib/b.ts'];

describe('compileGlobs', () => {
  it('reads a list like .gitignore: the last matching pattern decides, `!` takes paths back', () => {
    const globs = compileGlobs(LIST);
    expect(PATHS.filter((path) => globs.matches(path))).toEqual(['src/a.ts']);
    expect(globs.matchingPattern('src/a.ts')).toBe('src/**');
    expect(globs.matchingPattern('src/keep.ts')).toBeNull();
    // Order matters: a later positive pattern takes keep.ts again.
    expect(compileGlobs([...LIST, 'src/keep.*']).matches('src/keep.ts')).toBe(true);
  });

  it('matches dot files, treats `#` as a character, and a list of negations alone matches nothing', () => {
    expect(compileGlobs(['**/*.ts']).matches('.config/x.ts')).toBe(true);
    expect(compileGlobs(['#notes.md']).matches('#notes.md')).toBe(true);
    expect(compileGlobs(['!**/*.test.ts']).matches('src/a.ts')).toBe(false);
    expect(compileGlobs([]).matches('src/a.ts')).toBe(false);
  });
});

// What compileGlobs must decide, written the slow, plain way: minimatch's `match` on every pattern, last match wins.
function referenceMatches(patterns: string[], path: string): boolean {
  let decided = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (new Minimatch(negated ? pattern.slice(1) : pattern, { dot: true, nocomment: true, nonegate: true }).match(path)) decided = !negated;
  }
  return decided;
}

describe('compileGlobs against minimatch match', () => {
  // compileGlobs asks each pattern's regular expression first; these pairs are where the expression alone
  // would say yes and match says no, and the path shapes git never prints but a caller could pass.
  // The last ones are where the expression says no and match says yes: a second `**` after another part
  // (minimatch's expression loses it), so such patterns are asked of match alone. Found by the random test.
  it.each([
    [['test/**'], 'test', false],
    [['src/**'], 'src', false],
    [['{a,b}/**'], 'a', false],
    [['*'], 'src/', true],
    [['test/**'], 'test/a.ts', true],
    [['**/*.test.*', '!e2e/**'], 'e2e/a.test.ts', false],
    [['src/**/__tests__/**'], 'src/a/__tests__/x.ts', true],
    [['src/**/__tests__/**'], 'src/__tests__/x.ts', true],
    [['packages/**/test*/**'], 'packages/a/tests/x.ts', true],
    [['a/**/[!a]*/**', 'a'], 'a/xy/a', true],
    [['{src,lib}/**/fixtures/**'], 'lib/x/fixtures/a.json', true],
  ])('%j on %j is %s, as match decides', (patterns, path, expected) => {
    expect(referenceMatches(patterns, path)).toBe(expected);
    expect(compileGlobs(patterns).matches(path)).toBe(expected);
  });

  it('decides like match on random patterns and paths (globstars, braces, classes, extglobs, dots, spaces)', () => {
    // `**` three times over, and inside braces: patterns with several globstars are where minimatch's expression
    // and match part ways (the table above).
    const part = fc.constantFrom('a', 'b', 'src', 'test', 'x.ts', 'a.test.ts', '.hidden', '..', '.', '*', '**', '**', '**', '?', '[ab]', '{a,b}', '{a,**}', '!(a)', '+(a|b)', 'a b', 'é', '#x', '[!a]*', '*.ts', '\\*', 'x*y', '@(a)', '', '[[:alpha:]]');
    const name = fc.constantFrom('a', 'b', 'src', 'test', 'x.ts', 'a.test.ts', '.hidden', '.x', 'a b', 'é', '#x', '*', 'ab', 'xy', 'b.ts', '(a)', '[a]', '{a,b}', 'aa');
    const pattern = fc.tuple(fc.boolean(), fc.array(part, { minLength: 1, maxLength: 5 })).map(([negated, parts]) => `${negated ? '!' : ''}${parts.join('/')}`);
    const path = fc.tuple(fc.array(name, { minLength: 1, maxLength: 5 }), fc.boolean()).map(([names, slash]) => names.join('/') + (slash ? '/' : ''));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 3 }), fc.array(path, { minLength: 1, maxLength: 10 }), (patterns, paths) => {
        const globs = compileGlobs(patterns);
        for (const candidate of paths) expect(globs.matches(candidate)).toBe(referenceMatches(patterns, candidate));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the same list under two keys', () => {
  it('policy.ignore drops findings on the paths the list matches, and keeps keep.ts', () => {
    const config = parseConfig({ policy: { ignore: LIST } }, 'test');
    const findings = PATHS.map((path) => finding({ path: repoPath(path), level: 'error', ruleId: ruleId('throw-literal') }));
    const judged = judge(
      { files: PATHS.map((path) => changedFile(path)), provenance: provenance(), findings, coverage: null, missingEvidence: [], skipped: [] },
      compilePolicy(config.policy),
    );
    expect(judged.findings.map((entry) => entry.path)).toEqual(['src/keep.ts', 'lib/b.ts']);
  });

  it('coverage.exclude leaves out the same paths from changed-line coverage', () => {
    const { coverage } = parseConfig({ coverage: { exclude: LIST } }, 'test');
    const hit = (): MergedFile => ({ lines: new Map([[1, 1]]), branches: new Map() });
    const result = measureChangedLines(
      PATHS.map((path) => changedFile(path, [1])),
      { files: new Map(PATHS.map((path) => [path, hit()])), unmapped: new Map() },
      () => 'human',
      coverage,
    );
    expect(result.files.map((file) => file.path).sort()).toEqual(['lib/b.ts', 'src/keep.ts']);
  });

  it('rejects a list with an empty glob under either key, naming the key', () => {
    expect(() => parseConfig({ policy: { ignore: [''] } }, 'diffgate.yml')).toThrow(/policy\.ignore\.0: expected a non-empty glob/);
    expect(() => parseConfig({ coverage: { exclude: [''] } }, 'diffgate.yml')).toThrow(/coverage\.exclude\.0: expected a non-empty glob/);
  });
});

describe('compiledGlobsOf', () => {
  it('compiles a list object once and matches as compileGlobs does; another list object compiles on its own', () => {
    const first = compiledGlobsOf(LIST);
    expect(compiledGlobsOf(LIST)).toBe(first);
    expect(PATHS.filter((path) => first.matches(path))).toEqual(PATHS.filter((path) => compileGlobs(LIST).matches(path)));
    const other = compiledGlobsOf(['lib/**']);
    expect(other).not.toBe(first);
    expect(PATHS.filter((path) => other.matches(path))).toEqual(['lib/b.ts']);
  });
});
