// Real coverage reports from real projects (../shared/corpus/coverage, see its README): every format,
// tool variant and path convention, read and mapped onto a repository laid out like the original.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { createPathMapper } from '../../../src/evidence/paths.js';
import { mergeReports, type MergedCoverage } from '../../../src/evidence/coverage/merge.js';
import { readCoverageReport } from '../../../src/evidence/coverage/read.js';
import type { ParsedReport } from '../../../src/evidence/coverage/report.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = resolve(repoRoot, '../shared/corpus/coverage');
const haveCorpus = existsSync(corpus);

async function read(relativePath: string): Promise<ParsedReport> {
  return readCoverageReport(join(corpus, relativePath), relativePath);
}

/** Reads a report and maps it onto a checkout at /checkout whose tracked files are `tracked`. */
async function readMapped(relativePath: string, tracked: string[], prefixes: string[] = []): Promise<MergedCoverage> {
  const mapPath = createPathMapper({ repoRoot: '/checkout', trackedFiles: tracked, prefixes });
  return mergeReports([await read(relativePath)], mapPath, new Set(tracked));
}

/** The raw paths of a report with a known prefix removed: the repository layout the report came from. */
function repoPathsOf(report: ParsedReport, strip: RegExp): string[] {
  return report.files.map((file) => file.candidatePaths[file.candidatePaths.length - 1]!.replace(/\\/g, '/').replace(strip, ''));
}

function linesOf(coverage: MergedCoverage): Record<string, { measured: number[]; covered: number[] }> {
  const result: Record<string, { measured: number[]; covered: number[] }> = {};
  for (const [path, file] of coverage.files) {
    const measured = [...file.lines.keys()].sort((a, b) => a - b);
    result[path] = { measured, covered: measured.filter((line) => file.lines.get(line)! > 0) };
  }
  return result;
}

describe.skipIf(!haveCorpus)(`coverage corpus${haveCorpus ? '' : ' (skipped: ../shared/corpus not found)'}`, () => {
  describe('LCOV variants', () => {
    it('reads lcov 2.x FN-with-end-line and BRDA records with absolute paths (coreMQTT)', async () => {
      const report = await read('lcov/lcov2-geninfo_coreMQTT_FN-with-end-line_BRDA_abs-paths.info');
      expect(report.format).toBe('lcov');
      expect(report.files).toHaveLength(24);
      const branches = report.files.reduce((sum, file) => sum + [...file.branches.values()].reduce((n, b) => n + b.size, 0), 0);
      expect(branches).toBe(8808);
      const tracked = repoPathsOf(report, /^\/home\/ubuntu\/coreMQTT\//);
      expect(tracked).toContain('source/core_mqtt.c');
      const mapped = await readMapped('lcov/lcov2-geninfo_coreMQTT_FN-with-end-line_BRDA_abs-paths.info', tracked);
      expect([...mapped.files.keys()].sort()).toEqual([...new Set(tracked)].sort());
      expect(mapped.unmapped.size).toBe(0);
    });

    it('reads lcov 2.2 FNL/FNA records (libCEED) and lcov 1.x without LF/LH summaries (vplanet)', async () => {
      const ceed = await read('lcov/lcov2.2-geninfo_libCEED_FNL-FNA-records_abs-paths.info');
      expect(ceed.files).toHaveLength(86);
      // One file (a weak-symbol backend) has no DA records at all: read, measured nothing.
      const empty = ceed.files.filter((file) => file.lines.size === 0).map((file) => file.candidatePaths[0]);
      expect(empty).toEqual(['/home/jeremy/Dev/libCEED/backends/weak/ceed-backend-weak.c']);
      expect(ceed.files.reduce((sum, file) => sum + file.lines.size, 0)).toBe(10560);
      const vplanet = await read('lcov/lcov1.x-capture_vplanet_no-LF-LH-summary_FN-FNDA-interleaved.info');
      expect(vplanet.files).toHaveLength(24);
      const measured = vplanet.files.reduce((sum, file) => sum + file.lines.size, 0);
      expect(measured).toBeGreaterThan(20_000); // ~30k DA records, counted without summaries
    });

    it('maps absolute lcov paths from a laptop onto the repository (vplanet: /home/caitlyn/vplanet/src/…)', async () => {
      const report = await read('lcov/lcov1.x-capture_vplanet_no-LF-LH-summary_FN-FNDA-interleaved.info');
      const tracked = repoPathsOf(report, /^\/home\/caitlyn\/vplanet\//);
      const mapped = await readMapped('lcov/lcov1.x-capture_vplanet_no-LF-LH-summary_FN-FNDA-interleaved.info', tracked);
      expect(mapped.files.has('src/thermint.c')).toBe(true);
      expect(mapped.files.size).toBe(new Set(tracked).size);
    });

    it('maps Windows SF paths (cargo-llvm-cov on Windows) onto a Linux checkout', async () => {
      const mapped = await readMapped('lcov/cargo-llvm-cov_zero2prod_windows-SF_rust-v0-mangled-FN.info', [
        'src/configuration.rs',
        'src/main.rs',
        'src/routes/health_check.rs',
        'src/routes/mod.rs',
        'src/routes/subscriptions.rs',
        'src/startup.rs',
        'src/lib.rs',
      ]);
      expect(mapped.unmapped.size).toBe(0);
      expect(mapped.files.has('src/routes/health_check.rs')).toBe(true);
    });

    it('counts never-evaluated branches (`-`) as not taken (Foundry)', async () => {
      const report = await read('lcov/foundry-forge-coverage_arrakis_DA-FN-interleaved_BRDA-dash.info');
      const all = report.files.flatMap((file) => [...file.branches.values()].flatMap((onLine) => [...onLine.values()]));
      expect(all.length).toBeGreaterThan(0);
      expect(all.some((taken) => !taken)).toBe(true);
      expect(report.files.some((file) => file.candidatePaths[0] === 'script/deployDex.s.sol')).toBe(true);
    });

    it('reads relative SF paths without TN (coverage.py, Flutter)', async () => {
      const python = await read('lcov/coverage.py-lcov_spectral_connectivity_no-TN_FN-start-end.lcov');
      expect(python.files.map((file) => file.candidatePaths[0])).toContain('spectral_connectivity/connectivity.py');
      const flutter = await read('lcov/flutter-test-lcov_polygonid_no-TN_DA-only.info');
      expect(flutter.files).toHaveLength(271);
      expect(flutter.files.every((file) => file.branches.size === 0)).toBe(true);
    });
  });

  describe('one run in several formats gives the same lines', () => {
    it('vitest 4 (v8): lcov (relative), cobertura (<source> on a laptop) and json (absolute keys) agree', async () => {
      const dir = 'istanbul/vitest4-coverage-v8_H4KU';
      const lcov = await read(`${dir}/lcov.info`);
      const tracked = repoPathsOf(lcov, /^$/);
      const fromLcov = linesOf(await readMapped(`${dir}/lcov.info`, tracked));
      const fromCobertura = linesOf(await readMapped(`${dir}/cobertura-coverage.xml`, tracked));
      const fromJson = linesOf(await readMapped(`${dir}/coverage-final.json`, tracked));
      expect(Object.keys(fromLcov).length).toBeGreaterThan(10);
      expect(fromCobertura).toEqual(fromLcov);
      expect(fromJson).toEqual(fromLcov);
    });

    it('jest 29: cobertura with the GitHub runner <source> agrees with the relative lcov', async () => {
      const dir = 'istanbul/jest29-ts-jest_GrandlineX-core';
      const tracked = repoPathsOf(await read(`${dir}/lcov.info`), /^$/);
      const fromLcov = linesOf(await readMapped(`${dir}/lcov.info`, tracked));
      const fromCobertura = linesOf(await readMapped(`${dir}/cobertura-coverage.xml`, tracked));
      expect(Object.keys(fromLcov)).toContain('src/CoreKernel.ts');
      expect(fromCobertura).toEqual(fromLcov);
    });

    it('jest 22: absolute Travis paths in lcov and in old-style json (no meta/hash) agree', async () => {
      const dir = 'istanbul/jest22_WebAssemblyStudio_travis-abs-paths';
      const tracked = repoPathsOf(await read(`${dir}/lcov.info`), /^\/home\/travis\/build\/wasdk\/WebAssemblyStudio\//);
      expect(tracked).toContain('src/arc.ts');
      const fromLcov = linesOf(await readMapped(`${dir}/lcov.info`, tracked));
      const fromJson = linesOf(await readMapped(`${dir}/coverage-final.json`, tracked));
      expect(Object.keys(fromJson).sort()).toEqual(Object.keys(fromLcov).sort());
      expect(fromJson).toEqual(fromLcov);
    });
  });

  describe('Cobertura producers', () => {
    it('tries each <source> root: coverlet D:\\ source with backslash filenames', async () => {
      const mapped = await readMapped('cobertura/coverlet-cobertura_D-drive-source_EDlib.xml', [
        'src/EDlib/Exceptions/APIException.cs',
        'src/EDlib/Exceptions/NoNetworkNoCacheException.cs',
      ]);
      expect(mapped.files.get('src/EDlib/Exceptions/APIException.cs')?.lines.size).toBeGreaterThan(0);
    });

    it('a relative <source> (gcovr src/) and an empty package name', async () => {
      const mapped = await readMapped('cobertura/gcovr-5.0-cobertura_empty-package-name_relative-source.xml', ['src/redis_ipc.c', 'redis_ipc.h']);
      expect(mapped.files.get('src/redis_ipc.c')?.lines.size).toBeGreaterThan(0);
    });

    it('absolute Windows filenames with no <sources> (dotnet-coverage, BOM)', async () => {
      const mapped = await readMapped('cobertura/dotnet-coverage-cobertura_bom_abs-windows-filenames.xml', ['AbstractClass.cs', 'Program.cs']);
      expect(mapped.files.get('AbstractClass.cs')?.lines.size).toBeGreaterThan(0);
    });

    it('the original Cobertura tool: external DTD (never fetched), NaN rates, forward-slash C:/ source', async () => {
      const report = await read('cobertura/cobertura-2.1.1-java_original-tool.xml');
      expect(report.format).toBe('cobertura');
      expect(report.files[0]!.candidatePaths).toEqual(['C:/temp/test/AbstractClass.java', 'test/AbstractClass.java']);
      const mapped = await readMapped('cobertura/cobertura-2.1.1-java_original-tool.xml', ['src/test/AbstractClass.java']);
      expect(mapped.files.has('src/test/AbstractClass.java')).toBe(true);
    });

    it('MATLAB (NaN values, a runner <source> in a subfolder), simplecov (no branch attributes), nyc on Windows', async () => {
      const matlab = await readMapped('cobertura/matlab-cobertura_NaN-values_runner-path.xml', [
        'climatedatastoreToolbox/climateDataStoreDownload.m',
        'climatedatastoreToolbox/climateDataStoreDownloadAsync.m',
      ]);
      expect(matlab.files.get('climatedatastoreToolbox/climateDataStoreDownload.m')?.lines.size).toBeGreaterThan(0);
      const ruby = await readMapped('cobertura/simplecov-cobertura-2.1.0_ruby_no-branch-attrs.xml', ['lib/oauth2.rb']);
      expect(ruby.files.get('lib/oauth2.rb')?.lines.size).toBeGreaterThan(0);
      expect([...ruby.files.values()].every((file) => file.branches.size === 0)).toBe(true);
      const nyc = await readMapped('istanbul/nyc15-mocha_cobertura_windows-D-source_tiny.xml', ['test.api.js']);
      expect(nyc.files.has('test.api.js')).toBe(true);
    });

    it('merges several <class> elements of one file (coverlet partial classes)', async () => {
      const report = await read('cobertura/coverlet-cobertura_bom_windows-source.xml');
      const classesOfFile = report.files.filter((file) => file.candidatePaths.at(-1) === 'AbstractClass.cs');
      expect(classesOfFile.length).toBeGreaterThan(1);
      const mapped = await readMapped('cobertura/coverlet-cobertura_bom_windows-source.xml', ['AbstractClass.cs']);
      const union = new Set(classesOfFile.flatMap((file) => [...file.lines.keys()]));
      expect(mapped.files.get('AbstractClass.cs')?.lines.size).toBe(union.size);
    });
  });

  it('JaCoCo: package/name + sourcefile name found under the source root', async () => {
    const report = await read('jacoco/jacoco-0.8.3_reportgenerator-sample.xml');
    expect(report.format).toBe('jacoco');
    expect(report.files.map((file) => file.candidatePaths[0])).toContain('test/TestClass.java');
    const mapped = await readMapped('jacoco/jacoco-0.8.3_reportgenerator-sample.xml', ['src/main/java/test/TestClass.java', 'README.md']);
    const file = mapped.files.get('src/main/java/test/TestClass.java');
    expect(file?.lines.size).toBeGreaterThan(0);
    expect([...file!.lines.values()].some((hits) => hits === 0)).toBe(true);
    expect(file!.branches.size).toBeGreaterThan(0);
  });

  it('refuses what is not per-line coverage, naming the file and what to pass instead', async () => {
    await expect(read('istanbul/vitest4-coverage-v8_H4KU/coverage-summary.json')).rejects.toThrow(/coverage-summary\.json.*coverage-final\.json/);
    await expect(read('go/go-coverprofile_mode-set_cdk_module-paths.out')).rejects.toBeInstanceOf(InputError);
    await expect(read('go/go-coverprofile_mode-set_cdk_module-paths.out')).rejects.toThrow(/go-coverprofile_mode-set_cdk_module-paths\.out.*Go coverprofile/);
  });
});
