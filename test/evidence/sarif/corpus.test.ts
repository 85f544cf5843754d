// Real SARIF from many scanners (../shared/corpus/sarif, described in its README.md).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { sarifConfigSchema } from '../../../src/evidence/sarif/config.js';
import type { SarifFilterMode } from '../../../src/evidence/sarif/config.js';
import { collectSarifFindings } from '../../../src/evidence/sarif/index.js';
import { WorkingTree } from '../../../src/git/index.js';
import type { SarifEvidence } from '../../../src/evidence/sarif/index.js';
import { levelOf, ruleContextOf } from '../../../src/evidence/sarif/rules.js';
import type { ChangedFile } from '../../../src/model.js';
import { repoPath } from '../../helpers/ids.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = resolve(repositoryRoot, '../shared/corpus/sarif');
const corpusExists = existsSync(corpus);

/** A checkout that does not exist on disk: code for fingerprints is unreadable, as for a report from elsewhere. */
const CHECKOUT = '/nonexistent/checkout';

function raw(name: string): sarif.Log {
  return JSON.parse(readFileSync(join(corpus, name), 'utf8').replace(/^\uFEFF/, '')) as sarif.Log;
}

function changed(path: string, status: ChangedFile['status'], addedLines: number[]): ChangedFile {
  const hunks = addedLines.length > 0 ? [{ start: Math.min(...addedLines), end: Math.max(...addedLines) }] : [];
  return { path: repoPath(path), oldPath: null, status, addedLines, hunks, binary: false, submodule: false, modeOnly: false };
}

async function collect(
  name: string,
  options: { tracked?: string[]; mode?: SarifFilterMode; files?: ChangedFile[]; prefixes?: string[] } = {},
): Promise<SarifEvidence> {
  return collectSarifFindings({
    repo: CHECKOUT,
    patterns: [join(corpus, name)],
    files: options.files ?? [],
    trackedFiles: options.tracked ?? [],
    code: new WorkingTree(CHECKOUT),
    provenance: () => 'unknown',
    config: sarifConfigSchema.parse({ 'filter-mode': options.mode ?? 'nofilter', 'path-prefixes': options.prefixes ?? [] }),
  });
}

function uris(log: sarif.Log): string[] {
  const all = log.runs.flatMap((run) => (run.results ?? []).map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''));
  return [...new Set(all)];
}

/** Every result is counted in exactly one bucket. */
function total(evidence: SarifEvidence): number {
  const { kept, outsideFilter, notNew, notFailures, unlocated } = evidence.summary;
  return kept + outsideFilter + notNew + notFailures + unlocated.length;
}

describe.skipIf(!corpusExists)('SARIF corpus (skipped: ../shared/corpus not found)', () => {
  it('CodeQL: levels come from the driver rule at ruleIndex; security-severity, tags and help are kept', async () => {
    const name = 'codeql-2.12.5_vulnerable-express_rules-in-driver.sarif';
    const log = raw(name);
    const run = log.runs[0]!;
    const evidence = await collect(name, { tracked: uris(log) });
    const results = run.results ?? [];
    expect(results.every((result) => result.level === undefined)).toBe(true);
    expect(evidence.summary.kept).toBe(results.length);
    const expectedLevels = results.map((result) => run.tool.driver.rules![result.ruleIndex!]!.defaultConfiguration!.level);
    expect(evidence.findings.map((finding) => finding.level)).toEqual(expectedLevels);
    expect(new Set(expectedLevels)).toEqual(new Set(['error', 'warning']));
    const first = results[0]!;
    const firstRule = run.tool.driver.rules![first.ruleIndex!]!;
    expect(evidence.findings[0]).toMatchObject({
      ruleId: first.ruleId,
      tool: 'CodeQL',
      securitySeverity: Number(firstRule.properties!['security-severity']),
      tags: firstRule.properties!.tags,
    });
  });

  it('Semgrep: no result has a level, so each takes its rule default', async () => {
    const name = 'semgrep-0.44.0_no-level_srcroot.sarif';
    const log = raw(name);
    const run = log.runs[0]!;
    const evidence = await collect(name, { tracked: uris(log) });
    const defaults = new Map(run.tool.driver.rules!.map((rule) => [rule.id, rule.defaultConfiguration?.level ?? 'warning']));
    expect(evidence.summary.kept).toBe(run.results!.length);
    for (const finding of evidence.findings) expect(finding.level).toBe(defaults.get(finding.ruleId));
    expect(new Set(evidence.findings.map((finding) => finding.level))).toEqual(new Set(['error', 'warning']));
  });

  it('ESLint (1.1 MB): 1186 of 1191 results are inSource-suppressed; the other 5 map onto the repository by suffix', async () => {
    const name = 'eslint-8.46.0_large_file-uris_inSource-suppressions.sarif';
    const tracked = ['app.js', 'src/api/app.js', 'test/api/berlin_clock.provider.pact.spec.js', 'test/scripts/publish.pacts.js'];
    const evidence = await collect(name, { tracked });
    expect(evidence.summary.inputs).toEqual([{ path: join(corpus, name), tools: ['ESLint'], results: 1191 }]);
    expect(evidence.summary.notNew).toBe(1186);
    expect(evidence.summary.kept).toBe(5);
    expect(evidence.findings.map((finding) => `${finding.path}:${finding.startLine}`).sort()).toEqual([
      'app.js:6',
      'src/api/app.js:32',
      'test/api/berlin_clock.provider.pact.spec.js:68',
      'test/scripts/publish.pacts.js:19',
      'test/scripts/publish.pacts.js:22',
    ]);
    // Without the files tracked, they are listed as unlocated, not dropped.
    const elsewhere = await collect(name, { tracked: ['README.md'] });
    expect(elsewhere.summary.unlocated).toHaveLength(5);
    expect(elsewhere.summary.unlocated[0]).toMatchObject({ tool: 'ESLint', ruleId: 'no-console' });
    expect(elsewhere.summary.unlocated[0]!.location).toMatch(/^file:\/\/\/Users\//);
  });

  it('ESLint formatter (iframe-resizer): every result is suppressed, so nothing is kept', async () => {
    const evidence = await collect('eslint-8.56.0_formatter-sarif_file-uris_iframe-resizer.sarif');
    expect(evidence.summary).toMatchObject({ kept: 0, notNew: 12 });
  });

  it('grype: external suppressions without status and baselineState unchanged are not new', async () => {
    const name = 'grype-anchore-0.7.3_suppressions_baselineState.sarif';
    const evidence = await collect(name, { tracked: uris(raw(name)) });
    expect(evidence.summary).toMatchObject({ kept: 0, notNew: 429, unlocated: [] });
  });

  it('Trivy: ROOTPATH "/" base; an image name is not a repository file and is listed with a reason', async () => {
    const evidence = await collect('trivy-0.15.0_container-image_no-region.sarif', { tracked: ['Dockerfile', 'package-lock.json'] });
    expect(total(evidence)).toBe(124);
    const imageResults = evidence.summary.unlocated.filter((entry) => entry.location.startsWith('knqyf263/vuln-image'));
    expect(imageResults.length).toBeGreaterThan(0);
    expect(imageResults[0]!.reason).toContain('outside the repository');
  });

  it('Trivy: a Dockerfile result resolves to the tracked Dockerfile', async () => {
    const evidence = await collect('trivy_dockerfile_small.sarif', {
      tracked: ['Dockerfile', 'src/app.js'],
      mode: 'added',
      files: [changed('Dockerfile', 'modified', [1, 2])],
    });
    expect(evidence.findings.map((finding) => `${finding.path}:${finding.startLine}:${finding.level}`)).toEqual(Array(4).fill('Dockerfile:1:error'));
  });

  it('octoscan: a %SRCROOT% uri that climbs with ../ maps by suffix onto the tracked workflow', async () => {
    const evidence = await collect('octoscan_dotdot-relative-uri.sarif', { tracked: ['.github/workflows/test.yml', 'README.md'] });
    expect(evidence.findings.map((finding) => `${finding.path}:${finding.startLine}`)).toEqual([
      '.github/workflows/test.yml:20',
      '.github/workflows/test.yml:26',
      '.github/workflows/test.yml:31',
    ]);
    const untracked = await collect('octoscan_dotdot-relative-uri.sarif', { tracked: ['README.md'] });
    expect(untracked.summary.unlocated.map((entry) => entry.reason)).toEqual(Array(3).fill(expect.stringContaining('outside the repository')));
  });

  it('PSScriptAnalyzer: Windows file:///C:/ URIs map by suffix, or by a configured prefix', async () => {
    const name = 'psscriptanalyzer_windows-file-uris.sarif';
    const log = raw(name);
    const prefix = 'C:/Users/adege/OneDrive/Development/Powershell/';
    const tracked = uris(log).map((uri) => decodeURIComponent(uri.slice('file:///'.length + prefix.length)));
    expect(tracked.every((path) => path.startsWith('Modules/'))).toBe(true);
    const bySuffix = await collect(name, { tracked });
    expect(bySuffix.summary.kept).toBe(log.runs[0]!.results!.length);
    expect(new Set(bySuffix.findings.map((finding) => finding.path))).toEqual(new Set(tracked));
    // With the checkout on another folder layout (Powershell/ as the repository root), the prefix decides.
    const byPrefix = await collect(name, { tracked: tracked.map((path) => `Powershell/${path}`), prefixes: ['C:\\Users\\adege\\OneDrive\\Development\\'] });
    expect(byPrefix.findings.every((finding) => finding.path.startsWith('Powershell/Modules/'))).toBe(true);
  });

  it('Snyk Container: two runs, an OCI reference and an in-image path are unlocated with reasons', async () => {
    const evidence = await collect('snyk-container_2-runs_abs-path.sarif', { tracked: ['Dockerfile', 'package.json'] });
    expect(evidence.summary.inputs[0]).toMatchObject({ tools: ['Snyk Container'], results: 2 });
    expect(evidence.summary.kept).toBe(0);
    expect(evidence.summary.unlocated.map((entry) => entry.location)).toEqual([
      expect.stringMatching(/^us-central1-docker\.pkg\.dev\//),
      '/app/node_modules/esbuild-linux-64/bin/esbuild',
    ]);
    expect(evidence.summary.unlocated[0]!.reason).toContain('not a file tracked at head');
    expect(evidence.summary.unlocated[1]!.reason).toContain('outside the repository');
  });

  it('SARIF1004: undeclared %SRCROOT% is the repository root; a result without region is file-level', async () => {
    const name = 'sarif-sdk/validate-inputs/SARIF1004.ExpressUriBaseIdsCorrectly_Valid.sarif';
    const tracked = ['file.c', 'src/file.c'];
    const everywhere = await collect(name, { tracked });
    expect(everywhere.findings).toMatchObject([{ path: 'file.c', startLine: 1, endLine: 1, level: 'error', onAddedLine: false }]);
    const modified = await collect(name, { tracked, mode: 'added', files: [changed('file.c', 'modified', [3])] });
    expect(modified.summary).toMatchObject({ kept: 0, outsideFilter: 1 });
    const inChangedFile = await collect(name, { tracked, mode: 'file', files: [changed('file.c', 'modified', [3])] });
    expect(inChangedFile.summary.kept).toBe(1);
    const newFile = await collect(name, { tracked, mode: 'added', files: [changed('file.c', 'added', [1, 2, 3])] });
    expect(newFile.findings).toMatchObject([{ path: 'file.c', onAddedLine: true }]);
  });

  it('codeql-action invalid-URI fixture: listed as unlocated; the invalid help link is dropped', async () => {
    const evidence = await collect('codeql-action-testdata_with-invalid-uri.sarif', { tracked: ['main.js'] });
    expect(evidence.summary.kept).toBe(0);
    expect(evidence.summary.unlocated).toEqual([
      { tool: 'LGTM.com', ruleId: 'js/unused-local-variable', location: 'not a valid URI', reason: '"not a valid URI" is not a file tracked at head' },
    ]);
    const untracked = await collect('codeql-action-testdata_with-invalid-uri.sarif', { tracked: ['not a valid URI'] });
    expect(untracked.findings[0]?.helpUri).toBeUndefined();
  });

  it('GH1005: an https: location is not a file', async () => {
    const evidence = await collect('sarif-sdk/validate-inputs/GH1005.LocationsMustBeRelativeUrisOrFilePaths_Invalid.sarif', { tracked: ['file.cs'] });
    expect(evidence.summary.unlocated).toEqual([
      { tool: 'Sarif Functional Testing', ruleId: 'TEST1001', location: 'https://www.example.com/code/file.cs', reason: 'not a file URI (https:)' },
    ]);
  });

  it('JSON1001: a syntax error is an InputError naming the file and the position', async () => {
    const name = 'sarif-sdk/validate-inputs/JSON1001.SyntaxError.sarif';
    const error: unknown = await collect(name).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(join(corpus, name));
    expect((error as Error).message).toMatch(/is not valid JSON \(.* at line 3, column 3\)/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('SARIF 2.0.0 prerelease logs are refused with an InputError naming the version', async () => {
    const error: unknown = await collect('sarif-sdk/converter-output/AndroidStudio_sarif-2.0.0-prerelease_10-runs.sarif').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain('has version "2.0.0"');
  });

  it('SARIF 2.2 draft: read with 2.1.0 semantics; its accepted suppression makes the result not new', async () => {
    const evidence = await collect('spec-examples/sarif-2.2-draft_comprehensive-example_version-2.2.sarif', { tracked: ['src/collections/list.h'] });
    expect(evidence.summary).toMatchObject({ kept: 0, notNew: 1, unlocated: [] });

    // The same log with the suppression and baseline removed: the result is located through the
    // PROJECTROOT (file://build.example.com/work/) ← SRCROOT (src/) chain, its message templated.
    const log = raw('spec-examples/sarif-2.2-draft_comprehensive-example_version-2.2.sarif');
    const result = log.runs[0]!.results![0]!;
    delete result.suppressions;
    delete result.baselineState;
    const dir = mkdtempSync(join(tmpdir(), 'diffgate-sarif-22-'));
    try {
      writeFileSync(join(dir, 'draft.sarif'), JSON.stringify(log));
      const unsuppressed = await collectSarifFindings({
        repo: CHECKOUT,
        patterns: ['draft.sarif'],
        cwd: dir,
        files: [changed('src/collections/list.h', 'modified', [15])],
        trackedFiles: ['src/collections/list.h', 'src/main.c'],
        code: new WorkingTree(CHECKOUT),
        provenance: () => 'unknown',
        config: sarifConfigSchema.parse({}),
      });
      expect(unsuppressed.summary.inputs).toEqual([{ path: 'draft.sarif', tools: ['CodeScanner'], results: 1 }]);
      expect(unsuppressed.findings).toMatchObject([
        { path: 'src/collections/list.h', startLine: 15, level: 'error', ruleId: 'C2001', message: 'Variable "ptr" was used without being initialized. It was declared [here](0).' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('SpotBugs: no ruleId (rule.id via toolComponent), relative to a source root inside the repository', async () => {
    const name = 'spotbugs-4.8.2_findsecbugs_no-ruleId_message-arguments.sarif';
    const sourcePath = 'codyze-core/src/main/java/de/fraunhofer/aisec/codyze/medina/demo/jsse/TlsServer.java';
    const evidence = await collect(name, { tracked: [sourcePath, 'README.md'] });
    expect(evidence.findings.map((finding) => [finding.ruleId, finding.path, finding.level])).toEqual([
      ['DM_DEFAULT_ENCODING', sourcePath, 'note'],
      ['DM_DEFAULT_ENCODING', sourcePath, 'note'],
      ['PATH_TRAVERSAL_IN', sourcePath, 'warning'],
    ]);
    expect(evidence.findings[0]?.message).toBe('Reliance on default encoding');
  });

  it('Bearer: ruleIds missing from rules get the default level warning', async () => {
    const name = 'bearer-2023_ruleid-not-in-rules_tabs.sarif';
    const evidence = await collect(name, { tracked: uris(raw(name)) });
    expect(evidence.summary.kept).toBe(52);
    expect(new Set(evidence.findings.map((finding) => finding.level))).toEqual(new Set(['warning']));
  });

  it('invocation ruleConfigurationOverrides: each result gets the level its message names', () => {
    const log = raw('sarif-sdk/unit-tests/InvocationOverridesRuleDefaultConfigurationOfError.sarif');
    const run = log.runs[0]!;
    for (const result of run.results!) {
      const expected = /Level should be '(\w+)'/.exec(result.message.text!)![1];
      const level = result.kind !== undefined && result.kind !== 'fail' ? (result.level ?? 'none') : levelOf(result, ruleContextOf(result, run), run);
      expect(level).toBe(expected);
    }
  });

  it('kind notApplicable and level none are not failures; message ids come from the rule at ruleIndex', async () => {
    const name = 'sarif-sdk/unit-tests/RunResources_kind-notApplicable.sarif';
    const log = raw(name);
    const run = log.runs[0]!;
    const evidence = await collect(name, { tracked: ['file.txt', 'other.txt'] });
    const failures = run.results!.filter((result) => (result.kind ?? 'fail') === 'fail' && result.level !== 'none');
    expect(evidence.summary.notFailures).toBe(run.results!.length - failures.length);
    expect(evidence.summary.notFailures).toBeGreaterThan(0);
    expect(evidence.findings[0]?.message).toBe(run.tool.driver.rules![1]!.messageStrings!['a']!.text);
  });

  it('TEST1007: baselineState unchanged and absent are not new; new ones are kept once', async () => {
    const name = 'sarif-sdk/multitool-output/TEST1007.ValidateBaseline.LessResultsThanBaseline.sarif';
    const results = raw(name).runs.flatMap((run) => run.results ?? []);
    const isOld = (result: sarif.Result) => result.baselineState === 'unchanged' || result.baselineState === 'absent';
    const old = results.filter(isOld).length;
    // This log repeats one new result verbatim: the copy is not new either.
    const newKeys = results.filter((result) => !isOld(result)).map((result) => JSON.stringify([result.ruleId, result.locations, result.message]));
    const copies = newKeys.length - new Set(newKeys).size;
    expect(old).toBeGreaterThan(0);
    expect(copies).toBe(1);
    const evidence = await collect(name);
    expect(evidence.summary.notNew).toBe(old + copies);
    expect(evidence.summary.kept).toBe(results.length - old - copies);
  });

  it('reads every file in the corpus into findings or counted entries, refusing only the broken ones', async () => {
    const names = [
      'bandit-1.8.6_contextRegion_mixed-levels.sarif',
      'checkov-2.3.240_terraform_snippets_large.sarif',
      'gosec-2.24.7_gowaves.sarif',
      'tfsec-1.28.1_defsec-driver_terraform.sarif',
      'semgrep-oss-1.61.1_small.sarif',
      'snyk-open-source_maven_pom-line1.sarif',
      'codeql-action-testdata_valid-sarif_2-runs_lgtm+codeql.sarif',
      'sarif-sdk/converter-output/ContrastSecurity_WebGoat.sarif',
      'sarif-sdk/converter-output/StaticDriverVerifier_checkadddevice_bug1_kind-pass.sarif',
      'sarif-sdk/samples/GroupingSample_2-runs.sarif',
      'sarif-sdk/unit-tests/SuppressionTestCurrent.sarif',
      'sarif-sdk/unit-tests/WithSuppressions.sarif',
      'sarif-sdk/validate-inputs/SARIF1002.UrisMustBeValid_Invalid.sarif',
    ];
    for (const name of names) {
      const results = raw(name).runs.reduce((sum, run) => sum + (run.results?.length ?? 0), 0);
      const evidence = await collect(name, { tracked: ['README.md'] });
      expect(total(evidence), name).toBe(results);
      expect(evidence.summary.inputs[0]?.results, name).toBe(results);
    }
  });
});
