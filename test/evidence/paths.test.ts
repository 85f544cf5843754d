import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPathMapper, mapToRepoPath, memoizePathMapper, type PathMappingContext } from '../../src/evidence/paths.js';

const tracked = [
  'src/a.ts',
  'src/util/b.ts',
  'packages/app/src/index.ts',
  'packages/lib/src/index.ts',
  'packages/lib/src/only-lib.ts',
  'README.md',
  'index.ts',
];

function context(overrides: Partial<PathMappingContext> = {}): PathMappingContext {
  return { repoRoot: '/work/checkout', trackedFiles: tracked, prefixes: [], ...overrides };
}

describe('mapToRepoPath', () => {
  it('makes absolute paths under the checkout relative', () => {
    expect(mapToRepoPath('/work/checkout/src/a.ts', context())).toEqual({ path: 'src/a.ts' });
    expect(mapToRepoPath('/work/checkout/generated/x.ts', context())).toEqual({ path: 'generated/x.ts' });
  });

  it('does not treat a sibling folder with the same name start as the checkout', () => {
    const mapping = mapToRepoPath('/work/checkout2/src/nothing.ts', context());
    expect(mapping.path).toBeNull();
  });

  it('keeps tracked relative paths and normalises ./ and .. segments', () => {
    expect(mapToRepoPath('src/a.ts', context())).toEqual({ path: 'src/a.ts' });
    expect(mapToRepoPath('./src/./util/../a.ts', context())).toEqual({ path: 'src/a.ts' });
    expect(mapToRepoPath('/work/checkout/src/x/../util/b.ts', context())).toEqual({ path: 'src/util/b.ts' });
  });

  it('turns Windows separators and drive letters into repository paths', () => {
    expect(mapToRepoPath('src\\util\\b.ts', context())).toEqual({ path: 'src/util/b.ts' });
    expect(mapToRepoPath('C:\\Users\\dev\\proj\\src\\util\\b.ts', context())).toEqual({ path: 'src/util/b.ts' });
    expect(mapToRepoPath('/C:/Users/dev/proj/src/a.ts', context())).toEqual({ path: 'src/a.ts' });
    expect(mapToRepoPath('d:\\src\\repo\\src\\a.ts', context({ repoRoot: 'D:\\src\\repo' }))).toEqual({ path: 'src/a.ts' });
  });

  it('matches Windows paths case-insensitively when no tracked path matches exactly', () => {
    expect(mapToRepoPath('C:\\build\\Proj\\SRC\\Util\\B.ts', context())).toEqual({ path: 'src/util/b.ts' });
    const twoCases = context({ trackedFiles: ['docs/Readme.md', 'docs/README.md'] });
    expect(mapToRepoPath('D:\\x\\docs\\README.md', twoCases)).toEqual({ path: 'docs/README.md' });
    expect(mapToRepoPath('D:\\x\\docs\\readme.md', twoCases)).toEqual({
      path: null,
      reason: expect.stringContaining('docs/Readme.md, docs/README.md'),
    });
    // POSIX paths keep their case: /x/SRC/A.ts is not src/a.ts.
    expect(mapToRepoPath('/build/SRC/A.ts', context()).path).toBeNull();
  });

  it('refuses relative paths that leave the repository, with a reason', () => {
    const mapping = mapToRepoPath('../../etc/passwd', context());
    expect(mapping).toEqual({ path: null, reason: expect.stringContaining('leaves the repository') });
    expect(mapToRepoPath('src/../../x.ts', context()).path).toBeNull();
  });

  it('maps absolute paths from another machine by the longest suffix that is a tracked path', () => {
    expect(mapToRepoPath('/home/runner/work/svc/svc/src/a.ts', context())).toEqual({ path: 'src/a.ts' });
    // Both `packages/app/src/index.ts` and `index.ts` are tracked and end this path: the longest wins.
    expect(mapToRepoPath('/home/runner/work/m/m/packages/app/src/index.ts', context())).toEqual({
      path: 'packages/app/src/index.ts',
    });
  });

  it('refuses absolute paths from another machine that match no tracked file, saying what to configure', () => {
    const mapping = mapToRepoPath('/usr/include/stdio.h', context());
    expect(mapping.path).toBeNull();
    expect(mapping).toHaveProperty('reason', expect.stringContaining('path prefix'));
  });

  it('maps a relative path written from a subfolder when exactly one tracked file ends with it', () => {
    expect(mapToRepoPath('src/only-lib.ts', context())).toEqual({ path: 'packages/lib/src/only-lib.ts' });
  });

  it('refuses an ambiguous relative path and names the candidates', () => {
    const mapping = mapToRepoPath('src/index.ts', context());
    expect(mapping.path).toBeNull();
    expect(mapping).toHaveProperty('reason', expect.stringContaining('packages/app/src/index.ts'));
    expect(mapping).toHaveProperty('reason', expect.stringContaining('packages/lib/src/index.ts'));
  });

  it('keeps relative paths inside the repository that no tracked file matches (generated files)', () => {
    expect(mapToRepoPath('dist/bundle.js', context())).toEqual({ path: 'dist/bundle.js' });
  });

  it('tries configured prefixes first, preferring one that yields a tracked file', () => {
    const prefixes = ['/ci/build/', '/ci/build/packages/lib/'];
    expect(mapToRepoPath('/ci/build/packages/lib/src/index.ts', context({ prefixes }))).toEqual({
      path: 'packages/lib/src/index.ts',
    });
    // A prefix that does not match leaves the automatic mapping: here the tracked `index.ts` ends the path.
    expect(mapToRepoPath('/ci/build/src/index.ts', context({ prefixes: ['/ci/build/packages/app'] }))).toEqual({ path: 'index.ts' });
    // A relative prefix: language paths such as Go import paths.
    expect(mapToRepoPath('github.com/org/repo/src/a.ts', context({ prefixes: ['github.com/org/repo'] }))).toEqual({
      path: 'src/a.ts',
    });
    // A Windows prefix matches whatever the separators and drive-letter case.
    expect(mapToRepoPath('c:/agent/_work/1/s/src/util/b.ts', context({ prefixes: ['C:\\agent\\_work\\1\\s\\'] }))).toEqual({
      path: 'src/util/b.ts',
    });
  });

  it('lets a configured prefix override the longest-suffix choice', () => {
    // Automatically the longest tracked suffix wins; the prefix says the checkout was /ci/packages/app.
    expect(mapToRepoPath('/ci/packages/app/src/index.ts', context())).toEqual({ path: 'packages/app/src/index.ts' });
    expect(mapToRepoPath('/ci/packages/app/src/a.ts', context({ prefixes: ['/ci/packages/app/'] }))).toEqual({ path: 'src/a.ts' });
  });

  it('refuses paths that name no file', () => {
    expect(mapToRepoPath('', context()).path).toBeNull();
    expect(mapToRepoPath('/work/checkout', context()).path).toBeNull();
  });

  it('maps with an empty tracked list: relative paths kept, foreign absolute paths refused', () => {
    const empty = context({ trackedFiles: [] });
    expect(mapToRepoPath('lib/x.ts', empty)).toEqual({ path: 'lib/x.ts' });
    expect(mapToRepoPath('/elsewhere/lib/x.ts', empty).path).toBeNull();
  });

  it('maps many paths against a large tracked list with one index', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `pkg${i % 50}/src/mod${i}/file${i}.ts`);
    const map = createPathMapper({ repoRoot: '/repo', trackedFiles: many, prefixes: [] });
    const mapped = many.map((path) => map(`/home/runner/work/x/x/${path}`).path);
    expect(mapped).toEqual(many);
    expect(map('mod123/file123.ts')).toEqual({ path: 'pkg23/src/mod123/file123.ts' });
  });
});

describe('mapToRepoPath properties', () => {
  const segment = fc.stringMatching(/^[a-z0-9_-]{1,8}$/);
  const repoPath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments) => `${segments.join('/')}.ts`);
  const trackedList = fc.uniqueArray(repoPath, { minLength: 1, maxLength: 30 });

  it('maps every tracked path back to itself from the checkout, from a runner and from Windows', () => {
    fc.assert(
      fc.property(trackedList, fc.array(segment, { minLength: 1, maxLength: 4 }), (trackedFiles, runnerPrefix) => {
        const map = createPathMapper({ repoRoot: '/work/checkout', trackedFiles, prefixes: [] });
        for (const path of trackedFiles) {
          expect(map(path)).toEqual({ path });
          expect(map(`/work/checkout/${path}`)).toEqual({ path });
          expect(map(`./${path.replace(/\//g, '\\')}`)).toEqual({ path });
          // From another machine the longest tracked end wins: it is this path unless a longer tracked path also ends the raw path.
          const foreign = map(`/${runnerPrefix.join('/')}/${path}`).path;
          expect(foreign === path || (foreign !== null && foreign.endsWith(`/${path}`))).toBe(true);
        }
      }),
    );
  });

  it('never returns a path that leaves the repository, is absolute, or keeps . / .. / \\ segments', () => {
    const piece = fc.oneof(segment, fc.constantFrom('.', '..', '', 'C:', 'src'));
    const rawPath = fc
      .tuple(fc.constantFrom('', '/', 'C:\\', '//host/', '../'), fc.array(piece, { maxLength: 8 }), fc.constantFrom('/', '\\'))
      .map(([start, pieces, separator]) => start + pieces.join(separator));
    fc.assert(
      fc.property(trackedList, rawPath, (trackedFiles, raw) => {
        const mapping = mapToRepoPath(raw, { repoRoot: '/work/checkout', trackedFiles, prefixes: ['/ci/'] });
        if (mapping.path === null) {
          expect(mapping.reason).toContain(raw);
          return;
        }
        expect(mapping.path).not.toMatch(/^\/|^[A-Za-z]:|\\/);
        expect(mapping.path.split('/')).not.toContain('..');
        expect(mapping.path.split('/')).not.toContain('.');
        expect(mapping.path.split('/')).not.toContain('');
      }),
    );
  });
});

describe('memoizePathMapper', () => {
  it('asks the mapper once per distinct path and gives the same answers as the mapper itself', () => {
    const plain = createPathMapper(context());
    const asked: string[] = [];
    const memo = memoizePathMapper((raw) => {
      asked.push(raw);
      return plain(raw);
    });
    const raws = ['src/a.ts', '/work/checkout/src/a.ts', 'src/a.ts', 'lib/src/index.ts', '../outside.ts', 'src/a.ts', 'lib/src/index.ts', '../outside.ts'];
    const answers = raws.map(memo);
    expect(answers).toEqual(raws.map(plain));
    expect(answers[1]).toEqual({ path: 'src/a.ts' });
    expect(answers[4]).toMatchObject({ path: null });
    expect(asked).toEqual(['src/a.ts', '/work/checkout/src/a.ts', 'lib/src/index.ts', '../outside.ts']);
  });
});
