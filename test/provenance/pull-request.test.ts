// Pull-request-level signals from a real `pull_request` webhook payload (octokit's examples),
// modified the way AI agents' pull requests look.
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { pullRequestOf } from '../../src/event.js';
import type { PullRequestInfo } from '../../src/event.js';
import { attributeProvenance } from '../../src/provenance/index.js';
import { provenanceConfigSchema } from '../../src/provenance/config.js';
import { buildSignalRules, pullRequestSignals } from '../../src/provenance/signals.js';
import { makeRepo, removeRepos } from '../helpers/repo.js';
import { changedFiles, numbered } from './changed.js';
import { sha } from '../helpers/ids.js';

afterAll(removeRepos);

interface WebhookDefinition {
  name: string;
  examples: Record<string, unknown>[];
}

/** The fields of the example payload these tests change. */
interface EditablePullRequest {
  user: { login: string };
  head: { ref: string; sha: string };
  base: { sha: string };
  body: string | null;
  labels: { name: string }[];
}

const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];

/** A fresh copy of the real `pull_request.opened` example, changed by `edit`. */
function payload(edit: (pr: EditablePullRequest) => void = () => {}): Record<string, unknown> {
  const example = definitions.find((d) => d.name === 'pull_request')?.examples.find((e) => e['action'] === 'opened');
  if (!example) throw new Error('no pull_request.opened example in @octokit/webhooks-examples');
  const copy = structuredClone(example);
  edit(copy['pull_request'] as EditablePullRequest);
  return copy;
}

function prOf(edit: (pr: EditablePullRequest) => void): PullRequestInfo {
  const pr = pullRequestOf({ name: 'pull_request', payload: payload(edit) });
  if (!pr) throw new Error('payload has no pull request');
  return pr;
}

const defaults = buildSignalRules(provenanceConfigSchema.parse({}));

describe('pull-request signals', () => {
  it('find nothing in the unmodified example', () => {
    expect(pullRequestSignals(prOf(() => {}), defaults)).toEqual([]);
  });

  it('read the Copilot coding agent\'s opener, branch and body marker', () => {
    const pr = prOf((p) => {
      p.user.login = 'Copilot';
      p.head.ref = 'copilot/fix-1234';
      p.body = 'Fixes #1234\n\n<!-- START COPILOT CODING AGENT SUFFIX -->\n\n---\n💡 You can make Copilot smarter';
    });
    expect(pullRequestSignals(pr, defaults).map((s) => [s.id, s.source, s.detail])).toEqual([
      ['copilot-agent-opener', 'pr:opener', 'Copilot'],
      ['copilot-agent-branch', 'pr:branch', 'copilot/fix-1234'],
      ['copilot-agent-pr-body', 'pr:body', '<!-- START COPILOT CODING AGENT SUFFIX -->'],
    ]);
  });

  it.each([
    ['claude/issue-12-20260101', 'Generated with [Claude Code](https://claude.ai/code)', ['claude-branch', 'claude-code-pr-body']],
    ['cursor/add-search-a1b2', 'Made with [Cursor](https://cursor.com)', ['cursor-branch', 'cursor-pr-body']],
    ['devin/1735000000-fix-login', 'Link to Devin run: https://app.devin.ai/sessions/abc', ['devin-branch', 'devin-pr-body']],
    ['codex/add-tests', 'Adds tests.', ['codex-branch']],
  ])('read branch %s and its body marker', (branch, body, ids) => {
    const pr = prOf((p) => {
      p.head.ref = branch;
      p.body = body;
    });
    expect(pullRequestSignals(pr, defaults).map((s) => s.id)).toEqual(ids);
  });

  it('do not match look-alikes: a person named Devin, a copilot-ish branch, an AI reviewer', () => {
    const pr = prOf((p) => {
      p.user.login = 'devin';
      p.head.ref = 'fix/copilot/settings';
      p.body = 'Reviewed by copilot-pull-request-reviewer[bot]. Not made with cursor.';
      p.labels = [{ name: 'ai-review' }];
    });
    expect(pullRequestSignals(pr, defaults)).toEqual([]);
  });

  it('read labels named in the config', () => {
    const rules = buildSignalRules(provenanceConfigSchema.parse({ 'ai-labels': ['AI-Generated'] }));
    const pr = prOf((p) => {
      p.labels = [{ name: 'bug' }, { name: 'ai-generated' }];
    });
    expect(pullRequestSignals(pr, rules)).toEqual([{ kind: 'pull-request', source: 'pr:label', detail: 'ai-generated', confidence: 'high', id: 'config:ai-labels' }]);
  });

  it('mark every added line as AI, whoever committed it', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'x\n' });
    const base = repo.commit('base');
    repo.write({ 'a.ts': numbered(3) });
    repo.commit('Initial plan', { author: { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com' } });
    repo.write({ 'b.ts': numbered(2) });
    repo.commit('Fix by a person');
    const head = repo.head();
    const pullRequest = prOf((p) => {
      p.user.login = 'Copilot';
      p.head.ref = 'copilot/fix-1';
      p.head.sha = head;
      p.base.sha = base;
    });
    const result = await attributeProvenance({
      repo: repo.dir,
      range: { base: sha(base), head: sha(head) },
      files: changedFiles(repo, base, head),
      mode: 'auto',
      config: provenanceConfigSchema.parse({}),
      pullRequest,
    });
    expect(result.files).toEqual([
      { path: 'a.ts', aiLines: [1, 2, 3], humanLines: [] },
      { path: 'b.ts', aiLines: [1, 2], humanLines: [] },
    ]);
    expect(result.counts).toEqual({ ai: 5, human: 0, unknown: 0 });
    expect(result.pullRequestSignals.map((s) => s.id)).toEqual(['copilot-agent-opener', 'copilot-agent-branch']);
    expect(result.aiCommits.map((c) => c.signals.map((s) => s.id))).toEqual([['copilot-agent-login', 'copilot-agent-address']]);
  });
});
