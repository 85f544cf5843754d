// #15 item 6 and #11 part 3 through the built CLI on real repositories: the policy that judges a
// change comes from its base revision, a change that edits the policy is reported, and a bad
// setting stops the run before any stage runs.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, removeRepos, type TestRepo } from '../helpers/repo.js';
import { projectRoot } from './fixture.js';

const cli = join(projectRoot, 'dist', 'cli.js');
const POLICY = '.github/diffgate.yml';

// Every added line is AI-written, and the team gates on empty catches (rules are `note` by default),
// so an empty catch fails `error-handling.ai`.
const BASE_POLICY = 'ai: all\nanalysis:\n  rules:\n    empty-catch: error\n';
// What a pull request would like: the failing conditions switched off, and itself trusted.
const RELAXING_POLICY = [
  'ai: all',
  'policy-source: head',
  'policy:',
  '  error-handling: { ai: "off", all: "off" }',
  '  missing-tests: { ai: "off", all: "off" }',
  '  rule-findings: { ai: "off", all: "off" }',
  '',
].join('\n');
// The failure is dropped: no fallback follows the try (that would be handled, and not reported).
const SWALLOWING_CODE = ['export function load(read: () => string, save: (text: string) => void): void {', '  try {', '    save(read());', '  } catch {}', '}', ''].join('\n');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(repo: TestRepo, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const result = spawnSync(process.execPath, [cli, '--repo', repo.dir, '--base', 'main', '--head', 'feature', ...args], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  verdict: string;
  conditions: { id: string; status: string }[];
  policyChange?: { path: string; source: string; applied: boolean };
}

const readReport = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as JsonReport;
const statusOf = (report: JsonReport, id: string) => report.conditions.find((condition) => condition.id === id)?.status;

afterAll(removeRepos);

describe('a pull request that edits its own policy', () => {
  let repo: TestRepo;
  let out: string;

  beforeAll(() => {
    repo = makeRepo();
    repo.write({ [POLICY]: BASE_POLICY, 'src/a.ts': 'export const a = 1;\n' });
    repo.commit('base with a policy');
    repo.checkout('feature', true);
    repo.write({ [POLICY]: RELAXING_POLICY, 'src/load.ts': SWALLOWING_CODE });
    repo.commit('swallow errors, and relax the gate');
    out = mkdtempSync(join(tmpdir(), 'diffgate-policy-source-'));
  });

  it('is judged by the base policy: it still fails, and every output says the policy changed', () => {
    const json = join(out, 'base.json');
    const markdown = join(out, 'base.md');
    const run = runCli(repo, ['--json', json, '--markdown', markdown]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = readReport(json);
    expect(report.verdict).toBe('fail');
    expect(statusOf(report, 'error-handling.ai')).toBe('fail');
    // The head's `policy-source: head` is not obeyed: only the base or an input may set it.
    expect(report.policyChange).toEqual({ path: POLICY, source: 'base', applied: false });
    expect(readFileSync(markdown, 'utf8')).toContain(`**Policy:** This change edits the policy file ${POLICY}; the base revision's policy was applied, not the change's`);
    expect(run.stdout).toContain(`edits the policy file ${POLICY}; the base revision's policy was applied`);
  });

  it('is judged by its own policy only when the operator says so (--policy-source head), and says that too', () => {
    const json = join(out, 'head.json');
    const run = runCli(repo, ['--json', json, '--policy-source', 'head']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = readReport(json);
    expect(statusOf(report, 'error-handling.ai')).toBe('skipped');
    expect(report.verdict).not.toBe('fail');
    expect(report.policyChange).toEqual({ path: POLICY, source: 'head', applied: true });
    expect(run.stdout).toContain(`edits the policy file ${POLICY}; its version was applied`);
  });

  it('reports no policy change when the change leaves the policy file alone', () => {
    repo.checkout('main').checkout('untouched', true);
    repo.write({ 'src/load.ts': SWALLOWING_CODE });
    repo.commit('swallow errors only');
    repo.checkout('feature');
    const json = join(out, 'untouched.json');
    const result = spawnSync(process.execPath, [cli, '--repo', repo.dir, '--base', 'main', '--head', 'untouched', '--json', json], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(readReport(json).policyChange).toBeUndefined();
  });
});

describe('a bad rule option', () => {
  it('exits 2 naming the setting before any stage runs: no git diff, no blame, no stage output', () => {
    const repo = makeRepo();
    repo.write({ [POLICY]: 'analysis:\n  rules:\n    empty-catch: { options: { allow-explained: "sometimes" } }\n', 'src/a.ts': 'export const a = 1;\n' });
    repo.commit('base with a bad rule option');
    repo.checkout('feature', true);
    repo.write({ 'src/load.ts': SWALLOWING_CODE });
    repo.commit('change');

    // A git on PATH that logs each command before running the real one.
    const shims = mkdtempSync(join(tmpdir(), 'diffgate-git-shim-'));
    const log = join(shims, 'git.log');
    const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(shims, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${realGit}' "$@"\n`);
    chmodSync(join(shims, 'git'), 0o755);
    writeFileSync(log, '');

    const json = join(shims, 'report.json');
    const run = runCli(repo, ['--json', json], { ...process.env, PATH: `${shims}:${process.env['PATH'] ?? ''}` });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('analysis.rules.empty-catch.options');
    expect(run.stdout).toBe('');
    const commands = readFileSync(log, 'utf8').trim().split('\n');
    // The range was resolved and the policy read; nothing else.
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((command) => /^(diff|log|blame|ls-tree|notes)\b/.test(command))).toEqual([]);
    expect(spawnSync('test', ['-e', json]).status).not.toBe(0);
  });
});
