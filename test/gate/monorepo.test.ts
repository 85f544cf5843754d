// The same pull request in a monorepo: the package lives in packages/shop, ESLint and vitest run in
// the package (as a package's CI job does), and another package has files with the same relative
// paths (packages/legacy/src/cart.ts), so a package-relative path alone is ambiguous.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/gate.js';
import type { Report } from '../../src/model.js';
import { ADDED, changedCoverage, isAdded, isAiLine, linesOf, readLcovHits, readSarifResults } from './expected.js';
import { FORMAT, PAYMENTS, buildPullRequest, gateOptions, lineOf, type PullRequestFixture } from './fixture.js';

const PACKAGE = 'packages/shop';
const inPackage = (path: string): string => `${PACKAGE}/${path}`;
const packagePath = (path: string): string => path.slice(PACKAGE.length + 1);

describe('a pull request in one package of a monorepo', () => {
  let fixture: PullRequestFixture;
  let expected: ReturnType<typeof changedCoverage>;

  beforeAll(async () => {
    fixture = await buildPullRequest({
      packageDir: PACKAGE,
      // Contents unlike the shop's: git would otherwise see the shop's new files as copies.
      baseExtras: {
        'packages/legacy/package.json': '{ "name": "legacy" }\n',
        'packages/legacy/src/cart.ts': 'export const legacyCart: string[] = [];\n',
        'packages/legacy/src/format.ts': 'export const legacyFormat = (value: unknown): string => String(value);\n',
      },
    });
    // The LCOV's paths are relative to the package, where vitest ran.
    expected = changedCoverage(readLcovHits(fixture.lcovPath, join(fixture.repo.dir, PACKAGE)), isAdded);
  }, 180_000);

  afterAll(() => fixture?.remove());

  const gate = async (coverage: string[]): Promise<Report> => (await runGate(gateOptions(fixture, { coverage }))).report;

  it('lists the changed files under the package with the added lines and authors of the flat layout', async () => {
    const report = await gate([fixture.coberturaPath]);
    expect(Object.fromEntries(report.files.map((file) => [file.path, file.addedLines]))).toEqual(
      Object.fromEntries(Object.entries(ADDED).map(([path, added]) => [inPackage(path), added.lines])),
    );
    expect(report.provenance.files).toHaveLength(Object.keys(ADDED).length);
    for (const file of report.provenance.files) {
      const added = ADDED[packagePath(file.path)];
      expect(file.aiLines, file.path).toEqual(added?.ai ? added.lines : []);
    }
  });

  it('maps Cobertura (absolute <source> root) onto the package’s files', async () => {
    const report = await gate([fixture.coberturaPath]);
    expect(report.coverage?.changed).toMatchObject({ measured: expected.measured, covered: expected.covered });
    expect(report.coverage?.ai.measured).toBe(changedCoverage(readLcovHits(fixture.lcovPath, join(fixture.repo.dir, PACKAGE)), isAiLine).measured);
    expect(report.coverage?.files.map((file) => file.path).sort()).toEqual(['src/cart.ts', 'src/format.ts', 'src/payments/client.ts'].map(inPackage));
    expect(report.coverage?.unmapped?.count ?? 0).toBe(0);
  });

  it('maps an LCOV kept in the package folder onto the package’s files, though its paths are ambiguous elsewhere', async () => {
    const inside = join(fixture.repo.dir, PACKAGE, 'coverage', 'lcov.info');
    mkdirSync(join(fixture.repo.dir, PACKAGE, 'coverage'), { recursive: true });
    copyFileSync(fixture.lcovPath, inside);
    const report = await gate([inside]);
    expect(report.coverage?.changed).toMatchObject({ measured: expected.measured, covered: expected.covered });
    for (const [path, lines] of expected.uncovered) {
      expect(report.coverage?.files.find((file) => file.path === inPackage(path))?.uncoveredLines, path).toEqual(lines);
    }
    expect(report.coverage?.unmapped?.count ?? 0).toBe(0);
  });

  it('refuses ambiguous package-relative LCOV paths by name and lists the files left unmeasured', async () => {
    const report = await gate([fixture.lcovPath]);
    const unmapped = report.coverage?.unmapped;
    expect(unmapped?.count).toBe(2);
    const cart = unmapped?.examples.find((example) => example.path === 'src/cart.ts');
    expect(cart?.reason).toContain('packages/legacy/src/cart.ts');
    expect(cart?.reason).toContain('packages/shop/src/cart.ts');
    // Nothing is silently dropped: the two files show as unmentioned; the unique path still maps.
    expect(report.coverage?.unmentioned.sort()).toEqual([inPackage('src/cart.ts'), inPackage('src/format.ts')]);
    expect(report.coverage?.files.map((file) => file.path)).toEqual([inPackage('src/payments/client.ts')]);
    // The condition counts them; judged even though fewer lines are measured now.
    const judged = (await runGate(gateOptions(fixture, { coverage: [fixture.lcovPath], overrides: { policy: { 'small-change-lines': 0 } } }))).report;
    const condition = judged.verdict.conditions.find((item) => item.id === 'changed-coverage.all');
    expect(condition?.status).toBe('fail');
    expect(condition?.message).toMatch(/2 changed files in no coverage report/);
  });

  it('keeps ESLint’s results (run in the package) on the added lines of the package’s files', async () => {
    const report = await gate([fixture.coberturaPath]);
    const onAdded = readSarifResults(fixture.sarifPath, fixture.repo.dir).filter((result) =>
      linesOf(result).some((line) => isAdded(packagePath(result.path), line)),
    );
    expect(onAdded.every((result) => result.path.startsWith(`${PACKAGE}/`))).toBe(true);
    const shape = (item: { ruleId: string; path: string; startLine: number }) => `${item.path}:${item.startLine} ${item.ruleId}`;
    // A result folded into the equivalent rule finding on its lines (one finding per problem) is still there.
    const scanner = report.findings.flatMap((finding) => [
      ...(finding.source === 'sarif' ? [shape(finding)] : []),
      ...(finding.alsoReportedBy ?? []).map((also) => shape({ ruleId: also.ruleId, path: finding.path, startLine: also.startLine })),
    ]);
    expect(scanner.sort()).toEqual(onAdded.map(shape).sort());
  });

  it('finds the package’s tests for missing-tests and the error-handling problems at the same lines', async () => {
    const report = await gate([fixture.coberturaPath]);
    const ast = (ruleId: string) =>
      report.findings.filter((finding) => finding.source === 'ast' && finding.ruleId === ruleId).map((finding) => [finding.path, finding.startLine]);
    const client = inPackage('src/payments/client.ts');
    // One finding for the file, on the first symbol that adds untested behaviour (as in pipeline.test.ts).
    expect(ast('missing-tests')).toEqual([[client, lineOf(PAYMENTS, 'function refundAll')]]);
    expect(ast('empty-catch')).toEqual([[client, lineOf(PAYMENTS, '} catch (error) {')]]);
    expect(ast('throw-literal')).toEqual([[inPackage('src/format.ts'), lineOf(FORMAT, "throw '")]]);
  });
});
