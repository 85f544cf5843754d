// Mutation evidence end to end through the built CLI (dist/cli.js in a subprocess) on real git
// repositories: `diffgate ranges`, `--mutation` reports in the JSON report, the conditions, surviving
// mutants as findings through the judge, and bad input. The reports are written here by hand in the
// mutation-testing-report-schema (stryker.test.ts makes them with real StrykerJS runs).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, removeRepos, type TestRepo } from '../../helpers/repo.js';
import { BASE_PRICE, HEAD_PRICE } from './price-fixture.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
const CLAUDE_TRAILER = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>';

afterAll(removeRepos);

// The AI commit adds lines 4-10 of src/price.ts (price-fixture.ts); a person adds all three lines of src/util.ts.
const UTIL = 'export function clamp(x: number): number {\n  return x < 0 ? 0 : x;\n}\n';

function change(): { repo: TestRepo; base: string; head: string } {
  const repo = makeRepo();
  repo.write({ 'src/price.ts': BASE_PRICE, 'test/price.test.ts': '// tax\n' });
  const base = repo.commit('tax');
  repo.checkout('feature', true);
  repo.write({ 'src/util.ts': UTIL });
  repo.commit('clamp');
  repo.write({ 'src/price.ts': HEAD_PRICE, 'test/price.test.ts': '// tax\n// discount\n' });
  const head = repo.commit(`Add discount${CLAUDE_TRAILER}`);
  return { repo, base, head };
}

function mutant(id: number, mutatorName: string, line: number, columns: [number, number], status: string, replacement?: string) {
  return { id: String(id), mutatorName, status, ...(replacement === undefined ? {} : { replacement }), location: { start: { line, column: columns[0] }, end: { line, column: columns[1] } } };
}

/** What Stryker would write for the change; `edit` changes it for the bad-input cases. */
function report(edit: (files: Record<string, { source: string; mutants: unknown[] }>) => void = () => {}): string {
  const files = {
    'src/price.ts': {
      source: HEAD_PRICE,
      mutants: [
        mutant(1, 'BlockStatement', 5, [50, 2], 'Killed', '{}'),
        mutant(2, 'ConditionalExpression', 6, [7, 19], 'Killed', 'true'),
        mutant(3, 'EqualityOperator', 6, [7, 19], 'Survived', 'amount >= 100'),
        mutant(4, 'ArithmeticOperator', 7, [12, 24], 'Killed', 'amount / 0.9'),
        mutant(5, 'ArithmeticOperator', 2, [10, 22], 'Survived', 'amount / 0.2'), // not an added line
        mutant(6, 'BooleanLiteral', 9, [3, 16], 'CompileError', 'return !amount'), // invalid: not counted
      ],
    },
    'src/util.ts': {
      source: UTIL,
      mutants: [mutant(7, 'EqualityOperator', 2, [10, 15], 'Survived', 'x <= 0'), mutant(8, 'ConditionalExpression', 2, [10, 15], 'Killed', 'false')],
    },
  };
  edit(files);
  return JSON.stringify({ schemaVersion: '1', thresholds: { high: 80, low: 60 }, files });
}

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonOut {
  verdict: string;
  mutation: {
    all: { killed: number; survived: number; invalid: number; valid: number; score: number | null };
    ai: { killed: number; survived: number; valid: number; score: number | null };
    files: { path: string; survivingLines: number[] }[];
    survivors: { path: string; line: number; provenance: string; mutator: string; original: string; replacement: string | null }[];
    skipped: { path: string; reason: string }[];
    unmentioned: string[];
    reports: { path: string; mutants: number }[];
  } | null;
  findings: { ruleId: string; source: string; level: string; path: string; startLine: number; provenance: string; message: string; helpUri?: string; fingerprint: string }[];
  conditions: { id: string; status: string; actual: number | string | null; message: string }[];
  missingEvidence: { kind: string; detail: string }[];
}

function gate(repo: TestRepo, base: string, extra: string[]): { code: number | null; json: JsonOut; stderr: string } {
  const out = join(repo.dir, 'out.json');
  const result = run(['--base', base, '--json', out, '--quiet', ...extra], repo.dir);
  expect(result.stderr, result.stderr).not.toMatch(/internal error/);
  return { code: result.code, json: JSON.parse(readFileSync(out, 'utf8')) as JsonOut, stderr: result.stderr };
}

const condition = (json: JsonOut, id: string) => json.conditions.find((entry) => entry.id === id);

describe('diffgate ranges (dist/cli.js)', () => {
  it('prints the added lines of non-test files as Stryker mutate entries, tests left out on stderr', () => {
    const { repo, base } = change();
    const result = run(['ranges', '--base', base], repo.dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('src/price.ts:4-10,src/util.ts:1-3\n');
    expect(result.stderr).toContain('left out test/price.test.ts: a test file');
  });

  it('--ai-only keeps the lines the provenance stage attributes to the AI commit', () => {
    const { repo, base } = change();
    const result = run(['ranges', '--base', base, '--ai-only'], repo.dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('src/price.ts:4-10\n');
  });

  it('--format lines and json, --repo from elsewhere', () => {
    const { repo, base } = change();
    expect(run(['ranges', '--repo', repo.dir, '--base', base, '--format', 'lines'], root).stdout).toBe('src/price.ts:4-10\nsrc/util.ts:1-3\n');
    expect(JSON.parse(run(['ranges', '--repo', repo.dir, '--base', base, '--format', 'json'], root).stdout)).toEqual(['src/price.ts:4-10', 'src/util.ts:1-3']);
  });

  it('prints nothing (exit 0) when there is nothing to mutate, and refuses an unknown format in one line', () => {
    const { repo, base } = change();
    const none = run(['ranges', '--base', 'HEAD', '--head', 'HEAD'], repo.dir);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('no added lines to mutate');
    const bad = run(['ranges', '--base', base, '--format', 'yaml'], repo.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--format must be one of stryker, json, lines');
  });
});

describe('diffgate --mutation (dist/cli.js)', () => {
  it('counts the mutants on added lines like Stryker, for all and AI-written lines, and gates on the scores', () => {
    const { repo, base } = change();
    repo.write({ 'reports/mutation.json': report() });
    const { json } = gate(repo, base, ['--mutation', 'reports/*.json']);
    // By hand: added lines of src/price.ts (AI): lines 5, 6, 6, 7 → 3 killed, 1 survived; line 2 is not
    // added; line 9's compile error is invalid. src/util.ts (human) line 2: 1 killed, 1 survived.
    expect(json.mutation?.ai).toMatchObject({ killed: 3, survived: 1, valid: 4, score: 75 });
    expect(json.mutation?.all).toMatchObject({ killed: 4, survived: 2, invalid: 1, valid: 6 });
    expect(json.mutation?.all.score).toBeCloseTo((4 / 6) * 100, 6);
    expect(json.mutation?.reports).toEqual([{ path: 'reports/mutation.json', mutants: 8 }]);
    // Defaults: AI lines fail below 80, all added lines warn below 60.
    expect(condition(json, 'mutation.ai')).toMatchObject({ status: 'fail', actual: 75 });
    expect(condition(json, 'mutation.all')).toMatchObject({ status: 'pass', actual: 66.6 });
    expect(json.verdict).toBe('fail');

    // One finding per line with a survivor, with the line's provenance, through the judge at level note.
    const survivors = json.findings.filter((finding) => finding.ruleId === 'surviving-mutant');
    expect(survivors.map(({ path, startLine, provenance, level, source }) => ({ path, startLine, provenance, level, source }))).toEqual(
      expect.arrayContaining([
        { path: 'src/price.ts', startLine: 6, provenance: 'ai', level: 'note', source: 'mutation' },
        { path: 'src/util.ts', startLine: 2, provenance: 'human', level: 'note', source: 'mutation' },
      ]),
    );
    expect(survivors).toHaveLength(2);
    const price = survivors.find((finding) => finding.path === 'src/price.ts');
    expect(price?.message).toBe('If this line read `amount >= 100` instead of `amount > 100`, no test would fail (EqualityOperator)');
    expect(price?.helpUri).toMatch(/docs\/mutation\.md/);
    expect(price?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(json.mutation?.survivors).toContainEqual({ path: 'src/price.ts', line: 6, provenance: 'ai', mutator: 'EqualityOperator', status: 'Survived', original: 'amount > 100', replacement: 'amount >= 100' });
  });

  it('shows the scores in one line beside coverage in the terminal and the Markdown summary', () => {
    const { repo, base } = change();
    repo.write({ 'reports/mutation.json': report() });
    const result = run(['--base', base, '--mutation', 'reports/mutation.json', '--markdown', 'out.md'], repo.dir);
    const line = 'all added lines 66.6% (4/6 mutants detected), AI-written lines 75.0% (3/4 mutants detected); 2 lines with a surviving mutant';
    expect(result.stdout).toContain(`changed-line mutation score: ${line}`);
    const markdown = readFileSync(join(repo.dir, 'out.md'), 'utf8');
    expect(markdown).toContain(`### Mutation score of added lines\n\n${line}`);
  });

  it('takes thresholds, levels and ignore from the policy', () => {
    const { repo, base } = change();
    repo.write({
      'reports/mutation.json': report(),
      '.github/diffgate.yml': [
        'policy:',
        '  mutation:',
        '    ai: { min: 70 }',
        '    all: { level: fail, min: 90 }',
        '  ignore: [src/util.ts]',
        '  levels:',
        '    rules:',
        '      surviving-mutant: { ai: warning }',
        '',
      ].join('\n'),
    });
    const { json } = gate(repo, base, ['--mutation', 'reports/mutation.json', '--policy-source', 'head']);
    // src/util.ts is ignored: it counts nowhere, totals recounted from src/price.ts alone.
    expect(json.mutation?.all).toMatchObject({ killed: 3, survived: 1, valid: 4, score: 75 });
    expect(condition(json, 'mutation.ai')).toMatchObject({ status: 'pass', actual: 75 });
    expect(condition(json, 'mutation.all')).toMatchObject({ status: 'fail', actual: 75 });
    const survivors = json.findings.filter((finding) => finding.ruleId === 'surviving-mutant');
    expect(survivors.map((finding) => [finding.path, finding.level])).toEqual([['src/price.ts', 'warning']]);
  });

  it('skips the conditions with the reason when no report is given or no valid mutant is on the lines', () => {
    const { repo, base } = change();
    const without = gate(repo, base, []);
    expect(without.json.mutation).toBeNull();
    expect(condition(without.json, 'mutation.ai')).toMatchObject({ status: 'skipped', message: expect.stringContaining('no mutation report was given') });

    repo.write({ 'reports/mutation.json': report((files) => (files['src/price.ts']!.mutants = [mutant(1, 'BlockStatement', 5, [50, 2], 'Ignored')])) });
    const { json } = gate(repo, base, ['--mutation', 'reports/mutation.json']);
    expect(json.mutation?.ai).toMatchObject({ valid: 0, score: null });
    expect(condition(json, 'mutation.ai')).toMatchObject({ status: 'skipped', message: expect.stringContaining('no valid mutant is on these lines') });
    expect(condition(json, 'mutation.all')).toMatchObject({ status: 'warn', actual: 50 });
  });
});

describe('bad mutation input through the CLI: one line or a recorded skip', () => {
  function oneLine(result: { code: number | null; stderr: string }) {
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
  }

  it('refuses a report of another schema version, naming the file', () => {
    const { repo, base } = change();
    repo.write({ 'reports/mutation.json': report().replace('"schemaVersion":"1"', '"schemaVersion":"2"') });
    const result = run(['--base', base, '--mutation', 'reports/mutation.json'], repo.dir);
    oneLine(result);
    expect(result.stderr).toContain('mutation report "reports/mutation.json" has schemaVersion "2"; diffgate reads mutation-testing-report-schema version 1');
  });

  it('refuses a report over mutation.max-report-bytes before parsing it', () => {
    const { repo, base } = change();
    repo.write({ 'reports/mutation.json': report(), '.github/diffgate.yml': 'mutation:\n  max-report-bytes: 200\n' });
    const result = run(['--base', base, '--mutation', 'reports/mutation.json', '--policy-source', 'head'], repo.dir);
    oneLine(result);
    expect(result.stderr).toMatch(/mutation report "reports\/mutation\.json" is \d+ bytes, over the 200-byte limit/);
  });

  it('skips a file whose report source is not the file at head, and leaves out mutants outside the file, saying so', () => {
    const { repo, base } = change();
    repo.write({
      'reports/mutation.json': report((files) => {
        files['src/util.ts']!.source = 'export function clamp(x) { return x; }\n';
        files['src/price.ts']!.mutants.push(mutant(9, 'EqualityOperator', 999, [1, 5], 'Survived', 'x'));
      }),
    });
    const { code, json } = gate(repo, base, ['--mutation', 'reports/mutation.json']);
    expect(code).not.toBe(2);
    expect(json.mutation?.skipped).toEqual([
      { path: 'src/price.ts', reason: "1 mutant(s) in the report lie outside the file's 11 lines; left out" },
      { path: 'src/util.ts', reason: 'the mutation report was made from another version of this file; run the mutation tests on the head commit' },
    ]);
    expect(json.mutation?.all).toMatchObject({ killed: 3, survived: 1, valid: 4 });
    expect(json.findings.some((finding) => finding.ruleId === 'surviving-mutant' && finding.path === 'src/util.ts')).toBe(false);
  });

  it('a report path that names nothing: exit 2 by default, recorded with policy.missing-evidence.mutation', () => {
    const { repo, base } = change();
    const result = run(['--base', base, '--mutation', 'reports/none.json'], repo.dir);
    oneLine(result);
    expect(result.stderr).toMatch(/mutation report pattern "[^"]*reports\/none\.json" matches no file/);

    repo.write({ '.github/diffgate.yml': 'policy:\n  missing-evidence:\n    mutation: warn\n' });
    const { json } = gate(repo, base, ['--mutation', 'reports/none.json', '--policy-source', 'head']);
    expect(json.mutation).toBeNull();
    expect(json.missingEvidence).toEqual([{ kind: 'mutation', detail: expect.stringContaining('reports/none.json') }]);
    expect(condition(json, 'missing-evidence.mutation')).toMatchObject({ status: 'warn' });
    expect(condition(json, 'mutation.ai')).toMatchObject({ status: 'skipped', message: expect.stringContaining('could not be read') });
  });
});
