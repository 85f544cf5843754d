// Line attribution over real histories: which commit last changed each added line decides.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attributeProvenance } from '../../src/provenance/index.js';
import type { ProvenanceInput } from '../../src/provenance/index.js';
import { provenanceConfigSchema } from '../../src/provenance/config.js';
import type { ProvenanceConfig } from '../../src/provenance/config.js';
import { collectChangedFiles } from '../../src/diff/index.js';
import type { TestRepo } from '../helpers/repo.js';
import { makeRepo, removeRepos } from '../helpers/repo.js';
import { changedFiles, numbered } from './changed.js';
import type { Sha } from '../../src/ids.js';

afterAll(removeRepos);

const CLAUDE = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>';
const BOB = { name: 'Bob Person', email: 'bob@example.com' };

function input(repo: TestRepo, base: Sha, overrides: Partial<ProvenanceInput> & { configInput?: Partial<Record<keyof ProvenanceConfig, unknown>> } = {}): ProvenanceInput {
  const head = repo.head();
  const { configInput, ...rest } = overrides;
  return {
    repo: repo.dir,
    range: { base, head },
    files: changedFiles(repo, base, head),
    mode: 'auto',
    config: provenanceConfigSchema.parse(configInput ?? {}),
    pullRequest: null,
    ...rest,
  };
}

/** A pull request mixing AI and human commits, with a line a person rewrote after the AI commit. */
function mixedRepo(): { repo: TestRepo; base: Sha; aiSha: Sha } {
  const repo = makeRepo();
  repo.write({ 'src/app.ts': numbered(4, 'base') });
  const base = repo.commit('base');
  repo.write({ 'src/app.ts': numbered(4, 'base') + numbered(5, 'ai'), 'src/ai-only.ts': numbered(3, 'ai') });
  const aiSha = repo.commit(`Add the feature${CLAUDE}`);
  repo.write({ 'src/app.ts': numbered(4, 'base') + numbered(5, 'ai') + numbered(3, 'human') });
  repo.commit('Add logging', { author: BOB });
  // The person rewrites the AI's third line (head line 7).
  const lines = (numbered(4, 'base') + numbered(5, 'ai') + numbered(3, 'human')).split('\n');
  lines[6] = 'rewritten by a person';
  repo.write({ 'src/app.ts': lines.join('\n') });
  repo.commit('Fix the AI line', { author: BOB });
  return { repo, base, aiSha };
}

describe('a pull request mixing AI and human commits', () => {
  it('marks exactly the AI commit\'s surviving lines as AI', async () => {
    const { repo, base, aiSha } = mixedRepo();
    const result = await attributeProvenance(input(repo, base));
    const app = result.files.find((f) => f.path === 'src/app.ts');
    expect(app?.aiLines).toEqual([5, 6, 8, 9]);
    expect(app?.humanLines).toEqual([7, 10, 11, 12]);
    expect(result.files.find((f) => f.path === 'src/ai-only.ts')?.aiLines).toEqual([1, 2, 3]);
    expect(result.counts).toEqual({ ai: 7, human: 4, unknown: 0 });
    expect(result.aiCommits.map((c) => c.sha)).toEqual([aiSha]);
    expect(result.pullRequestSignals).toEqual([]);
  });

  it('agrees with the diff engine\'s changed files', async () => {
    const { repo, base } = mixedRepo();
    const range = { base, head: repo.head() };
    const files = await collectChangedFiles(repo.dir, range);
    const result = await attributeProvenance({ ...input(repo, base), files });
    expect(result.files.find((f) => f.path === 'src/app.ts')?.aiLines).toEqual([5, 6, 8, 9]);
    expect(result.counts).toEqual({ ai: 7, human: 4, unknown: 0 });
  });

  it('leaves lines of commits outside the range alone and calls lines blame cannot place unknown', async () => {
    const { repo, base } = mixedRepo();
    const head = repo.head();
    // Claim line 1 (unchanged since base, so blamed to the boundary) was added.
    const files = changedFiles(repo, base, head).map((f) => (f.path === 'src/app.ts' ? { ...f, addedLines: [1, ...f.addedLines] } : f));
    const result = await attributeProvenance({ ...input(repo, base), files });
    const app = result.files.find((f) => f.path === 'src/app.ts');
    expect(app?.aiLines).not.toContain(1);
    expect(app?.humanLines).not.toContain(1);
    expect(result.counts.unknown).toBe(1);
  });

  it('leaves a file git cannot blame unknown, with the reason', async () => {
    const { repo, base } = mixedRepo();
    const files = changedFiles(repo, base, repo.head()).map((f) => (f.path === 'src/app.ts' ? { ...f, addedLines: [...f.addedLines, 40] } : f));
    const result = await attributeProvenance({ ...input(repo, base), files });
    expect(result.files.find((f) => f.path === 'src/app.ts')).toEqual({ path: 'src/app.ts', aiLines: [], humanLines: [] });
    expect(result.files.find((f) => f.path === 'src/ai-only.ts')?.aiLines).toEqual([1, 2, 3]);
    expect(result.counts).toEqual({ ai: 3, human: 0, unknown: 9 });
    expect(result.skipped).toEqual([{ path: 'src/app.ts', reason: expect.stringMatching(/^authorship unknown: git blame failed in .*: fatal: file src\/app\.ts has only 12 lines$/) }]);
  });

  it('follows a renamed file back to the AI commit', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'x\n' });
    const base = repo.commit('base');
    repo.write({ 'old name.ts': numbered(6, 'ai') });
    repo.commit(`Add it${CLAUDE}`);
    repo.git(['mv', 'old name.ts', 'new näme.ts']);
    repo.commit('Rename', { author: BOB });
    const result = await attributeProvenance(input(repo, base));
    expect(result.files).toEqual([{ path: 'new näme.ts', aiLines: [1, 2, 3, 4, 5, 6], humanLines: [] }]);
  });
});

/** Runs `work` with GIT_TRACE on and returns the git subcommands it ran. */
async function withGitCalls<T>(repo: TestRepo, work: () => Promise<T>): Promise<{ calls: string[]; result: T }> {
  const traceFile = join(repo.dir, '..', `git-trace-${process.pid}-${Date.now()}-${Math.random()}.log`);
  process.env['GIT_TRACE'] = traceFile;
  let result: T;
  try {
    result = await work();
  } finally {
    delete process.env['GIT_TRACE'];
  }
  const calls = readFileSync(traceFile, 'utf8')
    .split('\n')
    .flatMap((line) => /trace: built-in: git (\S+)/.exec(line)?.[1] ?? []);
  rmSync(traceFile);
  return { calls, result };
}

describe('git calls', () => {
  it('are at most one blame per changed file, not one per line, none for a file whose commits agree, plus four reads for the range', async () => {
    const { repo, base } = mixedRepo();
    const request = input(repo, base);
    const { calls } = await withGitCalls(repo, () => attributeProvenance(request));
    // src/app.ts mixes an AI and two human commits: blamed. src/ai-only.ts has one AI commit: not blamed.
    expect(calls.sort()).toEqual(['blame', 'cat-file', 'log', 'log', 'log']);
  });

  it('run no blame when every commit in the range says the same, and still attribute every line', async () => {
    const repo = makeRepo();
    repo.write({ 'src/app.ts': numbered(4, 'base') });
    const base = repo.commit('base');
    repo.write({ 'src/app.ts': numbered(4, 'base') + numbered(3, 'ai'), 'src/more.ts': numbered(2, 'ai') });
    const first = repo.commit(`Add the feature${CLAUDE}`);
    repo.write({ 'src/more.ts': numbered(2, 'ai') + numbered(2, 'again') });
    repo.commit(`Extend it${CLAUDE}`);
    const request = input(repo, base);
    const { calls, result } = await withGitCalls(repo, () => attributeProvenance(request));
    expect(calls).not.toContain('blame');
    expect(result.counts).toEqual({ ai: 7, human: 0, unknown: 0 });
    expect(result.files.find((f) => f.path === 'src/app.ts')?.aiLines).toEqual([5, 6, 7]);
    expect(result.aiCommits.map((c) => c.sha)).toContain(first);
  });
});

describe('modes', () => {
  it('ai: all makes every added line AI and ai: none makes none AI', async () => {
    const { repo, base } = mixedRepo();
    const all = await attributeProvenance(input(repo, base, { mode: 'all' }));
    expect(all.counts).toEqual({ ai: 11, human: 0, unknown: 0 });
    expect(all.files.find((f) => f.path === 'src/app.ts')?.aiLines).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(all.mode).toBe('all');
    const none = await attributeProvenance(input(repo, base, { mode: 'none' }));
    expect(none.counts).toEqual({ ai: 0, human: 11, unknown: 0 });
    expect(none.files.every((f) => f.aiLines.length === 0)).toBe(true);
  });
});

describe('config', () => {
  it('ai-paths mark every added line in matching paths, with a config signal', async () => {
    const { repo, base } = mixedRepo();
    const result = await attributeProvenance(input(repo, base, { configInput: { 'ai-paths': ['lib/**', 'src/app.*'] } }));
    const app = result.files.find((f) => f.path === 'src/app.ts');
    expect(app?.aiLines).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(result.files.find((f) => f.path === 'src/ai-only.ts')?.humanLines).toEqual([]);
    expect(app?.signals).toEqual([{ kind: 'config', source: 'config:ai-paths', detail: 'src/app.*', confidence: 'high', id: 'config:ai-paths' }]);
  });

  it('disable switches a built-in entry off; never-ai drops an identity wherever it appears', async () => {
    const { repo, base } = mixedRepo();
    for (const configInput of [{ disable: ['claude-code-coauthor'] }, { 'never-ai': ['NoReply@Anthropic.com'] }]) {
      const result = await attributeProvenance(input(repo, base, { configInput }));
      expect(result.counts).toEqual({ ai: 0, human: 11, unknown: 0 });
      expect(result.aiCommits).toEqual([]);
    }
  });

  it('an unknown id in disable is an input error naming the setting', async () => {
    const { repo, base } = mixedRepo();
    await expect(attributeProvenance(input(repo, base, { configInput: { disable: ['claude-coauthor'] } }))).rejects.toThrow(
      /provenance\.disable .*unknown signal ids: claude-coauthor/,
    );
  });

  it('adds identities, trailers and markers', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'x\n' });
    const base = repo.commit('base');
    repo.write({ 'a.ts': 'a\n' });
    const byEmail = repo.commit('a', { author: { name: 'Our Agent', email: 'agent@corp.example' } });
    repo.write({ 'b.ts': 'b\n' });
    const byLogin = repo.commit('b', { author: { name: 'corp-agent[bot]', email: '9+corp-agent[bot]@users.noreply.github.com' } });
    repo.write({ 'c.ts': 'c\n' });
    const byTrailer = repo.commit('c\n\nAI-Tool: yes');
    repo.write({ 'd.ts': 'd\n' });
    repo.commit('d\n\nAI-Tool: no');
    repo.write({ 'e.ts': 'e\n' });
    const byMarker = repo.commit('[ai] e');
    repo.write({ 'f.ts': 'f\n' });
    const byCoauthor = repo.commit('f\n\nCo-authored-by: Our Agent <agent@corp.example>');
    const result = await attributeProvenance(
      input(repo, base, { configInput: { 'ai-identities': ['agent@corp.example', 'corp-agent[bot]'], 'ai-trailers': ['AI-Tool: yes'], 'ai-markers': ['[ai]'] } }),
    );
    expect(result.files.filter((f) => f.aiLines.length > 0).map((f) => f.path)).toEqual(['a.ts', 'b.ts', 'c.ts', 'e.ts', 'f.ts']);
    expect(result.aiCommits.map((c) => [c.sha, c.signals.map((s) => s.source)])).toEqual([
      [byEmail, ['author']],
      [byLogin, ['author']],
      [byTrailer, ['trailer:AI-Tool']],
      [byMarker, ['message']],
      [byCoauthor, ['trailer:Co-authored-by']],
    ]);
    expect(result.counts).toEqual({ ai: 5, human: 1, unknown: 0 });
  });

  it('rejects unknown keys and fills defaults', () => {
    expect(provenanceConfigSchema.parse({})).toEqual({
      'ai-identities': [],
      'ai-trailers': [],
      'ai-markers': [],
      disable: [],
      'never-ai': [],
      'ai-labels': [],
      'ai-paths': [],
    });
    expect(provenanceConfigSchema.safeParse({ aiPaths: ['x'] }).success).toBe(false);
  });
});
