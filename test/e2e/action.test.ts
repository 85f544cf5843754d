// End to end: the BUILT action (dist/index.js) run the way the Actions runner runs it — INPUT_*
// variables, a real pull_request payload from @octokit/webhooks-examples rewritten to a real git
// repository, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, and GITHUB_API_URL pointing at the local GitHub
// emulator, which validates every request against GitHub's OpenAPI description.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubEmulator } from '../helpers/github-emulator.js';
import { makeRepo, PERSON, removeRepos, type TestRepo } from '../helpers/repo.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OWNER = 'octo-org';
const REPO = 'octo-repo';
const PR_NUMBER = 42;
const ADDED_LINES = 130;
const MARKER = '<!-- diffgate:diffgate -->';

let emulator: GitHubEmulator;
let repo: TestRepo;
let base: string;
let head: string;
let scratch: string;

interface StepResult {
  exitCode: number;
  stdout: string;
  /** Shown when an exit code is unexpected (a crash prints its stack here). */
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** `name<<delimiter` blocks as @actions/core writes them to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/** A real pull_request payload, with its SHAs, number and repository replaced by the test's. */
function pullRequestPayload(): object {
  const require = createRequire(import.meta.url);
  const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Record<string, unknown>[] }[];
  const example = examples.find((entry) => entry.name === 'pull_request')!.examples.find((payload) => payload['action'] === 'opened')!;
  const payload = structuredClone(example) as {
    number: number;
    pull_request: { number: number; base: { sha: string; ref: string; repo: Record<string, unknown> }; head: { sha: string; ref: string; repo: Record<string, unknown> } };
    repository: Record<string, unknown> & { owner: Record<string, unknown> };
  };
  const repository = { ...payload.repository, name: REPO, full_name: `${OWNER}/${REPO}`, owner: { ...payload.repository.owner, login: OWNER } };
  payload.number = PR_NUMBER;
  payload.repository = repository;
  payload.pull_request.number = PR_NUMBER;
  payload.pull_request.base = { ...payload.pull_request.base, sha: base, ref: 'main', repo: repository };
  payload.pull_request.head = { ...payload.pull_request.head, sha: head, ref: 'feature', repo: repository };
  return payload;
}

/** A real payload of another event from @octokit/webhooks-examples, for the test's repository. */
function examplePayload(name: 'merge_group' | 'workflow_run'): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Record<string, unknown>[] }[];
  const payload = structuredClone(examples.find((entry) => entry.name === name)!.examples[0]!) as Record<string, Record<string, unknown>>;
  payload['repository'] = { ...payload['repository'], name: REPO, full_name: `${OWNER}/${REPO}` };
  if (name === 'merge_group') payload['merge_group'] = { ...payload['merge_group'], base_sha: base, head_sha: head };
  else payload['workflow_run'] = { ...payload['workflow_run'], head_sha: head, event: 'pull_request', pull_requests: [] };
  return payload;
}

/** A SARIF log with one result per added line, at the given level. */
function writeSarif(name: string, level: 'error' | 'warning' | 'note'): string {
  const results = Array.from({ length: ADDED_LINES }, (_, index) => ({
    ruleId: `demo/rule-${index % 5}`,
    level,
    message: { text: `Result ${index} on an added line @someone <script>x</script>\n::warning::injected` },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'src/app.ts' }, region: { startLine: index + 4 } } }],
  }));
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{ tool: { driver: { name: 'DemoScanner', rules: [0, 1, 2, 3, 4].map((rule) => ({ id: `demo/rule-${rule}` })) } }, results }],
  };
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(log));
  return path;
}

/** Runs `node dist/index.js` as the runner does; the emulator answers while the child runs. */
function runAction(
  inputs: Record<string, string>,
  event: { name: string; payload: object } = { name: 'pull_request', payload: pullRequestPayload() },
): Promise<StepResult> {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const eventPath = join(scratch, `event-${stamp}.json`);
  const outputPath = join(scratch, `output-${stamp}`);
  const summaryPath = join(scratch, `summary-${stamp}.md`);
  writeFileSync(eventPath, JSON.stringify(event.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? tmpdir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: emulator.url,
    GITHUB_SHA: head,
    // The runner keeps dashes in input names and uppercases them: INPUT_GITHUB-TOKEN.
    'INPUT_GITHUB-TOKEN': 'ghs_emulatedtoken',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'dist', 'index.js')], { cwd: repo.dir, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ exitCode: code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') });
    });
  });
}

function stickyComments() {
  return (emulator.comments.get(PR_NUMBER) ?? []).filter((comment) => comment.body.startsWith(MARKER));
}

beforeAll(async () => {
  // The build writes dist/; engineers share the tree, so one build at a time.
  execFileSync('flock', ['/tmp/build.lock', 'npm', 'run', 'build', '--silent'], { cwd: root, stdio: 'pipe' });
  emulator = await GitHubEmulator.start(OWNER, REPO);
  scratch = mkdtempSync(join(tmpdir(), 'diffgate-e2e-'));
  repo = makeRepo();
  repo.write({ 'README.md': '# demo\n', 'src/app.ts': 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n' });
  base = repo.commit('base');
  repo.checkout('feature', true);
  const added = Array.from({ length: ADDED_LINES }, (_, index) => `export const value${index} = ${index};`);
  repo.write({ 'src/app.ts': `export const a = 1;\nexport const b = 2;\nexport const c = 3;\n${added.join('\n')}\n` });
  head = repo.commit('add values');
}, 300_000);

afterAll(async () => {
  await emulator?.close();
  removeRepos();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

afterEach(() => {
  // Any request GitHub would refuse fails the test.
  expect(emulator.problems()).toEqual([]);
});

describe('the built action against the GitHub emulator', () => {
  it('fails the step on a failing verdict: one check run with >100 annotations in batches of ≤50, one sticky comment past 100 others, a retry after a 502', async () => {
    emulator.reset();
    for (let index = 0; index < 120; index += 1) emulator.addComment(PR_NUMBER, `review chatter ${index}`);
    emulator.fail({ operationId: 'checks/create', status: 502, message: 'Bad Gateway' });

    const step = await runAction({ sarif: writeSarif('errors.sarif', 'error') });

    expect(step.outputs['verdict'], step.stderr).toBe('fail');
    expect(step.exitCode, step.stderr).toBe(1);
    expect(step.stdout).toMatch(/^::error::diffgate: the gate failed/m);
    expect(Number(step.outputs['findings'])).toBeGreaterThanOrEqual(ADDED_LINES);

    expect(emulator.requestsFor('checks/create').map((request) => request.status)).toEqual([502, 201]);
    expect(emulator.checkRuns).toHaveLength(1);
    const run = emulator.checkRuns[0]!;
    expect(run).toMatchObject({ name: 'diffgate', head_sha: head, status: 'completed', conclusion: 'failure' });
    expect(run.annotations.length).toBeGreaterThan(100);
    expect(run.annotations.length).toBe(Number(step.outputs['findings']));
    expect(Math.max(...run.annotationBatches)).toBeLessThanOrEqual(50);
    expect(run.annotationBatches.filter((size) => size > 0).length).toBeGreaterThanOrEqual(3);
    expect(step.outputs['check-run-id']).toBe(String(run.id));
    // The log: one group per stage with its counts, the summary, and where the results went.
    // One group per stage, each with its counts and the time it took.
    for (const stage of ['diff', 'provenance', 'analysis', 'evidence', 'policy']) expect(step.stdout).toMatch(new RegExp(`^::group::${stage}: .* \\(\\d+\\.\\d s\\)$`, 'm'));
    expect(step.stdout).toMatch(/^::group::diff: 1 file, 130 added lines \(\d+\.\d s\)$/m);
    expect(step.stdout).toMatch(new RegExp(`^base: ${base.slice(0, 7)}, merge-base ${base.slice(0, 7)}; head ${head.slice(0, 7)}$`, 'm'));
    expect(step.stdout).toMatch(/^diffgate: FAIL /m);
    expect(step.stdout).toContain(`diffgate: check run: ${'https://github.com'}/${OWNER}/${REPO}/runs/${run.id}`);

    expect(stickyComments()).toHaveLength(1);
    expect(emulator.comments.get(PR_NUMBER)).toHaveLength(121);
    // Untrusted SARIF text is escaped in the posted Markdown: no live HTML, no @mention.
    expect(stickyComments()[0]!.body).not.toContain('<script>');
    expect(stickyComments()[0]!.body).not.toMatch(/(^|[^`\w])@someone/);
    expect(emulator.requestsFor('issues/list-comments').length).toBeGreaterThanOrEqual(2);
    expect(step.outputs['comment-url']).toContain(`#issuecomment-${stickyComments()[0]!.id}`);
    expect(step.summary).toContain('diffgate');
    expect(readFileSync(step.outputs['report-path']!, 'utf8')).toContain('"schemaVersion": 1');
  });

  it('edits the sticky comment on a second run instead of adding one', async () => {
    const before = stickyComments()[0]!;
    const step = await runAction({ sarif: writeSarif('errors.sarif', 'error') });
    expect(step.exitCode, step.stderr).toBe(1);
    const after = stickyComments();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before.id);
    expect(emulator.requestsFor('issues/create-comment')).toHaveLength(1);
    // The body is unchanged (same verdict), so nothing needed editing; a different verdict edits it below.
    const passing = await runAction({ sarif: writeSarif('notes.sarif', 'note') });
    expect(passing.exitCode, passing.stderr).toBe(0);
    expect(stickyComments()).toHaveLength(1);
    expect(stickyComments()[0]!.edits).toBe(1);
    expect(emulator.requestsFor('issues/create-comment')).toHaveLength(1);
  });

  it('passes the step exactly when the verdict is not fail', async () => {
    emulator.reset();
    const step = await runAction({ sarif: writeSarif('notes.sarif', 'note') });
    expect(['pass', 'warn']).toContain(step.outputs['verdict']);
    expect(step.exitCode, step.stderr).toBe(0);
    expect(step.stdout).not.toMatch(/^::error::/m);
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: step.outputs['verdict'] === 'pass' ? 'success' : 'neutral' });
  });

  it('falls back to workflow annotations within the per-step caps when check runs are forbidden (403)', async () => {
    emulator.reset();
    emulator.fail({ operationId: 'checks/create', status: 403, message: 'Resource not accessible by integration', times: Infinity });
    const step = await runAction({ sarif: writeSarif('errors.sarif', 'error') });
    expect(step.exitCode, step.stderr).toBe(1);
    expect(emulator.checkRuns).toEqual([]);
    expect(step.stdout).toMatch(/^::warning::cannot create the check run: the token lacks permission: grant `checks: write`/m);
    // GitHub shows 10 errors per step, the step's own ::error included: 9 findings, then the failure.
    const lines = step.stdout.split('\n');
    const errorAnnotations = lines.filter((line) => line.startsWith('::error file=src/app.ts,'));
    expect(errorAnnotations).toHaveLength(9);
    expect(lines.filter((line) => line.startsWith('::error'))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('::warning')).length).toBeLessThanOrEqual(10);
    expect(lines.filter((line) => line.startsWith('::notice')).length).toBeLessThanOrEqual(10);
    expect(lines.filter((line) => /^::notice::diffgate: 121 more errors not shown as annotations: they are in the job summary/.test(line))).toHaveLength(1);
    // No check run exists: nothing points the reader to one.
    expect(step.stdout).not.toMatch(/see the check run/);
    expect(step.stdout).toMatch(/^diffgate: check run: none \(the token could not create or complete it; see the warning above\); 9 findings shown as workflow annotations instead$/m);
    // Untrusted SARIF text stays data: a newline in a message cannot start a workflow command of its own.
    expect(step.stdout).not.toMatch(/^::warning::injected/m);
    expect(stickyComments()).toHaveLength(1);
    expect(step.summary.length).toBeGreaterThan(0);
  });

  it('completes the check run as a failure when diffgate itself cannot run', async () => {
    emulator.reset();
    const step = await runAction({ sarif: join(scratch, 'missing.sarif'), config: 'no/such/diffgate.yml' });
    expect(step.exitCode, step.stderr).toBe(1);
    expect(step.stdout).toMatch(/^::error::.*no\/such\/diffgate\.yml/m);
    expect(step.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toHaveLength(1);
    expect(emulator.checkRuns).toHaveLength(1);
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('two-workflow mode: analyze posts nothing; publish on workflow_run validates the artifact and posts', async () => {
    emulator.reset();
    const artifact = mkdtempSync(join(scratch, 'artifact-'));
    const reportPath = join(artifact, 'diffgate-report.json');
    const analyzed = await runAction({ sarif: writeSarif('errors.sarif', 'error'), mode: 'analyze', 'report-path': reportPath, 'github-token': '' });
    expect(analyzed.exitCode, analyzed.stderr).toBe(0);
    expect(analyzed.outputs['verdict']).toBe('fail');
    expect(emulator.requests).toEqual([]);
    expect(JSON.parse(readFileSync(join(artifact, 'diffgate-pull-request.json'), 'utf8'))).toEqual({ number: PR_NUMBER, headSha: head });

    // The publish workflow runs trusted code from the default branch, with the report as data.
    emulator.addPullRequest(PR_NUMBER, head);
    const published = await runAction({ mode: 'publish', 'report-path': reportPath }, { name: 'workflow_run', payload: examplePayload('workflow_run') });
    expect(published.exitCode, published.stderr).toBe(1);
    expect(published.outputs['verdict']).toBe('fail');
    expect(emulator.checkRuns).toHaveLength(1);
    expect(emulator.checkRuns[0]).toMatchObject({ head_sha: head, status: 'completed', conclusion: 'failure' });
    expect(emulator.checkRuns[0]!.annotations.length).toBeGreaterThan(100);
    expect(emulator.requestsFor('pulls/get')).toHaveLength(1);
    expect(stickyComments()).toHaveLength(1);
  });

  it('publish refuses a report about another commit and still completes its check run', async () => {
    emulator.reset();
    emulator.addPullRequest(PR_NUMBER, head);
    const artifact = mkdtempSync(join(scratch, 'artifact-'));
    const reportPath = join(artifact, 'diffgate-report.json');
    await runAction({ sarif: writeSarif('notes.sarif', 'note'), mode: 'analyze', 'report-path': reportPath, 'github-token': '' });
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { head: string };
    writeFileSync(reportPath, JSON.stringify({ ...report, head: base }));
    const published = await runAction({ mode: 'publish', 'report-path': reportPath }, { name: 'workflow_run', payload: examplePayload('workflow_run') });
    expect(published.exitCode, published.stderr).toBe(1);
    expect(published.stdout).toMatch(/^::error::the report is for commit [0-9a-f]{12} but the workflow run tested [0-9a-f]{12}: refusing to publish it/m);
    expect(emulator.checkRuns[0]).toMatchObject({ head_sha: head, status: 'completed', conclusion: 'failure' });
    expect(emulator.requestsFor('issues/create-comment')).toEqual([]);
  });

  it('merge_group: a check run on the merge group head, no comment', async () => {
    emulator.reset();
    const step = await runAction({ sarif: writeSarif('notes.sarif', 'note') }, { name: 'merge_group', payload: examplePayload('merge_group') });
    expect(step.exitCode, step.stderr).toBe(0);
    expect(emulator.checkRuns).toHaveLength(1);
    expect(emulator.checkRuns[0]).toMatchObject({ head_sha: head, status: 'completed' });
    expect(emulator.requestsFor('issues/list-comments')).toEqual([]);
  });
});

describe('the pull request commits channel (#12): the accounts the API links to the PR\'s commits', () => {
  interface ReportProvenance {
    provenance: { aiCommits: { sha: string; signals: { source: string; detail: string; id?: string }[] }[]; skipped?: { path: string; reason: string }[] };
  }
  const readReport = (step: StepResult) => JSON.parse(readFileSync(step.outputs['report-path']!, 'utf8')) as ReportProvenance;
  /** What the check run shows (a passing run posts no comment). */
  const checkRunText = () => `${emulator.checkRuns[0]?.output.summary ?? ''}\n${emulator.checkRuns[0]?.output.text ?? ''}`;

  it('a commit git shows as a person\'s, no trailers, but authored by an agent account on GitHub: its lines are AI, and the signal names the channel', async () => {
    emulator.reset();
    expect(repo.git(['log', '-1', '--format=%an <%ae>|%cn <%ce>|%b', head]).trim()).toBe(`${PERSON.name} <${PERSON.email}>|${PERSON.name} <${PERSON.email}>|`);
    emulator.addPullRequestCommits(PR_NUMBER, [{ sha: head, message: 'add values', author: PERSON, authorLogin: 'devin-ai-integration[bot]', committerLogin: 'web-flow' }]);

    const step = await runAction({ sarif: writeSarif('notes.sarif', 'note') });

    expect(['pass', 'warn', 'fail'], step.stderr).toContain(step.outputs['verdict']);
    expect(emulator.requestsFor('pulls/list-commits').map((request) => request.query)).toEqual([{ per_page: '100', page: '1' }]);
    expect(step.outputs['ai-lines']).toBe(String(ADDED_LINES));
    const report = readReport(step);
    expect(report.provenance.aiCommits).toEqual([
      {
        sha: head,
        signals: [expect.objectContaining({ source: 'pr:commit-author', detail: 'devin-ai-integration[bot]', id: 'devin-login' })],
        // The one commit wrote every added line (the JSON report's per-commit counts, #14).
        addedLines: ADDED_LINES,
        sharedLines: 0,
      },
    ]);
    expect(report.provenance.skipped).toBeUndefined();
    expect(step.stdout).toMatch(/^diffgate: read 1 commit of the pull request from the API$/m);
    // The AI signals row: the matched text as found, and where (#14).
    expect(checkRunText()).toMatch(/`devin-ai-integration\[bot\]` \(pr:commit-author\)/);
  });

  it('the endpoint answers 403: the run completes, the lines stay human, and the report says the channel was not read', async () => {
    emulator.reset();
    emulator.addPullRequestCommits(PR_NUMBER, [{ sha: head, message: 'add values', author: PERSON, authorLogin: 'devin-ai-integration[bot]', committerLogin: 'web-flow' }]);
    emulator.fail({ operationId: 'pulls/list-commits', status: 403, message: 'Resource not accessible by integration', times: Infinity });

    const step = await runAction({ sarif: writeSarif('notes.sarif', 'note') });

    expect(step.exitCode, step.stderr).toBe(0);
    expect(step.outputs['verdict']).not.toBe('error');
    expect(step.outputs['ai-lines']).toBe('0');
    const report = readReport(step);
    expect(report.provenance.aiCommits).toEqual([]);
    expect(report.provenance.skipped).toEqual([
      { path: `pulls/${PR_NUMBER}/commits`, reason: expect.stringMatching(/^PR commits not read: cannot list the pull request's commits: the token lacks permission: grant `pull-requests: read`/) },
    ]);
    expect(emulator.checkRuns[0]).toMatchObject({ status: 'completed' });
    expect(checkRunText()).toContain('PR commits not read');
  });
});
