// collectChangedFiles on real repositories: every kind of change git can show.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectChangedFiles, collectDiff } from '../../src/diff/index.js';
import { COPIES_SKIPPED_WARNING, RENAME_LIMIT } from '../../src/diff/collect.js';
import type { ChangedFile } from '../../src/model.js';
import { makeRepo, removeRepos } from '../helpers/repo.js';
import type { TestRepo } from '../helpers/repo.js';
import { repoPath, sha } from '../helpers/ids.js';

afterAll(removeRepos);

function changed(fields: Partial<ChangedFile> & Pick<ChangedFile, 'path' | 'status'>): ChangedFile {
  return { oldPath: null, addedLines: [], hunks: [], binary: false, submodule: false, modeOnly: false, ...fields };
}

function numbered(prefix: string, count: number): string {
  return Array.from({ length: count }, (_, index) => `${prefix} line ${index + 1}\n`).join('');
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

describe('collectChangedFiles on a repository with every kind of change', () => {
  let repo: TestRepo;
  let base: string;
  let head: string;

  beforeAll(() => {
    repo = makeRepo();
    repo.write({
      'modified.txt': numbered('modified', 10),
      'deleted.txt': numbered('deleted', 4),
      'renamed-pure.txt': numbered('pure rename', 10),
      'renamed-edited.txt': numbered('edited rename', 10),
      'copy-source.ts': numbered('export const copied =', 12),
      'script.sh': '#!/bin/sh\necho hi\n',
      'image.bin': Buffer.from([0, 1, 2, 3, 0, 255]),
      'no-newline.txt': 'first\nsecond',
      'crlf.txt': 'one\r\ntwo\r\nthree\r\n',
    });
    symlinkSync('modified.txt', join(repo.dir, 'typechange'));
    base = repo.commit('base');

    repo.write({
      'modified.txt': numbered('modified', 10).replace('modified line 5\n', 'modified line five\n'),
      'deleted.txt': null,
      'renamed-pure.txt': null,
      'moved/renamed-pure.txt': numbered('pure rename', 10),
      'renamed-edited.txt': null,
      'renamed-edited-new.txt': numbered('edited rename', 10).replace('edited rename line 7\n', 'edited rename line seven\n'),
      'copy-target.ts': numbered('export const copied =', 12),
      'image.bin': Buffer.from([0, 1, 2, 3, 0, 254, 253]),
      'new-image.bin': Buffer.from([0, 0, 0, 7]),
      'no-newline.txt': 'first\nsecond\nthird',
      'crlf.txt': 'one\r\nTWO\r\nthree\r\nfour\r\n',
      'with space.txt': 'a\nb\n',
      'ünïcödé/日本.ts': 'export const x = 1;\n',
      'say "hi".txt': 'quoted\n',
      'back\\slash\ttab.txt': 'odd\n',
      'line\nbreak.txt': 'newline in the name\n',
      'empty.txt': '',
      'typechange': null,
    });
    repo.write({ typechange: 'now a file\nwith two lines\n' });
    repo.chmod('script.sh', 0o755);
    head = repo.commit('head');
  });

  it('lists each file with its status, old path, added head lines and hunks', async () => {
    const files = await collectChangedFiles(repo.dir, { base: sha(base), head: sha(head) });
    expect(files).toEqual([
      changed({ path: repoPath('back\\slash\ttab.txt'), status: 'added', addedLines: [1], hunks: [{ start: 1, end: 1 }] }),
      changed({ path: repoPath('copy-target.ts'), oldPath: repoPath('copy-source.ts'), status: 'copied' }),
      changed({ path: repoPath('crlf.txt'), status: 'modified', addedLines: [2, 4], hunks: [{ start: 1, end: 4 }] }),
      changed({ path: repoPath('deleted.txt'), status: 'deleted' }),
      changed({ path: repoPath('empty.txt'), status: 'added' }),
      changed({ path: repoPath('image.bin'), status: 'modified', binary: true }),
      changed({ path: repoPath('line\nbreak.txt'), status: 'added', addedLines: [1], hunks: [{ start: 1, end: 1 }] }),
      changed({ path: repoPath('modified.txt'), status: 'modified', addedLines: [5], hunks: [{ start: 2, end: 8 }] }),
      changed({ path: repoPath('moved/renamed-pure.txt'), oldPath: repoPath('renamed-pure.txt'), status: 'renamed' }),
      changed({ path: repoPath('new-image.bin'), status: 'added', binary: true }),
      // `second` gained a newline, so git shows it as rewritten: both lines are added.
      changed({ path: repoPath('no-newline.txt'), status: 'modified', addedLines: [2, 3], hunks: [{ start: 1, end: 3 }] }),
      changed({
        path: repoPath('renamed-edited-new.txt'),
        oldPath: repoPath('renamed-edited.txt'),
        status: 'renamed',
        addedLines: [7],
        hunks: [{ start: 4, end: 10 }],
      }),
      changed({ path: repoPath('say "hi".txt'), status: 'added', addedLines: [1], hunks: [{ start: 1, end: 1 }] }),
      changed({ path: repoPath('script.sh'), status: 'modified', modeOnly: true }),
      // A symlink replaced by a file: git shows a deletion and an addition, diffgate one modified file.
      changed({ path: repoPath('typechange'), status: 'modified', addedLines: [1, 2], hunks: [{ start: 1, end: 2 }] }),
      changed({ path: repoPath('with space.txt'), status: 'added', addedLines: [1, 2], hunks: [{ start: 1, end: 2 }] }),
      changed({ path: repoPath('ünïcödé/日本.ts'), status: 'added', addedLines: [1], hunks: [{ start: 1, end: 1 }] }),
    ]);
  });

  it('gives the same result whatever the user has configured for git diff', async () => {
    const before = await collectChangedFiles(repo.dir, { base: sha(base), head: sha(head) });
    const settings: [string, string][] = [
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['color.ui', 'always'],
      ['color.diff', 'always'],
      ['diff.context', '10'],
      ['diff.interHunkContext', '20'],
      ['diff.renames', 'false'],
      ['diff.algorithm', 'patience'],
      ['diff.suppressBlankEmpty', 'true'],
      ['core.quotePath', 'false'],
      ['diff.external', 'false'],
      ['diff.submodule', 'log'],
      ['diff.relative', 'true'],
    ];
    for (const [key, value] of settings) repo.git(['config', key, value]);
    try {
      expect(await collectChangedFiles(repo.dir, { base: sha(base), head: sha(head) })).toEqual(before);
    } finally {
      for (const [key] of settings) repo.git(['config', '--unset', key]);
    }
  });

  it('reports paths from the repository root when run from a subfolder', async () => {
    const files = await collectChangedFiles(join(repo.dir, 'moved'), { base: sha(base), head: sha(head) });
    expect(files.map((file) => file.path)).toContain('modified.txt');
    expect(files.map((file) => file.path)).toContain('moved/renamed-pure.txt');
  });

  it('reports an unknown commit as an InputError naming it', async () => {
    await expect(collectChangedFiles(repo.dir, { base: sha('f'.repeat(40)), head: repo.head() })).rejects.toThrow(
      expect.objectContaining({ name: 'InputError', message: expect.stringContaining('f'.repeat(40)) }),
    );
  });
});

describe('collectChangedFiles on submodules', () => {
  it('marks gitlink additions and pointer moves as submodule changes without lines', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'parent\n' });
    const base = repo.commit('base');

    // A nested repository: `git add` records it as a gitlink (mode 160000).
    const inner = join(repo.dir, 'vendor', 'lib');
    mkdirSync(inner, { recursive: true });
    const innerGit = (args: string[]): string => repo.git(['-C', inner, ...args]);
    innerGit(['init', '-q', '-b', 'main']);
    repo.write({ 'vendor/lib/lib.txt': 'v1\n' });
    innerGit(['add', '-A']);
    innerGit(['-c', 'user.name=x', '-c', 'user.email=x@example.com', 'commit', '-q', '-m', 'v1']);
    const added = repo.commit('add submodule');

    repo.write({ 'vendor/lib/lib.txt': 'v2\n' });
    innerGit(['-c', 'user.name=x', '-c', 'user.email=x@example.com', 'commit', '-q', '-am', 'v2']);
    const moved = repo.commit('move submodule');

    expect(await collectChangedFiles(repo.dir, { base: sha(base), head: sha(added) })).toEqual([
      changed({ path: repoPath('vendor/lib'), status: 'added', submodule: true }),
    ]);
    expect(await collectChangedFiles(repo.dir, { base: sha(added), head: sha(moved) })).toEqual([
      changed({ path: repoPath('vendor/lib'), status: 'modified', submodule: true }),
    ]);
    expect(await collectChangedFiles(repo.dir, { base: sha(moved), head: sha(base) })).toEqual([
      changed({ path: repoPath('vendor/lib'), status: 'deleted', submodule: true }),
    ]);
  });
});

describe('collectChangedFiles on a huge change', () => {
  it('streams a diff with 200,000 added lines and a 3 MB line without losing a line', async () => {
    const repo = makeRepo();
    repo.write({ 'big.txt': 'start\n' });
    const base = repo.commit('base');
    const manyLines = numbered('x', 200_000);
    const minified = `${'const a=1;'.repeat(300_000)}\n`;
    repo.write({ 'big.txt': `start\n${manyLines}`, 'bundle.min.js': `header\n${minified}footer\n` });
    const head = repo.commit('huge');

    const { files, warnings } = await collectDiff(repo.dir, { base: sha(base), head: sha(head) });
    expect(warnings).toEqual([]);
    expect(files.map((file) => file.path)).toEqual(['big.txt', 'bundle.min.js']);
    expect(files[0]?.addedLines).toEqual(range(2, 200_001));
    expect(files[1]?.addedLines).toEqual([1, 2, 3]);
  });
});

describe('collectDiff when rename detection gives up', () => {
  it('still lists every file, and passes on git\'s warning instead of hiding it', async () => {
    const repo = makeRepo();
    const files = (prefix: string): Record<string, string> =>
      Object.fromEntries(Array.from({ length: RENAME_LIMIT + 1 }, (_, index) => [`${prefix}/${index}.txt`, `${prefix} ${index}\n`]));
    repo.write(files('old'));
    const base = repo.commit('base');
    repo.write(files('new'));
    const head = repo.commit('head');

    const result = await collectDiff(repo.dir, { base: sha(base), head: sha(head) });
    expect(result.files).toHaveLength(RENAME_LIMIT + 1);
    expect(result.files.every((file) => file.status === 'added' && file.addedLines.length === 1)).toBe(true);
    expect(result.warnings).toEqual(['only found copies from modified paths due to too many files.']);
  });
});

describe('collectDiff in a partial clone without its remote', () => {
  it('drops only the search for copies from untouched files, and says so', async () => {
    const source = makeRepo();
    source.write({ 'untouched.ts': numbered('export const kept =', 20), 'changed.ts': numbered('export const before =', 3) });
    const base = source.commit('base');
    source.write({ 'changed.ts': `${numbered('export const before =', 3)}export const after = 1;\n` });
    const head = source.commit('head');
    source.git(['config', 'uploadpack.allowFilter', 'true']);

    // A blobless clone holds the blobs of HEAD's tree only on demand; fetch the two the diff needs,
    // then cut the remote so that no other blob can arrive.
    const clone = join(source.dir, 'clone'); // inside the test repository, so removeRepos removes it
    source.git(['clone', '-q', '--filter=blob:none', '--no-checkout', `file://${source.dir}`, clone]);
    const inClone = (args: string[]): string => source.git(['-C', clone, ...args]);
    inClone(['cat-file', '-p', `${base}:changed.ts`]);
    inClone(['cat-file', '-p', `${head}:changed.ts`]);
    inClone(['remote', 'set-url', 'origin', join(source.dir, 'gone')]);

    const result = await collectDiff(clone, { base: sha(base), head: sha(head) });
    expect(result.files.map((file) => [file.path, file.addedLines])).toEqual([['changed.ts', [4]]]);
    expect(result.warnings).toEqual([COPIES_SKIPPED_WARNING]);

    // In a whole clone the same range needs no fallback.
    expect((await collectDiff(source.dir, { base: sha(base), head: sha(head) })).warnings).toEqual([]);
  });
});
