// npm run bench: every figure of issue #16 in one run, side by side. Speed is measured here, never by
// timed assertions in tests.
//
//   startup     `--help` and `--version` next to `node -e 0`
//   coverage    a coverage-only gate next to diff-cover on the same repository and LCOV (.py files,
//               10 added lines each, 60% covered) at 200 and 2,000 changed files; each with the
//               repository's objects loose (as committed) and packed (as a checkout has them); the same
//               gate with provenance off (`--ai none`); and the floor: Node with the same git processes
//               and no work (bench/floor.mjs)
//   typical     a TS pull request: 30 files, 1,515 added lines, a 5 MB LCOV, 1,000 SARIF results
//   growth      the typical pull request at 4× and 16× (1× is `typical`)
//   huge        2,000 files, 200k added lines, a 99 MB LCOV, 100k SARIF results
//
// Each figure is the median of whole-process runs (11 for startup, 7 for coverage and the typical PR, 3 for
// the rest): wall time, CPU time (user + sys) and peak RSS from
// /usr/bin/time. CPU time and RSS are disturbed less than wall time by other work on the machine, so the
// load average is printed next to every scenario.
//
//   npm run bench                                  everything, against dist/
//   npm run bench -- --only startup,coverage       some scenarios
//   npm run bench -- --compare .tmp/dist-before    a second build measured in the same run, interleaved
//   npm run bench -- --dist .tmp/dist-x --name x   another build, labelled x
//   BENCH_SMOKE=1 npm run bench                    tiny sizes, one run each: that it runs, not how fast
//
// The generated repositories are kept in .tmp/bench/ and reused while their sizes stay the same.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SMOKE = process.env.BENCH_SMOKE === '1';
const SCENARIOS = ['startup', 'coverage', 'typical', 'growth', 'huge'];
const { values } = parseArgs({
  options: {
    only: { type: 'string', default: SCENARIOS.join(',') },
    runs: { type: 'string', default: SMOKE ? '1' : '3' },
    // The runs under two seconds (coverage only, the typical PR) are the ones this machine's noise moves most,
    // and the ones whose targets are closest: more runs for them, at a few seconds' cost.
    'short-runs': { type: 'string', default: SMOKE ? '1' : '7' },
    'startup-runs': { type: 'string', default: SMOKE ? '1' : '11' },
    dist: { type: 'string', default: 'dist' },
    compare: { type: 'string' },
    name: { type: 'string', default: 'diffgate' },
    work: { type: 'string', default: join('.tmp', SMOKE ? 'bench-smoke' : 'bench') },
  },
});
const only = new Set(values.only.split(','));
for (const name of only) if (!SCENARIOS.includes(name)) throw new Error(`bench: unknown scenario "${name}" (known: ${SCENARIOS.join(', ')})`);
const RUNS = Number(values.runs);
const SHORT_RUNS = Number(values['short-runs']);
const STARTUP_RUNS = Number(values['startup-runs']);
const work = resolve(root, values.work);
const builds = [{ name: values.compare ? 'after' : values.name, cli: resolve(root, values.dist, 'cli.js') }];
if (values.compare) builds.unshift({ name: 'before', cli: resolve(root, values.compare, 'cli.js') });
for (const build of builds) if (!existsSync(build.cli)) throw new Error(`bench: ${build.cli} does not exist; run npm run build`);

/** Sizes: the issue's, or tiny ones for the smoke run. */
const SIZES = SMOKE
  ? { coverage: [5], typical: { changedFiles: 3, addedLines: 150, projectFiles: 4, sarifResults: 20 }, growth: [], huge: null }
  : {
      coverage: [200, 2000],
      // 640 project files of 500 lines make the LCOV 5 MB; the huge one is 99 MB.
      typical: { changedFiles: 30, addedLines: 1515, projectFiles: 640, sarifResults: 1000 },
      growth: [4, 16],
      huge: { changedFiles: 2000, addedLines: 200_000, projectFiles: 11_600, sarifResults: 100_000 },
    };
const PROJECT_FILE_LINES = 500;

const TIME = '/usr/bin/time';
const hasTime = spawnSync(TIME, ['-f', '%e', 'true']).status === 0;
const hasDiffCover = spawnSync('diff-cover', ['--version'], { encoding: 'utf8' }).status === 0;

// ---------------------------------------------------------------- measuring

/** One whole-process run: wall seconds, CPU seconds (user + sys), peak RSS in MiB, exit code, stdout. */
function runOnce(command, args, options = {}) {
  // Per process: two bench runs may share the fixtures.
  const statFile = join(work, `time-${process.pid}.txt`);
  const started = process.hrtime.bigint();
  const result = hasTime
    ? spawnSync(TIME, ['-f', '%e %U %S %M', '-o', statFile, command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...options })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (!hasTime) return { wall, cpu: null, rss: null, status: result.status, stdout: result.stdout, stderr: result.stderr };
  // GNU time writes "Command exited with non-zero status N" before the figures.
  const figures = readFileSync(statFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: figures[1] + figures[2], rss: figures[3] / 1024, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const median = (numbers) => {
  const sorted = numbers.filter((n) => n !== null).sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.floor(sorted.length / 2)];
};
const load = () => loadavg()[0].toFixed(2);
const rows = [];

/**
 * Runs each command `runs` times, interleaved (a, b, a, b, …) so that a change in machine load hits
 * both alike; records the medians. `ok` says which exit codes count as a successful run.
 */
function measure(scenario, commands, runs, ok = (status) => status === 0 || status === 1) {
  const samples = commands.map(() => []);
  const loadBefore = load();
  const last = [];
  for (let run = 0; run < runs; run++) {
    commands.forEach((command, index) => {
      const result = runOnce(command.command, command.args, command.options);
      if (!ok(result.status)) {
        throw new Error(`bench: ${scenario} / ${command.label} failed (exit ${result.status}): ${String(result.stderr).slice(0, 600)}`);
      }
      samples[index].push(result);
      last[index] = result;
    });
  }
  const loadAfter = load();
  commands.forEach((command, index) => {
    const row = {
      scenario,
      label: command.label,
      wall: median(samples[index].map((s) => s.wall)),
      cpu: median(samples[index].map((s) => s.cpu)),
      rss: median(samples[index].map((s) => s.rss)),
      load: `${loadBefore}→${loadAfter}`,
      runs,
    };
    rows.push(row);
    process.stdout.write(`${formatRow(row)}\n`);
  });
  return last;
}

const seconds = (value) => (value === null ? '     n/a' : `${value.toFixed(2).padStart(7)}s`);
const mib = (value) => (value === null ? '     n/a' : `${value.toFixed(0).padStart(5)} MiB`);
function formatRow(row) {
  return `${row.scenario.padEnd(28)} ${row.label.padEnd(26)} wall ${seconds(row.wall)}  cpu ${seconds(row.cpu)}  rss ${mib(row.rss)}  load ${row.load}  (${row.runs} runs)`;
}

// ---------------------------------------------------------------- fixtures

const gitEnv = { GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.com' };
const git = (repo, args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...gitEnv } });

/** A fixture directory, made by `make` unless one with the same parameters is there already. */
function fixture(name, parameters, make) {
  const dir = join(work, name);
  const stamp = join(dir, 'parameters.json');
  const wanted = JSON.stringify(parameters);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'repo'), { recursive: true });
  process.stdout.write(`  (making fixture ${name} …)\n`);
  make(dir, join(dir, 'repo'));
  writeFileSync(stamp, wanted);
  return dir;
}

function initRepo(repo, baseFiles) {
  git(repo, ['init', '-q', '-b', 'main']);
  writeFileSync(join(repo, 'package.json'), '{ "name": "bench", "type": "module" }\n');
  baseFiles();
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'base']);
  git(repo, ['checkout', '-q', '-b', 'feature']);
}

/** Writes `files` (path → text) in two commits: the first half by a person, the second marked as AI-written. */
function commitInTwoHalves(repo, files) {
  const half = Math.floor(files.length / 2);
  for (const [from, to, message] of [
    [0, half, 'Add the first half'],
    [half, files.length, 'Add the second half\n\nCo-Authored-By: Claude <noreply@anthropic.com>'],
  ]) {
    for (const [path, text] of files.slice(from, to)) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', message]);
  }
}

/** Valid TypeScript with the shapes the rules look at (fetch, throw, JSON), `lines` lines long. */
function changedSource(index, lines) {
  const out = [];
  // Whole five-line functions only, then comment lines: a function cut short would not parse.
  for (let line = 1; line + 4 <= lines; line += 5) {
    const n = `${index}_${line}`;
    out.push(`export async function load${n}(url: string): Promise<unknown> {`);
    out.push(`  const response = await fetch(url + '${n}');`);
    out.push('  if (!response.ok) throw new Error(`HTTP ${response.status}`);');
    out.push('  return response.json();');
    out.push('}');
  }
  while (out.length < lines) out.push(`// line ${out.length + 1}`);
  return out.join('\n') + '\n';
}

const projectSource = Array.from({ length: PROJECT_FILE_LINES }, (_, i) => `export const value${i + 1} = ${i + 1};`).join('\n') + '\n';

/** An LCOV record as istanbul writes it: functions every 10 lines, DA per line, two branches every 10 lines. */
function lcovRecord(absolutePath, lines) {
  const out = ['TN:', `SF:${absolutePath}`];
  let functionsHit = 0;
  for (let line = 1; line <= lines; line += 10) out.push(`FN:${line},f${line}`);
  for (let line = 1; line <= lines; line += 10) {
    const hits = line % 3 === 0 ? 0 : 1;
    functionsHit += hits;
    out.push(`FNDA:${hits},f${line}`);
  }
  out.push(`FNF:${Math.ceil(lines / 10)}`, `FNH:${functionsHit}`);
  let branches = 0;
  let branchesHit = 0;
  for (let line = 5; line <= lines; line += 10) {
    const taken = line % 4 === 1 ? 0 : 2;
    out.push(`BRDA:${line},0,0,${taken}`, `BRDA:${line},0,1,${taken === 0 ? 1 : 0}`);
    branches += 2;
    branchesHit += 1;
  }
  out.push(`BRF:${branches}`, `BRH:${branchesHit}`);
  let covered = 0;
  for (let line = 1; line <= lines; line++) {
    const hits = line % 3 === 0 ? 0 : (line % 7) + 1;
    if (hits > 0) covered++;
    out.push(`DA:${line},${hits}`);
  }
  out.push(`LF:${lines}`, `LH:${covered}`, 'end_of_record');
  return out.join('\n') + '\n';
}

/** A TS pull request: changed files, a project around them, an LCOV of all of it and a SARIF log. */
function tsPullRequest(name, size) {
  return fixture(name, { ...size, PROJECT_FILE_LINES, version: 2 }, (dir, repo) => {
    const projectPaths = Array.from({ length: size.projectFiles }, (_, i) => `lib/p${i % 50}/module${i}.ts`);
    initRepo(repo, () => {
      for (const path of projectPaths) {
        mkdirSync(dirname(join(repo, path)), { recursive: true });
        writeFileSync(join(repo, path), projectSource);
      }
    });
    const perFile = Math.floor(size.addedLines / size.changedFiles);
    const changed = Array.from({ length: size.changedFiles }, (_, i) => {
      const lines = perFile + (i < size.addedLines % size.changedFiles ? 1 : 0);
      return [`src/m${i % 20}/file${i}.ts`, changedSource(i, lines), lines];
    });
    commitInTwoHalves(repo, changed.map(([path, text]) => [path, text]));

    const lcovParts = [];
    for (const [path, , lines] of changed) lcovParts.push(lcovRecord(join(repo, path), lines));
    for (const path of projectPaths) lcovParts.push(lcovRecord(join(repo, path), PROJECT_FILE_LINES));
    writeFileSync(join(dir, 'lcov.info'), lcovParts.join(''));

    const results = [];
    for (let i = 0; i < size.sarifResults; i++) {
      const onChanged = i % 2 === 0 || projectPaths.length === 0;
      const [path, , lines] = onChanged ? changed[(i / 2) % changed.length | 0] : [projectPaths[((i - 1) / 2) % projectPaths.length], null, PROJECT_FILE_LINES];
      results.push({
        ruleId: `bench/rule-${i % 5}`,
        level: i % 3 === 0 ? 'error' : 'warning',
        message: { text: `A benchmark finding number ${i}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: path }, region: { startLine: 1 + (i % lines) } } }],
      });
    }
    writeFileSync(join(dir, 'results.sarif'), JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'bench' } }, results }] }));
  });
}

/**
 * A Python pull request for the diff-cover comparison: `files` new files of 10 lines, 6 of them covered.
 * `repo` keeps the loose objects its commits wrote (as the issue measured); `repo-packed` is the same history
 * in one pack, as a clone or actions/checkout leaves it, with `lcov-packed.info` naming its paths.
 */
function pythonPullRequest(files) {
  return fixture(`py-${files}`, { files, version: 2 }, (dir, repo) => {
    initRepo(repo, () => writeFileSync(join(repo, 'README.md'), 'bench\n'));
    const changed = Array.from({ length: files }, (_, i) => [
      `pkg/m${i % 20}/mod${i}.py`,
      Array.from({ length: 10 }, (_, line) => `value_${line} = ${i} + ${line}`).join('\n') + '\n',
    ]);
    commitInTwoHalves(repo, changed);
    const lcov = changed.map(([path]) => {
      const lines = Array.from({ length: 10 }, (_, line) => `DA:${line + 1},${line < 6 ? 1 : 0}`);
      return ['TN:', `SF:${join(repo, path)}`, ...lines, 'LF:10', 'LH:6', 'end_of_record'].join('\n');
    });
    writeFileSync(join(dir, 'lcov.info'), lcov.join('\n') + '\n');
    const packed = join(dir, 'repo-packed');
    execFileSync('git', ['clone', '-q', '--no-local', repo, packed]);
    git(packed, ['checkout', '-q', 'feature']);
    git(packed, ['branch', '-q', '-f', 'main', 'origin/main']);
    writeFileSync(join(dir, 'lcov-packed.info'), lcov.map((record) => record.split(`SF:${repo}/`).join(`SF:${packed}/`)).join('\n') + '\n');
  });
}

// ---------------------------------------------------------------- scenarios

const diffgate = (build, args, label = build.name) => ({ label, command: process.execPath, args: [build.cli, ...args] });

function benchStartup() {
  const commands = [{ label: 'node -e 0', command: process.execPath, args: ['-e', '0'] }];
  for (const build of builds) {
    commands.push(diffgate(build, ['--help'], `${build.name} --help`), diffgate(build, ['--version'], `${build.name} --version`));
  }
  measure('startup', commands, STARTUP_RUNS, (status) => status === 0);
}

function benchCoverage() {
  for (const files of SIZES.coverage) {
    const dir = pythonPullRequest(files);
    // Loose objects, as the issue measured; then one pack, as a CI checkout has them. Git reads loose objects
    // one file each, which dominates diff-cover's time at 2,000 files; a pack is what users run on.
    for (const [suffix, repo, lcov] of [
      ['', join(dir, 'repo'), join(dir, 'lcov.info')],
      [', packed', join(dir, 'repo-packed'), join(dir, 'lcov-packed.info')],
    ]) {
      // Each build, and the last one again with provenance off (no `git log`, no blame): what the gate costs
      // without its AI-line signals, so that the table shows how much of the gap to diff-cover those signals are.
      const last = builds[builds.length - 1];
      const gates = [
        ...builds.map((build) => ({ build, label: build.name, json: `${build.name}.json`, extra: [] })),
        { build: last, label: `${last.name} --ai none`, json: `${last.name}-ai-none.json`, extra: ['--ai', 'none'] },
      ];
      const commands = gates.map(({ build, label, json, extra }) =>
        diffgate(build, ['--repo', repo, '--base', 'main', '--quiet', '--coverage', lcov, '--json', join(dir, json), ...extra], label),
      );
      // Node and diffgate's git processes with no work (bench/floor.mjs): what no build of diffgate can go below here.
      commands.push({ label: 'floor: node + git', command: process.execPath, args: [join(root, 'bench', 'floor.mjs'), repo] });
      if (hasDiffCover) {
        commands.push({ label: 'diff-cover', command: 'diff-cover', args: [lcov, '--compare-branch=main', '--json-report', join(dir, 'diff-cover.json')], options: { cwd: repo } });
      }
      measure(`coverage ${files} files${suffix}`, commands, SHORT_RUNS);
      const percents = gates.map(({ label, json }) => `${label} ${JSON.parse(readFileSync(join(dir, json), 'utf8')).coverage.changed.percent}%`);
      if (hasDiffCover) percents.push(`diff-cover ${JSON.parse(readFileSync(join(dir, 'diff-cover.json'), 'utf8')).total_percent_covered}%`);
      process.stdout.write(`  changed-line coverage: ${percents.join(', ')}\n`);
    }
  }
  if (!hasDiffCover) process.stdout.write('  diff-cover is not installed (apt-get install diff-cover): comparison skipped\n');
}

function benchPullRequest(scenario, name, size, runs = RUNS) {
  const dir = tsPullRequest(name, size);
  const lcov = join(dir, 'lcov.info');
  process.stdout.write(
    `  ${scenario}: ${size.changedFiles} files, ${size.addedLines} added lines, LCOV ${(statSync(lcov).size / 1e6).toFixed(1)} MB, ${size.sarifResults} SARIF results\n`,
  );
  const commands = builds.map((build) =>
    diffgate(build, [
      '--repo', join(dir, 'repo'), '--base', 'main', '--quiet',
      '--coverage', lcov, '--sarif', join(dir, 'results.sarif'), '--json', join(dir, `${build.name}.json`),
    ]),
  );
  measure(scenario, commands, runs);
  // Both builds must agree on what they found, or the comparison means nothing.
  const summaries = builds.map((build) => {
    const report = JSON.parse(readFileSync(join(dir, `${build.name}.json`), 'utf8'));
    return `${report.verdict}, ${report.findings.length} findings, ${report.skipped.length} skipped, coverage ${report.coverage?.changed.percent?.toFixed(2)}%`;
  });
  process.stdout.write(`  reports: ${builds.map((build, i) => `${build.name}: ${summaries[i]}`).join(' · ')}\n`);
  if (new Set(summaries).size > 1) throw new Error(`bench: ${scenario}: the builds disagree`);
  // The fixture is valid TypeScript: a skipped file means the build did not analyse (and so did less work).
  if (!summaries[0].includes(', 0 skipped,')) throw new Error(`bench: ${scenario}: files were skipped: ${summaries[0]}`);
}

const scale = (size, factor) => ({
  changedFiles: size.changedFiles * factor,
  addedLines: size.addedLines * factor,
  projectFiles: size.projectFiles * factor,
  sarifResults: size.sarifResults * factor,
});

mkdirSync(work, { recursive: true });
process.stdout.write(
  `bench: node ${process.version}, ${builds.map((b) => `${b.name} = ${b.cli}`).join(', ')}; medians of ${RUNS} runs (coverage and typical ${SHORT_RUNS}, startup ${STARTUP_RUNS})` +
    `${hasTime ? '' : '; /usr/bin/time is missing: wall time only'}\n\n`,
);
if (only.has('startup')) benchStartup();
if (only.has('coverage')) benchCoverage();
if (only.has('typical')) benchPullRequest('typical (growth 1×)', 'ts-1x', SIZES.typical, SHORT_RUNS);
if (only.has('growth')) for (const factor of SIZES.growth) benchPullRequest(`growth ${factor}×`, `ts-${factor}x`, scale(SIZES.typical, factor));
if (only.has('huge') && SIZES.huge) benchPullRequest('huge', 'ts-huge', SIZES.huge);

process.stdout.write('\nsummary (medians)\n');
for (const row of rows) process.stdout.write(`${formatRow(row)}\n`);
const startup = rows.filter((row) => row.scenario === 'startup');
const node = startup.find((row) => row.label === 'node -e 0');
for (const row of startup.filter((each) => each !== node)) {
  process.stdout.write(`  ${row.label}: ${(row.wall / node.wall).toFixed(1)}× node -e 0 wall, ${row.cpu === null ? 'n/a' : (row.cpu / node.cpu).toFixed(1)}× cpu\n`);
}
for (const row of rows.filter((each) => each.scenario.startsWith('coverage') && each.label !== 'diff-cover' && !each.label.startsWith('floor'))) {
  const reference = rows.find((each) => each.scenario === row.scenario && each.label === 'diff-cover');
  if (reference) process.stdout.write(`  ${row.scenario}, ${row.label}: diff-cover takes ${(reference.wall / row.wall).toFixed(2)}× as long (wall)\n`);
}
for (const floor of rows.filter((each) => each.label.startsWith('floor'))) {
  const reference = rows.find((each) => each.scenario === floor.scenario && each.label === 'diff-cover');
  const against = reference ? `; diff-cover takes ${(reference.wall / floor.wall).toFixed(2)}× as long as the floor` : '';
  process.stdout.write(`  ${floor.scenario}: the floor (node + diffgate's git processes, no work) is ${floor.wall.toFixed(2)} s${against}\n`);
}
