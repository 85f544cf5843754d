// Mutation evidence from real StrykerJS runs (vitest runner) on small projects made here: the ranges
// diffgate gives are what Stryker mutates, and the changed-line score is the count made by hand.
import { spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { collectChangedFiles, readFileAtRevision } from '../../../src/diff/index.js';
import { measureMutation } from '../../../src/evidence/mutation/index.js';
import { formatRanges, mutateRanges } from '../../../src/evidence/mutation/ranges.js';
import { parseMutationReport } from '../../../src/evidence/mutation/report.js';
import { makeRepo, removeRepos, type TestRepo } from '../../helpers/repo.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const stryker = join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const haveStryker = existsSync(stryker);
const CLAUDE_TRAILER = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>';

afterAll(removeRepos);

// Base: an existing, untested-by-the-change function. The pull request adds `discount` (lines 5-10).
const BASE_SOURCE = 'export function tax(amount: number): number {\n  return amount * 0.2;\n}\n';
const HEAD_SOURCE =
  BASE_SOURCE +
  '\n' +
  'export function discount(amount: number): number {\n' + // 5
  '  if (amount > 100) {\n' + // 6
  '    return amount * 0.9;\n' + // 7
  '  }\n' + // 8
  '  return amount;\n' + // 9
  '}\n'; // 10

function project(boundaryTested: boolean): { repo: TestRepo; base: string; head: string } {
  const repo = makeRepo();
  repo.write({
    '.gitignore': 'node_modules\nreports\n.stryker-tmp\n',
    'package.json': JSON.stringify({ name: 'shop', type: 'module', private: true }),
    'vitest.config.mjs': "export default { test: { include: ['test/**/*.test.ts'] } };\n",
    'stryker.config.json': JSON.stringify({
      testRunner: 'vitest',
      plugins: ['@stryker-mutator/vitest-runner'],
      reporters: ['json'],
      jsonReporter: { fileName: 'reports/mutation.json' },
      tempDirName: '.stryker-tmp',
      concurrency: 1,
      cleanTempDir: 'always',
    }),
    'src/price.ts': BASE_SOURCE,
    'test/price.test.ts': "import { expect, it } from 'vitest';\nimport { tax } from '../src/price';\nit('taxes', () => expect(tax(10)).toBe(2));\n",
  });
  const base = repo.commit('shop: tax');
  const cases = [
    "it('discounts large amounts', () => expect(discount(200)).toBe(180));",
    "it('keeps small amounts', () => expect(discount(50)).toBe(50));",
    ...(boundaryTested ? ["it('keeps exactly 100', () => expect(discount(100)).toBe(100));"] : []),
  ];
  repo.write({
    'src/price.ts': HEAD_SOURCE,
    'test/price.test.ts': `import { expect, it } from 'vitest';\nimport { discount, tax } from '../src/price';\nit('taxes', () => expect(tax(10)).toBe(2));\n${cases.join('\n')}\n`,
  });
  const head = repo.commit(`Add discount${CLAUDE_TRAILER}`);
  symlinkSync(join(root, 'node_modules'), join(repo.dir, 'node_modules'), 'dir');
  return { repo, base, head };
}

async function runStrykerOnChange(repo: TestRepo, base: string, head: string): Promise<string> {
  const files = await collectChangedFiles(repo.dir, { base, head });
  const { ranges } = mutateRanges(files, { aiOnly: false, provenance: () => 'ai', isTestFile: (path) => path.startsWith('test/') });
  const mutate = formatRanges(ranges, 'stryker').trim();
  expect(mutate).toBe('src/price.ts:4-10');
  const run = spawnSync(process.execPath, [stryker, 'run', '--mutate', mutate], { cwd: repo.dir, encoding: 'utf8', timeout: 300_000 });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  return join(repo.dir, 'reports', 'mutation.json');
}

async function measure(repo: TestRepo, base: string, head: string) {
  const files = await collectChangedFiles(repo.dir, { base, head });
  return measureMutation({
    repo: repo.dir,
    patterns: ['reports/mutation.json'],
    files,
    trackedFiles: ['src/price.ts', 'test/price.test.ts', 'package.json'],
    headText: async (path) => (await readFileAtRevision(repo.dir, head, path))?.toString('utf8') ?? null,
    provenance: (path, line) => (path === 'src/price.ts' && line >= 4 ? 'ai' : 'human'),
    pathPrefixes: [],
    isTestFile: (path) => path.startsWith('test/'),
  });
}

describe.skipIf(!haveStryker)('StrykerJS on the lines a pull request adds', () => {
  it('mutates only the ranges diffgate gives; a missing boundary case survives and is shown once', { timeout: 600_000 }, async () => {
    const { repo, base, head } = project(false);
    const reportPath = await runStrykerOnChange(repo, base, head);

    const { readFileSync } = await import('node:fs');
    const report = parseMutationReport(readFileSync(reportPath, 'utf8'), 'mutation.json');
    const mutants = report.files.flatMap((file) => file.mutants);
    // Nothing outside the added lines was mutated: `tax` (lines 1-3) has no mutant.
    expect(mutants.length).toBeGreaterThan(0);
    expect(mutants.every((mutant) => mutant.startLine >= 5 && mutant.endLine <= 10)).toBe(true);

    const result = await measure(repo, base, head);
    // By hand, with tests discount(200) = 180 and discount(50) = 50:
    //   line 5  BlockStatement (empty body)                  killed (both tests fail)
    //   line 6  ConditionalExpression true / false           killed / killed
    //           EqualityOperator `amount >= 100`             SURVIVES (no test at 100)
    //           EqualityOperator `amount <= 100`             killed
    //           BlockStatement (empty if-body)               killed
    //   line 7  ArithmeticOperator `amount / 0.9`            killed
    //   → 7 valid mutants, 6 killed, 1 survived: 85.7%.
    expect(result?.all).toMatchObject({ killed: 6, survived: 1, noCoverage: 0, valid: 7 });
    expect(result?.all.score).toBeCloseTo((6 / 7) * 100, 5);
    expect(result?.ai).toEqual(result?.all);
    expect(result?.survivors).toHaveLength(1);
    expect(result?.survivors[0]).toMatchObject({ path: 'src/price.ts', line: 6, original: 'amount > 100', provenance: 'ai' });
    expect(result?.survivors[0]?.mutant.replacement).toBe('amount >= 100');
  });

  it('kills every mutant on the new lines when the tests check the boundary', { timeout: 600_000 }, async () => {
    const { repo, base, head } = project(true);
    await runStrykerOnChange(repo, base, head);
    const result = await measure(repo, base, head);
    expect(result?.all).toMatchObject({ killed: 7, survived: 0, noCoverage: 0, valid: 7, score: 100 });
    expect(result?.survivors).toEqual([]);
  });
});

it.runIf(!haveStryker)('skips the StrykerJS runs above: @stryker-mutator/core is not installed', () => {
  expect(haveStryker).toBe(false);
});
