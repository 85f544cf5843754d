// Draws the harness's commit list: per repository, a seeded sample of first-parent, non-merge commits
// below the pinned head that add lines to TS/JS files, half of them AI-marked where there are enough.
//
//   node test/precision/harness/select.mjs [PER_REPO] [SEED] > test/precision/harness/commits.tsv
//
// Squash commits of pull requests (subject ending in "(#123)") are preferred: where a repository has
// enough of them, only those are drawn. "AI-marked" here is a rough look at the message (an agent's
// co-author trailer or "Generated with" line), used only to balance the draw; diffgate's own provenance
// decides what the report calls AI. Commits over MAX_ADDED added lines are left out, and so are commits
// whose diff the snapshot cannot produce (blobs missing from it).
import { spawnSync } from 'node:child_process';
import { REPOSITORIES, mirrorOf } from './repositories.mjs';
import { generator, shuffle } from './random.mjs';
import { formatTsv } from './tsv.mjs';

const [perRepoText = '46', seedText = '20261130'] = process.argv.slice(2);
const perRepo = Number(perRepoText);
const random = generator(Number(seedText));
const HISTORY = 500; // how far back below the head a commit may be drawn from
const MAX_ADDED = 3000;
const CODE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const AI_MARK = /co-authored-by:[^\n]*(?:claude|copilot|cursor|gemini|devin|codex|jules|aider|anthropic|openai|roo|cline)|generated with|🤖/i;
const SQUASH = /\(#\d+\)\s*$/;

function git(dir, args) {
  const run = spawnSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return run.status === 0 ? run.stdout : null;
}

/** Added lines of the commit, and whether any are in TS/JS; null when the snapshot cannot diff it. */
function addedLines(dir, sha) {
  const numstat = git(dir, ['diff', '--numstat', '--no-renames', `${sha}^`, sha]);
  if (numstat === null) return null;
  let total = 0;
  let code = 0;
  for (const line of numstat.split('\n')) {
    const [added, , path] = line.split('\t');
    if (!path || added === '-') continue;
    total += Number(added);
    if (CODE.test(path)) code += Number(added);
  }
  return { total, code };
}

const rows = [];
for (const { repo, head } of REPOSITORIES) {
  const dir = mirrorOf(repo);
  if (!dir) {
    console.error(`skipped ${repo}: not fetched`);
    continue;
  }
  const log = git(dir, ['log', '--first-parent', '--no-merges', `--max-count=${HISTORY}`, '--format=%H%x00%s%x00%B%x1e', head]) ?? '';
  const commits = log
    .split('\x1e')
    .map((record) => record.trim().split('\x00'))
    .filter((fields) => fields.length === 3)
    .map(([sha, subject, body]) => ({ sha, subject, marked: AI_MARK.test(body), squash: SQUASH.test(subject) }));
  const squashOnly = commits.filter((commit) => commit.squash).length >= 2 * perRepo;
  const pool = squashOnly ? commits.filter((commit) => commit.squash) : commits;
  const strata = [pool.filter((commit) => commit.marked), pool.filter((commit) => !commit.marked)].map((list) => shuffle(list, random));
  const chosen = [];
  // Alternate between the strata, so an even mix is drawn where both have enough.
  for (let turn = 0; chosen.length < perRepo && (strata[0].length > 0 || strata[1].length > 0); turn++) {
    const stratum = strata[turn % 2].length > 0 ? strata[turn % 2] : strata[(turn + 1) % 2];
    const commit = stratum.shift();
    const added = addedLines(dir, commit.sha);
    if (!added || added.code === 0 || added.total > MAX_ADDED) continue;
    chosen.push({ repo, sha: commit.sha, marked: commit.marked ? 'yes' : 'no', added: added.total, subject: commit.subject });
  }
  console.error(`${repo}: ${chosen.length} commits (${chosen.filter((c) => c.marked === 'yes').length} AI-marked) from ${pool.length}${squashOnly ? ' squash' : ''} commits`);
  rows.push(...chosen);
}
process.stdout.write(formatTsv(['repo', 'sha', 'marked', 'added', 'subject'], rows));
