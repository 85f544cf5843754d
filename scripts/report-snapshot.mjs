// Behaviour check for refactors: runs the built CLI (dist/cli.js) on the demo and on a fixed sample
// of real commits of fetched repositories, and writes every JSON report (and the markdown summary)
// into one folder. Run it before and after a change and compare the folders byte for byte:
//
//   node scripts/report-snapshot.mjs .tmp/snap-before         # on the old code (npm run build first)
//   node scripts/report-snapshot.mjs .tmp/snap-after          # on the new code
//   node scripts/report-snapshot.mjs --compare .tmp/snap-before .tmp/snap-after
//
// The repositories are read from /work/.mirror (or DIFFGATE_MIRROR): bare clones brought by the
// session's fetch tool. A repository that is absent is skipped and said so. No code of theirs is
// committed; only the commit SHAs the sample starts from are.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mirror = process.env.DIFFGATE_MIRROR ?? '/work/.mirror';
const perRepo = Number(process.env.SNAPSHOT_COMMITS ?? '20');

// Where each sample starts: the first-parent history below these commits, merges left out.
const SAMPLE = [
  { name: 'sindresorhus+ky', head: '3419113b48e034fdcf8fa6bd3be3da7b3d0d758f' },
  { name: 'google-gemini+gemini-cli', head: '5411f113cafae26161b4969b0237b8e1e024e2c2' },
  { name: 'cline+cline', head: '21cb8d2525bcedf1f4b6890b27a74a14fe7451e4' },
];

function git(repo, args) {
  const run = spawnSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr.trim()}`);
  return run.stdout;
}

function snapshot(outDir) {
  mkdirSync(outDir, { recursive: true });
  const cli = join(root, 'dist', 'cli.js');
  for (const { name, head } of SAMPLE) {
    const repo = join(mirror, name, 'repo');
    if (!existsSync(repo)) {
      console.log(`skipped ${name}: not fetched (${repo} is absent)`);
      continue;
    }
    const shas = git(repo, ['rev-list', '--first-parent', '--no-merges', `--max-count=${perRepo}`, head]).trim().split('\n');
    for (const sha of shas) {
      const base = join(outDir, `${name}-${sha.slice(0, 12)}`);
      const run = spawnSync(
        process.execPath,
        [cli, '--repo', repo, '--base', `${sha}^`, '--head', sha, '--ai', 'auto', '--json', `${base}.json`, '--markdown', `${base}.md`, '--quiet'],
        { encoding: 'utf8' },
      );
      console.log(`${name} ${sha.slice(0, 12)}: exit ${run.status}${run.stderr ? ` — ${run.stderr.trim().split('\n')[0]}` : ''}`);
    }
  }
  // The demo: real ESLint SARIF and real vitest coverage on a repository it builds.
  const demo = spawnSync(process.execPath, [join(root, 'scripts', 'demo.mjs')], { cwd: root, encoding: 'utf8' });
  const demoOut = join(root, '.tmp', 'demo', 'out');
  if (demo.status === 0 && existsSync(join(demoOut, 'report.json'))) {
    for (const file of ['report.json', 'summary.md', 'diffgate.sarif']) copyFileSync(join(demoOut, file), join(outDir, `demo-${file}`));
    console.log('demo: written');
  } else {
    console.log(`demo: failed (exit ${demo.status}): ${(demo.stderr || demo.stdout).trim().split('\n').slice(-3).join(' | ')}`);
  }
}

function compare(before, after) {
  const names = new Set([...readdirSync(before), ...readdirSync(after)]);
  let differing = 0;
  for (const name of [...names].sort()) {
    const a = existsSync(join(before, name)) ? readFileSync(join(before, name)) : null;
    const b = existsSync(join(after, name)) ? readFileSync(join(after, name)) : null;
    if (a === null || b === null || !a.equals(b)) {
      differing += 1;
      console.log(`differs: ${name}${a === null ? ' (only after)' : b === null ? ' (only before)' : ''}`);
    }
  }
  console.log(`${names.size} files compared, ${differing} differ`);
  return differing === 0;
}

const args = process.argv.slice(2);
if (args[0] === '--compare' && args.length === 3) {
  process.exitCode = compare(args[1], args[2]) ? 0 : 1;
} else if (args.length === 1) {
  snapshot(args[0]);
} else {
  console.error('usage: node scripts/report-snapshot.mjs OUTDIR | --compare BEFORE AFTER');
  process.exitCode = 2;
}
