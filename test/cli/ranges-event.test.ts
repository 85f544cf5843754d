// `diffgate ranges --event FILE` (#17): pull-request signals (the head branch, a label) reach
// provenance, so `--ai-only` lists the lines the gate calls AI-written with the same event.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, removeRepos, type TestRepo } from '../helpers/repo.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');

afterAll(removeRepos);

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A person's commits only: no commit carries an AI signal, so only the pull request can say AI. */
function personChange(config = ''): { repo: TestRepo; base: string; head: string } {
  const repo = makeRepo();
  repo.write({ 'src/a.ts': 'export const a = 1;\n', ...(config ? { '.github/diffgate.yml': config } : {}) });
  const base = repo.commit('base');
  repo.checkout('copilot/fix-b', true);
  repo.write({ 'src/a.ts': 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n', 'src/b.ts': 'export const d = 4;\n' });
  const head = repo.commit('add b, c and d');
  return { repo, base, head };
}

function writeEvent(repo: TestRepo, pullRequest: { base: string; head: string; headRef: string; labels?: string[] }): string {
  // Inside .git: removed with the repository, and never part of the change.
  const path = join(repo.dir, '.git', `event-${pullRequest.headRef.replace(/\W/g, '-')}-${(pullRequest.labels ?? []).length}.json`);
  const payload = {
    action: 'opened',
    number: 7,
    pull_request: {
      number: 7,
      title: 'Add b',
      body: '',
      user: { login: 'ada-person' },
      labels: (pullRequest.labels ?? []).map((name) => ({ name })),
      base: { sha: pullRequest.base, ref: 'main', repo: { full_name: 'o/r' } },
      head: { sha: pullRequest.head, ref: pullRequest.headRef, repo: { full_name: 'o/r' } },
    },
  };
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

/** The gate's AI-written lines as `path:first-last` per file, from its JSON report, with the same event. */
function gateAiLines(repo: TestRepo, event: string): string[] {
  const json = join(repo.dir, '.git', 'report.json');
  const result = run(['--event', event, '--json', json], repo.dir);
  expect(result.code, result.stderr).not.toBe(2);
  const report = JSON.parse(readFileSync(json, 'utf8')) as { files: { path: string; aiLines: number[] }[] };
  return report.files.filter((file) => file.aiLines.length > 0).map((file) => `${file.path}:${Math.min(...file.aiLines)}-${Math.max(...file.aiLines)}`);
}

describe('diffgate ranges --event', () => {
  it('a pull request from an AI agent branch makes its lines AI-written for --ai-only, as in the gate', () => {
    const { repo, base, head } = personChange();
    const withoutEvent = run(['ranges', '--base', 'main', '--ai-only', '--format', 'lines'], repo.dir);
    expect(withoutEvent.code).toBe(0);
    expect(withoutEvent.stdout).toBe('');
    expect(withoutEvent.stderr).toContain('no AI-written added lines');

    const event = writeEvent(repo, { base, head, headRef: 'copilot/fix-b' });
    const withEvent = run(['ranges', '--event', event, '--ai-only', '--format', 'lines'], repo.dir);
    expect(withEvent.code, withEvent.stderr).toBe(0);
    expect(withEvent.stdout.trim().split('\n')).toEqual(['src/a.ts:2-3', 'src/b.ts:1-1']);
    expect(withEvent.stdout.trim().split('\n')).toEqual(gateAiLines(repo, event));
  });

  it('takes base and head from the event, and an ai-labels label as a signal', () => {
    const { repo, base, head } = personChange('provenance:\n  ai-labels: [ai-written]\n');
    // The checkout is on main: only the event can say which change to read.
    repo.checkout('main');
    const plain = writeEvent(repo, { base, head, headRef: 'feature' });
    expect(run(['ranges', '--event', plain, '--format', 'lines'], repo.dir).stdout.trim().split('\n')).toEqual(['src/a.ts:2-3', 'src/b.ts:1-1']);
    expect(run(['ranges', '--event', plain, '--ai-only', '--format', 'lines'], repo.dir).stdout).toBe('');
    const labelled = writeEvent(repo, { base, head, headRef: 'feature', labels: ['ai-written'] });
    const result = run(['ranges', '--event', labelled, '--ai-only'], repo.dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe('src/a.ts:2-3,src/b.ts:1-1');
  });

  it('an unreadable event file is one line with exit code 2', () => {
    const { repo } = personChange();
    const broken = join(repo.dir, '.git', 'broken.json');
    writeFileSync(broken, '{"pull_request": ');
    for (const args of [['ranges', '--event', broken], ['ranges', '--event', join(repo.dir, 'missing.json')]]) {
      const result = run(args, repo.dir);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/broken\.json|missing\.json/);
    }
  });
});
