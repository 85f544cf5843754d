// The install guard: a dependency reached through a moving spec (dist-tag, `*`, URL) that no
// override pins must fail `npm run lint`, naming the package and the spec.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findMovingSpecs, isPinned, movingReason } from '../../scripts/check-lock.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = join(root, 'scripts', 'check-lock.mjs');

function lockWith(dependencies: Record<string, string>): object {
  return {
    name: 'fixture',
    lockfileVersion: 3,
    packages: {
      '': { name: 'fixture', devDependencies: { 'formatter': '3.1.0' } },
      'node_modules/formatter': { version: '3.1.0', dependencies },
      'node_modules/jschardet': { version: '4.0.0' },
    },
  };
}

function fixtureDir(lock: object, overrides?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'diffgate-lock-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', ...(overrides ? { overrides } : {}) }));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
  return dir;
}

describe('movingReason', () => {
  it.each(['latest', 'next', 'beta', '*', '', 'x', 'github:user/repo', 'user/repo', 'git+https://x/y.git', 'https://x/y.tgz', 'npm:other@latest'])(
    'calls %j moving',
    (spec) => expect(movingReason(spec)).toBeDefined(),
  );
  it.each(['1.2.3', '^1.2.3', '~4.0.0', '>=6', '1.x || 2.x', '>= 4.21.0', 'v1.2.3', 'npm:other@^1.0.0', 'file:../x', 'workspace:*'])(
    'calls %j fixed',
    (spec) => expect(movingReason(spec)).toBeUndefined(),
  );
});

describe('isPinned', () => {
  it('accepts a top-level or parent-scoped exact override, not a range', () => {
    expect(isPinned({ jschardet: '4.0.0' }, 'formatter', 'jschardet')).toBe(true);
    expect(isPinned({ formatter: { jschardet: '4.0.0' } }, 'formatter', 'jschardet')).toBe(true);
    expect(isPinned({ 'formatter@3': { jschardet: '4.0.0' } }, 'formatter', 'jschardet')).toBe(true);
    expect(isPinned({ '@ms/formatter@3': { jschardet: '4.0.0' } }, '@ms/formatter', 'jschardet')).toBe(true);
    expect(isPinned({ jschardet: '^4.0.0' }, 'formatter', 'jschardet')).toBe(false);
    expect(isPinned({ other: { jschardet: '4.0.0' } }, 'formatter', 'jschardet')).toBe(false);
    expect(isPinned(undefined, 'formatter', 'jschardet')).toBe(false);
  });
});

describe('findMovingSpecs', () => {
  it('finds the unpinned dist-tag and names the package and the spec', () => {
    expect(findMovingSpecs(lockWith({ jschardet: 'latest' }), undefined)).toEqual([
      expect.objectContaining({ parent: 'formatter', dependency: 'jschardet', spec: 'latest' }),
    ]);
  });
  it('ignores optional peers that nothing installs', () => {
    const lock = {
      packages: {
        'node_modules/vitest': { peerDependencies: { jsdom: '*' }, peerDependenciesMeta: { jsdom: { optional: true } } },
      },
    };
    expect(findMovingSpecs(lock, undefined)).toEqual([]);
  });
});

describe('scripts/check-lock.mjs', () => {
  it('fails on a lock with an unpinned `latest`, naming the package and the spec', () => {
    const run = spawnSync(process.execPath, [script, fixtureDir(lockWith({ jschardet: 'latest' }))], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('formatter depends on jschardet@"latest"');
    expect(run.stderr).toContain('overrides');
  });
  it('passes once an override pins it', () => {
    const run = spawnSync(process.execPath, [script, fixtureDir(lockWith({ jschardet: 'latest' }), { jschardet: '4.0.0' })], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
  it("passes on this project's own lock", () => {
    expect(() => execFileSync(process.execPath, [script, root], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });
});
