import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { expandSarifPatterns, isSupportedVersion, parseSarifText, readSarifFile } from '../../../src/evidence/sarif/read.js';

const dir = mkdtempSync(join(tmpdir(), 'diffgate-sarif-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function log(runs: unknown[], version: unknown = '2.1.0'): string {
  return JSON.stringify({ version, runs });
}

function inputErrorOf(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('expandSarifPatterns', () => {
  mkdirSync(join(dir, 'reports/nested'), { recursive: true });
  for (const name of ['reports/b.sarif', 'reports/a.sarif', 'reports/nested/c.sarif', 'reports/notes.txt']) writeFileSync(join(dir, name), log([]));

  it('expands globs relative to cwd, each file once, in a stable order', async () => {
    const files = await expandSarifPatterns(['reports/**/*.sarif', 'reports/a.sarif'], dir);
    expect(files).toEqual([join(dir, 'reports/a.sarif'), join(dir, 'reports/b.sarif'), join(dir, 'reports/nested/c.sarif')]);
  });

  it('leaves out files matched by a `!` pattern, relative or absolute', async () => {
    expect(await expandSarifPatterns(['reports/**/*.sarif', '!reports/nested/**'], dir)).toEqual([
      join(dir, 'reports/a.sarif'),
      join(dir, 'reports/b.sarif'),
    ]);
    expect(await expandSarifPatterns([join(dir, 'reports/*.sarif'), `!${join(dir, 'reports/b.sarif')}`], '/')).toEqual([join(dir, 'reports/a.sarif')]);
  });

  it('takes an existing file whose name looks like a glob as it is', async () => {
    mkdirSync(join(dir, 'odd'), { recursive: true });
    writeFileSync(join(dir, 'odd/run[1].sarif'), log([]));
    expect(await expandSarifPatterns(['odd/run[1].sarif'], dir)).toEqual([join(dir, 'odd/run[1].sarif')]);
  });

  it('accepts absolute paths', async () => {
    expect(await expandSarifPatterns([join(dir, 'reports/b.sarif')], '/')).toEqual([join(dir, 'reports/b.sarif')]);
  });

  it('names a pattern or path that matches nothing', async () => {
    await expect(expandSarifPatterns(['reports/*.json'], dir)).rejects.toThrow(/SARIF input "reports\/\*\.json" matches no file/);
    await expect(expandSarifPatterns(['missing.sarif'], dir)).rejects.toBeInstanceOf(InputError);
    await expect(expandSarifPatterns(['reports'], dir)).rejects.toThrow(/"reports" matches no file/);
  });
});

describe('readSarifFile', () => {
  it('shows paths relative to cwd and reads a UTF-8 BOM', async () => {
    writeFileSync(join(dir, 'bom.sarif'), '\uFEFF' + log([{ tool: { driver: { name: 'T' } }, results: [] }]));
    const file = await readSarifFile(join(dir, 'bom.sarif'), dir);
    expect(file.path).toBe('bom.sarif');
    expect(file.log.runs[0]?.tool.driver.name).toBe('T');
  });

  it('refuses a binary file as invalid JSON naming the file', async () => {
    writeFileSync(join(dir, 'binary.sarif'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    const error: unknown = await readSarifFile(join(dir, 'binary.sarif'), dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^binary\.sarif is not valid JSON/);
    // The quoted bytes are not echoed raw: one printable line.
    // eslint-disable-next-line no-control-regex -- checking that no control character is left
    expect((error as Error).message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('names an unreadable file', async () => {
    await expect(readSarifFile(join(dir, 'reports'), dir)).rejects.toThrow(/^Cannot read SARIF file reports: EISDIR/);
  });
});

describe('parseSarifText', () => {
  it('gives the line and column of a JSON syntax error, on one line', () => {
    const error = inputErrorOf(() => parseSarifText('{\n  "version": "2.1.0",\n  "runs": [\n    {]\n}', 'x.sarif'));
    expect(error.message).toMatch(/^x\.sarif is not valid JSON \(.* at line 4, column 6\); pass a SARIF 2\.1\.0 file\.$/);
  });

  it('names an empty or truncated file', () => {
    expect(inputErrorOf(() => parseSarifText('', 'empty.sarif')).message).toContain('the file is empty');
    expect(inputErrorOf(() => parseSarifText(log([]).slice(0, 20), 'cut.sarif')).message).toMatch(/^cut\.sarif is not valid JSON/);
  });

  it('refuses other versions and non-objects', () => {
    expect(inputErrorOf(() => parseSarifText(log([], '1.0.0'), 'old.sarif')).message).toContain('old.sarif has version "1.0.0"');
    expect(inputErrorOf(() => parseSarifText('{"runs": []}', 'none.sarif')).message).toContain('none.sarif has no version');
    expect(inputErrorOf(() => parseSarifText('[1, 2]', 'array.sarif')).message).toContain('the top level is not a JSON object');
  });

  it('refuses "runs": null (the tool did not run) rather than passing with no results', () => {
    expect(inputErrorOf(() => parseSarifText('{"version": "2.1.0", "runs": null}', 'failed.sarif')).message).toBe(
      'failed.sarif has "runs": null, meaning the tool did not run; check the scanner\'s step.',
    );
    expect(parseSarifText('{"version": "2.1.0", "runs": []}', 'empty-runs.sarif').runs).toEqual([]);
  });

  it('accepts 2.1.0 and 2.2 drafts only', () => {
    expect(['2.1.0', '2.2', '2.2.0'].map(isSupportedVersion)).toEqual([true, true, true]);
    expect(['2.0.0', '2.1', '3.0.0', 2.1, undefined].map(isSupportedVersion)).toEqual([false, false, false, false, false]);
  });

  it('names the first field that cannot be read', () => {
    const cases: [unknown[], RegExp][] = [
      [[{ tool: {} }], /runs\[0\]\.tool\.driver: /],
      [[{ tool: { driver: { name: 'T' } }, results: {} }], /runs\[0\]\.results: /],
      [[{ tool: { driver: { name: 'T' } }, results: [{ locations: [{ physicalLocation: { region: { startLine: '3' } } }] }] }], /runs\[0\]\.results\[0\]\.locations\[0\]\.physicalLocation\.region\.startLine: /],
      [[{ tool: { driver: { name: 'T', rules: [{ id: 'R', helpUri: 5 }] } } }], /runs\[0\]\.tool\.driver\.rules\[0\]\.helpUri: /],
      // A record's keys are the log's own text: a line break in one is shown as `?`, on one line.
      [[{ tool: { driver: { name: 'T' } }, originalUriBaseIds: { 'SRC\nROOT': 5 } }], /runs\[0\]\.originalUriBaseIds\.SRC\?ROOT: /],
    ];
    for (const [runs, where] of cases) {
      const error = inputErrorOf(() => parseSarifText(log(runs), 'bad.sarif'));
      expect(error.message).toMatch(/^bad\.sarif is not a readable SARIF log: /);
      expect(error.message).toMatch(where);
      expect(error.message).not.toMatch(/[\r\n]/);
    }
    expect(inputErrorOf(() => parseSarifText(JSON.stringify({ version: '2.1.0' }), 'noruns.sarif')).message).toMatch(/: runs: /);
  });

  it('keeps unknown enumeration values and extra fields instead of refusing the file', () => {
    const text = log([{ tool: { driver: { name: 'T', future: true } }, results: [{ level: 'critical', kind: 'later', message: { text: 'm' }, extra: 1 }] }]);
    expect(parseSarifText(text, 'new.sarif').runs[0]?.results?.[0]).toMatchObject({ level: 'critical', extra: 1 });
  });
});
