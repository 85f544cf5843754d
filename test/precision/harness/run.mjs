// The precision harness: runs the built CLI (defaults, no coverage, no SARIF) on every commit of a
// commit list as if it were a pull request, and writes every finding to a TSV a person labels.
//
//   node test/precision/harness/run.mjs [--commits FILE] [--cli dist/cli.js] [--out DIR] [--labels FILE] [--jobs N] [--cached-only]
//
// Writes DIR/findings.tsv (one row per finding, with any labels already in --labels carried over by
// repository, commit, rule, path, line and fingerprint) and DIR/commits.tsv (one row per commit: analysed
// or skipped and why, verdict, added lines, AI lines, the non-pass conditions). JSON reports are kept in
// DIR/reports and reused on a second run, so an interrupted run resumes. A repository that was not
// fetched (see repositories.mjs) is skipped, and said so on stderr and in commits.tsv.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { attributeVerdict } from './attribute.mjs';
import { mirrorOf } from './repositories.mjs';
import { formatTsv, parseTsv } from './tsv.mjs';

export const FINDING_COLUMNS = ['repo', 'sha', 'rule', 'level', 'path', 'line', 'provenance', 'drives', 'message', 'fingerprint', 'label', 'reason', 'label2', 'reason2'];
export const COMMIT_COLUMNS = ['repo', 'sha', 'status', 'reason', 'verdict', 'added', 'aiAdded', 'aiCommit', 'findings', 'nonPass', 'unattributed'];

const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: 'test/precision/harness/commits.tsv' },
    cli: { type: 'string', default: 'dist/cli.js' },
    out: { type: 'string', default: '.tmp/precision-harness' },
    labels: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    // Only gather the reports already in DIR/reports (e.g. of a run that was stopped); run nothing.
    'cached-only': { type: 'boolean', default: false },
  },
});

const keyOf = (row) => [row.repo, row.sha, row.rule, row.path, row.line, row.fingerprint].join('\u0000');

function runCli(dir, sha, reportFile) {
  const args = [resolve(values.cli), '--repo', dir, '--base', `${sha}^`, '--head', sha, '--ai', 'auto', '--json', reportFile, '--quiet'];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    child.on('close', (code) => done({ code, stderr }));
  });
}

async function analyse(commit, reports) {
  const dir = mirrorOf(commit.repo);
  if (!dir) return { commit, skipped: 'repository not fetched' };
  const reportFile = join(reports, `${commit.repo.replace('/', '+')}-${commit.sha}.json`);
  // A skip is remembered beside the reports, so a second run (or --cached-only) reports it again.
  const skipFile = `${reportFile}.skipped`;
  if (existsSync(skipFile)) return { commit, skipped: readFileSync(skipFile, 'utf8').trim() };
  if (!existsSync(reportFile)) {
    if (values['cached-only']) return { commit, skipped: 'not run (--cached-only, and no report from an earlier run)' };
    const { code, stderr } = await runCli(dir, commit.sha, reportFile);
    // Exit 0 and 1 are verdicts; 2 is input the CLI could not read (here: blobs missing from a snapshot).
    if (code !== 0 && code !== 1) {
      const skipped = `exit ${code}: ${stderr.trim().split('\n')[0] ?? ''}`.slice(0, 300);
      writeFileSync(skipFile, skipped);
      return { commit, skipped };
    }
  }
  return { commit, report: JSON.parse(readFileSync(reportFile, 'utf8')) };
}

async function main() {
  const commits = parseTsv(readFileSync(values.commits, 'utf8'), values.commits).rows;
  const reports = join(values.out, 'reports');
  mkdirSync(reports, { recursive: true });
  for (const repo of new Set(commits.map((commit) => commit.repo))) {
    if (!mirrorOf(repo)) console.error(`skipped ${repo}: not fetched (no ${repo.replace('/', '+')}/repo under the mirror); its commits are listed as skipped`);
  }
  const results = new Array(commits.length);
  let next = 0;
  const worker = async () => {
    while (next < commits.length) {
      const at = next++;
      results[at] = await analyse(commits[at], reports);
      const { commit, skipped, report } = results[at];
      console.error(`${at + 1}/${commits.length} ${commit.repo} ${commit.sha.slice(0, 10)}: ${skipped ? `skipped, ${skipped}` : `${report.verdict}, ${report.findings.length} findings`}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(values.jobs)) }, worker));

  const labels = new Map();
  if (values.labels && existsSync(values.labels)) {
    for (const row of parseTsv(readFileSync(values.labels, 'utf8'), values.labels).rows) labels.set(keyOf(row), row);
  }
  const findingRows = [];
  const commitRows = [];
  for (const { commit, skipped, report } of results) {
    if (skipped) {
      commitRows.push({ repo: commit.repo, sha: commit.sha, status: 'skipped', reason: skipped });
      continue;
    }
    const { drives, unattributed } = attributeVerdict(report);
    const files = report.files ?? [];
    commitRows.push({
      repo: commit.repo,
      sha: commit.sha,
      status: 'analysed',
      verdict: report.verdict,
      added: files.reduce((sum, file) => sum + file.addedLines.length, 0),
      aiAdded: files.reduce((sum, file) => sum + (file.aiLines?.length ?? 0), 0),
      aiCommit: (report.provenance?.aiCommits ?? []).length > 0 ? 'yes' : 'no',
      findings: report.findings.length,
      nonPass: report.conditions.filter((c) => c.status === 'fail' || c.status === 'warn').map((c) => `${c.id}=${c.status}`).join(' '),
      unattributed: unattributed.join(' '),
    });
    report.findings.forEach((finding, index) => {
      const row = {
        repo: commit.repo,
        sha: commit.sha,
        rule: finding.ruleId,
        level: finding.level,
        path: finding.path,
        line: finding.startLine,
        provenance: finding.provenance,
        drives: drives[index].join(' '),
        message: finding.message,
        fingerprint: finding.fingerprint,
      };
      const labelled = labels.get(keyOf({ ...row, line: String(row.line) }));
      findingRows.push({ ...row, label: labelled?.label, reason: labelled?.reason, label2: labelled?.label2, reason2: labelled?.reason2 });
    });
  }
  writeFileSync(join(values.out, 'findings.tsv'), formatTsv(FINDING_COLUMNS, findingRows));
  writeFileSync(join(values.out, 'commits.tsv'), formatTsv(COMMIT_COLUMNS, commitRows));
  const analysed = commitRows.filter((row) => row.status === 'analysed').length;
  console.error(`${analysed} of ${commitRows.length} commits analysed, ${findingRows.length} findings; wrote ${values.out}/findings.tsv and commits.tsv`);
}

await main();
