// Issue #15 item 2: a branch total of 10⁹ in Cobertura `condition-coverage`, JaCoCo `mb=`/`cb=` or
// Clover `truecount=`/`falsecount=` drove a loop that filled a Map (106 s, then "Map maximum size
// exceeded"; four such lines: a V8 out-of-memory). Counts are claims: the branches a report may claim
// are bounded by its real size, and a report that claims more is refused with one line naming it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { MIN_BRANCH_BUDGET } from '../../src/evidence/coverage/branch-budget.js';
import { readCoverageReport } from '../../src/evidence/coverage/read.js';
import type { ParsedReport } from '../../src/evidence/coverage/report.js';
import { removeRepos } from '../helpers/repo.js';
import { featureRepo, runCli } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'diffgate-coverage-claims-'));
afterAll(() => {
  removeRepos();
  rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
async function parse(xml: string): Promise<ParsedReport> {
  const name = `claims-${++counter}.xml`;
  writeFileSync(join(dir, name), xml);
  return readCoverageReport(join(dir, name), name);
}

function branchCount(report: ParsedReport): number {
  return report.files.reduce((sum, file) => sum + [...file.branches.values()].reduce((onFile, onLine) => onFile + onLine.size, 0), 0);
}

const cobertura = (condition: string, lines = 1) =>
  `<?xml version="1.0"?><coverage><packages><package><classes><class filename="src/a.ts"><lines>${Array.from(
    { length: lines },
    (_, index) => `<line number="${index + 1}" hits="1" branch="true" condition-coverage="${condition}"/>`,
  ).join('')}</lines></class></classes></package></packages></coverage>`;
const jacoco = (mb: string, cb: string) =>
  `<?xml version="1.0"?><report name="r"><package name="com/acme"><sourcefile name="A.java"><line nr="3" mi="0" ci="2" mb="${mb}" cb="${cb}"/></sourcefile></package></report>`;
const clover = (trueCount: string, falseCount: string) =>
  `<?xml version="1.0"?><coverage generated="1"><project><file path="src/a.ts"><line num="4" count="1" type="cond" truecount="${trueCount}" falsecount="${falseCount}"/></file></project></coverage>`;

const EDGES = ['1000000000', String(2 ** 31), String(2 ** 53), '99999999999999999999999'];

describe('claimed branch counts cannot size a loop or an allocation', () => {
  it.each(EDGES)('Cobertura condition-coverage="50%% (1/%s)" is refused with one line naming the report', async (total) => {
    const error = await parse(cobertura(`50% (1/${total})`)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^coverage report claims-\d+\.xml: line 1 claims \S+ branches, more than a report of \d+ bytes can describe/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('four lines of 10⁹ (the out-of-memory input) are refused at the first', async () => {
    await expect(parse(cobertura('50% (1/1000000000)', 4))).rejects.toThrow(/line 1 claims 1000000000 branches/);
  });

  it.each(EDGES)('JaCoCo mb=%s is refused, and so is cb', async (count) => {
    await expect(parse(jacoco(count, '0'))).rejects.toThrow(/line 3 claims \S+ branches/);
    await expect(parse(jacoco('0', count))).rejects.toThrow(/line 3 claims \S+ branches/);
  });

  it.each(EDGES)('Clover truecount=%s is refused, and so is falsecount', async (count) => {
    await expect(parse(clover(count, '0'))).rejects.toThrow(/line 4 claims \S+ branches/);
    await expect(parse(clover('0', count))).rejects.toThrow(/line 4 claims \S+ branches/);
  });

  it('a total spread over many lines is bounded too: the sum, not each line, is charged', async () => {
    // 2,000 lines of 1,000 branches: each line is plausible, together they claim 2,000,000 in ~200 kB.
    await expect(parse(cobertura('50% (1/1000)', 2000))).rejects.toThrow(/claims 1000 branches, more than a report of \d+ bytes/);
  });

  it('real-sized counts are read as before, up to the budget', async () => {
    expect(branchCount(await parse(cobertura('50% (1/2)', 3)))).toBe(6);
    expect(branchCount(await parse(cobertura(`1% (1/${MIN_BRANCH_BUDGET})`)))).toBe(MIN_BRANCH_BUDGET);
    expect(branchCount(await parse(jacoco('1', '3')))).toBe(4);
    expect(branchCount(await parse(clover('2', '1')))).toBe(3);
  });

  it.each([
    ['negative', '-5', '3'],
    ['NaN', 'NaN', '3'],
    ['not a number', 'lots', '3'],
    ['fractional', '0.5', '2.5'],
  ])('JaCoCo counts that are %s are read as 0 or rounded down, never looped over', async (_what, mb, cb) => {
    const report = await parse(jacoco(mb, cb));
    expect(branchCount(report)).toBeLessThanOrEqual(3);
    expect(report.files[0]?.lines.get(3)).toBe(2);
  });

  it('a covered count above the total covers every branch, no more', async () => {
    const report = await parse(cobertura('100% (7/2)'));
    expect([...(report.files[0]?.branches.get(1)?.values() ?? [])]).toEqual([true, true]);
  });
});

describe('through the built CLI', () => {
  it('exits 2 with one line naming the report, no stack trace, for the 10⁹-branch Cobertura line', () => {
    const repo = featureRepo({ 'src/a.ts': 'export const a = 1;\nexport const b = 2;\n', 'coverage.xml': cobertura('50% (1/1000000000)', 4) });
    const run = runCli(['--repo', repo.dir, '--base', 'main', '--coverage', 'coverage.xml'], repo.dir);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^diffgate: coverage report coverage\.xml: line 1 claims 1000000000 branches/)]);
  });
});
