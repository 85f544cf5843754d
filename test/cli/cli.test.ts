// The CLI as users run it: the built dist/cli.js in a subprocess, on real git repositories.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, removeRepos, type TestRepo } from '../helpers/repo.js';
import { VERSION } from '../../src/version.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');

function runCli(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function prRepo(): { repo: TestRepo; base: string; head: string } {
  const repo = makeRepo();
  repo.write({ 'src/a.ts': 'export const a = 1;\n', 'README.md': 'hello\n' });
  const base = repo.commit('base');
  repo.checkout('feature', true);
  repo.write({ 'src/a.ts': 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n', 'docs/new file.md': 'x\n' });
  const head = repo.commit('feature');
  return { repo, base, head };
}

afterAll(removeRepos);

describe('diffgate CLI (dist/cli.js)', () => {
  it('prints usage with --help and exits 0', () => {
    const result = runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: diffgate');
    expect(result.stdout).toContain('--sarif PATH');
  });

  it('prints the package version with --version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const result = runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it('rejects an unknown flag with one line on stderr and exit code 2', () => {
    const result = runCli(['--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--frobnicate');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an invalid --ai value naming the key and the allowed values', () => {
    const { repo } = prRepo();
    const result = runCli(['--repo', repo.dir, '--base', 'main', '--ai', 'sometimes']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/ai/);
    expect(result.stderr).toMatch(/auto/);
  });

  it('reports an unknown ref as one line with exit code 2, no stack trace', () => {
    const { repo } = prRepo();
    const result = runCli(['--repo', repo.dir, '--base', 'no-such-branch']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('no-such-branch');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a folder that is not a git repository with exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diffgate-not-a-repo-'));
    const result = runCli(['--repo', dir, '--base', 'main']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports an explicit --config that does not exist with exit code 2', () => {
    const { repo } = prRepo();
    const result = runCli(['--repo', repo.dir, '--base', 'main', '--config', join(repo.dir, 'missing.yml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.yml');
  });

  it('reports an unknown config key with exit code 2, naming the key', () => {
    const { repo } = prRepo();
    const config = join(repo.dir, 'diffgate.yml');
    writeFileSync(config, 'ai: auto\nfrobnicate: 3\n');
    const result = runCli(['--repo', repo.dir, '--base', 'main', '--config', config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('frobnicate');
  });

  it('writes the JSON report with full SHAs and the changed files', () => {
    const { repo, base, head } = prRepo();
    const out = join(repo.dir, 'report.json');
    const result = runCli(['--repo', repo.dir, '--base', 'main', '--head', 'feature', '--json', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.schemaVersion).toBe(1);
    expect(report.base).toBe(base);
    expect(report.head).toBe(head);
    expect(report.verdict).toBe('pass');
    expect(report.conditions.length).toBeGreaterThan(0);
    const files = report.files.map((file: { path: string; status: string; addedLines: number[] }) => [file.path, file.status, file.addedLines]);
    expect(files).toEqual([
      ['docs/new file.md', 'added', [1]],
      ['src/a.ts', 'modified', [2, 3]],
    ]);
  });

  it('prints a readable summary without --json', () => {
    const { repo } = prRepo();
    const result = runCli(['--repo', repo.dir, '--base', 'main']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^diffgate: PASS/);
    expect(result.stdout).toContain('files changed: 2, lines added: 3');
    expect(result.stdout).toMatch(/provenance \(auto\): \d+ AI, \d+ human, \d+ unknown/);
  });

  it('resolves relative --sarif and --coverage paths against the current directory, not --repo', () => {
    const { repo } = prRepo();
    const elsewhere = mkdtempSync(join(tmpdir(), 'diffgate-cwd-'));
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'probe', rules: [{ id: 'probe/rule' }] } },
          results: [{ ruleId: 'probe/rule', level: 'error', message: { text: 'on an added line' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 2 } } }] }],
        },
      ],
    };
    writeFileSync(join(elsewhere, 'probe.sarif'), JSON.stringify(sarif));
    writeFileSync(join(elsewhere, 'lcov.info'), `SF:${join(repo.dir, 'src/a.ts')}\nDA:1,1\nDA:2,1\nDA:3,0\nend_of_record\n`);
    const out = join(elsewhere, 'report.json');
    const result = runCli(['--repo', repo.dir, '--base', 'main', '--sarif', 'probe.sarif', '--coverage', 'lcov.info', '--json', 'report.json'], elsewhere);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.findings.map((finding: { ruleId: string; startLine: number }) => [finding.ruleId, finding.startLine])).toEqual([['probe/rule', 2]]);
    expect(report.coverage.changed).toEqual({ measured: 2, covered: 1, percent: 50 });
  });
});
