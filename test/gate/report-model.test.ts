// The report model: one source for each enum and order, the JSON form as the one explicit projection
// of the in-memory Report (with the policy-change field), and one locale-free string order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CONDITION_STATUSES, LEVEL_RANK, LEVELS, PROVENANCES, VERDICT_STATUSES, type Report } from '../../src/model.js';
import { compareCodePoints } from '../../src/order.js';
import { parseJsonReport, renderJson, renderMarkdown } from '../../src/report/index.js';
import { rankFindings } from '../../src/report/rank.js';
import { renderTerminalSummary } from '../../src/report/terminal.js';
import { finding } from '../policy/fixtures.js';
import { sampleReport } from '../report/sample.js';
import { projectRoot } from './fixture.js';

const schema = JSON.parse(readFileSync(join(projectRoot, 'schema', 'report.schema.json'), 'utf8')) as {
  properties: Record<string, { enum?: string[]; items?: { properties: Record<string, { enum?: string[] }> } }>;
};
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

describe('the report model', () => {
  it('takes every enum of the committed JSON Schema from the model’s constants', () => {
    expect(schema.properties['verdict']?.enum).toEqual([...VERDICT_STATUSES]);
    const findingProperties = schema.properties['findings']?.items?.properties ?? {};
    expect(findingProperties['level']?.enum).toEqual([...LEVELS]);
    expect(findingProperties['provenance']?.enum).toEqual([...PROVENANCES]);
    expect(schema.properties['conditions']?.items?.properties['status']?.enum).toEqual([...CONDITION_STATUSES]);
  });

  it('has one level order, and every ranking follows it', () => {
    expect([...LEVELS].sort((a, b) => LEVEL_RANK[b] - LEVEL_RANK[a])).toEqual(['error', 'warning', 'note']);
    const ranked = rankFindings([finding({ level: 'note' }), finding({ level: 'error' }), finding({ level: 'warning' })]);
    expect(ranked.map((entry) => entry.level)).toEqual(['error', 'warning', 'note']);
  });

  it('projects a policy change into the JSON and back, and every rendering says it', () => {
    const report: Report = { ...sampleReport(), policyChange: { path: '.github/diffgate.yml', source: 'base', applied: false } };
    const json = JSON.parse(renderJson(report)) as { policyChange?: unknown };
    expect(json.policyChange).toEqual({ path: '.github/diffgate.yml', source: 'base', applied: false });
    expect(validate(json)).toBe(true);
    const read = parseJsonReport(renderJson(report), 'diffgate-report.json');
    expect(read.policyChange).toEqual(report.policyChange);
    expect(renderJson(read)).toBe(renderJson(report));
    expect(renderMarkdown(read, { budget: 65_536, title: 'diffgate' })).toContain('**Policy:** This change edits the policy file');
    expect(renderTerminalSummary(read, { verbose: false })).toContain("the base revision's policy was applied");
    // Without a change the field is absent, so reports of unchanged policies stay as they were.
    expect(JSON.parse(renderJson(sampleReport()))).not.toHaveProperty('policyChange');
  });

  it('sorts strings by code point, whatever the locale says', () => {
    const names = ['b.ts', 'B.ts', 'a.ts', 'Z.ts', '_x.ts', 'é.ts'];
    expect([...names].sort(compareCodePoints)).toEqual(['B.ts', 'Z.ts', '_x.ts', 'a.ts', 'b.ts', 'é.ts']);
    // localeCompare puts lower and upper case together: the order a report must not depend on.
    expect([...names].sort((a, b) => a.localeCompare(b, 'en'))).not.toEqual([...names].sort(compareCodePoints));
  });
});
