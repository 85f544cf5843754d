// The precision study's measuring script: replays real commits of a repository as pull requests and
// runs every analysis rule on each commit's added lines, writing the findings as JSON lines.
//
//   PRECISION_REPO=/path/to/repo.git PRECISION_COMMITS=150 PRECISION_OUT=.tmp/precision/ky.jsonl \
//     npx vitest run --config test/precision/vitest.config.ts
//
// With PRECISION_GLOB=<minimatch glob> it instead treats every file at HEAD matching the glob as
// added in full (one pull request adding them all): the way to put many real tests under the test rules.
// PRECISION_ANALYSIS_CONFIG holds the repository's `analysis:` settings as JSON (default: none).
//
// Not a test of diffgate (it asserts only that the run produced output); it lives here so the study
// can be repeated with exactly the code under study. See test/precision/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { minimatch } from 'minimatch';
import { expect, it } from 'vitest';
import type { ChangedFile } from '../../src/model.js';
import { analysisConfigSchema } from '../../src/analysis/config.js';
import { analyzeChanges } from '../../src/analysis/index.js';
import { isAnalysedPath } from '../../src/analysis/parse.js';
import { collectChangedFiles, listTrackedFiles, readFileAtRevision, type DiffRange } from '../../src/diff/index.js';
import { runGit } from '../../src/git/run.js';
import { repoPath, sha } from '../helpers/ids.js';

const repo = process.env.PRECISION_REPO ?? '';
const commitCount = Number(process.env.PRECISION_COMMITS ?? '100');
const out = process.env.PRECISION_OUT ?? '.tmp/precision/findings.jsonl';
const glob = process.env.PRECISION_GLOB ?? '';
// The repository's `analysis:` settings as JSON, e.g. '{"test-globs":["src/**/test.ts"]}' for date-fns.
const config = analysisConfigSchema.parse(JSON.parse(process.env.PRECISION_ANALYSIS_CONFIG ?? '{}'));

async function analyzeCommit(range: DiffRange, files: ChangedFile[], found: string[], skipped: string[]): Promise<void> {
  const { head } = range;
  // The gate's own analysis stage, all rules of the registry, every added line taken as AI-written.
  const result = await analyzeChanges({ repo, range, files, provenance: () => 'ai', config, coverage: null });
  for (const entry of result.skipped) skipped.push(`${head.slice(0, 9)} ${entry.path}: ${entry.reason}`);
  for (const finding of result.findings) {
    found.push(JSON.stringify({ commit: head.slice(0, 9), rule: finding.ruleId, path: finding.path, line: finding.startLine, endLine: finding.endLine, message: finding.message }));
  }
}

function wholeFile(path: string, text: string): ChangedFile {
  const addedLines = text.split('\n').map((_, index) => index + 1);
  return { path: repoPath(path), oldPath: null, status: 'added', addedLines, hunks: [{ start: 1, end: addedLines.length }], binary: false, submodule: false, modeOnly: false };
}

it.skipIf(!repo || !glob)(`treats the files matching ${glob || '(set PRECISION_GLOB)'} in ${repo} as added`, async () => {
  const head = sha((await runGit(repo, ['rev-parse', 'HEAD'])).trim());
  const paths = (await listTrackedFiles(repo, head)).filter((path) => isAnalysedPath(path) && minimatch(path, glob, { dot: true }));
  const files: ChangedFile[] = [];
  for (const path of paths) {
    const content = await readFileAtRevision(repo, head, path);
    if (content) files.push(wholeFile(path, content.toString('utf8')));
  }
  const found: string[] = [];
  const skipped: string[] = [];
  // Every file is taken as added: there is no base, and the analysis reads the head only.
  await analyzeCommit({ base: head, head }, files, found, skipped);
  write(found, skipped);
  expect(files.length).toBeGreaterThan(0);
});

it.skipIf(!repo || !!glob)(`replays ${commitCount} commits of ${repo || '(set PRECISION_REPO)'}`, async () => {
  // Non-merge commits with one parent, newest first: each is a pull request of its own.
  const commits = (await runGit(repo, ['rev-list', '--no-merges', '--max-parents=1', `--max-count=${commitCount}`, 'HEAD'])).trim().split('\n');
  const found: string[] = [];
  const skipped: string[] = [];
  for (const head of commits) {
    const base = (await runGit(repo, ['rev-parse', `${head}^`])).trim();
    let files: ChangedFile[];
    try {
      files = await collectChangedFiles(repo, { base: sha(base), head: sha(head) });
    } catch (error) {
      // The mirror may lack a commit's large blobs; the commit is left out and listed.
      skipped.push(`${head.slice(0, 9)} (whole commit): ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const analysed = files.filter((file) => file.status !== 'deleted' && !file.binary && file.addedLines.length > 0 && isAnalysedPath(file.path));
    if (analysed.length > 0) await analyzeCommit({ base: sha(base), head: sha(head) }, analysed, found, skipped);
  }
  write(found, skipped);
  expect(commits.length).toBeGreaterThan(0);
});

function write(found: string[], skipped: string[]): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, found.join('\n') + (found.length ? '\n' : ''));
  writeFileSync(out.replace(/\.jsonl$/, '.skipped.txt'), skipped.join('\n') + '\n');
}
