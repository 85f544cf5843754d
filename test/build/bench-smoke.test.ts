// The benchmark at a tiny size (BENCH_SMOKE=1): that every scenario of `npm run bench` runs on the
// built CLI and the builds agree, not how fast (speed is never asserted in tests).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const hasDiffCover = spawnSync('diff-cover', ['--version']).status === 0;

describe('npm run bench, smoke size', () => {
  // Seven short processes; the limit is generous because the machine running the suite may be busy.
  it('runs every scenario and prints a summary row for each', { timeout: 300_000 }, () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'bench.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, BENCH_SMOKE: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    const summary = result.stdout.slice(result.stdout.indexOf('summary (medians)'));
    for (const row of [/^startup +node -e 0 /m, /^startup +diffgate --help /m, /^startup +diffgate --version /m, /^coverage 5 files +diffgate /m, /^coverage 5 files, packed +diffgate /m, /^coverage 5 files +floor: node \+ git /m, /^coverage 5 files, packed +floor: node \+ git /m, /^coverage 5 files +diffgate --ai none /m, /^coverage 5 files, packed +diffgate --ai none /m, /^typical \(growth 1×\) +diffgate /m]) {
      expect(summary).toMatch(row);
    }
    // The coverage-only fixture is 60% covered: diffgate, with provenance on and off (and diff-cover, when
    // installed) must say so. Twice: on the loose repository and on its packed clone, whose LCOV names the clone's paths.
    expect(result.stdout.split(`changed-line coverage: diffgate 60%, diffgate --ai none 60%${hasDiffCover ? ', diff-cover 60%' : ''}\n`)).toHaveLength(3);
    expect(result.stdout).toMatch(/reports: diffgate: (pass|warn|fail), \d+ findings, 0 skipped, coverage 68\.00%/);
  });
});
