#!/usr/bin/env node
// Measures provenance attribution on real histories against hand labels (labels.json here).
//
//   node test/provenance/real/measure.mjs                 # the table for docs/provenance.md
//   node test/provenance/real/measure.mjs --src /work/main/src   # the same with another checkout's code
//   node test/provenance/real/measure.mjs sample <owner+name>     # commits to label by hand
//
// The repositories are bare clones under /work/.mirror (or DIFFGATE_MIRROR), brought by the
// session's fetch tool; one that is absent is skipped and said so. Each labelled commit is
// attributed as its own range (first parent..commit), the way a squash-merged pull request
// reaches a default branch. `marked` means a person read the commit and found a known agent's
// mark (author, committer, co-author trailer or footer); `unmarked` means none.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModule } from '../../../scripts/provenance-census.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const mirror = process.env.DIFFGATE_MIRROR ?? '/work/.mirror';
const labels = JSON.parse(readFileSync(join(here, 'labels.json'), 'utf8'));

function git(repo, args) {
  const run = spawnSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr.trim()}`);
  return run.stdout;
}

export function repoDir(name) {
  return join(mirror, name, 'repo');
}

// Anything that might be an agent's mark, deliberately broader than the catalogue, so that the
// sample also holds what the catalogue misses (and bots that are not agents).
const MAYBE_AGENT =
  /\[bot\]|noreply@(?!github\.com)|agent|aider|claude|copilot|cursor|codex|devin|jules|openhands|opendevin|generated (?:with|by)|continue|roomote|roo code|cline-(?:cloud|agent)|gemini/i;

/** The lines of a commit a person reads to label it: author, committer, trailers and footers. */
function markLines(author, committer, message) {
  const marks = message.split('\n').filter((line) => /^co-authored-by:|^[a-z-]+-(?:by|with):/i.test(line) || /generated (?:with|by)/i.test(line));
  return [`author: ${author}`, `committer: ${committer}`, ...marks.map((line) => line.trim())];
}

function evenly(items, count) {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, index) => items[Math.round((index * (items.length - 1)) / (count - 1))]);
}

/**
 * Commits to label, from the last 3000 first-parent commits: up to two per kind of possible mark
 * (the first line that looks like one, with digits and versions folded), so that rare agents are
 * in the sample too, then six commits with nothing that looks like a mark.
 */
function sample(name) {
  const repo = repoDir(name);
  const log = git(repo, ['log', '-z', '--first-parent', '--no-merges', '--max-count=3000', '--format=%H%x1f%an <%ae>%x1f%cn <%ce>%x1f%B', 'HEAD']);
  const byKind = new Map();
  const others = [];
  for (const entry of log.split('\0')) {
    const [sha, author, committer, message = ''] = entry.replace(/^\n/, '').split('\x1f');
    if (!sha) continue;
    const lines = markLines(author, committer, message);
    // The kind is named by a trailer or footer first: an author's address may only say where a person works.
    const first = [...lines.slice(2), ...lines.slice(0, 2)].find((line) => MAYBE_AGENT.test(line));
    const item = { sha, subject: message.split('\n')[0], lines };
    if (!first) {
      others.push(item);
      continue;
    }
    const kind = first.replace(/^[a-z-]+: /i, '').replace(/\d+/g, '#').toLowerCase();
    byKind.set(kind, [...(byKind.get(kind) ?? []), item]);
  }
  const chosen = [...byKind.values()].sort((a, b) => b.length - a.length).flatMap((items) => evenly(items, 2));
  for (const [kind, list] of [
    ['candidate', chosen.slice(0, 16)],
    ['other', evenly(others, 6)],
  ]) {
    for (const item of list) process.stdout.write(`${kind} ${item.sha} ${item.subject}\n${item.lines.map((line) => `    ${line}`).join('\n')}\n`);
  }
}

/**
 * The commit's changed files, from a plain `git diff` (the gate's own diff also looks for copies
 * among unchanged files, which reads blobs a snapshot may lack). Snapshots lack blobs of 4 MiB
 * and more (lock files, fixtures): such paths are left out, which only shrinks the line counts,
 * never the commit's signals.
 */
function changedFiles(engine, repo, range) {
  const raw = git(repo, ['diff', '--raw', '-z', '--no-renames', '--no-abbrev', range.base, range.head]).split('\0');
  const missing = [];
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const [, , oldBlob, newBlob] = raw[index].split(' ');
    const path = raw[index + 1];
    const absent = [oldBlob, newBlob].some((blob) => !/^0+$/.test(blob) && spawnSync('git', ['--git-dir', repo, 'cat-file', '-e', blob]).status !== 0);
    if (absent) missing.push(path);
  }
  const excluded = missing.map((path) => `:(exclude,literal)${path}`);
  const diff = git(repo, ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', '--unified=0', '--find-renames', range.base, range.head, '--', '.', ...excluded]);
  return engine.parseUnifiedDiff(diff);
}

/** Attributes every labelled commit of one repository; returns the rows of its table. */
export async function measureRepository(engine, entry) {
  const repo = repoDir(entry.repo);
  const rows = [];
  for (const label of entry.commits) {
    const parent = git(repo, ['rev-parse', `${label.sha}^1`]).trim();
    const range = { base: parent, head: label.sha };
    const files = await changedFiles(engine, repo, range);
    const result = await engine.attributeProvenance({ repo, range, files, mode: 'auto', config: engine.defaultConfig(), pullRequest: null });
    const flagged = result.aiCommits.some((commit) => commit.sha === label.sha);
    rows.push({ ...label, flagged, ai: result.counts.ai, ids: result.aiCommits.flatMap((commit) => commit.signals.map((signal) => signal.id)) });
  }
  return rows;
}

async function loadEngine(src) {
  const root = join(here, '..', '..', '..');
  const base = src ?? join(root, 'src');
  return bundleModule(
    `export { attributeProvenance } from ${JSON.stringify(join(base, 'provenance/index.ts'))};
     export { parseUnifiedDiff } from ${JSON.stringify(join(base, 'diff/index.ts'))};
     import { provenanceConfigSchema } from ${JSON.stringify(join(base, 'provenance/config.ts'))};
     export const defaultConfig = () => provenanceConfigSchema.parse({});`,
    root,
  );
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === 'sample') return sample(args[1]);
  const srcAt = args.indexOf('--src');
  const engine = await loadEngine(srcAt === -1 ? undefined : args[srcAt + 1]);
  process.stdout.write('| repository | marked commits found | unmarked commits flagged | agent-like, not catalogued, flagged | misses |\n|---|---|---|---|---|\n');
  for (const entry of labels.repositories) {
    if (!existsSync(repoDir(entry.repo))) {
      process.stdout.write(`| ${entry.repo} | skipped: ${repoDir(entry.repo)} absent | | | |\n`);
      continue;
    }
    const all = await measureRepository(engine, entry);
    for (const row of all.filter((row) => row.error)) process.stderr.write(`${entry.repo} ${row.sha}: not measured: ${row.error}\n`);
    const rows = all.filter((row) => !row.error);
    const marked = rows.filter((row) => row.label === 'marked');
    const unmarked = rows.filter((row) => row.label === 'unmarked');
    const unlisted = rows.filter((row) => row.label === 'unlisted');
    const misses = rows.filter((row) => (row.label === 'marked') !== row.flagged).map((row) => `${row.sha.slice(0, 10)} (${row.label})`);
    const count = (list) => `${list.filter((row) => row.flagged).length} / ${list.length}`;
    process.stdout.write(`| ${entry.repo} | ${count(marked)} | ${count(unmarked)} | ${unlisted.length > 0 ? count(unlisted) : '–'} | ${misses.join(', ') || 'none'} |\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
