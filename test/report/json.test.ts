import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseJsonReport, renderJson, renderMarkdown, reportJsonSchema } from '../../src/report/index.js';
import { isInputError } from '../../src/errors.js';
import { sampleReport } from './sample.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaPath = join(root, 'schema', 'report.schema.json');

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

function rejection(text: string, maxBytes?: number): string {
  try {
    parseJsonReport(text, 'diffgate-report.json', maxBytes);
  } catch (error) {
    if (isInputError(error)) return error.message;
    throw error;
  }
  throw new Error('expected the report to be rejected');
}

describe('JSON report', () => {
  it('schema/report.schema.json is generated from the format (UPDATE_REPORT_SCHEMA=1 rewrites it)', () => {
    const generated = `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_REPORT_SCHEMA === '1') writeFileSync(schemaPath, generated);
    expect(readFileSync(schemaPath, 'utf8')).toBe(generated);
  });

  it.each([
    ['a typical report', sampleReport()],
    ['a large report', sampleReport({ findings: 2_000, files: 300 })],
    ['a report full of hostile text', sampleReport({ findings: 20, hostile: true })],
    ['a report without coverage or SARIF', { ...sampleReport({ findings: 0 }), coverage: null, sarif: null, missingEvidence: [] }],
  ])('validates against the JSON Schema: %s', (_name, report) => {
    const json = JSON.parse(renderJson(report)) as Record<string, unknown>;
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    expect(json.schemaVersion).toBe(1);
    expect(json.verdict).toBe(report.verdict.status);
  });

  it('has the documented contract: AI lines per file, conditions at the top level', () => {
    const report = sampleReport();
    const json = JSON.parse(renderJson(report));
    expect(json.files[0]).toMatchObject({ path: report.files[0]!.path, oldPath: null, status: 'modified', aiLines: [1, 2, 3], humanLines: [4, 5], binary: false });
    expect(json.files[0].addedLines).toEqual(report.files[0]!.addedLines);
    expect(json.provenance.aiCommits[0].sha).toBe('a'.repeat(40));
    expect(json.coverage.ai).toEqual(report.coverage!.ai);
    expect(json.coverage.files[0]).toMatchObject({ path: report.files[0]!.path, measured: 20, covered: 10 });
    expect(json.conditions).toEqual(report.verdict.conditions);
    // An AI-written finding also names the commit and signal behind its lines (the sample has one AI commit).
    expect(report.findings[0]!.provenance).toBe('ai');
    const [commit] = report.provenance.aiCommits;
    expect(json.findings[0]).toEqual({ ...report.findings[0], attribution: { commits: [commit!.sha], signal: commit!.signals[0], text: 'aaaaaaa · Co-authored-by: Claude' } });
    expect(json.findings[1].provenance).not.toBe('ai');
    expect(json.findings[1].attribution).toBeUndefined();
    expect(json.skipped).toEqual(report.skipped);
  });

  it('keeps fields of other stages that are not in the contract out of the report', () => {
    const report = sampleReport({ findings: 1 });
    const withExtras = { ...report, findings: [{ ...report.findings[0]!, messageId: 'internal' }] };
    const json = JSON.parse(renderJson(withExtras));
    expect(json.findings[0].messageId).toBeUndefined();
    expect(validate(json)).toBe(true);
  });

  it('reads back what it wrote, to the same Markdown (publish mode)', () => {
    const report = sampleReport({ findings: 30, hostile: true });
    const read = parseJsonReport(renderJson(report), 'diffgate-report.json');
    expect(renderJson(read)).toBe(renderJson(report));
    const options = { budget: 65_536, title: 'diffgate' };
    expect(renderMarkdown(read, options)).toBe(renderMarkdown(report, options));
  });

  it('refuses untrusted reports that are not diffgate reports, with one clear line', () => {
    const good = JSON.parse(renderJson(sampleReport())) as Record<string, unknown>;
    expect(rejection('{"schemaVersion": 1')).toMatch(/^diffgate-report\.json: not valid JSON/);
    expect(rejection(JSON.stringify({ ...good, schemaVersion: 2 }))).toMatch(/^diffgate-report\.json: not a diffgate report \(schemaVersion 1\): schemaVersion:/);
    expect(rejection(JSON.stringify({ ...good, verdict: 'maybe' }))).toMatch(/: verdict:/);
    expect(rejection(JSON.stringify({ ...good, findings: [{ ruleId: 'x' }] }))).toMatch(/: findings\.0\.level:/);
    expect(rejection(JSON.stringify({ ...good, injected: true }))).toMatch(/injected/);
    expect(rejection(renderJson(sampleReport()), 1_000)).toMatch(/over the 1000-byte limit/);
    const invalid = { ...good, findings: [{ ruleId: 'x' }] };
    expect(validate(invalid)).toBe(false);
  });
});
