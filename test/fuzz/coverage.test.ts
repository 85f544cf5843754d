// Property-based fuzzing of the coverage readers (LCOV, Cobertura, JaCoCo, Clover, Istanbul JSON),
// in-process, through the same entry point the gate uses (format sniffing included), with generated
// reports and mutated real ones from ../shared/corpus/coverage.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readIstanbulJson } from '../../src/evidence/coverage/istanbul.js';
import { readCoverageReport, readXmlReport } from '../../src/evidence/coverage/read.js';
import { assertOptions, suiteGuardMs, corpusTexts, edgeNumberText, haveCorpus, mutated, RUNS, tally, yieldsResultOrInputError } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'diffgate-fuzz-coverage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SHOWN = 'fuzz/coverage-report';
const file = join(dir, 'report');
/** LCOV is streamed from a file, so it goes through the gate's entry point (format sniffing included). */
async function readThroughFile(text: string): Promise<unknown> {
  writeFileSync(file, text);
  return readCoverageReport(file, SHOWN);
}
/** The XML and JSON readers take text: called in-process without a file, to keep CI within its minute. */
const readXml = async (text: string): Promise<unknown> => readXmlReport(SHOWN, text);
const readJson = async (text: string): Promise<unknown> => readIstanbulJson(SHOWN, text);

const path = fc.oneof(fc.constantFrom('src/a.ts', '/abs/src/a.ts', 'C:\\src\\a.ts', '../../x.ts', '', 'a b/ü.ts'), fc.string({ maxLength: 10 }));
const attr = fc.oneof(edgeNumberText, fc.constantFrom('true', 'false', 'stmt', 'cond', 'method', '50% (1/2)', '50% (1/1000000000)'), fc.string({ maxLength: 8 }));
/** Escaped or, sometimes, raw (so some documents are not well-formed). */
const attrText = fc.tuple(attr, fc.boolean()).map(([value, raw]) => (raw ? value : value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')));

const lcovRecord = fc.oneof(
  path.map((value) => `SF:${value}`),
  fc.tuple(edgeNumberText, edgeNumberText).map(([line, hits]) => `DA:${line},${hits}`),
  fc.tuple(edgeNumberText, fc.string({ maxLength: 4 }), fc.string({ maxLength: 6 }), fc.oneof(edgeNumberText, fc.constant('-'))).map(([line, block, branch, taken]) => `BRDA:${line},${block},${branch},${taken}`),
  fc.constantFrom('end_of_record', 'TN:', 'LF:3', 'BRF:1000000000', 'FN:1,f', 'FNDA:9007199254740993,f', 'VER:2.0', ''),
  fc.string({ maxLength: 20 }),
);
const lcov = fc.array(lcovRecord, { maxLength: 30 }).map((records) => records.join('\n'));

const coberturaLine = fc.tuple(attrText, attrText, attrText, attrText).map(([number, hits, branch, condition]) => `<line number="${number}" hits="${hits}" branch="${branch}" condition-coverage="${condition}"/>`);
const cobertura = fc.tuple(path, fc.array(coberturaLine, { maxLength: 12 }), fc.array(path, { maxLength: 2 })).map(
  ([filename, lines, sources]) =>
    `<?xml version="1.0"?><coverage><sources>${sources.map((source) => `<source>${source.replace(/[<&]/g, '')}</source>`).join('')}</sources><packages><package><classes><class filename="${filename.replace(/[<&"]/g, '')}"><lines>${lines.join('')}</lines></class></classes></package></packages></coverage>`,
);
const jacocoLine = fc.tuple(attrText, attrText, attrText, attrText, attrText).map(([nr, mi, ci, mb, cb]) => `<line nr="${nr}" mi="${mi}" ci="${ci}" mb="${mb}" cb="${cb}"/>`);
const jacoco = fc.tuple(fc.array(jacocoLine, { maxLength: 12 }), fc.boolean()).map(
  ([lines, grouped]) => {
    const pkg = `<package name="com/acme"><sourcefile name="A.java">${lines.join('')}</sourcefile></package>`;
    return `<?xml version="1.0"?><report name="r">${grouped ? `<group name="g">${pkg}</group>` : pkg}</report>`;
  },
);
const cloverLine = fc.tuple(attrText, attrText, attrText, attrText, attrText).map(([num, type, count, t, f]) => `<line num="${num}" type="${type}" count="${count}" truecount="${t}" falsecount="${f}"/>`);
const clover = fc.tuple(fc.constantFrom('', ' clover="3.2.0"', ' clover="4.4.1"'), fc.array(cloverLine, { maxLength: 12 })).map(
  ([version, lines]) => `<?xml version="1.0"?><coverage generated="1"${version}><project><file path="src/a.ts">${lines.join('')}</file></project></coverage>`,
);
const jsonValue = fc.oneof(fc.integer(), fc.constantFrom(2 ** 31, 2 ** 53, -1, 0.5, 1e308), fc.string({ maxLength: 5 }), fc.constant(null), fc.boolean());
const istanbulFile = fc.record({
  path: fc.oneof(path, jsonValue),
  statementMap: fc.dictionary(fc.string({ maxLength: 3 }), fc.record({ start: fc.record({ line: jsonValue }) })),
  s: fc.dictionary(fc.string({ maxLength: 3 }), jsonValue),
  branchMap: fc.dictionary(fc.string({ maxLength: 3 }), fc.record({ loc: fc.record({ start: fc.record({ line: jsonValue }) }), line: jsonValue })),
  b: fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(fc.array(jsonValue, { maxLength: 6 }), jsonValue)),
});
const istanbul = fc.oneof(
  fc.dictionary(path, istanbulFile, { maxKeys: 4 }).map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null'),
);

const corpus = (pattern: RegExp) => corpusTexts('coverage', (name) => pattern.test(name));
const cases: [string, fc.Arbitrary<string>, string[], (text: string) => Promise<unknown>][] = [
  ['LCOV', lcov, corpus(/\.(info|lcov)$/), readThroughFile],
  ['Cobertura', cobertura, corpus(/cobertura.*\.xml$/), readXml],
  ['JaCoCo', jacoco, corpus(/jacoco.*\.xml$/), readXml],
  ['Clover', clover, [], readXml],
  ['Istanbul JSON', istanbul, corpus(/coverage-(final|summary)\.json$/), readJson],
];

describe.each(cases)('%s reader', (name, generated, realTexts, readText) => {
  it(`${RUNS} inputs, generated and mutated from ${realTexts.length} real reports: each a report or one InputError naming the file`, async () => {
    if (realTexts.length === 0 && name !== 'Clover') console.warn(`fuzz ${name}: ${haveCorpus ? 'no corpus files for this format' : 'corpus absent'}; generated inputs only`);
    const counts = tally();
    const input = realTexts.length > 0 ? fc.oneof({ arbitrary: generated, weight: 3 }, { arbitrary: mutated(realTexts), weight: 1 }) : generated;
    await fc.assert(fc.asyncProperty(input, (text) => yieldsResultOrInputError(counts, SHOWN, () => readText(text))), assertOptions());
    expect(counts.inputs).toBeGreaterThanOrEqual(RUNS);
    expect(counts.results + counts.inputErrors).toBe(counts.inputs);
    // Both outcomes occur: the generators reach past the format checks and into the refusals.
    expect(counts.results).toBeGreaterThan(0);
    expect(counts.inputErrors).toBeGreaterThan(0);
  }, suiteGuardMs());
});
