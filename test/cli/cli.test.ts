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
    // No SARIF input is no evidence: the scanner conditions are not checked (as coverage), not passed.
    for (const id of ['sarif.ai', 'sarif.all']) {
      expect(report.conditions.find((condition: { id: string }) => condition.id === id)).toMatchObject({ status: 'skipped', actual: null, message: `${id}: not checked, no SARIF input was given` });
    }
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

  it('prints how long each step took with --timings, on stderr only', () => {
    const { repo } = prRepo();
    const timed = runCli(['--repo', repo.dir, '--base', 'main', '--quiet', '--timings']);
    expect(timed.code).toBe(0);
    expect(timed.stdout).not.toContain('timings');
    expect(timed.stderr.trim()).toMatch(
      /^timings: start \d+ ms, load \d+ ms, prepare \d+ ms, gate \d+ ms \(diff \d+, provenance \d+, evidence \d+, analysis \d+, policy \d+\), output \d+ ms; total \d+ ms$/,
    );
    const untimed = runCli(['--repo', repo.dir, '--base', 'main', '--quiet']);
    expect(untimed.stderr).toBe('');
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

  it('prints the chosen base: the ref, the commit it named, and the merge-base', () => {
    const { repo, base, head } = prRepo();
    const result = runCli(['--repo', repo.dir, '--base', 'main']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toBe(`base: main → ${base.slice(0, 7)}, merge-base ${base.slice(0, 7)}; head ${head.slice(0, 7)}`);
  });

  it('refuses a base that resolves to head itself (exit 2, one line), unless --allow-empty', () => {
    const { repo, head } = prRepo();
    const refused = runCli(['--repo', repo.dir, '--base', 'feature']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain(`nothing to compare: the base resolved to ${head.slice(0, 12)}, the head itself`);
    expect(refused.stderr).toContain('--allow-empty');
    const allowed = runCli(['--repo', repo.dir, '--base', 'feature', '--allow-empty']);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('warning: the base and head are the same commit');
  });

  it('prints no live workflow command from untrusted paths, rule ids or messages (#15 item 4)', () => {
    const repo = makeRepo();
    repo.write({ 'src/a.ts': 'export const a = 1;\n' });
    repo.commit('base');
    repo.checkout('feature', true);
    const evilPath = 'src/x\n::error file=a.ts,line=1::pwned by path\r::warning::cr.ts';
    repo.write({ [evilPath]: 'export const b = 2;\nexport const c = 3;\n' });
    repo.commit('feature');
    const injection = '\n::error title=pwned::by SARIF\n  ::add-mask::x\r::stop-commands::tok';
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: `tool${injection}`, rules: [{ id: `rule${injection}` }] } },
          results: [
            { ruleId: `rule${injection}`, level: 'error', message: { text: `message${injection}` }, locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(evilPath) }, region: { startLine: 1 } } }] },
          ],
        },
      ],
    };
    const sarifPath = join(repo.dir, '..', `${repo.dir.split('/').pop()}-evil.sarif`);
    writeFileSync(sarifPath, JSON.stringify(sarif));
    const result = runCli(['--repo', repo.dir, '--base', 'main', '--sarif', sarifPath]);
    expect([0, 1]).toContain(result.code);
    const lines = `${result.stdout}\n${result.stderr}`.split(/\r\n|\r|\n/);
    expect(lines.filter((line) => line.trimStart().startsWith('::'))).toEqual([]);
    expect(result.stdout).toContain('pwned');
  });

  it('prints a 20 MB SARIF message as a few hundred characters (#15 item 9)', () => {
    const { repo } = prRepo();
    const sarif = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'big', rules: [{ id: 'big/rule' }] } },
          results: [{ ruleId: 'big/rule', level: 'error', message: { text: 'M'.repeat(20 * 1024 * 1024) }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 2 } } }] }],
        },
      ],
    };
    const sarifPath = join(repo.dir, '..', `${repo.dir.split('/').pop()}-big.sarif`);
    writeFileSync(sarifPath, JSON.stringify(sarif));
    const result = runCli(['--repo', repo.dir, '--base', 'main', '--sarif', sarifPath]);
    expect(result.stderr.length).toBeLessThan(10_000);
    expect([1, 2]).toContain(result.code);
    expect(result.stdout.length).toBeLessThan(20_000);
    if (result.code === 1) expect(result.stdout).toMatch(/big\/rule \[\w+\]\s+M{100,}…/);
  });
});
