// Per-line origins (which commit, which signal), span lookups bounded by the file's real added
// lines, and identities the pull request's commits API reports.
import { afterAll, describe, expect, it } from 'vitest';
import { provenanceConfigSchema } from '../../src/provenance/config.js';
import { describeOrigin, makeOriginLookup } from '../../src/provenance/origins.js';
import { makeProvenanceLookup, provenanceOfRange } from '../../src/provenance/lookup.js';
import type { ProvenanceResult } from '../../src/model.js';
import { makeRepo, removeRepos } from '../helpers/repo.js';
import { attributeRange, numbered } from './changed.js';
import { repoPath, sha } from '../helpers/ids.js';

afterAll(removeRepos);

const BOB = { name: 'Bob Person', email: 'bob@example.com' };

/** base, then an AI commit adding 5 lines, then a person's commit adding 3 more to the same file. */
async function mixed(): Promise<{ result: ProvenanceResult; aiSha: string; humanSha: string }> {
  const repo = makeRepo();
  repo.write({ 'src/app.ts': numbered(2, 'base') });
  const base = repo.commit('base');
  repo.write({ 'src/app.ts': numbered(2, 'base') + numbered(5, 'ai') });
  const aiSha = repo.commit('Add the feature\n\nCo-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>');
  repo.write({ 'src/app.ts': numbered(2, 'base') + numbered(5, 'ai') + numbered(3, 'human') });
  const humanSha = repo.commit('Add logging', { author: BOB });
  return { result: await attributeRange(repo, base), aiSha, humanSha };
}

describe('per-line origins', () => {
  it('name the commit blame found and the signal that decided, grouped', async () => {
    const { result, aiSha, humanSha } = await mixed();
    expect(result.origins?.map(({ path, lines, provenance, commits, signal }) => ({ path, lines, provenance, commits, id: signal?.id ?? null }))).toEqual([
      { path: 'src/app.ts', lines: [3, 4, 5, 6, 7], provenance: 'ai', commits: [aiSha], id: 'claude-code-address' },
      { path: 'src/app.ts', lines: [8, 9, 10], provenance: 'human', commits: [humanSha], id: null },
    ]);
    const origin = makeOriginLookup(result);
    const aiOrigin = origin('src/app.ts', 4);
    expect(aiOrigin && describeOrigin(aiOrigin)).toBe(`${aiSha.slice(0, 7)} · Co-Authored-By: Claude Opus 4.6`);
    const humanOrigin = origin('src/app.ts', 9);
    expect(humanOrigin && describeOrigin(humanOrigin)).toBe(`${humanSha.slice(0, 7)} · authored by a person`);
    expect(origin('src/app.ts', 1)).toBeNull();
    expect(origin('src/other.ts', 4)).toBeNull();
  });

  it('pick an AI line\'s origin for a span, else a human line\'s', async () => {
    const { result, aiSha, humanSha } = await mixed();
    const origin = makeOriginLookup(result);
    expect(origin.ofSpan('src/app.ts', 1, 10)?.commits).toEqual([aiSha]);
    expect(origin.ofSpan('src/app.ts', 8, 9)?.commits).toEqual([humanSha]);
    expect(origin.ofSpan('src/app.ts', 11, 20)).toBeNull();
  });

  it('list every agreeing commit when no blame ran', async () => {
    const repo = makeRepo();
    repo.write({ 'a.ts': 'a\n' });
    const base = repo.commit('base');
    repo.write({ 'a.ts': 'a\nb\n' });
    const first = repo.commit('one\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>');
    repo.write({ 'a.ts': 'a\nb\nc\n' });
    const second = repo.commit('two\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>');
    const result = await attributeRange(repo, base, second);
    const origin = makeOriginLookup(result)('a.ts', 2);
    expect(origin?.commits).toEqual([first, second]);
    expect(origin && describeOrigin(origin)).toBe(`${first.slice(0, 7)} +1 · Co-authored-by: Cursor Agent`);
  });
});

describe('span lookups', () => {
  // A SARIF region may claim any end line; the lookup must cost the file's added lines, not the span.
  const result: ProvenanceResult = {
    mode: 'auto',
    aiCommits: [],
    pullRequestSignals: [],
    files: [{ path: repoPath('src/a.ts'), aiLines: [40], humanLines: [3, 7] }],
    counts: { ai: 1, human: 2, unknown: 0 },
  };

  it('visit only the attributed lines of a span up to Number.MAX_SAFE_INTEGER', () => {
    const base = makeProvenanceLookup(result);
    const visited: number[] = [];
    const lookup = Object.assign((path: string, line: number) => {
      visited.push(line);
      return base(path, line);
    }, { attributedLines: base.attributedLines });
    expect(provenanceOfRange(lookup, 'src/a.ts', 1, Number.MAX_SAFE_INTEGER)).toBe('ai');
    expect(provenanceOfRange(lookup, 'src/a.ts', 5, 9007199254740991)).toBe('ai');
    expect(provenanceOfRange(lookup, 'src/a.ts', 1, 39)).toBe('human');
    expect(provenanceOfRange(lookup, 'src/a.ts', 41, 9007199254740991)).toBe('unknown');
    expect(provenanceOfRange(lookup, 'src/other.ts', 1, 9007199254740991)).toBe('unknown');
    // 3, 7, 40 · 7, 40 · 3, 7 · nothing · nothing.
    expect(visited).toEqual([3, 7, 40, 7, 40, 3, 7]);
  });

  it('answer like a walk over every line of the span', () => {
    const lookup = makeProvenanceLookup(result);
    const walk = (start: number, end: number): string => {
      let sawHuman = false;
      for (let line = start; line <= end; line++) {
        if (lookup('src/a.ts', line) === 'ai') return 'ai';
        if (lookup('src/a.ts', line) === 'human') sawHuman = true;
      }
      return sawHuman ? 'human' : 'unknown';
    };
    for (let start = 1; start <= 45; start++) {
      for (let end = start; end <= 45; end++) expect(provenanceOfRange(lookup, 'src/a.ts', start, end), `${start}-${end}`).toBe(walk(start, end));
    }
  });

  it('bound origin spans the same way', () => {
    const origin = makeOriginLookup({
      origins: [{ path: repoPath('src/a.ts'), lines: [40], provenance: 'ai', commits: [sha('a'.repeat(40))] }],
    });
    expect(origin.ofSpan('src/a.ts', 1, 9007199254740991)?.provenance).toBe('ai');
  });
});

describe('the pull request\'s commits as the API reports them', () => {
  it('mark a commit whose linked author is an agent, though git shows a person', async () => {
    const repo = makeRepo();
    repo.write({ 'a.ts': 'a\n' });
    const base = repo.commit('base');
    repo.write({ 'a.ts': 'a\nb\n' });
    const agentSha = repo.commit('Fix', { author: { name: 'Ada Person', email: 'ada@example.com' } });
    repo.write({ 'b.ts': 'b\n' });
    const personSha = repo.commit('Docs', { author: BOB });
    const result = await attributeRange(repo, base, repo.head(), {
      pullRequestCommits: [
        { sha: agentSha, authorLogin: 'devin-ai-integration[bot]', committerLogin: 'web-flow' },
        { sha: personSha, authorLogin: 'bob', committerLogin: 'bob' },
        { sha: 'f'.repeat(40), authorLogin: 'google-labs-jules[bot]', committerLogin: '' },
      ],
    });
    expect(result.aiCommits).toEqual([
      { sha: agentSha, signals: [{ kind: 'commit', source: 'pr:commit-author', detail: 'devin-ai-integration[bot]', tool: 'devin', confidence: 'high', id: 'devin-login' }] },
    ]);
    expect(result.files.find((f) => f.path === 'a.ts')?.aiLines).toEqual([2]);
    expect(result.files.find((f) => f.path === 'b.ts')?.humanLines).toEqual([1]);
  });
});

describe('config identities are identities too', () => {
  it('ai-identities match a [bot] login as a co-author name; never-ai drops it there', async () => {
    const repo = makeRepo();
    repo.write({ 'a.ts': 'a\n' });
    const base = repo.commit('base');
    repo.write({ 'a.ts': 'a\nb\n' });
    const sha = repo.commit('Squash (#1)\n\nCo-authored-by: corp-agent[bot] <corp-agent@example.com>');
    const run = (configInput: Record<string, unknown>) => attributeRange(repo, base, sha, { config: provenanceConfigSchema.parse(configInput) });
    const marked = await run({ 'ai-identities': ['corp-agent[bot]'] });
    expect(marked.aiCommits.map((c) => c.signals.map((s) => [s.id, s.source]))).toEqual([[['config:corp-agent[bot]', 'trailer:Co-authored-by']]]);
    const dropped = await run({ 'ai-identities': ['corp-agent[bot]'], 'never-ai': ['Corp-Agent[bot]'] });
    expect(dropped.aiCommits).toEqual([]);
  });

  it('never-ai drops a catalogue login wherever it appears, in either noreply form', async () => {
    const repo = makeRepo();
    repo.write({ 'a.ts': 'a\n' });
    const base = repo.commit('base');
    repo.write({ 'a.ts': 'a\nb\n' });
    repo.commit('One\n\nCo-authored-by: Jules <161369871+google-labs-jules[bot]@users.noreply.github.com>');
    repo.write({ 'b.ts': 'b\n' });
    repo.commit('Two', { author: { name: 'Jules', email: 'google-labs-jules[bot]@users.noreply.github.com' } });
    expect((await attributeRange(repo, base)).counts.ai).toBe(2);
    const result = await attributeRange(repo, base, repo.head(), { config: provenanceConfigSchema.parse({ 'never-ai': ['google-labs-jules[bot]'] }) });
    expect(result.aiCommits).toEqual([]);
  });
});
