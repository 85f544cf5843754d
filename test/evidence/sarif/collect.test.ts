// Hand-written edge cases through collectSarifFindings: every result is kept or counted with a reason.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as sarif from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { sarifConfigSchema } from '../../../src/evidence/sarif/config.js';
import { collectSarifFindings } from '../../../src/evidence/sarif/index.js';
import { WorkingTree } from '../../../src/git/index.js';
import type { SarifInput } from '../../../src/evidence/sarif/index.js';
import type { ChangedFile } from '../../../src/model.js';
import { repoPath } from '../../helpers/ids.js';

const work = mkdtempSync(join(tmpdir(), 'diffgate-sarif-collect-'));
const checkout = join(work, 'checkout');
const reports = join(work, 'reports');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const APP_LINES = ['const a = 1;', 'if (a == 1) run();', 'const b = 2;', 'if (b == 2) run();', ''];
mkdirSync(join(checkout, 'src/my dir'), { recursive: true });
mkdirSync(reports, { recursive: true });
writeFileSync(join(checkout, 'src/app.ts'), APP_LINES.join('\n'));
writeFileSync(join(checkout, 'src/my dir/x.ts'), 'export {};\n');
const tracked = ['src/app.ts', 'src/my dir/x.ts', 'README.md'];
const appChanged: ChangedFile = {
  path: repoPath('src/app.ts'),
  oldPath: null,
  status: 'modified',
  addedLines: [2, 4],
  hunks: [{ start: 1, end: 5 }],
  binary: false,
  submodule: false,
  modeOnly: false,
};

let counter = 0;
function writeLog(results: sarif.Result[], extra: Partial<sarif.Run> = {}): string {
  const name = `log-${++counter}.sarif`;
  const log: sarif.Log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'Hand', rules: [{ id: 'R', defaultConfiguration: { level: 'error' } }] } }, results, ...extra }] };
  writeFileSync(join(reports, name), JSON.stringify(log));
  return name;
}

function at(uri: string, startLine?: number, extra: Partial<sarif.Result> = {}): sarif.Result {
  const region = startLine === undefined ? undefined : { startLine };
  return { ruleId: 'R', message: { text: `at ${uri}` }, locations: [{ physicalLocation: { artifactLocation: { uri }, region } }], ...extra };
}

function input(patterns: string[], overrides: Partial<SarifInput> = {}): SarifInput {
  return {
    repo: checkout,
    patterns,
    cwd: reports,
    files: [appChanged],
    trackedFiles: tracked,
    code: new WorkingTree(checkout),
    provenance: () => 'human',
    config: sarifConfigSchema.parse({ 'filter-mode': 'nofilter' }),
    ...overrides,
  };
}

describe('collectSarifFindings on hand-written logs', () => {
  it('lists results without a usable location with the reason, and counts every result once', async () => {
    const name = writeLog([
      { ruleId: 'R', message: { text: 'nowhere' } },
      { ruleId: 'R', message: { text: 'logical' }, locations: [{ logicalLocations: [{ fullyQualifiedName: 'ns::f' }] }] },
      at('https://example.com/a.ts', 1),
      at(`file://${checkout}/src/generated.ts`, 1),
      at('file:///etc/passwd', 1),
      at('../../outside/thing.ts', 1),
      at('src/100%.ts', 1),
      at(`file://${checkout}/src/app.ts`, 2),
      at('src%2Fmy%20dir/x.ts', 1),
      at('src\\app.ts', 4),
    ]);
    const { findings, summary } = await collectSarifFindings(input([name]));
    expect(summary.unlocated.map((entry) => [entry.location, entry.reason])).toEqual([
      ['', 'no location'],
      ['ns::f', 'only a logical location (no file)'],
      ['https://example.com/a.ts', 'not a file URI (https:)'],
      [`file://${checkout}/src/generated.ts`, '"src/generated.ts" is not a file tracked at head'],
      ['file:///etc/passwd', expect.stringContaining('outside the repository')],
      ['../../outside/thing.ts', expect.stringContaining('outside the repository')],
      ['src/100%.ts', 'the uri has a malformed %-escape'],
    ]);
    expect(summary.unlocated[0]).toEqual({ tool: 'Hand', ruleId: 'R', location: '', reason: 'no location' });
    expect(findings.map((finding) => `${finding.path}:${finding.startLine}`)).toEqual(['src/app.ts:2', 'src/my dir/x.ts:1', 'src/app.ts:4']);
    expect(findings.every((finding) => finding.level === 'error' && finding.provenance === 'human')).toBe(true);
    expect(summary.kept).toBe(3);
    expect(summary.inputs).toEqual([{ path: name, tools: ['Hand'], results: 10 }]);
  });

  it('counts not-failures before not-new before location, so each result lands in one bucket', async () => {
    const name = writeLog([
      { ruleId: 'R', kind: 'pass', message: { text: 'passed' } },
      { ruleId: 'R', level: 'none', message: { text: 'trace' } },
      { ruleId: 'R', message: { text: 'suppressed, no location' }, suppressions: [{ kind: 'inSource' }] },
      at('src/app.ts', 2, { suppressions: [{ kind: 'external', status: 'underReview' }] }),
      at('src/app.ts', 4, { baselineState: 'unchanged' }),
      at('src/app.ts', 3),
      at('README.md', 1),
    ]);
    const { summary, findings } = await collectSarifFindings(input([name], { config: sarifConfigSchema.parse({}) }));
    expect(summary).toMatchObject({ notFailures: 2, notNew: 2, kept: 1, outsideFilter: 2, unlocated: [] });
    expect(findings.map((finding) => finding.startLine)).toEqual([2]);
  });

  it('keeps a result reported twice (the same scan from two jobs) once, and counts the copy as not new', async () => {
    const first = writeLog([at('src/app.ts', 2), at('src/app.ts', 4)]);
    const copy = writeLog([at('src/app.ts', 2)]);
    const { findings, summary } = await collectSarifFindings(input([first, copy]));
    expect(findings.map((finding) => finding.startLine)).toEqual([2, 4]);
    expect(summary).toMatchObject({ kept: 2, notNew: 1 });
  });

  it('reads the code for fingerprints from the working tree when no head is given', async () => {
    // Two results with the same rule, path and message on different code.
    const same = { message: { text: "Expected '==='." } };
    const name = writeLog([at('src/app.ts', 2, same), at('src/app.ts', 4, same)]);
    const { findings } = await collectSarifFindings(input([name]));
    expect(findings).toHaveLength(2);
    expect(findings[0]?.fingerprint).not.toBe(findings[1]?.fingerprint);
  });

  it('reports a region given only in characters on line 1 as a file-level result', async () => {
    const name = writeLog([{ ruleId: 'R', message: { text: 'chars' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/app.ts' }, region: { charOffset: 10, charLength: 3 } } }] }]);
    const everywhere = await collectSarifFindings(input([name]));
    expect(everywhere.findings).toMatchObject([{ path: 'src/app.ts', startLine: 1, endLine: 1, onAddedLine: false }]);
    const added = await collectSarifFindings(input([name], { config: sarifConfigSchema.parse({ 'filter-mode': 'added' }) }));
    expect(added.summary).toMatchObject({ kept: 0, outsideFilter: 1 });
    // Its provenance is the whole file's: an AI-written line anywhere in it makes it `ai`.
    const aiOnLine4 = await collectSarifFindings(input([name], { provenance: (path, line) => (line === 4 ? 'ai' : 'human') }));
    expect(aiOnLine4.findings).toMatchObject([{ startLine: 1, provenance: 'ai' }]);
  });

  it('reads many files through globs, and refuses them all when one is broken', async () => {
    const first = writeLog([at('src/app.ts', 2)]);
    const second = writeLog([at('src/app.ts', 4)], { tool: { driver: { name: 'Second' } } });
    const both = await collectSarifFindings(input([first, second]));
    expect(both.summary.inputs.map((entry) => entry.tools)).toEqual([['Hand'], ['Second']]);
    expect(both.findings.map((finding) => finding.tool)).toEqual(['Hand', 'Second']);

    const globbed = await collectSarifFindings(input(['log-*.sarif']));
    expect(globbed.summary.inputs.length).toBe(counter);

    writeFileSync(join(reports, 'broken.sarif'), '{"version": "2.1.0", "runs": [');
    await expect(collectSarifFindings(input(['*.sarif']))).rejects.toThrow(/^broken\.sarif is not valid JSON/);
    await expect(collectSarifFindings(input(['nothing-*.sarif']))).rejects.toBeInstanceOf(InputError);
  });
});
