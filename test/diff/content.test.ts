// readFileAtRevision and listTrackedFiles read git objects: no checkout needed.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectChangedFiles, listTrackedFiles, readFileAtRevision, resolveRange } from '../../src/diff/index.js';
import { NO_EVENT } from '../../src/event.js';
import { makeRepo, removeRepos, TestRepo } from '../helpers/repo.js';

let bareDir = '';
afterAll(() => {
  removeRepos();
  if (bareDir) rmSync(bareDir, { recursive: true, force: true });
});

function inputError(text: string): unknown {
  return expect.objectContaining({ name: 'InputError', message: expect.stringContaining(text) });
}

describe('reading files from git objects', () => {
  let repo: TestRepo;
  let base: string;
  let head: string;

  beforeAll(() => {
    repo = makeRepo();
    repo.write({
      'src/app.ts': 'export const version = 1;\n',
      'docs/old name.md': '# old\n',
      // Checked out with CRLF, stored with LF: the blob is what git stores.
      '.gitattributes': '*.txt text eol=crlf\n',
      'notes.txt': 'one\ntwo\n',
    });
    base = repo.commit('base');
    repo.write({ 'src/app.ts': 'export const version = 2;\nexport const extra = true;\n', 'docs/old name.md': null, 'docs/ünï.md': '# new\n' });
    head = repo.commit('head');
  });

  it('reads a file as committed at each revision', async () => {
    expect((await readFileAtRevision(repo.dir, base, 'src/app.ts'))?.toString()).toBe('export const version = 1;\n');
    expect((await readFileAtRevision(repo.dir, head, 'src/app.ts'))?.toString()).toBe('export const version = 2;\nexport const extra = true;\n');
    expect((await readFileAtRevision(repo.dir, 'HEAD~1', 'docs/old name.md'))?.toString()).toBe('# old\n');
    expect((await readFileAtRevision(repo.dir, head, 'docs/ünï.md'))?.toString()).toBe('# new\n');
  });

  it('returns the stored blob, not the checked-out CRLF form', async () => {
    repo.write({ 'notes.txt': null });
    repo.git(['checkout', '--', 'notes.txt']);
    expect(readFileSync(join(repo.dir, 'notes.txt'), 'utf8')).toBe('one\r\ntwo\r\n');
    expect((await readFileAtRevision(repo.dir, head, 'notes.txt'))?.toString()).toBe('one\ntwo\n');
  });

  it('returns null for a path that is absent or not a file at that revision', async () => {
    expect(await readFileAtRevision(repo.dir, head, 'docs/old name.md')).toBeNull();
    expect(await readFileAtRevision(repo.dir, base, 'docs/ünï.md')).toBeNull();
    expect(await readFileAtRevision(repo.dir, head, 'src')).toBeNull();
  });

  it('reads paths from the repository root when run from a subfolder', async () => {
    expect((await readFileAtRevision(join(repo.dir, 'src'), head, 'docs/ünï.md'))?.toString()).toBe('# new\n');
    expect(await listTrackedFiles(join(repo.dir, 'src'), head)).toEqual(['.gitattributes', 'docs/ünï.md', 'notes.txt', 'src/app.ts']);
  });

  it('reports an unknown revision as an InputError naming it', async () => {
    await expect(readFileAtRevision(repo.dir, 'no-such-rev', 'src/app.ts')).rejects.toThrow(inputError('"no-such-rev"'));
    await expect(listTrackedFiles(repo.dir, 'no-such-rev')).rejects.toThrow(inputError('"no-such-rev"'));
  });

  it('lists tracked files at a revision, without submodules', async () => {
    expect(await listTrackedFiles(repo.dir, base)).toEqual(['.gitattributes', 'docs/old name.md', 'notes.txt', 'src/app.ts']);
    const withSubmodule = makeRepo();
    withSubmodule.write({ 'a.txt': 'a\n' });
    const blob = withSubmodule.commit('a');
    withSubmodule.git(['update-index', '--add', '--cacheinfo', `160000,${blob},vendor/lib`]);
    withSubmodule.git(['commit', '-q', '-m', 'gitlink']);
    expect(await listTrackedFiles(withSubmodule.dir, 'HEAD')).toEqual(['a.txt']);
  });

  it('compares two revisions in a bare clone, which has no checkout at all', async () => {
    bareDir = `${repo.dir}-bare.git`;
    repo.git(['clone', '-q', '--bare', repo.dir, bareDir]);
    const bare = new TestRepo(bareDir);
    expect(bare.git(['rev-parse', '--is-bare-repository']).trim()).toBe('true');

    const range = await resolveRange(bare.dir, { base: base.slice(0, 10), head: 'main', event: NO_EVENT });
    expect(range).toMatchObject({ base, head });
    const files = await collectChangedFiles(bare.dir, range);
    expect(files.map((file) => [file.path, file.status, file.addedLines])).toEqual([
      ['docs/old name.md', 'deleted', []],
      ['docs/ünï.md', 'added', [1]],
      ['src/app.ts', 'modified', [1, 2]],
    ]);
    expect((await readFileAtRevision(bare.dir, range.head, 'src/app.ts'))?.toString()).toContain('extra');
    expect(await listTrackedFiles(bare.dir, range.head)).toEqual(['.gitattributes', 'docs/ünï.md', 'notes.txt', 'src/app.ts']);
  });
});
