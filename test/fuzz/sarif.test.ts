// Property-based fuzzing of the SARIF reader: parse, then locate and classify every result against a
// changed file (the stage that once looped over a region's claimed line span), in-process.
import fc from 'fast-check';
import type * as sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { classifyResult, type ClassifyContext } from '../../src/evidence/sarif/classify.js';
import { parseSarifText } from '../../src/evidence/sarif/read.js';
import { uriContextOf } from '../../src/evidence/sarif/uri.js';
import { createPathMapper } from '../../src/evidence/paths.js';
import { assertOptions, suiteGuardMs, corpusTexts, edgeJsonNumber, haveCorpus, mutated, RUNS, tally, yieldsResultOrInputError } from './harness.js';
import { repoPath } from '../helpers/ids.js';

const NAME = 'fuzz/results.sarif';
const context: ClassifyContext = {
  mode: 'nofilter',
  mapPath: createPathMapper({ repoRoot: '/repo', trackedFiles: ['src/a.ts', 'src/b.ts'], prefixes: [] }),
  tracked: new Set(['src/a.ts', 'src/b.ts']),
  changedByPath: new Map([['src/a.ts', { path: repoPath('src/a.ts'), oldPath: null, status: 'modified', addedLines: [2, 3, 40], hunks: [{ start: 1, end: 40 }], binary: false, submodule: false, modeOnly: false }]]),
  provenance: () => 'ai',
};

function parseAndClassify(text: string): number {
  const log = parseSarifText(text, NAME);
  let classified = 0;
  for (const run of log.runs) {
    const uriContext = uriContextOf(run);
    for (const result of run.results ?? []) {
      classifyResult(result, run, uriContext, context);
      classified++;
    }
  }
  return classified;
}

const uri = fc.oneof(
  fc.constantFrom('src/a.ts', 'file:///repo/src/a.ts', '../../../../etc/passwd', 'file:///etc/passwd', 'https://x/y', '%ZZ', 'src/%2e%2e/a.ts', 'C:\\repo\\src\\a.ts', '//host/share/a.ts', ''),
  fc.string({ maxLength: 12 }),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const region = fc.record({ startLine: maybe(edgeJsonNumber), endLine: maybe(edgeJsonNumber), startColumn: maybe(edgeJsonNumber) }, { requiredKeys: [] });
const result = fc.record(
  {
    ruleId: maybe(fc.string({ maxLength: 8 })),
    ruleIndex: maybe(edgeJsonNumber),
    level: maybe(fc.constantFrom('error', 'warning', 'note', 'none', 'bogus')),
    kind: maybe(fc.constantFrom('fail', 'pass', 'open', 'x')),
    message: fc.record({ text: maybe(fc.string({ maxLength: 20 })), id: maybe(fc.string({ maxLength: 4 })), arguments: maybe(fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 })) }, { requiredKeys: [] }),
    locations: maybe(
      fc.array(
        fc.record({ physicalLocation: fc.record({ artifactLocation: fc.record({ uri: maybe(uri), uriBaseId: maybe(fc.constantFrom('%SRCROOT%', 'SELF', 'LOOP')), index: maybe(edgeJsonNumber) }, { requiredKeys: [] }), region: maybe(region) }, { requiredKeys: [] }) }, { requiredKeys: [] }),
        { maxLength: 2 },
      ),
    ),
    suppressions: maybe(fc.array(fc.record({ status: maybe(fc.constantFrom('accepted', 'rejected', 'underReview')) }, { requiredKeys: [] }), { maxLength: 2 })),
    baselineState: maybe(fc.constantFrom('new', 'unchanged', 'absent', 'updated')),
  },
  { requiredKeys: [] },
);
const log = fc
  .tuple(
    fc.array(fc.record({ id: maybe(fc.string({ maxLength: 6 })), defaultConfiguration: maybe(fc.record({ level: fc.constantFrom('error', 'note', 'zzz') })) }, { requiredKeys: [] }), { maxLength: 3 }),
    fc.array(result, { maxLength: 6 }),
    fc.constantFrom('2.1.0', '2.2', '1.0.0', undefined),
    fc.constantFrom<Record<string, sarif.ArtifactLocation> | undefined>(undefined, { SELF: { uriBaseId: 'SELF' } }, { LOOP: { uri: 'a/', uriBaseId: 'LOOP2' }, LOOP2: { uriBaseId: 'LOOP' } }, { '%SRCROOT%': { uri: 'file:///repo/' } }),
  )
  .map(([rules, results, version, originalUriBaseIds]) => JSON.stringify({ version, runs: [{ tool: { driver: { name: 'fuzz', rules } }, originalUriBaseIds, results }] }));

describe('SARIF reader', () => {
  const realLogs = corpusTexts('sarif', (path) => path.endsWith('.sarif'));
  it(`${RUNS} inputs, generated and mutated from ${realLogs.length} real logs: each classified or one InputError naming the file`, async () => {
    if (realLogs.length === 0) console.warn(`fuzz SARIF: ${haveCorpus ? 'no .sarif files' : 'corpus absent'}; generated inputs only`);
    const counts = tally();
    const input = realLogs.length > 0 ? fc.oneof({ arbitrary: log, weight: 3 }, { arbitrary: mutated(realLogs), weight: 1 }, { arbitrary: fc.string(), weight: 1 }) : fc.oneof(log, fc.string());
    await fc.assert(fc.asyncProperty(input, (text) => yieldsResultOrInputError(counts, NAME, () => parseAndClassify(text))), assertOptions());
    expect(counts.inputs).toBeGreaterThanOrEqual(RUNS);
    expect(counts.results).toBeGreaterThan(0);
    expect(counts.inputErrors).toBeGreaterThan(0);
  }, suiteGuardMs());
});
