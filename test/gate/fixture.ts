// A realistic pull request for the pipeline tests: a small TypeScript package in a real git repository
// (a base commit on main; a branch with a person's commit, a Claude Code commit and a Cursor Agent
// commit), with real evidence made on the branch: ESLint 9 SARIF (@microsoft/eslint-formatter-sarif)
// and vitest v8 coverage (LCOV and Cobertura).
// It lives under <project>/.tmp/ so that Node resolves eslint, typescript-eslint and vitest from this
// project's node_modules.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { NO_EVENT } from '../../src/event.js';
import type { GateOptions } from '../../src/gate.js';
import { TestRepo, type Identity } from '../helpers/repo.js';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const vitestCli = join(projectRoot, 'node_modules/vitest/vitest.mjs');

export const HUMAN: Identity = { name: 'Ada Person', email: 'ada@example.com' };
export const CURSOR: Identity = { name: 'Cursor Agent', email: 'cursoragent@cursor.com' };

type SarifFormatter = (results: ESLint.LintResult[], data: ESLint.LintResultData) => string;
const formatSarif = createRequire(import.meta.url)('@microsoft/eslint-formatter-sarif') as SarifFormatter;

const lines = (...text: string[]): string => text.join('\n') + '\n';

export const CART_AT_BASE = lines(
  'export function total(prices: number[]): number {',
  '  let sum = 0;',
  '  for (const price of prices) sum += price;',
  '  return sum;',
  '}',
  '',
  'export function isEmpty(prices: number[]): boolean {',
  '  return prices.length == 0; // eqeqeq on a base line',
  '}',
);

/** The person's commit appends this to src/cart.ts. */
export const CART_ADDED = lines(
  '',
  'export function discounted(amount: number, percent: number): number {',
  '  if (percent < 0 || percent > 100) {',
  "    throw new RangeError('percent must be between 0 and 100');",
  '  }',
  '  let factor = 1 - percent / 100; // prefer-const on a human line',
  '  return amount * factor;',
  '}',
);

export const CART_TEST_AT_BASE = lines(
  "import { expect, test } from 'vitest';",
  "import { isEmpty, total } from '../src/cart.js';",
  '',
  "test('total adds prices', () => expect(total([1, 2, 3])).toBe(6));",
  "test('isEmpty', () => expect(isEmpty([])).toBe(true));",
);

export const CART_TEST_ADDED = lines("test('discounted', async () => {", "  const { discounted } = await import('../src/cart.js');", '  expect(discounted(200, 25)).toBe(150);', '});');

/** Written by Claude Code: unchecked fetch, unguarded JSON.parse, an empty catch, untested exports. */
export const PAYMENTS = lines(
  'export interface Charge {',
  '  id: string;',
  '  amount: number;',
  '}',
  '',
  'export async function charge(amount: number): Promise<Charge> {',
  "  const response = await fetch('https://payments.example.com/charges', {",
  "    method: 'POST',",
  '    body: JSON.stringify({ amount }),',
  '  });',
  '  return (await response.json()) as Charge;',
  '}',
  '',
  'export function parseReceipt(text: string): Charge {',
  '  return JSON.parse(text) as Charge;',
  '}',
  '',
  'export function refundAll(ids: string[]): number {',
  '  let refunded = 0;',
  '  for (const id of ids) {',
  '    try {',
  "      if (id == '') throw new Error('empty id');",
  '      refunded += 1;',
  '    } catch (error) {',
  '    }',
  '  }',
  '  return refunded;',
  '}',
  '',
  'export function fee(amount: number): number {',
  '  if (amount > 1000) {',
  '    const percent = amount * 0.01;',
  '    return Math.round(percent);',
  '  }',
  '  const flat = 5;',
  '  return flat;',
  '}',
  '',
  'export function summarize(charges: Charge[]): string {',
  '  const count = charges.length;',
  '  const sum = charges.reduce((total, item) => total + item.amount, 0);',
  '  const average = count === 0 ? 0 : sum / count;',
  '  const label = `${count} charges`;',
  '  return `${label}, average ${average}`;',
  '}',
);

export const PAYMENTS_TEST = lines(
  "import { expect, test } from 'vitest';",
  "import { fee } from '../src/payments/client.js';",
  '',
  "test('small amounts pay a flat fee', () => expect(fee(10)).toBe(5));",
);

/** Written by Cursor's agent. */
export const FORMAT = lines(
  'export function formatPrice(amount: number): string {',
  '  if (Number.isNaN(amount)) {',
  "    throw 'amount is not a number';",
  '  }',
  '  return `$${amount.toFixed(2)}`;',
  '}',
);

export const FORMAT_TEST = lines(
  "import { expect, test } from 'vitest';",
  "import { formatPrice } from '../src/format.js';",
  '',
  "test('formats a price', () => expect(formatPrice(3)).toBe('$3.00'));",
);

export const CLAUDE_MESSAGE =
  'Add payment client\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>';

export interface PullRequestFixture {
  repo: TestRepo;
  /** The fixture folder: `repo/` (the git repository) and `out/` (evidence). */
  dir: string;
  out: string;
  base: string;
  head: string;
  humanCommit: string;
  claudeCommit: string;
  cursorCommit: string;
  sarifPath: string;
  lcovPath: string;
  coberturaPath: string;
  remove(): void;
}

export function newRepo(dir: string): TestRepo {
  mkdirSync(dir, { recursive: true });
  const repo = new TestRepo(dir);
  repo.git(['init', '-q', '-b', 'main']);
  repo.git(['config', 'user.name', HUMAN.name]);
  repo.git(['config', 'user.email', HUMAN.email]);
  repo.git(['config', 'commit.gpgsign', 'false']);
  repo.git(['config', 'core.autocrlf', 'false']);
  return repo;
}

/** A fresh folder under <project>/.tmp/. */
export function fixtureFolder(prefix: string): string {
  const tmp = join(projectRoot, '.tmp');
  mkdirSync(tmp, { recursive: true });
  return mkdtempSync(join(tmp, prefix));
}

export interface BuildOptions {
  /** Where the package lives in the repository ('' for the root, e.g. 'packages/shop' in a monorepo). */
  packageDir?: string;
  /** More files for the base commit (repository paths). */
  baseExtras?: Record<string, string>;
  /** More files for the Cursor Agent commit (package paths). */
  extraAi?: Record<string, string | Buffer>;
  /** Also run vitest coverage on the merge-base, into `out/coverage-base/`. */
  baseCoverage?: boolean;
}

export async function buildPullRequest(options: BuildOptions = {}): Promise<PullRequestFixture> {
  const packageDir = options.packageDir ?? '';
  const inPackage = (files: Record<string, string | Buffer>): Record<string, string | Buffer> =>
    Object.fromEntries(Object.entries(files).map(([path, text]) => [packageDir ? `${packageDir}/${path}` : path, text]));
  const dir = fixtureFolder('gate-pipeline-');
  const out = join(dir, 'out');
  mkdirSync(out);
  const repo = newRepo(join(dir, 'repo'));

  repo.write({
    ...inPackage({
      'package.json': JSON.stringify({ name: 'shop', private: true, type: 'module', devDependencies: { vitest: '^4.1.0' } }, null, 2) + '\n',
      // Its own vitest config, so that vitest does not pick up diffgate's from the folder above.
      'vitest.config.mjs': "export default { test: { include: ['test/**/*.test.ts'] } };\n",
      'src/cart.ts': CART_AT_BASE,
      'test/cart.test.ts': CART_TEST_AT_BASE,
    }),
    ...options.baseExtras,
  });
  const base = repo.commit('Initial shop', { author: HUMAN });

  repo.checkout('feature/payments', true);
  repo.write(inPackage({ 'src/cart.ts': CART_AT_BASE + CART_ADDED, 'test/cart.test.ts': CART_TEST_AT_BASE + CART_TEST_ADDED }));
  const humanCommit = repo.commit('Add discounts', { author: HUMAN });
  repo.write(inPackage({ 'src/payments/client.ts': PAYMENTS, 'test/payments.test.ts': PAYMENTS_TEST }));
  const claudeCommit = repo.commit(CLAUDE_MESSAGE, { author: HUMAN });
  repo.write(inPackage({ 'src/format.ts': FORMAT, 'test/format.test.ts': FORMAT_TEST, ...options.extraAi }));
  const cursorCommit = repo.commit('Add price formatting', { author: CURSOR });
  // main moves on after the branch point: the change is measured from the merge-base.
  repo.checkout('main').write({ 'CHANGELOG.md': '# Changes\n' }).commit('Changelog', { author: HUMAN });
  repo.checkout('feature/payments');

  // The tools run in the package, as they would in a monorepo's package job.
  const packageRoot = join(repo.dir, packageDir);
  const sarifPath = join(out, 'eslint.sarif');
  await lintToSarif(packageRoot, sarifPath);
  runVitestCoverage(packageRoot, join(out, 'coverage'));
  if (options.baseCoverage) {
    repo.git(['checkout', '-q', base]);
    runVitestCoverage(packageRoot, join(out, 'coverage-base'));
    repo.checkout('feature/payments');
  }
  return {
    repo,
    dir,
    out,
    base,
    head: cursorCommit,
    humanCommit,
    claudeCommit,
    cursorCommit,
    sarifPath,
    lcovPath: join(out, 'coverage', 'lcov.info'),
    coberturaPath: join(out, 'coverage', 'cobertura-coverage.xml'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** ESLint 9 through its API, flat config, the typescript-eslint parser; SARIF by Microsoft's formatter. */
export async function lintToSarif(repoDir: string, sarifPath: string): Promise<void> {
  const eslint = new ESLint({
    cwd: repoDir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        rules: { eqeqeq: 'error', 'no-throw-literal': 'error', 'no-empty': 'warn', 'prefer-const': 'warn' },
      },
    ],
  });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  writeFileSync(sarifPath, formatSarif(results, { cwd: repoDir, rulesMeta: eslint.getRulesMetaForResults(results) }));
}

/** vitest with v8 coverage, LCOV and Cobertura reporters, on the checked-out branch. */
function runVitestCoverage(repoDir: string, reportsDirectory: string): void {
  // The outer vitest's worker variables would make the inner run think it is a worker.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_OPTIONS'));
  execFileSync(
    process.execPath,
    [
      vitestCli,
      'run',
      '--coverage.enabled',
      '--coverage.provider=v8',
      '--coverage.reporter=lcov',
      '--coverage.reporter=cobertura',
      `--coverage.reportsDirectory=${reportsDirectory}`,
      '--coverage.include=src/**',
    ],
    { cwd: repoDir, env: { ...env, NO_COLOR: '1', CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
  );
}

/**
 * The rules this fixture's team raised above their `note` default (docs/analysis.md: every rule is quiet
 * by default until its real-sample precision earns more). The pipeline tests are about gating, so the
 * team gates on missing tests and on the error-handling and dependency problems the fixture holds.
 */
export const RAISED_RULES = {
  analysis: {
    rules: {
      'missing-tests': 'warning',
      'empty-catch': 'error',
      'throw-literal': 'error',
      'undeclared-dependency': 'error',
      'suppressed-check': 'warning',
      'test-without-assertion': 'error',
      'focused-or-skipped-test': 'error',
      'trivial-assertion': 'error',
    },
  },
};

/** The runGate options for the fixture, with any field replaced. */
export function gateOptions(fixture: PullRequestFixture, more: Partial<GateOptions> = {}): GateOptions {
  return {
    repo: fixture.repo.dir,
    // main moved on after the branch point: runGate must measure from the merge-base.
    base: 'main',
    head: 'feature/payments',
    sarif: [fixture.sarifPath],
    coverage: [fixture.lcovPath],
    baseCoverage: [],
    configPath: null,
    configRequired: false,
    overrides: RAISED_RULES,
    event: NO_EVENT,
    ...more,
  };
}

/** Head line numbers (1-based) of the lines of `text`, starting after `offset` lines. */
export function lineNumbers(text: string, offset = 0): number[] {
  const count = text.split('\n').length - 1;
  return Array.from({ length: count }, (_, index) => offset + index + 1);
}

/** The 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string, offset = 0): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`fixture: no line contains ${needle}`);
  return offset + index + 1;
}
