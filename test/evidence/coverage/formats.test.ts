// Edge cases of each format, hand-written: what real reports rarely show but must not break diffgate.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readCoverageReport, expandReportPatterns } from '../../../src/evidence/coverage/read.js';
import type { ParsedReport, ReportFile } from '../../../src/evidence/coverage/report.js';

const dir = mkdtempSync(join(tmpdir(), 'diffgate-coverage-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
async function parse(content: string | Buffer): Promise<ParsedReport> {
  const name = `report-${++counter}`;
  writeFileSync(join(dir, name), content);
  return readCoverageReport(join(dir, name), name);
}

function lines(file: ReportFile | undefined): Record<number, number> {
  return Object.fromEntries(file?.lines ?? []);
}

function branches(file: ReportFile | undefined): Record<number, boolean[]> {
  return Object.fromEntries([...(file?.branches ?? [])].map(([line, onLine]) => [line, [...onLine.values()]]));
}

describe('LCOV', () => {
  it('reads DA and BRDA, ignores function and summary records, and keeps several TN sections apart', async () => {
    const report = await parse(
      [
        'TN:unit',
        'SF:src/a.ts',
        'FN:1,3,run',
        'FNL:0,1,3',
        'FNA:0,2,run',
        'FNDA:2,run',
        'DA:1,2',
        'DA:2,0,abc123checksum',
        'BRDA:2,0,0,1',
        'BRDA:2,0,1,-',
        'BRDA:2,e1,(x > 0) == True,0',
        'BRF:3',
        'BRH:1',
        'LF:2',
        'LH:1',
        'end_of_record',
        'TN:integration',
        'SF:src/a.ts',
        'DA:2,3',
        'end_of_record',
        '',
      ].join('\r\n'),
    );
    expect(report.format).toBe('lcov');
    expect(report.files).toHaveLength(2);
    expect(lines(report.files[0])).toEqual({ 1: 2, 2: 0 });
    expect(branches(report.files[0])).toEqual({ 2: [true, false, false] });
    expect(lines(report.files[1])).toEqual({ 2: 3 });
  });

  it('adds up repeated DA records of one line, as lcov does', async () => {
    const report = await parse('SF:a.c\nDA:4,0\nDA:4,5\nend_of_record\n');
    expect(lines(report.files[0])).toEqual({ 4: 5 });
  });

  it('refuses a truncated tracefile, naming the file', async () => {
    const error = await parse('TN:\nSF:src/a.ts\nDA:1,1\nDA:2,').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^coverage report report-\d+, line 4: malformed DA record/);
    await expect(parse('TN:\nSF:src/a.ts\nDA:1,1\n')).rejects.toThrow(/report-\d+.*no end_of_record.*truncated/);
  });

  it('refuses records outside a file and lines that are not records', async () => {
    await expect(parse('TN:\nDA:1,1\nend_of_record\n')).rejects.toThrow(/line 2: DA record before any SF record/);
    await expect(parse('SF:a.ts\nthis is not lcov\nend_of_record\n')).rejects.toThrow(/line 2: not an LCOV record/);
  });
});

describe('Cobertura XML', () => {
  const cobertura = (classes: string, sources = '<sources><source>/ci/checkout</source><source>lib</source></sources>') =>
    `<?xml version="1.0" ?>\n<coverage line-rate="0.5" version="7.4">${sources}<packages><package name="p"><classes>${classes}</classes></package></packages></coverage>`;

  it('joins each <source> root with the filename, then tries the filename alone', async () => {
    const report = await parse(cobertura('<class filename="src/a.py"><lines><line number="1" hits="1"/></lines></class>'));
    expect(report.files[0]!.candidatePaths).toEqual(['/ci/checkout/src/a.py', 'lib/src/a.py', 'src/a.py']);
  });

  it('reads hits and branch condition-coverage, and decodes escaped characters in names', async () => {
    const report = await parse(
      cobertura(
        '<class filename="src/a&amp;b.ts"><methods><method name="m"><lines><line number="9" hits="0"/></lines></method></methods>' +
          '<lines><line number="1" hits="3"/><line number="2" hits="0" branch="true" condition-coverage="25% (1/4)"/></lines></class>' +
          '<class filename="src/lone.ts"><lines><line number="5" hits="1"/></lines></class>',
        '',
      ),
    );
    expect(report.files.map((file) => file.candidatePaths)).toEqual([['src/a&b.ts'], ['src/lone.ts']]);
    // Method lines repeat class lines; only the class's own <lines> count (as diff-cover reads them).
    expect(lines(report.files[0])).toEqual({ 1: 3, 2: 0 });
    expect(branches(report.files[0])).toEqual({ 2: [true, false, false, false] });
    expect(lines(report.files[1])).toEqual({ 5: 1 });
  });

  it('refuses a truncated report, naming the file', async () => {
    const whole = cobertura('<class filename="a.ts"><lines><line number="1" hits="1"/></lines></class>');
    const error = await parse(whole.slice(0, whole.length - 40)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^coverage report report-\d+: not well-formed XML .*truncated/);
  });

  it('refuses XML the parser cannot read on one line that names the file and quotes none of its text', async () => {
    // Found by the fuzz test: the parser's message quoted the input ("Context: \"\n<:/\""), line break included.
    for (const text of ['\n<:/', '<a>\n<:/\r\n\u2028x']) {
      const error = await parse(text).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InputError);
      const message = (error as Error).message;
      expect(message).toMatch(/^coverage report report-\d+: (the XML cannot be read|not well-formed XML) \(/);
      expect(message).not.toMatch(/[\r\n\u2028]/);
      expect(message).not.toContain('<:/');
    }
  });

  it('shows the report\'s own text in an error on one line: a Cobertura attribute, an Istanbul key', async () => {
    const cases: [string, RegExp][] = [
      [cobertura('<class filename="a.ts"><lines><line number="1\n2" hits="1"/></lines></class>'), /a <line> has number="1\?2" hits="1"/],
      [JSON.stringify({ 'src/a.ts\nfake line': 7 }), /entry "src\/a\.ts\?fake line" is not Istanbul file coverage/],
    ];
    for (const [text, shown] of cases) {
      const error = await parse(text).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(shown);
      expect((error as Error).message).not.toMatch(/[\r\n]/);
    }
  });

  it('refuses a line without a number, naming the file', async () => {
    await expect(parse(cobertura('<class filename="a.ts"><lines><line hits="1"/></lines></class>'))).rejects.toThrow(
      /report-\d+: a <line> has number="" hits="1"/,
    );
  });
});

describe('XML attacks', () => {
  it('refuses a billion-laughs DOCTYPE without expanding it', async () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let level = 1; level <= 9; level++) entities.push(`<!ENTITY lol${level} "${`&lol${level === 1 ? '' : level - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE coverage [\n${entities.join('\n')}\n]>\n<coverage><sources><source>&lol9;</source></sources><packages/></coverage>`;
    const error = await parse(xml).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/report-\d+: its DOCTYPE declares XML entities/);
    expect((error as Error).message.length).toBeLessThan(300);
  });

  it('refuses an external entity and never reads the file it names', async () => {
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-CONTENT');
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE coverage [<!ENTITY xxe SYSTEM "file://${secret}">]>\n<coverage><packages><package name="p"><classes><class filename="&xxe;"><lines/></class></classes></package></packages></coverage>`;
    const error = await parse(xml).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).not.toContain('TOP-SECRET-CONTENT');
  });

  it('reads a DOCTYPE that only names an external DTD, without fetching it', async () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE coverage SYSTEM "http://127.0.0.1:9/coverage-04.dtd">\n<coverage><packages><package name="p"><classes><class filename="a.java"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>`;
    const report = await parse(xml);
    expect(lines(report.files[0])).toEqual({ 1: 1 });
  });

  it('keeps undeclared entity references as text instead of expanding them', async () => {
    const xml = '<coverage><packages><package name="p"><classes><class filename="&foo;.ts"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>';
    const report = await parse(xml);
    expect(report.files[0]!.candidatePaths).toEqual(['&foo;.ts']);
  });
});

describe('JaCoCo XML', () => {
  it('reads packages inside groups, covered instructions as hits, and branch counters', async () => {
    const report = await parse(
      '<?xml version="1.0"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="multi">' +
        '<group name="core"><package name="com/acme"><class name="com/acme/A" sourcefilename="A.java"/>' +
        '<sourcefile name="A.java"><line nr="3" mi="0" ci="4" mb="1" cb="1"/><line nr="4" mi="2" ci="0" mb="0" cb="0"/></sourcefile></package></group>' +
        '<package name=""><sourcefile name="Top.java"><line nr="1" mi="0" ci="1" mb="0" cb="0"/></sourcefile></package></report>',
    );
    expect(report.format).toBe('jacoco');
    expect(report.files.map((file) => file.candidatePaths[0]).sort()).toEqual(['Top.java', 'com/acme/A.java']);
    const a = report.files.find((file) => file.candidatePaths[0] === 'com/acme/A.java');
    expect(lines(a)).toEqual({ 3: 4, 4: 0 });
    expect(branches(a)).toEqual({ 3: [true, false] });
  });
});

describe('Clover XML', () => {
  it('reads stmt and cond lines, not method lines; OpenClover counts true/false outcomes', async () => {
    const report = await parse(
      '<coverage generated="1" clover="4.4.1"><project name="p"><package name="x"><file name="A.java" path="/ci/src/A.java">' +
        '<line num="1" type="method" count="1"/><line num="2" type="stmt" count="0"/><line num="3" type="cond" truecount="5" falsecount="0"/>' +
        '</file></package><file name="B.php" path="/ci/src/B.php"><line num="7" type="stmt" count="2"/></file></project></coverage>',
    );
    expect(report.format).toBe('clover');
    expect(report.files.map((file) => file.candidatePaths[0])).toEqual(['/ci/src/B.php', '/ci/src/A.java']);
    expect(lines(report.files[1])).toEqual({ 2: 0, 3: 5 });
    expect(branches(report.files[1])).toEqual({ 3: [true, false] });
  });
});

describe('Istanbul coverage-final.json', () => {
  it('counts a line by its best statement and puts branches on their start line; reads old `data` wrappers', async () => {
    const fileCoverage = {
      path: '/ci/src/a.ts',
      statementMap: { '0': { start: { line: 1 } }, '1': { start: { line: 1 } }, '2': { start: { line: 2 } } },
      s: { '0': 0, '1': 4, '2': 0 },
      branchMap: { '0': { loc: { start: { line: 2 } } }, '1': { line: 5, locations: [] } },
      b: { '0': [1, 0], '1': [0] },
    };
    const report = await parse(JSON.stringify({ '/ci/src/a.ts': fileCoverage, '/ci/src/b.ts': { data: { ...fileCoverage, path: '/ci/src/b.ts' } } }));
    expect(report.format).toBe('istanbul-json');
    expect(report.files.map((file) => file.candidatePaths[0])).toEqual(['/ci/src/a.ts', '/ci/src/b.ts']);
    expect(lines(report.files[0])).toEqual({ 1: 4, 2: 0 });
    expect(branches(report.files[0])).toEqual({ 2: [true, false], 5: [false] });
  });

  it('refuses invalid JSON and JSON that is not file coverage, naming the file', async () => {
    await expect(parse('{"a": {"statementMap": {')).rejects.toThrow(/report-\d+: invalid JSON .*truncated/);
    await expect(parse('{"version": "2.1.0", "runs": []}')).rejects.toThrow(/report-\d+: entry "version" is not Istanbul file coverage/);
    await expect(parse('[1, 2]')).rejects.toThrow(/report-\d+: JSON that is not Istanbul coverage-final\.json/);
  });
});

describe('detection and patterns', () => {
  it('detects by content whatever the name, and refuses what no reader knows', async () => {
    expect((await parse('\uFEFF\n\nSF:x.c\nDA:1,1\nend_of_record\n')).format).toBe('lcov');
    await expect(parse('')).rejects.toThrow(/report-\d+ is empty/);
    await expect(parse(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).rejects.toThrow(/report-\d+ is a binary file/);
    await expect(parse('hello world\n')).rejects.toThrow(/report-\d+ is not in a format diffgate reads/);
    await expect(parse('<html><body/></html>')).rejects.toThrow(/root <html>/);
  });

  it('expands globs and paths relative to the repository, and names a pattern that matches nothing', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, 'packages/a/coverage'), { recursive: true });
    mkdirSync(join(repo, 'packages/b/coverage'), { recursive: true });
    writeFileSync(join(repo, 'packages/a/coverage/lcov.info'), 'SF:x\nend_of_record\n');
    writeFileSync(join(repo, 'packages/b/coverage/lcov.info'), 'SF:y\nend_of_record\n');
    expect(await expandReportPatterns(repo, ['packages/*/coverage/lcov.info', 'packages/a/coverage/lcov.info'])).toEqual([
      join(repo, 'packages/a/coverage/lcov.info'),
      join(repo, 'packages/b/coverage/lcov.info'),
    ]);
    await expect(expandReportPatterns(repo, ['packages/*/coverage/cobertura.xml'])).rejects.toThrow(
      /pattern "packages\/\*\/coverage\/cobertura\.xml" matches no file/,
    );
    await expect(expandReportPatterns(repo, ['missing/lcov.info'])).rejects.toBeInstanceOf(InputError);
    await expect(expandReportPatterns(repo, ['packages/a'])).rejects.toThrow(/"packages\/a" is a directory/);
    // `!` leaves files out; a file whose name looks like a glob is taken as it is.
    expect(await expandReportPatterns(repo, ['packages/*/coverage/*.info', '!packages/b/**'])).toEqual([join(repo, 'packages/a/coverage/lcov.info')]);
    writeFileSync(join(repo, 'lcov[node20].info'), 'SF:z\nend_of_record\n');
    expect(await expandReportPatterns(repo, ['lcov[node20].info'])).toEqual([join(repo, 'lcov[node20].info')]);
  });
});
