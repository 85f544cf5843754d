// Line-level records: git-ai notes (refs/notes/ai, authorship/3.0.0) and Agent Trace records
// (.agent-trace/traces.jsonl, v0.1.0), written into real repositories.
import { afterAll, describe, expect, it } from 'vitest';
import { Revision } from '../../src/git/index.js';
import { attributeProvenance } from '../../src/provenance/index.js';
import { readGitAiNotes } from '../../src/provenance/git.js';
import { provenanceConfigSchema } from '../../src/provenance/config.js';
import { RecordError, parseGitAiNote, parseLineRanges, parseTraceRecord } from '../../src/provenance/records.js';
import type { TestRepo } from '../helpers/repo.js';
import { makeRepo, removeRepos } from '../helpers/repo.js';
import { changedFiles, numbered } from './changed.js';
import { sha } from '../helpers/ids.js';

afterAll(removeRepos);

/** As the gate runs it: with the run's head Revision, whose cat-file also says whether the notes ref exists. */
async function attribute(repo: TestRepo, base: string) {
  const head = repo.head();
  using revision = Revision.ofResolvedSha(repo.dir, head);
  return await attributeProvenance({
    repo: repo.dir,
    range: { base: sha(base), head: sha(head) },
    files: changedFiles(repo, base, head),
    mode: 'auto',
    config: provenanceConfigSchema.parse({}),
    pullRequest: null,
    revision,
  });
}

/** A git-ai note as git-ai writes it: attestations, `---`, JSON metadata. */
function gitAiNote(attestations: string, baseSha: string): string {
  const metadata = {
    schema_version: 'authorship/3.0.0',
    git_ai_version: '1.0.23',
    base_commit_sha: baseSha,
    prompts: {
      abcd1234abcd1234: {
        agent_id: { tool: 'cursor', id: '6ef2299e-a67f-432b-aa80-3d2fb4d28999', model: 'claude-4.5-opus' },
        human_author: 'Ada Person <ada@example.com>',
        messages: [{ type: 'user', text: 'Add error handling' }],
        total_additions: 3,
        total_deletions: 0,
        accepted_lines: 3,
        overriden_lines: 0,
      },
    },
  };
  return `${attestations}\n---\n${JSON.stringify(metadata, null, 2)}\n`;
}

function addNote(repo: TestRepo, sha: string, note: string): void {
  repo.git(['notes', '--ref=ai', 'add', '-f', '-m', note, sha]);
}

describe('git-ai notes', () => {
  it('mark the attested lines of a person\'s commit, mapped through later edits', async () => {
    const repo = makeRepo();
    repo.write({ 'src/main.rs': numbered(2, 'base') });
    const base = repo.commit('base');
    repo.write({ 'src/main.rs': numbered(2, 'base') + numbered(6, 'new') });
    const noted = repo.commit('Add error handling');
    // Lines 4-6 of the file at that commit are AI-written (new 2-4).
    addNote(repo, noted, gitAiNote('src/main.rs\n  abcd1234abcd1234 4-6', base));
    // A later commit by a person inserts a line at the top: the AI lines move to 5-7.
    repo.write({ 'src/main.rs': 'use std::io;\n' + numbered(2, 'base') + numbered(6, 'new') });
    repo.commit('Import io');
    const result = await attribute(repo, base);
    expect(result.files).toEqual([{ path: 'src/main.rs', aiLines: [5, 6, 7], humanLines: [1, 4, 8, 9] }]);
    expect(result.aiCommits).toEqual([
      {
        sha: noted,
        signals: [{ kind: 'line-record', source: 'refs/notes/ai', detail: `${noted.slice(0, 12)}: cursor claude-4.5-opus`, tool: 'cursor', confidence: 'high', id: 'git-ai-note' }],
      },
    ]);
  });

  it('are read with or without the head Revision, and a repository without the notes ref is not asked for them', async () => {
    const repo = makeRepo();
    repo.write({ 'a.txt': 'x\n' });
    const base = repo.commit('base');
    repo.write({ 'a.txt': 'x\ny\n' });
    const head = repo.commit('more');
    const range = { base, head };
    {
      using revision = Revision.ofResolvedSha(repo.dir, head);
      expect(await revision.hasRef('refs/notes/ai')).toBe(false);
      expect(await readGitAiNotes(repo.dir, range, revision)).toEqual(new Map());
    }
    addNote(repo, head, 'a note');
    using revision = Revision.ofResolvedSha(repo.dir, head);
    expect(await revision.hasRef('refs/notes/ai')).toBe(true);
    expect(await readGitAiNotes(repo.dir, range, revision)).toEqual(new Map([[head, 'a note\n']]));
    expect(await readGitAiNotes(repo.dir, range)).toEqual(new Map([[head, 'a note\n']]));
  });

  it('override a commit-level signal: only the attested lines of an AI-marked commit are AI', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'x\n' });
    const base = repo.commit('base');
    repo.write({ 'a.ts': numbered(4) });
    const sha = repo.commit('Add a\n\nCo-Authored-By: Claude <noreply@anthropic.com>');
    addNote(repo, sha, gitAiNote('a.ts\n  abcd1234abcd1234 1,3', base));
    const result = await attribute(repo, base);
    expect(result.files).toEqual([{ path: 'a.ts', aiLines: [1, 3], humanLines: [2, 4] }]);
    expect(result.aiCommits[0]?.signals.map((s) => s.id)).toEqual(['claude-code-address', 'git-ai-note']);
  });

  it('read the session format, with human (h_) entries and a quoted path', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'x\n' });
    const base = repo.commit('base');
    repo.write({ 'src/my café.ts': numbered(5) });
    const sha = repo.commit('Add');
    const metadata = {
      schema_version: 'authorship/3.0.0',
      base_commit_sha: base,
      prompts: {},
      humans: { h_31dce776f88375: { author: 'Ada Person <ada@example.com>' } },
      sessions: { s_c9883b05a2487d: { agent_id: { tool: 'claude', model: 'claude-sonnet-4-5' } } },
    };
    addNote(repo, sha, `"src/my café.ts"\n  s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-2\n  h_31dce776f88375 3\n---\n${JSON.stringify(metadata)}`);
    const result = await attribute(repo, base);
    expect(result.files).toEqual([{ path: 'src/my café.ts', aiLines: [1, 2], humanLines: [3, 4, 5] }]);
  });

  it('skip a malformed note with a reason and fall back to the commit', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'x\n' });
    const base = repo.commit('base');
    repo.write({ 'a.ts': numbered(2) });
    const sha = repo.commit('Add\n\nCo-Authored-By: Claude <noreply@anthropic.com>');
    addNote(repo, sha, 'a.ts\n  abcd 1-2\n---\n{"schema_version": "authorship/9.0.0", "prompts": {}}');
    const result = await attribute(repo, base);
    expect(result.files).toEqual([{ path: 'a.ts', aiLines: [1, 2], humanLines: [] }]);
    expect(result.skipped).toEqual([{ path: `refs/notes/ai:${sha}`, reason: 'git-ai note ignored: unsupported schema_version "authorship/9.0.0"' }]);
  });
});

function traceRecord(revision: string | null, files: unknown[]): string {
  return JSON.stringify({
    version: '0.1.0',
    id: '550e8400-e29b-41d4-a716-446655440000',
    timestamp: '2026-01-23T14:30:00Z',
    ...(revision ? { vcs: { type: 'git', revision } } : {}),
    tool: { name: 'cursor', version: '2.4.0' },
    files,
  });
}

describe('Agent Trace records', () => {
  it('mark lines by contributor type at the recorded revision, with range overrides', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'x\n' });
    const base = repo.commit('base');
    repo.write({ 'src/parser.ts': numbered(10) });
    const first = repo.commit('Add parser');
    repo.write({ 'src/other.ts': numbered(4) });
    repo.commit('Add other');
    const records = [
      // Revision = the commit that made the lines (spec 6.5).
      traceRecord(first, [
        {
          path: 'src/parser.ts',
          conversations: [
            {
              url: 'https://api.cursor.com/v1/conversations/12345',
              contributor: { type: 'ai', model_id: 'anthropic/claude-opus-4-5-20251101' },
              ranges: [
                { start_line: 2, end_line: 3 },
                { start_line: 5, end_line: 5, contributor: { type: 'human' } },
                { start_line: 6, end_line: 6, contributor: { type: 'mixed' } },
                { start_line: 7, end_line: 7, contributor: { type: 'unknown' } },
              ],
            },
          ],
        },
      ]),
      // Revision = HEAD while editing (what the reference hook records): the parent of the commit.
      traceRecord(first.slice(0, 10), [{ path: 'src/other.ts', conversations: [{ contributor: { type: 'ai' }, ranges: [{ start_line: 4, end_line: 4 }] }] }]),
      'not json',
      traceRecord(null, [{ path: 'src/other.ts', conversations: [{ contributor: { type: 'ai' }, ranges: [{ start_line: 1, end_line: 4 }] }] }]),
    ];
    repo.write({ '.agent-trace/traces.jsonl': records.join('\n') + '\n' });
    repo.commit('Record traces');
    const result = await attribute(repo, base);
    const parser = result.files.find((f) => f.path === 'src/parser.ts');
    expect(parser?.aiLines).toEqual([2, 3, 6]);
    expect(parser?.humanLines).toEqual([1, 4, 5, 8, 9, 10]);
    expect(result.files.find((f) => f.path === 'src/other.ts')).toMatchObject({ aiLines: [4], humanLines: [1, 2, 3] });
    expect(parser?.signals?.map((s) => s.detail)).toEqual([
      `ai anthropic/claude-opus-4-5-20251101: src/parser.ts 2-3 at ${first.slice(0, 12)}`,
      `human: src/parser.ts 5-5 at ${first.slice(0, 12)}`,
      `mixed: src/parser.ts 6-6 at ${first.slice(0, 12)}`,
      `unknown: src/parser.ts 7-7 at ${first.slice(0, 12)}`,
    ]);
    expect(result.skipped).toEqual([
      { path: '.agent-trace/traces.jsonl:3', reason: 'Agent Trace record ignored: not valid JSON' },
      { path: '.agent-trace/traces.jsonl:4', reason: 'Agent Trace record ignored: no vcs.revision, so its line numbers cannot be placed' },
    ]);
    expect(result.counts).toEqual({ ai: 4, human: 13, unknown: 1 });
  });
});

describe('record parsers', () => {
  it('parse line ranges and refuse anything else', () => {
    expect(parseLineRanges('1-4,9,12-14')).toEqual([
      { start: 1, end: 4 },
      { start: 9, end: 9 },
      { start: 12, end: 14 },
    ]);
    for (const bad of ['', '0', '4-2', '1 - 2', 'a']) expect(() => parseLineRanges(bad)).toThrow(RecordError);
  });

  it('refuse malformed notes with a reason', () => {
    expect(() => parseGitAiNote('a.ts\n  abcd 1-2')).toThrow('no "---" line');
    expect(() => parseGitAiNote('a.ts\n  abcd 1-2\n---\n{')).toThrow('not valid JSON');
    expect(() => parseGitAiNote('  abcd 1-2\n---\n{"schema_version":"authorship/3.0.0"}')).toThrow('unreadable attestation line');
    expect(parseGitAiNote('---\n{"schema_version":"authorship/3.0.0","base_commit_sha":"x","prompts":{}}')).toEqual({ attestations: [] });
  });

  it('refuse malformed trace records with a reason', () => {
    expect(() => parseTraceRecord('[]')).toThrow('not a JSON object');
    expect(() => parseTraceRecord(traceRecord('abcdef0', [{ path: 'a', conversations: [{ contributor: { type: 'robot' }, ranges: [] }] }]))).toThrow(
      'unknown contributor type "robot"',
    );
    expect(() => parseTraceRecord(traceRecord('abcdef0', [{ path: 'a', conversations: [{ ranges: [{ start_line: 3, end_line: 1 }] }] }]))).toThrow(
      'without valid start_line/end_line',
    );
  });
});
