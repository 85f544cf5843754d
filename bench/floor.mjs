// The floor of a coverage-only gate on this machine: Node starting, and the git processes diffgate starts
// for one, with the same arguments and in the same order, their output read whole and never parsed. No
// module of diffgate is loaded and nothing is computed. What a run costs above this is diffgate's own work.
//
//   node bench/floor.mjs <repository> [base]      (base defaults to main; head is HEAD)
//
// The git processes, as src/ starts them for a change with two commits that disagree (bench/RESULTS.md):
// one `cat-file --batch` for the whole run (refs, the policy file, files at head); `merge-base`; then
// `ls-tree` (tracked paths), `log` (the range's commits) and `diff` at the same time; and after the diff,
// `log --name-status` (which commits touched which path). Keep it in step with src/ when that changes.
import { spawn } from 'node:child_process';

const [repo, baseRef = 'main'] = process.argv.slice(2);
if (!repo) {
  process.stderr.write('usage: node bench/floor.mjs <repository> [base]\n');
  process.exit(2);
}

/** Runs git to the end and resolves with its stdout. */
function git(args) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`git ${args[0]} exited ${code}`))));
  });
}

// The run's cat-file: asked for the two commits (as diffgate resolves its refs), then kept open to the end.
const catFile = spawn('git', ['cat-file', '--batch'], { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'] });
const catOutput = [];
catFile.stdout.on('data', (chunk) => catOutput.push(chunk));
catFile.stderr.resume();
const refsAnswered = new Promise((resolve, reject) => {
  const check = () => {
    const text = Buffer.concat(catOutput).toString('latin1');
    // cat-file answers a name it cannot resolve with `<name> missing` (or `ambiguous`), and keeps running.
    const unknown = /^(.*) (missing|ambiguous)$/m.exec(text);
    if (unknown) reject(new Error(`floor: ${unknown[1]} is ${unknown[2]} in ${repo}`));
    const headers = [...text.matchAll(/^([0-9a-f]{40,64}) commit (\d+)$/gm)];
    if (headers.length >= 2) {
      catFile.stdout.off('data', check);
      resolve(headers.map((header) => header[1]));
    }
  };
  catFile.stdout.on('data', check);
  catFile.on('close', () => reject(new Error(`floor: git cat-file ended before naming both commits (is ${repo} a repository?)`)));
});
catFile.stdin.write(`${baseRef}\nHEAD\n`);
const [base, head] = await refsAnswered.catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
});

const mergeBase = (await git(['merge-base', base, head])).trim();
const range = `${mergeBase}..${head}`;
const listed = git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', head]);
const history = git(['log', '-z', '--reverse', '--no-mailmap', '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1f%B', range]);
await git([
  '-c', 'core.quotePath=true', '-c', 'diff.suppressBlankEmpty=false', 'diff', '--no-color', '--no-ext-diff', '--no-textconv',
  '--no-relative', '--src-prefix=a/', '--dst-prefix=b/', '--unified=3', '--inter-hunk-context=0', '--diff-algorithm=myers',
  '--indent-heuristic', '--find-renames', '--find-copies', '--find-copies-harder', '-l1000', '--submodule=short',
  '--ignore-submodules=none', '--end-of-options', mergeBase, head, '--',
]);
await Promise.all([listed, history]);
await git(['log', '-z', '--no-renames', '--no-merges', '--format=%x01%H', '--name-status', range]);
catFile.stdin.end();
