// `--include-uncommitted` (#14, for pre-push use): the head is the working tree — HEAD plus staged
// and unstaged changes to tracked files, as diff-cover counts them; untracked files are left out, as
// diff-cover leaves them out without --include-untracked. Real git repositories, the built CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, removeRepos, type TestRepo } from '../helpers/repo.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');
const CLAUDE_TRAILER = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>';

afterAll(removeRepos);

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  head: string;
  files: { path: string; addedLines: number[]; aiLines: number[] }[];
  findings: { ruleId: string; path: string; startLine: number }[];
}

/** Runs the gate with --json into .git (never part of the change) and returns the report. */
function gate(repo: TestRepo, args: string[]): { code: number | null; stdout: string; stderr: string; report: JsonReport } {
  const path = join(repo.dir, '.git', 'report.json');
  const result = run(['--base', 'main', '--json', path, ...args], repo.dir);
  expect(result.code, result.stderr).not.toBe(2);
  return { ...result, report: JSON.parse(readFileSync(path, 'utf8')) as JsonReport };
}

const addedLines = (report: JsonReport) => Object.fromEntries(report.files.map((file) => [file.path, file.addedLines]));
const aiLines = (report: JsonReport) => Object.fromEntries(report.files.map((file) => [file.path, file.aiLines]));

/**
 * main: src/a.ts (1 line). The branch commits line 2 of src/a.ts with Claude. Then, uncommitted:
 * lines 3-5 of src/a.ts edited on disk (unstaged, with an empty catch on line 4), src/b.ts edited
 * and staged, src/new.ts added and staged, and untracked.ts never added.
 */
function workInProgress(): { repo: TestRepo; head: string } {
  const repo = makeRepo();
  repo.write({ 'src/a.ts': 'export const a = 1;\n', 'src/b.ts': 'export const b = 1;\n' });
  repo.commit('base');
  repo.checkout('feature', true);
  repo.write({ 'src/a.ts': 'export const a = 1;\nexport const a2 = 2;\n' });
  const head = repo.commit(`a2${CLAUDE_TRAILER}`);
  repo.write({
    'src/a.ts': 'export const a = 1;\nexport const a2 = 2;\nexport function f(g: () => void): void {\n  try { g(); } catch (e) {}\n}\n',
    'src/b.ts': 'export const b = 1;\nexport const b2 = 2;\n',
    'src/new.ts': 'export const n = 1;\n',
    'untracked.ts': 'export const u = 1;\n',
  });
  repo.git(['add', 'src/b.ts', 'src/new.ts']);
  return { repo, head };
}

/** Everything a user could see change: files, index, stash, refs, HEAD. */
function visibleState(repo: TestRepo): string {
  return [
    repo.git(['status', '--porcelain=v1', '--untracked-files=all']),
    repo.git(['diff', '--cached', '--name-status']),
    repo.git(['diff', '--stat']),
    repo.git(['stash', 'list']),
    repo.git(['for-each-ref']),
    repo.git(['rev-parse', 'HEAD']),
  ].join('\n--\n');
}

describe('--include-uncommitted', () => {
  it('adds staged and unstaged changes of tracked files to the committed change, not untracked files', () => {
    const { repo } = workInProgress();
    const committed = gate(repo, []);
    expect(addedLines(committed.report)).toEqual({ 'src/a.ts': [2] });

    const working = gate(repo, ['--include-uncommitted']);
    expect(addedLines(working.report)).toEqual({ 'src/a.ts': [2, 3, 4, 5], 'src/b.ts': [2], 'src/new.ts': [1] });
    expect(working.report.files.map((file) => file.path)).not.toContain('untracked.ts');
  });

  it('analyses the files as they are on disk: a finding on an uncommitted line', () => {
    const { repo } = workInProgress();
    expect(gate(repo, []).report.findings.filter((finding) => finding.ruleId === 'empty-catch')).toEqual([]);
    const working = gate(repo, ['--include-uncommitted']).report;
    expect(working.findings.filter((finding) => finding.ruleId === 'empty-catch').map((finding) => `${finding.path}:${finding.startLine}`)).toEqual(['src/a.ts:4']);
  });

  it('says on one line that the head is the working tree, on top of which commit', () => {
    const { repo, head } = workInProgress();
    const { stdout, report } = gate(repo, ['--include-uncommitted']);
    const note = stdout.split('\n').find((line) => line.startsWith('head: the working tree'));
    expect(note).toContain(`on top of HEAD ${head.slice(0, 7)}`);
    expect(note).toContain(report.head.slice(0, 7));
    expect(note).toContain('untracked files are not included');
    // The head read is a commit whose parent is HEAD and whose tree is the tracked files on disk.
    expect(repo.git(['rev-parse', `${report.head}^`]).trim()).toBe(head);
    expect(repo.git(['show', `${report.head}:src/a.ts`])).toBe(readFileSync(join(repo.dir, 'src/a.ts'), 'utf8'));
  });

  it('changes nothing the user can see: files, index, stash, refs and HEAD stay as they were', () => {
    const { repo } = workInProgress();
    const before = visibleState(repo);
    gate(repo, ['--include-uncommitted']);
    expect(visibleState(repo)).toBe(before);
  });

  it('attributes uncommitted lines like the next commit of the configured identity: a person → human; --ai all → AI', () => {
    const { repo } = workInProgress();
    // Line 2 was committed with Claude's trailer; the rest is not committed, and the repository's user is a person.
    expect(aiLines(gate(repo, ['--include-uncommitted']).report)).toEqual({ 'src/a.ts': [2], 'src/b.ts': [], 'src/new.ts': [] });
    expect(aiLines(gate(repo, ['--include-uncommitted', '--ai', 'all']).report)).toEqual({ 'src/a.ts': [2, 3, 4, 5], 'src/b.ts': [2], 'src/new.ts': [1] });
  });

  it('with an AI assistant as the configured identity, its uncommitted lines are AI-written', () => {
    const { repo } = workInProgress();
    repo.git(['config', 'user.name', 'Claude']);
    repo.git(['config', 'user.email', 'noreply@anthropic.com']);
    expect(aiLines(gate(repo, ['--include-uncommitted']).report)).toEqual({ 'src/a.ts': [2, 3, 4, 5], 'src/b.ts': [2], 'src/new.ts': [1] });
  });

  it('with nothing uncommitted, compares HEAD and says so', () => {
    const { repo } = workInProgress();
    repo.git(['stash', '-q']);
    const { stdout, report } = gate(repo, ['--include-uncommitted']);
    expect(addedLines(report)).toEqual({ 'src/a.ts': [2] });
    expect(report.head).toBe(repo.head());
    expect(stdout).toContain('head: HEAD (no uncommitted changes to tracked files)');
  });

  it('on the base branch itself, the uncommitted changes are the change (a pre-commit check)', () => {
    const repo = makeRepo();
    repo.write({ 'src/a.ts': 'export const a = 1;\n' });
    repo.commit('base');
    repo.write({ 'src/a.ts': 'export const a = 1;\nexport const b = 2;\n' });
    // Without the flag there is nothing to compare (exit 2); with it, the edit is the change.
    expect(run(['--base', 'main'], repo.dir).code).toBe(2);
    expect(addedLines(gate(repo, ['--include-uncommitted']).report)).toEqual({ 'src/a.ts': [2] });
  });

  it('diffgate ranges --include-uncommitted lists the working-tree lines', () => {
    const { repo } = workInProgress();
    const result = run(['ranges', '--base', 'main', '--include-uncommitted', '--format', 'lines'], repo.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(['src/a.ts:2-5', 'src/b.ts:2-2', 'src/new.ts:1-1']);
    expect(result.stderr).toContain('head: the working tree');
  });

  it.each([
    ['--head', ['--include-uncommitted', '--head', 'HEAD'], /cannot be combined with --head/],
    ['--event', ['--include-uncommitted', '--event', 'event.json'], /cannot be combined with --event/],
  ])('refuses to combine with %s: one line, exit 2', (_flag, args, message) => {
    const { repo } = workInProgress();
    const result = run(['--base', 'main', ...args], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('a repository without a commit yet: one line naming the folder, exit 2', () => {
    const repo = makeRepo();
    repo.write({ 'a.ts': 'x\n' });
    const result = run(['--base', 'main', '--include-uncommitted'], repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`--include-uncommitted needs a commit to compare the working tree with: ${repo.dir} has no commit`);
  });
});
