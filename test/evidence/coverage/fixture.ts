// A small TypeScript project in a real git repository, tested by the real vitest of this repository with
// real coverage providers: the main branch, and a pull-request branch that adds covered, uncovered and
// unmeasured lines, a file the coverage excludes, a test file and a README change.
// It lives under <repo>/.tmp/ so that Node resolves vitest from this repository's node_modules.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TestRepo } from '../../helpers/repo.js';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const vitestCli = join(projectRoot, 'node_modules/vitest/vitest.mjs');

const BASE_FILES: Record<string, string> = {
  'package.json': '{ "name": "fixture", "private": true, "type": "module" }\n',
  '.gitignore': 'coverage-*/\n',
  // Its own config, so that vitest does not pick up the enclosing repository's.
  'vitest.config.mjs': "export default { test: { include: ['src/**/*.test.ts'] } };\n",
  'README.md': '# Fixture\n',
  'src/math.ts': [
    'export function add(a: number, b: number): number {',
    '  return a + b;',
    '}',
    '',
    'export function sign(value: number): string {',
    '  if (value < 0) {',
    "    return 'negative';",
    '  }',
    "  return 'non-negative';",
    '}',
    '',
  ].join('\n'),
  'src/old-name.ts': ['export function greet(name: string): string {', '  return `hello ${name}`;', '}', ''].join('\n'),
  'src/math.test.ts': [
    "import { expect, test } from 'vitest';",
    "import { add, sign } from './math';",
    '',
    "test('add', () => expect(add(1, 2)).toBe(3));",
    "test('sign', () => expect(sign(1)).toBe('non-negative'));",
    '',
  ].join('\n'),
};

// Lines marked `// covered` / `// uncovered` are what the tests below check against the reports.
const PR_FILES: Record<string, string | null> = {
  // Renamed with one line changed; no test imports it.
  'src/old-name.ts': null,
  'src/renamed.ts': ['export function greet(name: string): string {', '  return `hi ${name}`; // uncovered', '}', ''].join('\n'),
  'README.md': '# Fixture\n\nNow with multiplication.\n',
  'src/math.ts': [
    'export function add(a: number, b: number): number {',
    '  return a + b;',
    '}',
    '',
    'export function sign(value: number): string {',
    '  if (value < 0) {',
    "    return 'below zero'; // uncovered",
    '  }',
    "  return 'non-negative';",
    '}',
    '',
    '// Multiplies two numbers: a comment line, which no report measures.',
    'export function multiply(a: number, b: number): number {',
    '  return a * b; // covered',
    '}',
    '',
    'export function divide(a: number, b: number): number {',
    '  if (b === 0) {',
    "    throw new Error('division by zero'); // uncovered",
    '  }',
    '  return a / b; // covered',
    '}',
    '',
  ].join('\n'),
  'src/extra.ts': [
    'export interface Shape {',
    '  kind: string;',
    '  size: number;',
    '}',
    '',
    'export function labelOf(shape: Shape): string {',
    '  const label = shape.kind.toUpperCase(); // covered',
    '  if (shape.size > 10) {',
    '    return `${label} (large)`; // uncovered',
    '  }',
    '  return label; // covered',
    '}',
    '',
    'export function unused(): number {',
    '  return 42; // uncovered',
    '}',
    '',
  ].join('\n'),
  'src/extra.test.ts': [
    "import { expect, test } from 'vitest';",
    "import { labelOf } from './extra';",
    "import { divide, multiply } from './math';",
    '',
    "test('labelOf', () => expect(labelOf({ kind: 'box', size: 1 })).toBe('BOX'));",
    "test('multiply', () => expect(multiply(2, 3)).toBe(6));",
    "test('divide', () => expect(divide(4, 2)).toBe(2));",
    '',
  ].join('\n'),
  // Excluded from coverage below, so no report mentions it.
  'src/generated/table.ts': 'export const table = [1, 2, 3];\n',
};

export interface CoverageFixture {
  repo: TestRepo;
  dir: string;
  /** The merge-base of the PR branch with main. */
  base: string;
  head: string;
  remove(): void;
}

export type Provider = 'v8' | 'istanbul';

/** Builds the project, runs vitest with coverage on main (base, v8) and on the PR branch (head, v8 and istanbul). */
export function buildCoverageFixture(): CoverageFixture {
  const tmp = join(projectRoot, '.tmp');
  mkdirSync(tmp, { recursive: true });
  const dir = mkdtempSync(join(tmp, 'coverage-fixture-'));
  const repo = new TestRepo(dir);
  repo.git(['init', '-q', '-b', 'main']);
  repo.git(['config', 'user.name', 'Ada Person']);
  repo.git(['config', 'user.email', 'ada@example.com']);
  repo.git(['config', 'commit.gpgsign', 'false']);
  repo.git(['config', 'core.autocrlf', 'false']);

  repo.write(BASE_FILES).commit('base project');
  runVitest(dir, 'v8', 'coverage-base', ['lcov']);
  const base = repo.head();
  repo.checkout('feature', true);
  repo.write(PR_FILES).commit('feature: multiply, divide, labels');
  repo.write({ 'src/generated/table.ts': 'export const table = [1, 2, 3, 4];\n' }).commit('feature: a longer table');
  // main moves on after the branch point: the change is measured from the merge-base.
  repo.checkout('main').write({ 'CHANGELOG.md': '# Changes\n' }).commit('main: changelog');
  repo.checkout('feature');
  runVitest(dir, 'v8', 'coverage-v8', ['lcov', 'cobertura', 'json', 'clover']);
  runVitest(dir, 'istanbul', 'coverage-istanbul', ['lcov', 'cobertura', 'json', 'clover']);
  return { repo, dir, base, head: repo.head(), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function runVitest(dir: string, provider: Provider, reportsDirectory: string, reporters: string[]): void {
  // The outer vitest's worker variables would make the inner run think it is a worker.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_OPTIONS'));
  execFileSync(
    process.execPath,
    [
      vitestCli,
      'run',
      '--coverage',
      `--coverage.provider=${provider}`,
      ...reporters.map((reporter) => `--coverage.reporter=${reporter}`),
      `--coverage.reportsDirectory=${reportsDirectory}`,
      '--coverage.include=src/**',
      '--coverage.exclude=src/generated/**',
    ],
    { cwd: dir, env: { ...env, NO_COLOR: '1', CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
  );
}

/** Line numbers of a file's lines that carry a marker comment (`// covered`, `// uncovered`). */
export function markedLines(dir: string, path: string, marker: 'covered' | 'uncovered'): number[] {
  const lines = readFileSync(join(dir, path), 'utf8').split('\n');
  return lines.flatMap((text, index) => (text.endsWith(`// ${marker}`) ? [index + 1] : []));
}
