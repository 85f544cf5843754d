// Mutation evidence from real StrykerJS runs (vitest runner) on small projects made here, through the
// built CLI as a workflow uses it: `diffgate ranges` is what Stryker mutates, and the changed-line
// score `diffgate --mutation … --json` reports is the count made by hand.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMutationReport } from '../../../src/evidence/mutation/report.js';
import type { MutationSummary } from '../../../src/model.js';
import { makeRepo, removeRepos, type TestRepo } from '../../helpers/repo.js';
import { BASE_PRICE, HEAD_PRICE } from './price-fixture.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
const stryker = join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const haveStryker = existsSync(stryker);
const CLAUDE_TRAILER = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>';

afterAll(removeRepos);

// Base: an existing, untested-by-the-change function. The pull request adds `discount` (lines 5-10).
const BASE_SOURCE = BASE_PRICE;
const HEAD_SOURCE = HEAD_PRICE;

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

function diffgate(repo: TestRepo, args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: repo.dir, encoding: 'utf8' });
}

function runStrykerOnChange(repo: TestRepo, base: string): string {
  const ranges = diffgate(repo, ['ranges', '--base', base]);
  expect(ranges.status, ranges.stderr).toBe(0);
  // The test file is left out (said on stderr); the blank line 4 is added, so the range starts there.
  expect(ranges.stderr).toContain('left out test/price.test.ts');
  const mutate = ranges.stdout.trim();
  expect(mutate).toBe('src/price.ts:4-10');
  const run = spawnSync(process.execPath, [stryker, 'run', '--mutate', mutate], { cwd: repo.dir, encoding: 'utf8', timeout: 300_000 });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  return join(repo.dir, 'reports', 'mutation.json');
}

interface GateJson {
  mutation: MutationSummary;
  findings: { ruleId: string; path: string; startLine: number; provenance: string; message: string }[];
  conditions: { id: string; status: string; actual: number | string | null }[];
}

function measure(repo: TestRepo, base: string): GateJson {
  const out = join(repo.dir, 'gate.json');
  const gate = diffgate(repo, ['--base', base, '--mutation', 'reports/mutation.json', '--json', out, '--quiet']);
  expect(gate.status === 0 || gate.status === 1, gate.stderr).toBe(true);
  return JSON.parse(readFileSync(out, 'utf8')) as GateJson;
}

describe.skipIf(!haveStryker)('StrykerJS on the lines a pull request adds', () => {
  it('mutates only the ranges diffgate gives; a missing boundary case survives and is shown once', { timeout: 600_000 }, async () => {
    const { repo, base } = project(false);
    const reportPath = runStrykerOnChange(repo, base);

    const report = parseMutationReport(readFileSync(reportPath, 'utf8'), 'mutation.json');
    const mutants = report.files.flatMap((file) => file.mutants);
    // Nothing outside the added lines was mutated: `tax` (lines 1-3) has no mutant.
    expect(mutants.length).toBeGreaterThan(0);
    expect(mutants.every((mutant) => mutant.startLine >= 5 && mutant.endLine <= 10)).toBe(true);

    const gate = measure(repo, base);
    const result = gate.mutation;
    // By hand, with tests discount(200) = 180 and discount(50) = 50:
    //   line 5  BlockStatement (empty body)                  killed (both tests fail)
    //   line 6  ConditionalExpression true / false           killed / killed
    //           EqualityOperator `amount >= 100`             SURVIVES (no test at 100)
    //           EqualityOperator `amount <= 100`             killed
    //           BlockStatement (empty if-body)               killed
    //   line 7  ArithmeticOperator `amount / 0.9`            killed
    //   → 7 valid mutants, 6 killed, 1 survived: 85.7%.
    expect(result.all).toMatchObject({ killed: 6, survived: 1, noCoverage: 0, valid: 7 });
    expect(result.all.score).toBeCloseTo((6 / 7) * 100, 5);
    // Every added line is in the commit with the Claude trailer: the AI count is the same count.
    expect(result.ai).toEqual(result.all);
    expect(result.survivors).toEqual([
      { path: 'src/price.ts', line: 6, provenance: 'ai', mutator: 'EqualityOperator', status: 'Survived', original: 'amount > 100', replacement: 'amount >= 100' },
    ]);
    expect(gate.findings.filter((finding) => finding.ruleId === 'surviving-mutant').map(({ path, startLine, provenance }) => ({ path, startLine, provenance }))).toEqual([
      { path: 'src/price.ts', startLine: 6, provenance: 'ai' },
    ]);
    // 6 of 7 = 85.7%: above the default 80 for AI-written lines.
    expect(gate.conditions.find((condition) => condition.id === 'mutation.ai')).toMatchObject({ status: 'pass', actual: 85.7 });
  });

  it('kills every mutant on the new lines when the tests check the boundary', { timeout: 600_000 }, async () => {
    const { repo, base } = project(true);
    runStrykerOnChange(repo, base);
    const gate = measure(repo, base);
    expect(gate.mutation.all).toMatchObject({ killed: 7, survived: 0, noCoverage: 0, valid: 7, score: 100 });
    expect(gate.mutation.survivors).toEqual([]);
    expect(gate.findings.filter((finding) => finding.ruleId === 'surviving-mutant')).toEqual([]);
    expect(gate.conditions.find((condition) => condition.id === 'mutation.ai')).toMatchObject({ status: 'pass', actual: 100 });
  });
});

it.runIf(!haveStryker)('skips the StrykerJS runs above: @stryker-mutator/core is not installed', () => {
  expect(haveStryker).toBe(false);
});
