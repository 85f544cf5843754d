// The publish side of the two-workflow mode reads files a pull request produced: untrusted data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkHeadSha, readUntrustedPullRequestFile, readUntrustedReport, writePullRequestFile } from '../../src/github/artifact.js';
import { renderJson } from '../../src/report/index.js';
import { BASE, HEAD, makeFindings, makeReport } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'diffgate-artifact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readUntrustedReport', () => {
  it('reads back a report written by renderJson', async () => {
    const report = makeReport('fail', makeFindings(3));
    const read = await readUntrustedReport(file('good.json', renderJson(report)), 1024 * 1024);
    expect(read.verdict.status).toBe('fail');
    expect(read.findings).toHaveLength(3);
    expect(read.head).toBe(HEAD);
  });

  it('refuses a file over the size cap without reading it whole', async () => {
    const path = file('big.json', renderJson(makeReport('pass', makeFindings(50))));
    await expect(readUntrustedReport(path, 100)).rejects.toThrow(/larger than 100 bytes \(publish\.max-report-bytes\)/);
  });

  it('refuses truncated JSON, a wrong shape, and a missing file, each in one line naming the file', async () => {
    const truncated = renderJson(makeReport('pass'));
    await expect(readUntrustedReport(file('cut.json', truncated.slice(0, 40)), 1e6)).rejects.toThrow(/cut\.json: not valid JSON/);
    const wrong = JSON.parse(truncated) as Record<string, unknown>;
    wrong['verdict'] = 'great';
    await expect(readUntrustedReport(file('wrong.json', JSON.stringify(wrong)), 1e6)).rejects.toThrow(/wrong\.json: not a diffgate report.*verdict/);
    await expect(readUntrustedReport(join(dir, 'absent.json'), 1e6)).rejects.toThrow(/cannot read the report .*absent\.json \(ENOENT\): .*download the artifact/);
  });
});

describe('pull request file and head check', () => {
  it('round-trips the pull request file and refuses a bad one', async () => {
    const written = await writePullRequestFile(join(dir, 'r', 'diffgate-report.json'), { number: 7, headSha: HEAD });
    expect(await readUntrustedPullRequestFile(written)).toEqual({ number: 7, headSha: HEAD });
    await expect(readUntrustedPullRequestFile(file('pr.json', '{"number": -1, "headSha": "x"}'))).rejects.toThrow(/pull request file .* is invalid: number/);
  });

  it('accepts a report about the tested commit and refuses any other', () => {
    const report = makeReport('pass');
    expect(() => checkHeadSha(report, { number: 1, headSha: HEAD }, HEAD)).not.toThrow();
    expect(() => checkHeadSha(report, null, BASE)).toThrow(/the report is for commit aaaaaaaaaaaa but the workflow run tested bbbbbbbbbbbb/);
    expect(() => checkHeadSha(report, { number: 1, headSha: BASE }, HEAD)).toThrow(/pull request file names head bbbbbbbbbbbb/);
  });
});
