// Issue #15 item 1: a SARIF region whose endLine is 2^53 − 1 (valid per the SARIF schema) made the
// provenance lookup visit every line number, and the run never ended. Spans are now clamped to the
// file's real line count, and a region that starts past the end of the file is recorded as unlocated.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectSarifFindings } from '../../src/evidence/sarif/index.js';
import { WorkingTree } from '../../src/git/index.js';
import type { ChangedFile, Provenance } from '../../src/model.js';
import { makeRepo, removeRepos } from '../helpers/repo.js';
import { featureRepo, runCli } from './cli.js';
import { repoPath } from '../helpers/ids.js';

const HUGE = 9007199254740991;
const scratch = mkdtempSync(join(tmpdir(), 'diffgate-sarif-spans-'));
afterAll(() => {
  removeRepos();
  rmSync(scratch, { recursive: true, force: true });
});

/** The input: one result, about 300 bytes. */
function hostileSarif(region: Record<string, unknown>): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'x' } },
        results: [{ ruleId: 'r', level: 'error', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region } }] }],
      },
    ],
  });
}

function changedFile(addedLines: number[]): ChangedFile {
  return { path: repoPath('src/a.ts'), oldPath: null, status: 'modified', addedLines, hunks: [{ start: 2, end: 3 }], binary: false, submodule: false, modeOnly: false };
}

async function collect(region: Record<string, unknown>, mode: 'added' | 'nofilter', lookup: (path: string, line: number) => Provenance = () => 'ai') {
  const repo = makeRepo();
  repo.write({ 'src/a.ts': 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n' }).commit('head');
  const path = join(scratch, `r-${Math.random().toString(36).slice(2)}.sarif`);
  writeFileSync(path, hostileSarif(region));
  let lookups = 0;
  const evidence = await collectSarifFindings({
    repo: repo.dir,
    patterns: [path],
    files: [changedFile([2, 3])],
    trackedFiles: ['src/a.ts'],
    provenance: (file, line) => {
      lookups++;
      return lookup(file, line);
    },
    config: { 'filter-mode': mode, 'path-prefixes': [] },
    code: new WorkingTree(repo.dir),
  });
  return { ...evidence, lookups };
}

describe('SARIF regions are bounded by the file, not by the numbers they claim', () => {
  it('clamps endLine 2^53 − 1 to the last line and looks up provenance only on real lines', async () => {
    const { findings, lookups } = await collect({ startLine: 2, endLine: HUGE }, 'added');
    expect(findings).toMatchObject([{ path: 'src/a.ts', startLine: 2, endLine: 3, provenance: 'ai' }]);
    expect(lookups).toBeLessThanOrEqual(3);
  });

  it('records a region that starts past the end of the file as unlocated (nofilter keeps results anywhere)', async () => {
    const { findings, summary } = await collect({ startLine: HUGE, endLine: HUGE }, 'nofilter');
    expect(findings).toEqual([]);
    expect(summary.unlocated).toEqual([{ tool: 'x', ruleId: 'r', location: 'src/a.ts', reason: `region starts at line ${HUGE}, past the end of the file (3 lines)` }]);
  });

  it('reads startLine > endLine as the start line alone', async () => {
    const { findings } = await collect({ startLine: 3, endLine: 1 }, 'added');
    expect(findings).toMatchObject([{ startLine: 3, endLine: 3 }]);
  });

  it.each([
    [{ startLine: 2 ** 60 }, 'region.startLine 1152921504606847000 is not a line number'],
    [{ startLine: 2.5 }, 'region.startLine 2.5 is not a line number'],
    [{ startLine: 2, endLine: 1e300 }, 'region.endLine 1e+300 is not a line number'],
  ])('records %j as unlocated instead of refusing the whole file', async (region, reason) => {
    const { findings, summary } = await collect(region, 'nofilter');
    expect(findings).toEqual([]);
    expect(summary.unlocated).toMatchObject([{ ruleId: 'r', location: 'src/a.ts', reason }]);
  });

  it('keeps a negative or zero startLine a file-level result, as before', async () => {
    const { findings } = await collect({ startLine: -5, endLine: HUGE }, 'nofilter');
    expect(findings).toMatchObject([{ startLine: 1, endLine: 1 }]);
  });
});

describe('the 300-byte SARIF through the built CLI', () => {
  it('finishes, fails the gate on the clamped finding and writes a report that names lines 2-3', () => {
    const repo = featureRepo({ 'src/a.ts': 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n' });
    const sarif = hostileSarif({ startLine: 2, endLine: HUGE });
    expect(sarif.length).toBeLessThan(320);
    writeFileSync(join(scratch, 'huge-end.sarif'), sarif);
    const json = join(scratch, 'huge-end.json');

    const run = runCli(['--repo', repo.dir, '--base', 'main', '--sarif', join(scratch, 'huge-end.sarif'), '--json', json, '--ai', 'all'], repo.dir);

    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { findings: { startLine: number; endLine: number; provenance: string }[] };
    expect(report.findings).toMatchObject([{ startLine: 2, endLine: 3, provenance: 'ai' }]);
  });
});
