// The action's mutation-score outputs (#17): the BUILT action (dist/index.js) run as the runner runs
// it, in `mode: analyze` (nothing posted, no token needed), on a real git repository with a
// mutation report and an LCOV report written by hand; the scores are counted by hand below.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, removeRepos, type TestRepo } from '../helpers/repo.js';
import { BASE_PRICE, HEAD_PRICE } from '../evidence/mutation/price-fixture.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLAUDE_TRAILER = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>';
const UTIL = 'export function clamp(x: number): number {\n  return x < 0 ? 0 : x;\n}\n';

afterAll(removeRepos);

/** Each mutant at its own columns: reports are merged per location and mutator, so two on one spot would count once. */
function mutant(id: number, line: number, status: string) {
  return { id: String(id), mutatorName: 'EqualityOperator', status, replacement: 'x', location: { start: { line, column: id }, end: { line, column: id + 3 } } };
}

/**
 * A person adds src/util.ts; Claude adds lines 4-10 of src/price.ts. By hand: AI lines have
 * Killed, Timeout, Survived, NoCoverage (+ one CompileError, not counted) → 2/4 = 50%; the
 * person's lines one Killed → all added lines 3/5 = 60%.
 */
function change(): { repo: TestRepo; base: string; head: string } {
  const repo = makeRepo();
  repo.write({ 'src/price.ts': BASE_PRICE });
  const base = repo.commit('tax');
  repo.checkout('feature', true);
  repo.write({ 'src/util.ts': UTIL });
  repo.commit('clamp');
  repo.write({ 'src/price.ts': HEAD_PRICE });
  const head = repo.commit(`Add discount${CLAUDE_TRAILER}`);
  const report = {
    schemaVersion: '1',
    thresholds: { high: 80, low: 60 },
    files: {
      'src/price.ts': {
        source: HEAD_PRICE,
        mutants: [mutant(1, 6, 'Killed'), mutant(2, 6, 'Timeout'), mutant(3, 7, 'Survived'), mutant(4, 9, 'NoCoverage'), mutant(5, 9, 'CompileError'), mutant(6, 2, 'Survived')],
      },
      'src/util.ts': { source: UTIL, mutants: [mutant(7, 2, 'Killed')] },
    },
  };
  // Coverage of the 9 added lines: 6 measured (price 5,6,7,9 and util 1,2), 4 covered.
  const lcov = ['SF:src/price.ts', 'DA:5,1', 'DA:6,1', 'DA:7,0', 'DA:9,0', 'end_of_record', 'SF:src/util.ts', 'DA:1,1', 'DA:2,1', 'end_of_record', ''].join('\n');
  // Outside the repository's tree: the reports are inputs, not part of the change.
  writeFileSync(join(repo.dir, '.git', 'mutation.json'), JSON.stringify(report));
  writeFileSync(join(repo.dir, '.git', 'lcov.info'), lcov);
  return { repo, base, head };
}

/** `name<<delimiter` blocks as @actions/core writes them to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

function runAction(repo: TestRepo, base: string, head: string, inputs: Record<string, string>): Record<string, string> {
  const outputPath = join(repo.dir, '.git', `output-${Object.keys(inputs).join('-')}`);
  const eventPath = join(repo.dir, '.git', 'event.json');
  writeFileSync(outputPath, '');
  writeFileSync(
    eventPath,
    JSON.stringify({ number: 3, pull_request: { number: 3, user: { login: 'ada' }, labels: [], base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } } }),
  );
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? tmpdir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: head,
    'INPUT_GITHUB-TOKEN': '',
    INPUT_MODE: 'analyze',
    'INPUT_REPORT-PATH': join(repo.dir, '.git', 'diffgate-report.json'),
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  execFileSync(process.execPath, [join(root, 'dist', 'index.js')], { cwd: repo.dir, env, encoding: 'utf8' });
  return parseOutputs(readFileSync(outputPath, 'utf8'));
}

describe('action outputs mutation-score and mutation-score-ai', () => {
  it('are declared in action.yml', () => {
    const outputs = (parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> }).outputs;
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['mutation-score', 'mutation-score-ai', 'changed-coverage', 'ai-coverage']));
  });

  it('carry the changed-line scores counted by hand, in the format of the coverage outputs', () => {
    const { repo, base, head } = change();
    const outputs = runAction(repo, base, head, { mutation: '.git/mutation.json', coverage: '.git/lcov.info' });
    expect(Number(outputs['mutation-score'])).toBe(60);
    expect(Number(outputs['mutation-score-ai'])).toBe(50);
    expect(Number(outputs['changed-coverage'])).toBeCloseTo((4 / 6) * 100, 1);
    // One format: the same number of decimals as the coverage outputs, and the coverage output read
    // back equals the report's value at that precision.
    const decimals = (value: string | undefined) => (value?.split('.')[1] ?? '').length;
    expect(decimals(outputs['mutation-score'])).toBe(decimals(outputs['changed-coverage']));
    expect(decimals(outputs['mutation-score-ai'])).toBe(decimals(outputs['ai-coverage']));
    const report = JSON.parse(readFileSync(join(repo.dir, '.git', 'diffgate-report.json'), 'utf8')) as { mutation: { all: { score: number }; ai: { score: number } } };
    expect(report.mutation.all.score).toBe(60);
    expect(report.mutation.ai.score).toBe(50);
  });

  it('are empty without a mutation report, like the coverage outputs without coverage', () => {
    const { repo, base, head } = change();
    const outputs = runAction(repo, base, head, {});
    expect(outputs['verdict']).toMatch(/^(pass|warn|fail)$/);
    expect(outputs['mutation-score']).toBe('');
    expect(outputs['mutation-score-ai']).toBe('');
    expect(outputs['changed-coverage']).toBe('');
  });
});
