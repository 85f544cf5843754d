// The run's one cat-file process also resolves revisions: names answered in the order asked, mixed
// with file reads, missing names as null, and a folder that is not a repository as an error.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobReader } from '../../src/git/index.js';
import { makeRepo, removeRepos, type TestRepo } from '../helpers/repo.js';

afterAll(removeRepos);

describe('BlobReader.resolve', () => {
  let repo: TestRepo;
  let base: string;
  let head: string;

  beforeAll(() => {
    repo = makeRepo();
    repo.write({ 'a.txt': 'one\n' });
    base = repo.commit('base');
    repo.git(['tag', '-a', 'v1', '-m', 'annotated']);
    repo.write({ 'a.txt': 'two\n' });
    head = repo.commit('head');
  });

  it('resolves refs, peeled tags and relative names, interleaved with reads, in the order asked', async () => {
    using objects = new BlobReader(repo.dir);
    const [headCommit, tagCommit, parent, content, baseContent] = await Promise.all([
      objects.resolve('HEAD^{commit}'),
      objects.resolve('v1^{commit}'),
      objects.resolve('HEAD~1'),
      objects.read(`${head}:a.txt`),
      objects.read(`${base}:a.txt`),
    ]);
    expect(headCommit).toEqual({ oid: head, type: 'commit' });
    expect(tagCommit).toEqual({ oid: base, type: 'commit' });
    expect(parent).toEqual({ oid: base, type: 'commit' });
    expect(content?.toString()).toBe('two\n');
    expect(baseContent?.toString()).toBe('one\n');
  });

  it('answers null for a name git does not have, and tells a blob from a commit', async () => {
    using objects = new BlobReader(repo.dir);
    expect(await objects.resolve('no-such-branch^{commit}')).toBeNull();
    expect(await objects.resolve('0'.repeat(40))).toBeNull();
    const blob = await objects.resolve('HEAD:a.txt');
    expect(blob?.type).toBe('blob');
    expect(blob?.oid).toMatch(/^[0-9a-f]{40}$/);
    // Still usable after a miss: the next answer is the next name's.
    expect((await objects.resolve('main'))?.oid).toBe(head);
  });

  it('keeps node running only while a read is pending: a reader left open never hangs the process', async () => {
    const children = () => process.getActiveResourcesInfo().filter((kind) => kind === 'ProcessWrap').length;
    const before = children();
    const objects = new BlobReader(repo.dir);
    const pending = objects.read(`${head}:a.txt`);
    expect(children()).toBe(before + 1);
    expect((await pending)?.toString()).toBe('two\n');
    expect(children()).toBe(before);
    // Asked again, it holds the process again until the answer came.
    const again = objects.resolve('HEAD');
    expect(children()).toBe(before + 1);
    expect((await again)?.oid).toBe(head);
    expect(children()).toBe(before);
    objects.close();
  });

  it('refuses a name holding a newline, which would be two requests to cat-file', async () => {
    using objects = new BlobReader(repo.dir);
    await expect(objects.resolve('main\nHEAD')).rejects.toThrow(/newline/);
  });

  it('fails with git’s own message outside a repository', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'diffgate-not-a-repo-'));
    try {
      using objects = new BlobReader(folder);
      await expect(objects.resolve('HEAD')).rejects.toThrow(/not a git repository/i);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
