// Issue #15 item 3: report paths that a pull request can bend with committed symbolic links.
// `reports/eslint.sarif -> /etc/passwd` echoed `root:x:0:0` into the error, the check run summary and
// the `::error` line; a linked folder under a glob let outside files in; a link to `/` walked the disk.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expandReportPatterns } from '../../src/evidence/coverage/read.js';
import { expandSarifPatterns } from '../../src/evidence/sarif/read.js';
import { runGate } from '../../src/gate.js';
import { runActionWith } from '../../src/github/action.js';
import { createGitHubGateway } from '../../src/github/gateway.js';
import { readActionInputs } from '../../src/github/inputs.js';
import type { ActionsRunner } from '../../src/github/publish.js';
import { GitHubEmulator } from '../helpers/github-emulator.js';
import { makeRepo, removeRepos, type TestRepo } from '../helpers/repo.js';
import { runCli } from './cli.js';

const SECRET = 'root:x:0:0';
const hasPasswd = (() => {
  try {
    return readFileSync('/etc/passwd', 'utf8').includes(SECRET);
  } catch {
    return false;
  }
})();

const outside = mkdtempSync(join(tmpdir(), 'diffgate-outside-'));
const finding = (uri: string) =>
  JSON.stringify({
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'outside-tool' } }, results: [{ ruleId: 'from-outside', level: 'error', message: { text: 'outside' }, locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 2 } } }] }] }],
  });
writeFileSync(join(outside, 'evil.sarif'), finding('src/a.ts'));
writeFileSync(join(outside, 'lcov.info'), 'SF:src/a.ts\nDA:2,1\nend_of_record\n');

let emulator: GitHubEmulator;
beforeAll(async () => {
  emulator = await GitHubEmulator.start();
});
afterAll(async () => {
  await emulator.close();
  removeRepos();
  rmSync(outside, { recursive: true, force: true });
});
afterEach(() => emulator.reset());

/** A pull request that commits the given links (relative path → target) next to a real change. */
function prWithLinks(links: Record<string, string>, files: Record<string, string> = {}): { repo: TestRepo; base: string; head: string } {
  const repo = makeRepo();
  repo.write({ 'src/a.ts': 'export const a = 1;\n' });
  const base = repo.commit('base');
  repo.checkout('feature', true);
  repo.write({ 'src/a.ts': 'export const a = 1;\nexport const b = 2;\n', ...files });
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(join(repo.dir, path, '..'), { recursive: true });
    symlinkSync(target, join(repo.dir, path));
  }
  const head = repo.commit('feature with links');
  return { repo, base, head };
}

describe.skipIf(!hasPasswd)('reports/eslint.sarif -> /etc/passwd (skipped: no /etc/passwd with a root line here)', () => {
  it('the CLI refuses it with one line and prints nothing of the file', () => {
    const { repo } = prWithLinks({ 'reports/eslint.sarif': '/etc/passwd' });
    const json = join(outside, 'passwd-report.json');
    const run = runCli(['--repo', repo.dir, '--base', 'main', '--sarif', 'reports/eslint.sarif', '--json', json], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'diffgate: SARIF input reports/eslint.sarif is a symbolic link (or lies under one) that leads outside the repository and the working directory: refusing to read it',
    ]);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it('the action completes the check run as a failure whose summary, outputs and log hold nothing of the file', async () => {
    const { repo, base, head } = prWithLinks({ 'reports/eslint.sarif': '/etc/passwd' });
    const log: string[] = [];
    const runner: ActionsRunner = {
      annotate: (annotation) => log.push(JSON.stringify(annotation)),
      writeJobSummary: async (markdown) => void log.push(markdown),
      info: (message) => log.push(message),
      warning: (message) => log.push(message),
    };
    const inputs = { sarif: 'reports/eslint.sarif', 'working-directory': repo.dir } as Record<string, string>;
    const outcome = await runActionWith({
      inputs: readActionInputs((name) => inputs[name] ?? '', repo.dir),
      event: { name: 'pull_request', payload: { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } } },
      sha: head,
      gateway: createGitHubGateway({ token: 't', repository: { owner: emulator.owner, repo: emulator.repo }, apiUrl: emulator.url, retryBaseMs: 5, spaceWrites: false }),
      runner,
      runGate,
      toolVersion: '0.0.0-test',
    });
    expect(outcome.failure).toMatch(/reports\/eslint\.sarif is a symbolic link .* refusing to read it/);
    expect(emulator.checkRuns).toMatchObject([{ status: 'completed' }]);
    const everything = JSON.stringify([outcome, emulator.checkRuns, emulator.requests.map((request) => request.body), log]);
    expect(everything).not.toContain(SECRET);
  });

  it('a coverage report linked to /etc/passwd is refused the same way', () => {
    const { repo } = prWithLinks({ 'coverage/lcov.info': '/etc/passwd' });
    const run = runCli(['--repo', repo.dir, '--base', 'main', '--coverage', 'coverage/lcov.info'], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^diffgate: coverage report coverage\/lcov\.info is a symbolic link .* refusing to read it\n$/);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it('a path through a linked folder (reports -> /etc) is refused too', async () => {
    const { repo } = prWithLinks({ reports: '/etc' });
    await expect(expandSarifPatterns(['reports/passwd'], repo.dir)).rejects.toThrow(/SARIF input reports\/passwd is a symbolic link/);
    await expect(expandReportPatterns(repo.dir, ['reports/passwd'], repo.dir)).rejects.toThrow(/coverage report reports\/passwd is a symbolic link/);
  });
});

describe('globs do not follow links out of the repository', () => {
  it('a linked folder under a glob lets no outside file in, for SARIF and for coverage', async () => {
    const { repo } = prWithLinks({ 'reports/linked': outside, 'coverage/linked': outside }, { 'reports/own.sarif': finding('src/a.ts'), 'coverage/own/lcov.info': 'SF:src/a.ts\nDA:2,0\nend_of_record\n' });
    expect(await expandSarifPatterns(['reports/**/*.sarif'], repo.dir)).toEqual([join(repo.dir, 'reports/own.sarif')]);
    expect(await expandReportPatterns(repo.dir, ['coverage/**/lcov.info'], repo.dir)).toEqual([join(repo.dir, 'coverage/own/lcov.info')]);
  });

  it('a linked file under a glob is not matched, and named directly it is refused', async () => {
    const { repo } = prWithLinks({ 'reports/evil.sarif': join(outside, 'evil.sarif') }, { 'reports/own.sarif': finding('src/a.ts') });
    expect(await expandSarifPatterns(['reports/*.sarif'], repo.dir)).toEqual([join(repo.dir, 'reports/own.sarif')]);
    await expect(expandSarifPatterns(['reports/evil.sarif'], repo.dir)).rejects.toThrow(/symbolic link/);
  });

  it('a link to / under a glob is not walked: the gate finishes with only the repository\'s own reports', () => {
    const { repo } = prWithLinks({ 'reports/root': '/', 'coverage/root': '/' }, { 'reports/own.sarif': finding('src/a.ts'), 'coverage/lcov.info': 'SF:src/a.ts\nDA:2,0\nend_of_record\n' });
    const json = join(outside, 'root-link.json');
    const run = runCli(['--repo', repo.dir, '--base', 'main', '--sarif', 'reports/**/*.sarif', '--coverage', '**/lcov.info', '--json', json], repo.dir);
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    const report = JSON.parse(readFileSync(json, 'utf8')) as { sarif: { inputs: { path: string }[] }; coverage: { reports: { path: string }[] } };
    expect(report.sarif.inputs.map((input) => input.path)).toEqual(['reports/own.sarif']);
    expect(report.coverage.reports.map((input) => input.path)).toEqual(['coverage/lcov.info']);
  });

  it('a link that stays inside the repository is still read when named', async () => {
    const { repo } = prWithLinks({ 'reports/latest.sarif': 'own.sarif' }, { 'reports/own.sarif': finding('src/a.ts') });
    expect(await expandSarifPatterns(['reports/latest.sarif'], repo.dir)).toEqual([join(repo.dir, 'reports/latest.sarif')]);
  });

  it('a report the workflow names outside the repository (e.g. in $RUNNER_TEMP) is read as named', async () => {
    const { repo } = prWithLinks({});
    expect(await expandSarifPatterns([join(outside, 'evil.sarif')], repo.dir)).toEqual([join(outside, 'evil.sarif')]);
  });
});
