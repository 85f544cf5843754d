// The head Revision on a real repository: tree listing, memoised reads through one cat-file process,
// and its errors. The WorkingTree answers the same questions from disk.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { Revision, WorkingTree, runGit, withRevision } from '../../src/git/index.js';
import { makeRepo, removeRepos, type TestRepo } from '../helpers/repo.js';

afterAll(removeRepos);

// Bigger than a pipe's buffer many times over: it arrives in many chunks.
const BIG = `${'x'.repeat(999)}\n`.repeat(3000);

describe('Revision', () => {
  let repo: TestRepo;
  let base: string;
  let head: string;

  beforeAll(() => {
    repo = makeRepo();
    repo.write({ 'a.txt': 'one\n', 'src/ünï.ts': 'export const é = 1;\n', 'bin.dat': Buffer.from([0x61, 0x00, 0x62]), 'big.txt': BIG });
    base = repo.commit('base');
    repo.write({ 'a.txt': 'two\n', 'name\nwith newline.txt': 'odd\n' });
    head = repo.commit('head');
    repo.write({ 'a.txt': 'uncommitted\n' });
  });

  it('reads blobs as committed, each path asked of git once', async () => {
    const revision = await Revision.open(repo.dir, 'HEAD');
    try {
      expect(revision.sha).toBe(head);
      const [first, again, unicode, big] = await Promise.all([
        revision.readText('a.txt'),
        revision.readText('a.txt'),
        revision.readText('src/ünï.ts'),
        revision.readText('big.txt'),
      ]);
      expect(first).toBe('two\n');
      expect(again).toBe('two\n');
      expect(unicode).toBe('export const é = 1;\n');
      expect(big).toBe(BIG);
      expect(await revision.readText('a.txt')).toBe('two\n');
      expect(revision.blobRequests).toEqual(['a.txt', 'src/ünï.ts', 'big.txt']);
    } finally {
      revision.close();
    }
  });

  it('answers null for absent paths, folders and binary text, and keeps the order of replies', async () => {
    await withRevision(repo.dir, head, async (revision) => {
      const texts = await revision.readTexts(['missing.txt', 'src', 'bin.dat', 'a.txt', 'name\nwith newline.txt']);
      expect([...texts]).toEqual([['a.txt', 'two\n'], ['name\nwith newline.txt', 'odd\n']]);
      expect(await revision.readBlob('bin.dat')).toEqual(Buffer.from([0x61, 0x00, 0x62]));
      expect(await revision.readBlob('src')).toBeNull();
    });
  });

  it('lists and indexes the tracked files of that commit, from any folder of the repository', async () => {
    await withRevision(join(repo.dir, 'src'), base, async (revision) => {
      expect(await revision.trackedFiles()).toEqual(['a.txt', 'big.txt', 'bin.dat', 'src/ünï.ts']);
      const index = await revision.pathIndex();
      expect(index).toBe(await revision.pathIndex());
      expect(index.has('src/ünï.ts')).toBe(true);
      expect(index.endingWith('ünï.ts')).toEqual(['src/ünï.ts']);
      expect(await revision.readText('a.txt')).toBe('one\n');
    });
  });

  it('names an unknown revision, and refuses reads after close', async () => {
    await expect(Revision.open(repo.dir, 'no-such-rev')).rejects.toThrow(InputError);
    await expect(Revision.open(repo.dir, '--output=/tmp/x')).rejects.toThrow(/unknown revision "--output=\/tmp\/x"/);
    const revision = await Revision.open(repo.dir, head);
    await revision.readText('a.txt');
    revision.close();
    await expect(revision.readText('big.txt')).rejects.toThrow(/closed/);
  });

  it('closes its cat-file process when the work it wraps throws', async () => {
    let opened: Revision | null = null;
    await expect(
      withRevision(repo.dir, head, async (revision) => {
        opened = revision;
        await revision.readText('a.txt');
        throw new Error('stage failed');
      }),
    ).rejects.toThrow('stage failed');
    await expect((opened as Revision | null)?.readText('big.txt')).rejects.toThrow(/closed/);
  });

  it('turns a folder that is not a repository into an InputError', async () => {
    await expect(runGit('/nonexistent/folder', ['status'])).rejects.toThrow(/the repository folder \/nonexistent\/folder does not exist/);
  });
});

describe('WorkingTree', () => {
  it('reads the checkout as it is on disk, with the Revision interface', async () => {
    const repo = makeRepo();
    repo.write({ 'a.txt': 'committed\n' });
    repo.commit('one');
    repo.write({ 'a.txt': 'edited\n', 'bin.dat': Buffer.from([0, 1]) });
    const tree = new WorkingTree(repo.dir);
    expect(await tree.readText('a.txt')).toBe('edited\n');
    expect(await tree.readText('bin.dat')).toBeNull();
    expect([...(await tree.readTexts(['a.txt', 'gone.txt', '.']))]).toEqual([['a.txt', 'edited\n']]);
  });
});

describe('paths that are not as the repository root names them', () => {
  it('reads ./ and a/../ forms from the root, also in a bare clone, and refuses paths that leave the repository', async () => {
    const repo = makeRepo();
    repo.write({ 'pkg/index.ts': 'export const a = 1;\n', 'top.ts': 'export const t = 1;\n', 'other.ts': 'export const o = 1;\n' });
    const head = repo.commit('files');
    const bare = join(repo.dir, 'bare.git'); // inside the test repository, so removeRepos removes it
    repo.git(['clone', '-q', '--bare', repo.dir, bare]);

    const revision = await Revision.open(bare, head);
    try {
      // Read together: one fatal request would otherwise end the shared cat-file process for all.
      const [dotted, upAndDown, outside, absolute, plain] = await Promise.all([
        revision.readText('./pkg/index.ts'),
        revision.readText('pkg/../top.ts'),
        revision.readText('../etc/passwd'),
        revision.readText('/etc/passwd'),
        revision.readText('other.ts'),
      ]);
      expect([dotted, upAndDown, outside, absolute, plain]).toEqual([
        'export const a = 1;\n', 'export const t = 1;\n', null, null, 'export const o = 1;\n',
      ]);
    } finally {
      revision.close();
    }

    const tree = new WorkingTree(join(repo.dir, 'pkg'));
    expect(await tree.readText('../top.ts')).toBeNull();
    expect(await tree.readText('./index.ts')).toBe('export const a = 1;\n');
  });
});
