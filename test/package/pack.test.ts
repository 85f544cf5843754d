// Ready to publish (#14): `npm pack` makes a package that installs into an empty folder, where
// `npx diffgate --version` and a real gate on a git repository made here work; the package holds
// what a user needs and nothing of the development tree; `engines` is no looser than any installed
// dependency's. The install takes dependencies from the npm cache, else the registry; without
// either (no network) the install test is skipped, with the reason shown.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, removeRepos } from '../helpers/repo.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; engines: { node: string }; bin: Record<string, string> };
const semver = createRequire(import.meta.url)('semver') as { subset(range: string, superset: string): boolean; validRange(range: string): string | null };

/** npm run by the tests: no npm_* variables of an outer `npm test` leak into it (they would set its prefix, its cache mode, …). */
function npm(args: string[], cwd: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  const result = spawnSync('npm', args, { cwd, env: { ...env, NO_UPDATE_NOTIFIER: '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** npm's error codes for "the registry cannot be reached": the install test is then skipped, not failed. */
const OFFLINE = /\b(ENOTCACHED|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH)\b/;

let scratch: string;
let tarball: string;
let packed: { path: string; size: number }[];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'diffgate-pack-'));
  // dist/ was built from the sources by the test setup; `npm pack` ships that build.
  const result = npm(['pack', '--json', '--pack-destination', scratch], root);
  expect(result.code, result.stderr).toBe(0);
  const [info] = JSON.parse(result.stdout) as { filename: string; files: { path: string; size: number }[] }[];
  tarball = join(scratch, info!.filename);
  packed = info!.files;
});

afterAll(() => {
  removeRepos();
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships the built CLI and action, the docs, the report schema, README and LICENSE — nothing of the development tree', () => {
    const top = [...new Set(packed.map((file) => file.path.split('/')[0]))].sort();
    expect(top).toEqual(['LICENSE', 'README.md', 'action.yml', 'dist', 'docs', 'package.json', 'schema']);
    const paths = packed.map((file) => file.path);
    expect(paths).toContain(manifest.bin['diffgate']!.replace(/^\.\//, ''));
    expect(paths).toContain('dist/index.js');
    expect(paths).toContain('schema/report.schema.json');
    // The parser's WebAssembly module, which the parser chunk reads from beside itself.
    expect(paths).toContain('dist/chunks/parser.wasm32-wasi.wasm');
    // dist/ holds the two entry files, its package.json (type: module) and their chunks; no build leftovers.
    for (const path of paths.filter((p) => p.startsWith('dist/'))) expect(path).toMatch(/^dist\/(cli\.js|index\.js|package\.json|chunks\/[\w-]+\.js|chunks\/parser\.wasm32-wasi\.wasm)$/);
    expect(paths.filter((path) => /(^|\/)(test|src|\.tmp|node_modules|bench|scripts)\//.test(path))).toEqual([]);
  });

  it('action.yml in the package is valid YAML whose entry file is in the package', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { runs: { using: string; main: string }; inputs: object; outputs: object };
    expect(packed.map((file) => file.path)).toContain(action.runs.main);
    expect(Object.keys(action.inputs).length).toBeGreaterThan(0);
  });

  it('states a valid engines range', () => {
    expect(semver.validRange(manifest.engines.node)).not.toBeNull();
  });

  it('installs into an empty folder; npx diffgate --version and a real gate run from it', (context) => {
    const consumer = join(scratch, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    // --prefer-offline: the npm cache first, the registry only for what it lacks.
    const install = npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], consumer);
    const offline = OFFLINE.exec(install.stderr);
    if (install.code !== 0 && offline) {
      context.skip(`npm could not reach the registry or its cache (${offline[1]}): the packed package was not installed`);
      return;
    }
    expect(install.code, install.stderr).toBe(0);

    const version = npm(['exec', '--no', '--', 'diffgate', '--version'], consumer);
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(manifest.version);

    // A real gate: an AI-authored commit that adds an empty catch, compared with main.
    const repo = makeRepo();
    repo.write({ 'src/a.ts': 'export const a = 1;\n' });
    repo.commit('base');
    repo.checkout('feature', true);
    repo.write({ 'src/a.ts': 'export const a = 1;\nexport function f(g: () => void): void {\n  try { g(); } catch (e) {}\n}\n' });
    repo.commit('f\n\nCo-Authored-By: Claude <noreply@anthropic.com>');
    const reportPath = join(scratch, 'report.json');
    const gate = npm(['exec', '--no', '--', 'diffgate', '--repo', repo.dir, '--base', 'main', '--json', reportPath], consumer);
    expect([0, 1], gate.stderr).toContain(gate.code);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { schemaVersion: number; files: { path: string; addedLines: number[]; aiLines: number[] }[]; findings: { ruleId: string; startLine: number }[] };
    expect(report.schemaVersion).toBe(1);
    expect(report.files).toEqual([expect.objectContaining({ path: 'src/a.ts', addedLines: [2, 3, 4], aiLines: [2, 3, 4] })]);
    expect(report.findings.map((finding) => `${finding.ruleId}:${finding.startLine}`)).toContain('empty-catch:3');
    expect(gate.stdout).toMatch(/^diffgate: (PASS|WARN|FAIL)/m);

    // Every installed package's engines range contains ours: nothing installed asks for a newer Node.
    const installed = join(consumer, 'node_modules');
    for (const dir of packageDirs(installed)) {
      const engines = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { engines?: { node?: unknown } }).engines?.node;
      if (typeof engines !== 'string' || semver.validRange(engines) === null) continue;
      expect(semver.subset(manifest.engines.node, engines), `${dir.slice(installed.length + 1)} needs node ${engines}`).toBe(true);
    }
  });
});

/** Every package folder under node_modules (scoped and nested), bounded by what is on disk. */
function packageDirs(modules: string): string[] {
  if (!existsSync(modules)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(modules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const path = join(modules, entry.name);
    if (entry.name.startsWith('@')) {
      for (const scoped of readdirSync(path, { withFileTypes: true })) if (scoped.isDirectory()) found.push(join(path, scoped.name), ...packageDirs(join(path, scoped.name, 'node_modules')));
    } else {
      found.push(path, ...packageDirs(join(path, 'node_modules')));
    }
  }
  return found.filter((dir) => existsSync(join(dir, 'package.json')));
}
