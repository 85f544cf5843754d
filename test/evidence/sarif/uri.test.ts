import { describe, expect, it } from 'vitest';
import type * as sarif from 'sarif';
import { normalizePath, resolveArtifactLocation, uriToPath } from '../../../src/evidence/sarif/uri.js';
import type { UriContext } from '../../../src/evidence/sarif/uri.js';

function context(originalUriBaseIds: Record<string, sarif.ArtifactLocation> = {}, artifacts: sarif.Artifact[] = []): UriContext {
  return { originalUriBaseIds, artifacts };
}

describe('uriToPath', () => {
  it.each([
    ['src/a.ts', 'src/a.ts'],
    ['src/my%20file.ts', 'src/my file.ts'],
    ['src/%E2%9C%93.ts', 'src/✓.ts'],
    ['src\\win\\a.cs', 'src/win/a.cs'],
    ['C:\\Users\\dev\\repo\\a.cs', 'C:/Users/dev/repo/a.cs'],
    ['C:/Users/dev/repo/a.cs', 'C:/Users/dev/repo/a.cs'],
    ['file:///home/runner/work/svc/svc/src/a.ts', '/home/runner/work/svc/svc/src/a.ts'],
    ['file:///C:/Users/adege/One%20Drive/x.ps1', 'C:/Users/adege/One Drive/x.ps1'],
    ['file:/C:/x/y.c', 'C:/x/y.c'],
    ['FILE://localhost/etc/a.c', '/etc/a.c'],
    ['file://build.example.com/work/src/a.c', '//build.example.com/work/src/a.c'],
    ['src/a.ts?raw=1#L3', 'src/a.ts'],
    ['/app/node_modules/esbuild/bin/esbuild', '/app/node_modules/esbuild/bin/esbuild'],
  ])('%s → %s', (uri, path) => {
    expect(uriToPath(uri)).toEqual({ path });
  });

  it('refuses other schemes and malformed escapes with a reason', () => {
    expect(uriToPath('https://www.example.com/code/file.cs')).toEqual({ path: null, reason: 'not a file URI (https:)' });
    expect(uriToPath('fi%le:///c:/src/file.c')).toEqual({ path: null, reason: 'the uri has a malformed %-escape' });
    expect(uriToPath('src/100%.ts')).toEqual({ path: null, reason: 'the uri has a malformed %-escape' });
    expect(uriToPath('  ')).toEqual({ path: null, reason: 'the uri is empty' });
  });
});

describe('resolveArtifactLocation', () => {
  it('reads a relative uri without a base as relative to the repository root', () => {
    expect(resolveArtifactLocation({ uri: 'lib/a.js' }, context())).toEqual({ path: 'lib/a.js' });
  });

  it('treats an undeclared %SRCROOT% and a base declared without uri as the repository root', () => {
    expect(resolveArtifactLocation({ uri: 'lib/a.js', uriBaseId: '%SRCROOT%' }, context())).toEqual({ path: 'lib/a.js' });
    const declared = context({ REPO_ROOT: { description: { text: 'no uri' } } });
    expect(resolveArtifactLocation({ uri: 'a.c', uriBaseId: 'REPO_ROOT' }, declared)).toEqual({ path: 'a.c' });
  });

  it('follows nested originalUriBaseIds chains', () => {
    const bases = context({
      PROJECTROOT: { uri: 'file://build.example.com/work/' },
      SRCROOT: { uri: 'src/', uriBaseId: 'PROJECTROOT' },
      REPO_ROOT: {},
      SOURCE_ROOT: { uri: 'src/', uriBaseId: 'REPO_ROOT' },
      PKG: { uri: 'packages/core', uriBaseId: 'SOURCE_ROOT' },
    });
    expect(resolveArtifactLocation({ uri: 'collections/list.h', uriBaseId: 'SRCROOT' }, bases)).toEqual({
      path: '//build.example.com/work/src/collections/list.h',
    });
    // A base without a trailing slash is still a directory.
    expect(resolveArtifactLocation({ uri: 'lib/x.ts', uriBaseId: 'PKG' }, bases)).toEqual({ path: 'src/packages/core/lib/x.ts' });
  });

  it('joins absolute file:// and bare-slash bases', () => {
    const bases = context({ ROOTPATH: { uri: '/' }, CHECKOUT: { uri: 'file:///home/dev/proj/' } });
    expect(resolveArtifactLocation({ uri: 'Dockerfile', uriBaseId: 'ROOTPATH' }, bases)).toEqual({ path: '/Dockerfile' });
    expect(resolveArtifactLocation({ uri: 'src/a%2Bb.ts', uriBaseId: 'CHECKOUT' }, bases)).toEqual({ path: '/home/dev/proj/src/a+b.ts' });
  });

  it('ignores the base when the uri is already absolute', () => {
    const bases = context({ SRCROOT: { uri: 'file:///ignored/' } });
    expect(resolveArtifactLocation({ uri: 'file:///C:/code/a.c', uriBaseId: 'SRCROOT' }, bases)).toEqual({ path: 'C:/code/a.c' });
  });

  it('refuses a base chain that refers to itself, and a base that is not a file', () => {
    const cycle = context({ A: { uri: 'x/', uriBaseId: 'B' }, B: { uri: 'y/', uriBaseId: 'A' } });
    expect(resolveArtifactLocation({ uri: 'a.c', uriBaseId: 'A' }, cycle)).toEqual({
      path: null,
      reason: 'uriBaseId A → B → A refers to itself',
    });
    const web = context({ SITE: { uri: 'https://example.com/' } });
    expect(resolveArtifactLocation({ uri: 'a.aspx', uriBaseId: 'SITE' }, web)).toEqual({ path: null, reason: 'not a file URI (https:)' });
  });

  it('takes uri and base from run.artifacts when the location gives only an index', () => {
    const artifacts = context({ SRC: { uri: 'file:///w/' } }, [{ location: { uri: 'one.c' } }, { location: { uri: 'two.c', uriBaseId: 'SRC' } }]);
    expect(resolveArtifactLocation({ index: 1 }, artifacts)).toEqual({ path: '/w/two.c' });
    expect(resolveArtifactLocation({ index: 7 }, artifacts)).toEqual({ path: null, reason: 'the location has no uri' });
  });

  it('does not treat prototype keys as declared bases', () => {
    expect(resolveArtifactLocation({ uri: 'a.c', uriBaseId: 'constructor' }, context())).toEqual({ path: 'a.c' });
  });
});

describe('normalizePath', () => {
  it.each([
    ['src/./a/../b.ts', 'src/b.ts'],
    ['../../x/y.ts', '../../x/y.ts'],
    ['a/../../x.ts', '../x.ts'],
    ['/home/../../etc/x', '/etc/x'],
    ['C:/a/b/../../../c.cs', 'C:/c.cs'],
    ['//host/share/../x', '//host/x'],
  ])('%s → %s', (path, normalized) => {
    expect(normalizePath(path)).toBe(normalized);
  });
});
