// The identity model (#12): every identity of the catalogue, as author, as committer and as
// `Co-authored-by`, each in its own commit of a real repository. The forms are built from the
// catalogue itself, so a new entry is tested the day it is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../src/provenance/catalogue.js';
import { AI_SIGNALS } from '../../src/provenance/catalogue.js';
import { noreplyLogin, parseNameAddress } from '../../src/provenance/identity.js';
import type { ProvenanceResult } from '../../src/model.js';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Identity, TestRepo } from '../helpers/repo.js';
import { PERSON, makeRepo, removeRepos } from '../helpers/repo.js';
import { attributeRange, numbered } from './changed.js';

afterAll(removeRepos);

interface ImportedCommit {
  path: string;
  content: string;
  message: string;
  author: Identity;
  committer: Identity;
}

/** Appends commits to the current branch with one `git fast-import`; returns their SHAs in order. */
function importCommits(repo: TestRepo, commits: ImportedCommit[]): string[] {
  const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const branch = repo.git(['symbolic-ref', 'HEAD']).trim();
  const stream = [`reset ${branch}`, `from ${repo.head()}`, ''];
  commits.forEach((commit, index) => {
    stream.push(
      `commit ${branch}`,
      `mark :${index + 1}`,
      `author ${commit.author.name} <${commit.author.email}> 1767225600 +0000`,
      `committer ${commit.committer.name} <${commit.committer.email}> 1767225600 +0000`,
      data(commit.message) + `M 100644 inline ${commit.path}`,
      data(commit.content),
    );
  });
  const marks = join(repo.dir, '.git', 'import-marks');
  execFileSync('git', ['fast-import', '--quiet', `--export-marks=${marks}`], { cwd: repo.dir, input: stream.join('\n') + '\n' });
  repo.git(['reset', '--hard', '--quiet']);
  const byMark = new Map(
    readFileSync(marks, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ') as [string, string]),
  );
  return commits.map((_commit, index) => byMark.get(`:${index + 1}`) ?? '');
}

type Position = 'author' | 'committer' | 'co-author';

interface Case {
  name: string;
  entry: CatalogueEntry;
  position: Position;
  identity: Identity;
}

/** The ways an identity entry shows up in git: a login as name and in both noreply forms, an address as itself. */
function formsOf(entry: CatalogueEntry): Identity[] {
  if (entry.match === 'address') return [{ name: 'Some Agent', email: entry.value }];
  return [
    { name: entry.value, email: `4242+${entry.value}@users.noreply.github.com` },
    { name: 'Agent Display Name', email: `${entry.value}@users.noreply.github.com` },
  ];
}

const IDENTITY_ENTRIES = AI_SIGNALS.filter((entry) => entry.match === 'login' || entry.match === 'address');

const CASES: Case[] = IDENTITY_ENTRIES.flatMap((entry) =>
  formsOf(entry).flatMap((identity, form) =>
    (['author', 'committer', 'co-author'] as const).map((position) => ({ name: `${entry.id} (form ${form + 1}) as ${position}`, entry, position, identity })),
  ),
);

describe('every catalogue identity, wherever it appears', () => {
  let result: ProvenanceResult;
  const shas: string[] = [];

  beforeAll(async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'base\n' });
    const base = repo.commit('base');
    // Over a hundred commits: one `git fast-import` instead of three processes per commit.
    shas.push(
      ...importCommits(
        repo,
        CASES.map((testCase, index) => {
          const { identity, position } = testCase;
          return {
            path: `case-${index}.txt`,
            content: numbered(2, `case ${index}`),
            message: position === 'co-author' ? `Change ${index}\n\nCo-authored-by: ${identity.name} <${identity.email}>` : `Change ${index}`,
            author: position === 'author' ? identity : PERSON,
            committer: position === 'committer' ? identity : PERSON,
          };
        }),
      ),
    );
    result = await attributeRange(repo, base);
  });

  it('covers every identity entry of the catalogue', () => {
    expect(IDENTITY_ENTRIES.length).toBeGreaterThan(20);
    expect(CASES.length).toBeGreaterThanOrEqual(IDENTITY_ENTRIES.length * 3);
  });

  it.each(CASES.map((testCase, index) => [testCase.name, testCase, index] as const))('%s', (_name, testCase, index) => {
    const file = result.files.find((f) => f.path === `case-${index}.txt`);
    expect(file?.aiLines).toEqual([1, 2]);
    const signals = result.aiCommits.find((c) => c.sha === shas[index])?.signals ?? [];
    expect(signals.map((s) => s.id)).toEqual([testCase.entry.id]);
    const source = testCase.position === 'co-author' ? 'trailer:Co-authored-by' : testCase.position;
    expect(signals[0]?.source).toBe(source);
    expect(signals[0]?.confidence).toBe(testCase.entry.confidence);
  });
});

describe('the trailers of issue #12 and a squash commit', () => {
  const JULES = 'Co-authored-by: google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>';
  const DEVIN = 'Co-authored-by: devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>';

  it.each([
    ['Jules', JULES, 'jules-login'],
    ['Devin', DEVIN, 'devin-login'],
  ])('the %s trailer GitHub writes on a squash merge marks every line of the commit', async (_name, trailer, id) => {
    const repo = makeRepo();
    repo.write({ 'src/keep.ts': numbered(5, 'keep') });
    const base = repo.commit('base');
    // A squash commit: a person's name on it, many files, the agent only in the trailer.
    repo.write({ 'src/keep.ts': numbered(8, 'keep'), 'src/new.ts': numbered(4, 'new'), 'docs/a.md': numbered(2, 'doc') });
    const squash = repo.commit(`Fix the flaky test (#123)\n\n* first try\n\n* second try\n\n---------\n\n${trailer}\nCo-authored-by: Bea Reviewer <bea@example.com>`, {
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    });
    const result = await attributeRange(repo, base, squash);
    expect(result.counts).toEqual({ ai: 3 + 4 + 2, human: 0, unknown: 0 });
    expect(result.aiCommits).toEqual([
      { sha: squash, signals: [{ kind: 'commit', source: 'trailer:Co-authored-by', detail: trailer, tool: id.split('-')[0], confidence: 'high', id }] },
    ]);
  });

  it('reads trailer keys in any case', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'x\n' });
    const base = repo.commit('base');
    const keys = ['Co-Authored-By', 'co-authored-by', 'CO-AUTHORED-BY'];
    const shas = keys.map((key, index) => {
      repo.write({ [`f${index}.ts`]: 'x\n' });
      return repo.commit(`c${index}\n\n${key}: Claude <noreply@anthropic.com>`);
    });
    const result = await attributeRange(repo, base);
    expect(result.aiCommits.map((c) => [c.sha, c.signals.map((s) => s.source)])).toEqual(shas.map((sha, index) => [sha, [`trailer:${keys[index]}`]]));
  });
});

describe('identity helpers', () => {
  it('read the login inside both noreply forms, and nothing else', () => {
    expect(noreplyLogin('161369871+google-labs-jules[bot]@users.noreply.github.com')).toBe('google-labs-jules[bot]');
    expect(noreplyLogin('Continue[bot]@users.noreply.github.com')).toBe('continue[bot]');
    expect(noreplyLogin('jules@users.noreply.github.com.evil.example')).toBeNull();
    expect(noreplyLogin('google-labs-jules[bot]@example.com')).toBeNull();
  });

  it('split a trailer value into name and address, also when either is missing or odd', () => {
    expect(parseNameAddress('Claude Opus 4.6 (1M context) <noreply@anthropic.com>')).toEqual({ name: 'Claude Opus 4.6 (1M context)', address: 'noreply@anthropic.com' });
    expect(parseNameAddress('Claude')).toEqual({ name: 'Claude', address: '' });
    expect(parseNameAddress('a <b <c@d>')).toEqual({ name: 'a <b', address: 'c@d' });
    expect(parseNameAddress('x <not an address>')).toEqual({ name: 'x <not an address>', address: '' });
    // A long run of spaces before no `<` is read in linear time (no backtracking regex).
    expect(parseNameAddress(`x${' '.repeat(200_000)}y`).address).toBe('');
  });
});
