// What the built entry files load (issue #16): the CLI never loads the action's code, `--help` and
// `--version` load no pipeline, and a change with no TS/JS file never loads the parser (oxc's WebAssembly loader).
// A module hook records every file of dist/ that Node loads; the test looks at what those files hold.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo, removeRepos } from '../helpers/repo.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const hooks = mkdtempSync(join(tmpdir(), 'diffgate-load-log-'));

// Runs in Node's loader thread: appends each loaded file URL to the file DIFFGATE_LOAD_LOG names.
writeFileSync(
  join(hooks, 'hook.mjs'),
  `import { appendFileSync } from 'node:fs';
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:')) appendFileSync(process.env.DIFFGATE_LOAD_LOG, url + '\\n');
  return nextLoad(url, context);
}
`,
);
writeFileSync(join(hooks, 'register.mjs'), `import { register } from 'node:module';\nregister('./hook.mjs', import.meta.url);\n`);

afterAll(() => {
  removeRepos();
  rmSync(hooks, { recursive: true, force: true });
});

/** Module origins esbuild names in a bundle's `// node_modules/…` comments, by what they are. */
const PARSER = /^\/\/ (src\/analysis\/oxc\.ts|node_modules\/@emnapi\/core\/)/m;
const ACTION_CODE = /^\/\/ node_modules\/(@actions|@octokit|undici)\//m;

let runs = 0;
/** Runs an entry file of dist/ and returns its exit code and the dist/ files it loaded. */
function runEntry(entry: string, args: string[], cwd = root): { code: number | null; stderr: string; loaded: string[] } {
  const log = join(hooks, `run-${++runs}.log`);
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(hooks, 'register.mjs')).href, join(dist, entry), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DIFFGATE_LOAD_LOG: log },
  });
  const loaded = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith(pathToFileURL(dist).href))
    .map((url) => fileURLToPath(url));
  return { code: result.status, stderr: result.stderr, loaded };
}

const holding = (files: string[], pattern: RegExp): string[] => files.filter((file) => pattern.test(readFileSync(file, 'utf8')));

function repoChanging(path: string, content: string): string {
  const repo = makeRepo();
  repo.write({ 'README.md': 'hello\n' });
  repo.commit('base');
  repo.checkout('feature', true);
  repo.write({ [path]: content });
  repo.commit('change');
  return repo.dir;
}

// Whole CLI runs on a machine that may be busy: a generous limit (never an assertion on time).
describe('what dist/ loads', { timeout: 240_000 }, () => {
  it('--help and --version load the CLI entry and a few small chunks, nothing of the pipeline', () => {
    for (const flag of ['--help', '--version']) {
      const run = runEntry('cli.js', [flag]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.loaded).toContain(join(dist, 'cli.js'));
      expect(holding(run.loaded, PARSER)).toEqual([]);
      expect(holding(run.loaded, ACTION_CODE)).toEqual([]);
      // No schema library, no YAML parser: the pipeline's modules are imported when a gate runs.
      expect(holding(run.loaded, /^\/\/ node_modules\/(zod|yaml)\//m)).toEqual([]);
    }
  });

  it('a change with no TS/JS file runs the gate without loading the parser or the action code', () => {
    const repo = repoChanging('tools/report.py', 'print("hello")\n');
    const run = runEntry('cli.js', ['--repo', repo, '--base', 'main', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    expect(holding(run.loaded, /^\/\/ src\/gate\.ts$/m)).toHaveLength(1);
    expect(holding(run.loaded, PARSER)).toEqual([]);
    expect(holding(run.loaded, ACTION_CODE)).toEqual([]);
  });

  it('a TS change loads the parser (so the checks above can see it) and the rules find what it parsed', () => {
    const repo = repoChanging('src/a.ts', 'export function f(x: string) {\n  try {\n    return JSON.parse(x);\n  } catch (e) {\n  }\n}\n');
    const json = join(repo, 'report.json');
    const run = runEntry('cli.js', ['--repo', repo, '--base', 'main', '--quiet', '--json', json]);
    expect([0, 1]).toContain(run.code);
    expect(holding(run.loaded, PARSER)).toHaveLength(1);
    expect(holding(run.loaded, ACTION_CODE)).toEqual([]);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { skipped: unknown[]; findings: { ruleId: string; path: string }[] };
    expect(report.skipped).toEqual([]);
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'empty-catch', path: 'src/a.ts' }));
  });

  it('an LCOV run named by path, without a config file, loads neither the YAML, the XML nor the glob library; a config file and an XML report found by a glob do', () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'hello\n' });
    repo.commit('base');
    repo.checkout('feature', true);
    repo.write({ 'tools/report.py': 'print("hello")\n' });
    repo.commit('change');
    const lcov = join(repo.dir, 'lcov.info');
    writeFileSync(lcov, `SF:${join(repo.dir, 'tools/report.py')}\nDA:1,1\nend_of_record\n`);
    const YAML = /^\/\/ node_modules\/yaml\//m;
    const XML = /^\/\/ node_modules\/fast-xml-parser\//m;
    const GLOB = /^\/\/ node_modules\/tinyglobby\//m;
    const plain = runEntry('cli.js', ['--repo', repo.dir, '--base', 'main', '--quiet', '--coverage', lcov]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(holding(plain.loaded, YAML)).toEqual([]);
    expect(holding(plain.loaded, XML)).toEqual([]);
    expect(holding(plain.loaded, GLOB)).toEqual([]);

    const cobertura = join(repo.dir, 'coverage.xml');
    writeFileSync(
      cobertura,
      '<?xml version="1.0"?>\n<coverage line-rate="1"><packages><package name="tools"><classes><class name="report" filename="tools/report.py"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>\n',
    );
    const config = join(repo.dir, 'diffgate.yml');
    writeFileSync(config, 'ai: auto\n');
    const json = join(repo.dir, 'report.json');
    const both = runEntry('cli.js', ['--repo', repo.dir, '--base', 'main', '--quiet', '--coverage', 'cov*.xml', '--config', config, '--json', json], repo.dir);
    expect(both.code, both.stderr).toBe(0);
    expect(holding(both.loaded, YAML)).toHaveLength(1);
    expect(holding(both.loaded, XML)).toHaveLength(1);
    expect(holding(both.loaded, GLOB)).toHaveLength(1);
    // The glob found the report: the one added line is measured, and covered.
    const report = JSON.parse(readFileSync(json, 'utf8')) as { coverage: { changed: { covered: number; measured: number } } | null };
    expect(report.coverage?.changed).toMatchObject({ covered: 1, measured: 1 });
  });

  it('every JavaScript file of dist/ is ASCII, so Node reads each as one-byte text (scripts/build.mjs escapes the rest)', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'));
    expect(files.length).toBeGreaterThan(5);
    const withNonAscii = files.filter((name) => /[\u0080-\uffff]/.test(readFileSync(join(dist, name), 'utf8')));
    expect(withNonAscii).toEqual([]);
  });

  it('the action entry holds the action code, which the CLI entry does not', () => {
    expect(ACTION_CODE.test(readFileSync(join(dist, 'index.js'), 'utf8'))).toBe(true);
    expect(ACTION_CODE.test(readFileSync(join(dist, 'cli.js'), 'utf8'))).toBe(false);
  });
});
