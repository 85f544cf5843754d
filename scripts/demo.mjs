// npm run demo: builds a small real git repository on the fly — a base commit and a pull-request
// branch with human and AI-assisted commits — produces real evidence for it (ESLint SARIF, vitest
// coverage), and runs the built CLI on it. It shows everything diffgate can do.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Inside the project (gitignored) so the demo's tools resolve this project's node_modules.
const demoDir = process.env.DIFFGATE_DEMO_DIR ? join(process.env.DIFFGATE_DEMO_DIR) : join(root, '.tmp', 'demo');
const repo = join(demoDir, 'repo');
const outDir = join(demoDir, 'out');

const PERSON = { name: 'Ada Person', email: 'ada@example.com' };
const CURSOR = { name: 'Cursor Agent', email: 'cursoragent@cursor.com' };

function git(args, identity = PERSON) {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: identity.name,
      GIT_AUTHOR_EMAIL: identity.email,
      GIT_COMMITTER_NAME: identity.name,
      GIT_COMMITTER_EMAIL: identity.email,
      GIT_AUTHOR_DATE: '2026-11-02T10:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-02T10:00:00Z',
    },
  });
}

function write(files) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), content);
  }
}

function commit(message, identity) {
  git(['add', '-A']);
  git(['commit', '-q', '--no-verify', '-m', message], identity);
}

function step(text) {
  process.stdout.write(`\n▸ ${text}\n`);
}

rmSync(demoDir, { recursive: true, force: true });
mkdirSync(repo, { recursive: true });
mkdirSync(outDir, { recursive: true });

step('building a demo repository with a pull-request branch');
git(['init', '-q', '-b', 'main']);
git(['config', 'commit.gpgsign', 'false']);
write({
  // Its own vitest config, so vitest does not pick up diffgate's from the folder above.
  'vitest.config.mjs': "export default { test: { include: ['test/**/*.test.ts'] } };\n",
  'package.json':
    JSON.stringify({ name: 'demo-shop', type: 'module', dependencies: { zod: '^4.0.0' }, devDependencies: { vitest: '^4.1.0' } }, null, 2) + '\n',
  // The team's policy: coverage checked from 5 measured lines, and payments held to more.
  // Every rule is `note` by default (docs/analysis.md); this team gates on the ones below.
  '.github/diffgate.yml': [
    'analysis:',
    '  rules:',
    '    missing-tests: warning',
    '    empty-catch: error',
    '    throw-literal: error',
    '    undeclared-dependency: error',
    '    focused-or-skipped-test: error',
    '    trivial-assertion: error',
    'policy:',
    '  small-change-lines: 5',
    '  overrides:',
    "    - paths: ['src/payments.ts']",
    '      changed-coverage: { all: { min: 95 } }',
    '',
  ].join('\n'),
  'src/cart.ts': [
    'export function total(prices: number[]): number {',
    '  return prices.reduce((sum, price) => sum + price, 0);',
    '}',
    '',
  ].join('\n'),
  'test/cart.test.ts': [
    "import { expect, test } from 'vitest';",
    "import { total } from '../src/cart.js';",
    '',
    "test('total adds prices', () => {",
    '  expect(total([1, 2, 3])).toBe(6);',
    '});',
    '',
  ].join('\n'),
});
commit('Initial shop');

git(['checkout', '-q', '-b', 'feature/checkout']);

// A person adds a discount function, with a test.
write({
  'src/cart.ts': [
    'export function total(prices: number[]): number {',
    '  return prices.reduce((sum, price) => sum + price, 0);',
    '}',
    '',
    'export function discounted(amount: number, percent: number): number {',
    '  if (percent < 0 || percent > 100) {',
    "    throw new RangeError('percent must be between 0 and 100');",
    '  }',
    '  return amount * (1 - percent / 100);',
    '}',
    '',
  ].join('\n'),
  'test/cart.test.ts': [
    "import { expect, test } from 'vitest';",
    "import { discounted, total } from '../src/cart.js';",
    '',
    "test('total adds prices', () => {",
    '  expect(total([1, 2, 3])).toBe(6);',
    '});',
    '',
    "test('discounted takes a percentage off', () => {",
    '  expect(discounted(200, 25)).toBe(150);',
    '});',
    '',
  ].join('\n'),
});
commit('Add discounts');

// Claude Code writes a payment client: no tests, weak error handling, a package nobody declared.
write({
  'src/payments.ts': [
    "import { retry } from 'p-retry-lite';",
    '',
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
    '  notifyAccounting(amount);',
    '  return response.json();',
    '}',
    '',
    'async function notifyAccounting(amount: number): Promise<void> {',
    "  await fetch('https://accounting.example.com/events', { method: 'POST', body: String(amount) });",
    '}',
    '',
    'export function parseReceipt(text: string): Charge {',
    '  return JSON.parse(text);',
    '}',
    '',
    'export async function refund(id: string): Promise<void> {',
    '  try {',
    '    await retry(() => fetch(`https://payments.example.com/refunds/${id}`));',
    '  } catch (error) {',
    '  }',
    '}',
    '',
    'export function audit(id: string): void {',
    '  // TODO: implement',
    "  throw new Error('not implemented');",
    '}',
    '',
  ].join('\n'),
});
commit(
  'Add payment client\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>',
);

// Cursor's agent adds a helper and a test that asserts nothing useful.
write({
  'src/format.ts': [
    'export function formatPrice(amount: number): string {',
    '  if (Number.isNaN(amount)) {',
    "    throw 'amount is not a number';",
    '  }',
    "  return `$${amount.toFixed(2)}`;",
    '}',
    '',
    'export function formatFree(): string {',
    "  return 'free';",
    '}',
    '',
  ].join('\n'),
  'test/format.test.ts': [
    "import { expect, test } from 'vitest';",
    "import { formatPrice } from '../src/format.js';",
    '',
    "test('formats a price', () => {",
    '  expect(formatPrice(3)).toBe("$3.00");',
    '});',
    '',
    "test.skip('formats negative prices', () => {",
    '  expect(true).toBe(true);',
    '});',
    '',
  ].join('\n'),
});
commit('Add price formatting', CURSOR);

step('running ESLint (SARIF via @microsoft/eslint-formatter-sarif) on the branch');
const sarifPath = join(outDir, 'eslint.sarif');
{
  const { ESLint } = await import('eslint');
  const tseslint = (await import('typescript-eslint')).default;
  const eslint = new ESLint({
    cwd: repo,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        rules: { 'no-throw-literal': 'error', 'no-empty': 'warn', 'prefer-const': 'warn' },
      },
    ],
  });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const formatter = await eslint.loadFormatter(join(root, 'node_modules', '@microsoft', 'eslint-formatter-sarif', 'sarif.js'));
  writeFileSync(sarifPath, await formatter.format(results));
}

step('running vitest with v8 coverage (LCOV) on the branch');
const coverageDir = join(outDir, 'coverage');
const vitest = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--root',
    repo,
    '--coverage.enabled',
    '--coverage.provider=v8',
    '--coverage.reporter=lcov',
    `--coverage.reportsDirectory=${coverageDir}`,
    '--coverage.include=src/**',
  ],
  { cwd: repo, encoding: 'utf8' },
);
if (vitest.status !== 0) {
  process.stderr.write(vitest.stdout + vitest.stderr);
  throw new Error('vitest failed in the demo repository');
}

step('running diffgate (dist/cli.js) on the pull request: main..feature/checkout');
const jsonPath = join(outDir, 'report.json');
const result = spawnSync(
  process.execPath,
  [
    join(root, 'dist', 'cli.js'),
    '--repo',
    repo,
    '--base',
    'main',
    '--sarif',
    sarifPath,
    '--coverage',
    join(coverageDir, 'lcov.info'),
    '--json',
    jsonPath,
    '--markdown',
    join(outDir, 'summary.md'),
    '--sarif-output',
    join(outDir, 'diffgate.sarif'),
  ],
  { encoding: 'utf8' },
);
process.stdout.write('\n' + result.stdout);
if (result.stderr) process.stderr.write(result.stderr);

if (result.status === 2) {
  process.exitCode = 2;
} else {
  const report = JSON.parse(readFileSync(jsonPath, 'utf8'));
  step(`verdict: ${report.verdict} (exit code ${result.status}; 1 means the gate would block the merge)`);
  process.stdout.write(`  reports written to ${outDir}: report.json, summary.md, diffgate.sarif\n`);
}
