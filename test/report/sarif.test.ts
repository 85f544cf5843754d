import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { renderSarif } from '../../src/report/index.js';
import { finding } from '../policy/fixtures.js';
import { sampleReport } from './sample.js';
import { repoPath } from '../helpers/ids.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const multitool = join(root, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
const hasMultitool = existsSync(multitool);
mkdirSync(join(root, '.tmp'), { recursive: true });
const workDir = mkdtempSync(join(root, '.tmp', 'sarif-out-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface ValidationResult {
  level: string;
  ruleId: string;
  arguments: string[];
}

/** Runs `Sarif.Multitool validate` and returns what it reported, errors and warnings included. */
function multitoolValidate(log: object, name: string): ValidationResult[] {
  const input = join(workDir, `${name}.sarif`);
  const output = join(workDir, `${name}.validation.sarif`);
  writeFileSync(input, JSON.stringify(log, null, 2));
  execFileSync(multitool, ['validate', input, '--output', output, '--level', 'Error;Warning;Note', '--log', 'ForceOverwrite'], {
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    stdio: 'pipe',
  });
  const validation = JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, '')) as Log;
  return validation.runs.flatMap((run) =>
    (run.results ?? []).map((result) => ({ level: result.level ?? 'warning', ruleId: result.ruleId ?? '', arguments: result.message.arguments ?? [] })),
  );
}

describe('renderSarif', () => {
  const report = sampleReport({ findings: 12 });
  const log = renderSarif(report, '1.2.3');
  const run = log.runs[0]!;

  it("holds diffgate's own findings only, ranked, with rules, levels, regions and fingerprints", () => {
    const own = report.findings.filter((item) => item.source !== 'sarif');
    expect(run.results).toHaveLength(own.length);
    expect(run.tool.driver).toMatchObject({ name: 'diffgate', version: '1.2.3' });
    const rules = run.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id)).toEqual(['empty-catch', 'missing-tests', 'trivial-assertion']);
    expect(rules[0]!.helpUri).toBe('https://github.com/diffgate/diffgate/blob/main/docs/rules/empty-catch.md');
    expect(rules[0]!.shortDescription?.text).toMatch(/^A catch block/);
    const first = run.results![0]!;
    expect(first.level).toBe('error');
    expect(rules[first.ruleIndex!]!.id).toBe(first.ruleId);
    const source = own.find((item) => item.fingerprint === first.partialFingerprints!['diffgateFingerprint/v1'])!;
    expect(first.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: source.path, uriBaseId: '%SRCROOT%' },
      region: { startLine: source.startLine, endLine: source.endLine },
    });
    expect(first.properties).toMatchObject({ provenance: source.provenance, source: 'ast' });
  });

  it('uses the docs URL and rule descriptions it is given', () => {
    const custom = renderSarif(report, '1.2.3', {
      docsBaseUrl: 'https://github.com/acme/diffgate/blob/v1/docs/rules/',
      ruleDescriptions: { 'empty-catch': 'Catch blocks that swallow errors.' },
    });
    const rule = custom.runs[0]!.tool.driver.rules![0]!;
    expect(rule.helpUri).toBe('https://github.com/acme/diffgate/blob/v1/docs/rules/empty-catch.md');
    expect(rule.shortDescription?.text).toBe('Catch blocks that swallow errors.');
  });

  it('encodes paths as relative URI references', () => {
    const spaced = renderSarif({ ...report, findings: [finding({ path: repoPath('src/my file#1.ts') })] }, '1.0.0');
    expect(spaced.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('src/my%20file%231.ts');
  });

  describe.skipIf(!hasMultitool)('Sarif.Multitool validate (skipped when the multitool is not installed)', () => {
    it.each([
      ['a typical report', log],
      ['a report full of hostile text', renderSarif(sampleReport({ findings: 20, hostile: true }), '0.1.0')],
      ['a report with no findings', renderSarif({ ...report, findings: [] }, '0.1.0')],
    ])('accepts %s with no errors or warnings', (name, sarif) => {
      const results = multitoolValidate(sarif, name.replace(/\W+/g, '-'));
      expect(results.filter((result) => result.level === 'error' || result.level === 'warning')).toEqual([]);
    });

    it('does report errors in a broken log (the check can fail)', () => {
      const broken = structuredClone(log);
      broken.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region = { startLine: 10, endLine: 5 };
      const results = multitoolValidate(broken, 'broken');
      expect(results.filter((result) => result.level === 'error').map((result) => result.ruleId)).toEqual(['SARIF1007']);
    });
  });
});
