// One reasoned directive silences one problem however many tools report it: a `diffgate-disable`
// directive on an empty catch silences diffgate's empty-catch and ESLint's no-empty result folded
// into it, and ESLint's own `eslint-disable` syntax does the same. Real git, real ESLint SARIF.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_EVENT } from '../../src/event.js';
import { runGate } from '../../src/gate.js';
import type { Report } from '../../src/model.js';
import { withoutSilencedEquivalents } from '../../src/findings/equivalents.js';
import { renderMarkdown } from '../../src/report/index.js';
import { finding } from '../policy/fixtures.js';
import { fixtureFolder, lintToSarif, newRepo } from '../gate/fixture.js';
import { rmSync, mkdirSync } from 'node:fs';
import { repoPath, ruleId } from '../helpers/ids.js';

const lines = (...text: string[]): string => text.join('\n') + '\n';

/** An empty catch (after a write, not a cleanup: empty-catch reports it), with `directive` (if any) on the line just above the `catch`. */
function persist(name: string, directive: string | null): string {
  return lines(
    `export function ${name}(write: () => void): void {`,
    '  try {',
    '    write();',
    ...(directive ? [`    // ${directive}`] : []),
    '  } catch {',
    '  }',
    '}',
  );
}

const FILES = {
  'src/reasoned.ts': persist('reasoned', 'diffgate-disable-next-line empty-catch -- the write is retried by the next sync'),
  'src/eslint-syntax.ts': persist('eslintSyntax', 'eslint-disable-next-line no-empty -- the write is retried by the next sync'),
  'src/plain.ts': persist('plain', null),
};
/** The `} catch {` line of each file. */
const CATCH_LINE = { 'src/reasoned.ts': 5, 'src/eslint-syntax.ts': 5, 'src/plain.ts': 4 };

interface SarifResult {
  ruleId: string;
  suppressions?: { kind: string }[];
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
}

describe('a directive silences the folded scanner result too (real ESLint SARIF)', () => {
  let dir: string;
  let sarifPath: string;
  let report: Report;

  beforeAll(async () => {
    dir = fixtureFolder('silenced-');
    const repo = newRepo(join(dir, 'repo'));
    repo.write({ 'package.json': '{ "name": "silenced", "private": true, "type": "module" }\n', 'src/index.ts': 'export const version = 1;\n' });
    repo.commit('Initial');
    repo.checkout('feature', true);
    repo.write(FILES);
    repo.commit('Add persistence helpers\n\nCo-Authored-By: Claude <noreply@anthropic.com>');
    mkdirSync(join(dir, 'out'));
    sarifPath = join(dir, 'out', 'eslint.sarif');
    await lintToSarif(repo.dir, sarifPath);
    const result = await runGate({
      repo: repo.dir,
      base: 'main',
      head: 'feature',
      sarif: [sarifPath],
      coverage: [],
      baseCoverage: [],
      configPath: null,
      configRequired: false,
      // The team gates on empty catches (every rule is `note` by default).
      overrides: { analysis: { rules: { 'empty-catch': 'error' } } },
      event: NO_EVENT,
    });
    report = result.report;
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The empty-catch problem's findings in a file: diffgate's rule or ESLint's (missing-tests spans the function too). */
  const at = (path: keyof typeof CATCH_LINE) =>
    report.findings.filter((entry) => entry.path === path && ['empty-catch', 'no-empty'].includes(entry.ruleId) && entry.startLine <= CATCH_LINE[path] && CATCH_LINE[path] <= entry.endLine);

  it('ESLint did report the empty catch under the diffgate directive (so there is something to silence)', () => {
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as { runs: { results: SarifResult[] }[] };
    // ESLint's own directive makes its result a suppressed one (`suppressions`), which diffgate does not count.
    const noEmpty = sarif.runs[0]!.results.filter((result) => result.ruleId === 'no-empty' && !result.suppressions?.length);
    const where = noEmpty.map((result) => `${result.locations[0]!.physicalLocation.artifactLocation.uri.replace(/^.*\/(src\/)/, '$1')}:${result.locations[0]!.physicalLocation.region.startLine}`);
    expect(where.sort()).toEqual(['src/plain.ts:4', 'src/reasoned.ts:5']);
  });

  it('leaves no finding, diffgate’s or ESLint’s, where a reasoned directive of either syntax stands', () => {
    expect(at('src/reasoned.ts')).toEqual([]);
    expect(at('src/eslint-syntax.ts')).toEqual([]);
    expect(report.sarif?.silenced).toBe(1);
    // The silenced result is not counted as kept; ESLint's own suppression is counted as such.
    expect(report.sarif).toMatchObject({ kept: 1, notNew: 1 });
    expect(report.verdict.conditions.find((condition) => condition.id === 'sarif.all')?.actual).toBe(0);
  });

  it('still folds the two reports of the same problem where no directive stands', () => {
    expect(at('src/plain.ts')).toEqual([
      expect.objectContaining({ ruleId: 'empty-catch', source: 'ast', provenance: 'ai', alsoReportedBy: [expect.objectContaining({ tool: 'ESLint', ruleId: 'no-empty' })] }),
    ]);
    expect(report.verdict.conditions.find((condition) => condition.id === 'error-handling.all')?.actual).toBe(1);
  });

  it('says in the report how many scanner results a directive silenced', () => {
    const markdown = renderMarkdown(report, { budget: 65_536, title: 'diffgate' });
    expect(markdown).toMatch(/^Scanners: .* · 1 silenced with a diffgate rule by a line directive\.$/m);
  });
});

describe('withoutSilencedEquivalents', () => {
  const silenced = [finding({ ruleId: ruleId('empty-catch'), path: repoPath('src/a.ts'), startLine: 5, endLine: 6 })];
  const eslint = (rule: string, path: string, line: number) => finding({ ruleId: ruleId(rule), path: repoPath(path), startLine: line, endLine: line, source: 'sarif', tool: 'ESLint' });

  it('drops only the equivalent ESLint result on the silenced lines', () => {
    const same = eslint('no-empty', 'src/a.ts', 5);
    const other = [eslint('no-empty', 'src/a.ts', 9), eslint('no-empty', 'src/b.ts', 5), eslint('no-throw-literal', 'src/a.ts', 5), finding({ ruleId: ruleId('no-empty'), path: repoPath('src/a.ts'), startLine: 5, endLine: 5, source: 'sarif', tool: 'Semgrep' })];
    expect(withoutSilencedEquivalents([same, ...other], silenced)).toEqual({ kept: other, silenced: [same] });
    expect(withoutSilencedEquivalents([same, ...other], [])).toEqual({ kept: [same, ...other], silenced: [] });
  });
});
