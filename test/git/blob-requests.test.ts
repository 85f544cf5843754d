// A whole gate run (the built CLI, real git) asks git for each file at most once: the head Revision
// memoises blob reads that analysis, its facts, SARIF fingerprints and provenance all share.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, removeRepos } from '../helpers/repo.js';
import { makeBlobLog } from './git-log-shim.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');
const outDir = mkdtempSync(join(tmpdir(), 'diffgate-blob-count-'));

afterAll(() => {
  removeRepos();
  rmSync(outDir, { recursive: true, force: true });
});

function sarifAt(path: string, lines: number[]): string {
  const results = lines.map((line) => ({
    ruleId: 'demo/rule',
    level: 'warning',
    message: { text: `finding on line ${line}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: path }, region: { startLine: line } } }],
  }));
  return JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'demo', rules: [{ id: 'demo/rule' }] } }, results }] });
}

describe('blob requests in a gate run', () => {
  it('asks git for each path at most once, whichever stages read it', () => {
    const repo = makeRepo();
    repo.write({
      'package.json': JSON.stringify({ name: 'shop', dependencies: { zod: '4' } }),
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }',
      'vite.config.ts': 'export default {};\n',
      'src/db.ts': 'export async function save(x: number): Promise<void> {}\n',
      'src/cart.ts': "import { save } from './db.js';\nexport function add(x: number) {\n  return x;\n}\n",
      'src/cart.test.ts': "import { add } from './cart.js';\nit('adds', () => expect(add(1)).toBe(1));\n",
      'src/price.test.ts': "import { total } from '@/price';\nit('totals', () => expect(total()).toBe(0));\n",
      'src/price.ts': 'export function total() {\n  return 0;\n}\n',
    });
    repo.commit('base');
    repo.checkout('feature', true);
    repo.write({ 'src/cart.ts': "import { save } from './db.js';\nexport function add(x: number) {\n  save(x);\n  return x;\n}\n" });
    repo.commit('cart saves');
    repo.write({
      'src/price.ts': "import { save } from '@/db';\nexport function total() {\n  try {\n    save(0);\n  } catch {}\n  return 0;\n}\n",
      'src/cart.test.ts': "import { add } from './cart.js';\nit('adds', () => expect(add(1)).toBe(1));\nit('adds two', () => expect(add(2)).toBe(2));\n",
    });
    repo.commit('price saves, more tests');
    repo.write({ 'src/report.ts': "import { total } from './price.js';\nexport const report = () => total();\n" });
    repo.commit('report');

    const sarif = join(outDir, 'scan.sarif');
    writeFileSync(sarif, sarifAt('src/cart.ts', [3, 4]));
    const json = join(outDir, 'report.json');
    const log = makeBlobLog();
    const result = spawnSync(process.execPath, [cli, '--repo', repo.dir, '--base', 'main', '--head', 'feature', '--sarif', sarif, '--json', json], {
      cwd: outDir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${log.binDir}:${process.env.PATH ?? ''}` },
    });
    expect(result.stderr).not.toMatch(/Error|failed/);
    expect([0, 1]).toContain(result.status);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { findings: { source: string; path: string }[] };
    // Every stage that reads files at head ran: AST rules on the change, SARIF mapped onto it.
    expect(report.findings.some((finding) => finding.source === 'ast')).toBe(true);
    expect(report.findings.some((finding) => finding.source === 'sarif' && finding.path === 'src/cart.ts')).toBe(true);

    // Keyed by revision and path: the policy file is read once at base and once at head (two blobs,
    // compared to report a changed policy); every path at head is asked for once.
    const requests = log.objectNames();
    const counts = new Map<string, number>();
    for (const name of requests) counts.set(name, (counts.get(name) ?? 0) + 1);
    const head = repo.git(['rev-parse', 'feature']).trim();
    // Read by several stages: changed files (analysis, SARIF fingerprints, test evidence), manifests
    // (test evidence and dependency facts), modules imported by changes and by tests.
    for (const path of ['src/cart.ts', 'src/price.ts', 'src/cart.test.ts', 'package.json', 'tsconfig.json', 'src/db.ts', 'vite.config.ts']) {
      expect(counts.get(`${head}:${path}`), path).toBe(1);
    }
    const repeated = [...counts].filter(([, count]) => count > 1);
    expect(repeated).toEqual([]);
    expect(requests.length).toBe(counts.size);

    // Process starts cost most of a small run's time: one cat-file resolves the refs (no rev-parse per
    // ref, no repository check of its own), reads the policy file and then every file at head.
    const processes = log.processes();
    expect(processes.filter((args) => args.startsWith('rev-parse'))).toEqual([]);
    expect(processes.filter((args) => args === 'cat-file --batch')).toHaveLength(1);
    expect(requests.filter((name) => name.endsWith('^{commit}'))).toEqual(['feature^{commit}', 'main^{commit}']);
  });
});
