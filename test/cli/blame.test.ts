// Error messages that blame the right source (#14): a bad flag is a flag error, not a config-file
// error; a folder outside git says so; no advice names an action input that does not exist; a bad
// rule setting names the allowed levels. Each is one line on stderr with exit code 2, no stack.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, removeRepos } from '../helpers/repo.js';
import { LEVELS } from '../../src/model.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');
const folders: string[] = [];

function runCli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exit 2, exactly one line on stderr, no stack frame; returns that line. */
function oneLineError(result: { code: number | null; stderr: string }): string {
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return lines[0] ?? '';
}

function featureRepo(config?: string) {
  const repo = makeRepo();
  repo.write({ 'src/a.ts': 'export const a = 1;\n', ...(config === undefined ? {} : { '.github/diffgate.yml': config }) });
  repo.commit('base');
  repo.checkout('feature', true);
  repo.write({ 'src/a.ts': 'export const a = 1;\nexport const b = 2;\n' });
  repo.commit('feature');
  return repo;
}

function emptyFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diffgate-no-git-'));
  folders.push(dir);
  return dir;
}

afterAll(() => {
  removeRepos();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('errors that blame the right source', () => {
  it('a bad --ai value is a flag error, not an error in the config file', () => {
    const repo = featureRepo('ai: auto\n');
    const line = oneLineError(runCli(['--base', 'main', '--ai', 'sometimes'], repo.dir));
    expect(line).toContain('--ai');
    expect(line).toContain('"sometimes"');
    for (const mode of ['auto', 'all', 'none']) expect(line).toContain(mode);
    expect(line).not.toContain('diffgate.yml');
  });

  it('a bad --ai value without any config file does not name one', () => {
    const repo = featureRepo();
    const line = oneLineError(runCli(['--base', 'main', '--ai', 'ALL'], repo.dir));
    expect(line).toMatch(/^diffgate: --ai /);
    expect(line).not.toContain('diffgate.yml');
  });

  it('a bad --policy-source value is a flag error naming base and head', () => {
    const repo = featureRepo('ai: auto\n');
    const line = oneLineError(runCli(['--base', 'main', '--policy-source', 'disk'], repo.dir));
    expect(line).toMatch(/^diffgate: --policy-source /);
    expect(line).toContain('base');
    expect(line).toContain('head');
    expect(line).not.toContain('diffgate.yml');
  });

  it('a folder outside any git repository says "not a git repository: <dir>", with or without --base', () => {
    const dir = emptyFolder();
    for (const args of [['--repo', dir], ['--repo', dir, '--base', 'main'], ['ranges', '--repo', dir]]) {
      const line = oneLineError(runCli(args, root));
      expect(line).toBe(`diffgate: not a git repository: ${dir}`);
    }
    // The same when the folder is where the user stands.
    expect(oneLineError(runCli([], dir))).toBe(`diffgate: not a git repository: ${dir}`);
  });

  it('advice names only action inputs that exist in action.yml', () => {
    // A repository with no default branch to compare with: the advice must not invent an input.
    const repo = makeRepo();
    repo.write({ 'a.ts': 'export const a = 1;\n' });
    repo.commit('only');
    repo.git(['branch', '-m', 'trunk']);
    const line = oneLineError(runCli([], repo.dir));
    expect(line).toContain('--base');
    const inputs = Object.keys((parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
    for (const named of line.matchAll(/action input `([^`]+)`/g)) expect(inputs).toContain(named[1]);
    expect(line).not.toMatch(/action input `base`/);
  });

  it.each([
    ['a level that does not exist', 'analysis:\n  rules:\n    throw-literal: critical\n'],
    ['a bad level inside the object form', 'analysis:\n  rules:\n    throw-literal:\n      level: fatal\n'],
  ])('an analysis.rules.<id> error names the allowed levels (%s)', (_name, config) => {
    const repo = featureRepo(config);
    const line = oneLineError(runCli(['--base', 'main'], repo.dir));
    expect(line).toContain('analysis.rules.throw-literal');
    expect(line).toContain('diffgate.yml');
    expect(line).toContain('off');
    for (const level of LEVELS) expect(line).toContain(level);
    expect(line).not.toMatch(/Invalid input$/);
  });
});
