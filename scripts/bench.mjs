// npm run bench: how long diffgate takes on a large pull request, and next to diff-cover on the
// same repository and coverage report. Speed is measured here, never by timed assertions in tests.
//
// The synthetic pull request: FILES TypeScript files of LINES lines each, all added on a branch,
// AI-marked and person-written commits mixed, an LCOV report measuring every line, and a SARIF log
// with one result per file. Sizes can be changed: `npm run bench -- --files 400 --lines 300`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { files: { type: 'string', default: '1000' }, lines: { type: 'string', default: '200' }, runs: { type: 'string', default: '3' } },
});
const FILES = Number(values.files);
const LINES = Number(values.lines);
const RUNS = Number(values.runs);

const work = join(root, '.tmp', 'bench');
const repo = join(work, 'repo');
rmSync(work, { recursive: true, force: true });
mkdirSync(repo, { recursive: true });

const git = (args, env = {}) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.com', ...env },
  });

function sourceFile(index) {
  const out = [];
  for (let line = 1; line <= LINES; line += 5) {
    const n = `${index}_${line}`;
    out.push(`export async function load${n}(url: string): Promise<unknown> {`);
    out.push(`  const response = await fetch(url + '${n}');`);
    out.push('  if (!response.ok) throw new Error(`HTTP ${response.status}`);');
    out.push('  return response.json();');
    out.push('}');
  }
  return out.slice(0, LINES).join('\n') + '\n';
}

git(['init', '-q', '-b', 'main']);
writeFileSync(join(repo, 'package.json'), '{ "name": "bench", "type": "module" }\n');
git(['add', '-A']);
git(['commit', '-q', '-m', 'base']);
git(['checkout', '-q', '-b', 'feature']);
const half = Math.floor(FILES / 2);
for (const [from, to, message] of [
  [0, half, 'Add the first half'],
  [half, FILES, 'Add the second half\n\nCo-Authored-By: Claude <noreply@anthropic.com>'],
]) {
  for (let index = from; index < to; index++) {
    mkdirSync(join(repo, 'src', `m${index % 20}`), { recursive: true });
    writeFileSync(join(repo, 'src', `m${index % 20}`, `file${index}.ts`), sourceFile(index));
  }
  git(['add', '-A']);
  git(['commit', '-q', '-m', message]);
}

// LCOV measuring every line, covering two lines in three; SARIF with one error per file.
const lcov = [];
const results = [];
for (let index = 0; index < FILES; index++) {
  const path = `src/m${index % 20}/file${index}.ts`;
  lcov.push('TN:', `SF:${join(repo, path)}`);
  for (let line = 1; line <= LINES; line++) lcov.push(`DA:${line},${line % 3 === 0 ? 0 : 1}`);
  lcov.push(`LF:${LINES}`, `LH:${LINES - Math.floor(LINES / 3)}`, 'end_of_record');
  results.push({
    ruleId: 'bench/rule',
    level: 'warning',
    message: { text: 'A benchmark finding' },
    locations: [{ physicalLocation: { artifactLocation: { uri: path }, region: { startLine: 2 } } }],
  });
}
const lcovPath = join(work, 'lcov.info');
const sarifPath = join(work, 'bench.sarif');
writeFileSync(lcovPath, lcov.join('\n') + '\n');
writeFileSync(sarifPath, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'bench' } }, results }] }));

function time(label, command, args, options = {}) {
  const samples = [];
  let last;
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    last = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (last.status !== 0 && last.status !== 1) {
      process.stderr.write(`${label} failed (exit ${last.status}): ${last.stderr.slice(0, 500)}\n`);
      return null;
    }
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  process.stdout.write(`${label.padEnd(46)} median ${median.toFixed(0).padStart(6)} ms  (runs: ${samples.map((s) => s.toFixed(0)).join(', ')})\n`);
  return median;
}

const addedLines = FILES * LINES;
process.stdout.write(`bench: ${FILES} files, ${addedLines} added lines, ${FILES} SARIF results, LCOV of ${lcov.length} lines\n\n`);
const cli = join(root, 'dist', 'cli.js');
time('diffgate, diff + provenance + analysis', process.execPath, [cli, '--repo', repo, '--base', 'main', '--quiet']);
time('diffgate, + coverage', process.execPath, [cli, '--repo', repo, '--base', 'main', '--quiet', '--coverage', lcovPath]);
const full = time('diffgate, + coverage + SARIF + JSON report', process.execPath, [
  cli, '--repo', repo, '--base', 'main', '--quiet', '--coverage', lcovPath, '--sarif', sarifPath, '--json', join(work, 'report.json'),
]);

const hasDiffCover = spawnSync('diff-cover', ['--version'], { encoding: 'utf8' }).status === 0;
if (hasDiffCover) {
  const reference = time('diff-cover (coverage only), same repo and LCOV', 'diff-cover', [lcovPath, '--compare-branch=main', '--json-report', join(work, 'diff-cover.json')], { cwd: repo });
  if (reference && full) process.stdout.write(`\ndiffgate with everything takes ${(full / reference).toFixed(2)}× diff-cover's time for coverage alone.\n`);
} else {
  process.stdout.write('\ndiff-cover is not installed (apt-get install diff-cover): comparison skipped.\n');
}
