// The renderers on a report the real pipeline made: real git, a real Bandit SARIF log from the
// corpus, diffgate's own rules on AI-written TypeScript. JSON must match the schema, SARIF must pass
// the multitool, Markdown must fit its budgets.
import { RAISED_RULES } from '../gate/fixture.js';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Log } from 'sarif';
import { runGate, type GateResult } from '../../src/gate.js';
import { NO_EVENT } from '../../src/event.js';
import { parseJsonReport, renderJson, renderMarkdown, renderSarif } from '../../src/report/index.js';
import { makeRepo, removeRepos } from '../helpers/repo.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bandit = join(root, '..', 'shared', 'corpus', 'sarif', 'bandit-1.8.6_contextRegion_mixed-levels.sarif');
const multitool = join(root, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
const AI = { name: 'Claude', email: 'noreply@anthropic.com' };

// The try does not return: the code after it is no fallback, so the empty catch loses the error (#13's empty-catch).
const aiCode = `export async function load(url: string): Promise<unknown> {
  let loaded: unknown = null;
  try {
    const response = await fetch(url);
    loaded = await response.json();
  } catch (error) {
  }
  return loaded ?? JSON.parse(url);
}
`;

describe.skipIf(!existsSync(bandit))('renderers on a real gate report (skipped: ../shared/corpus not found)', () => {
  let result: GateResult;
  let workDir: string;

  beforeAll(async () => {
    const repo = makeRepo();
    repo.write({ 'package.json': '{ "name": "demo", "type": "module" }\n', 'README.md': 'demo\n' });
    const base = repo.commit('initial');
    // Bandit's log points at app.py lines 4 to 94: the change adds a 100-line app.py.
    repo.write({ 'app.py': Array.from({ length: 100 }, (_, i) => `value_${i} = ${i}`).join('\n') + '\n' });
    repo.commit('Add app.py');
    repo.write({ 'src/load.ts': aiCode });
    const head = repo.commit(`Add loader\n\nCo-authored-by: ${AI.name} <${AI.email}>`);
    result = await runGate({
      repo: repo.dir,
      base,
      head,
      sarif: [bandit],
      coverage: [],
      baseCoverage: [],
      configPath: null,
      configRequired: false,
      // The team gates on the rules it raised above their `note` default.
      overrides: RAISED_RULES,
      event: NO_EVENT,
    });
    mkdirSync(join(root, '.tmp'), { recursive: true });
    workDir = mkdtempSync(join(root, '.tmp', 'gate-report-'));
  });

  afterAll(() => {
    removeRepos();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('the report holds scanner results and rule findings, and the verdict fails on them', () => {
    const { report } = result;
    expect(report.findings.some((finding) => finding.source === 'sarif' && finding.path === 'app.py')).toBe(true);
    expect(report.verdict.status).toBe('fail');
    const sarifAll = report.verdict.conditions.find((condition) => condition.id === 'sarif.all');
    expect(sarifAll?.status).toBe('fail');
    expect(report.verdict.conditions.find((condition) => condition.id === 'error-handling.ai')?.status).toBe('fail');
  });

  it('renders JSON that matches schema/report.schema.json and reads back', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'schema', 'report.schema.json'), 'utf8')) as object);
    const text = renderJson(result.report);
    expect(validate(JSON.parse(text)), ajv.errorsText(validate.errors)).toBe(true);
    expect(renderJson(parseJsonReport(text, 'report.json'))).toBe(text);
  });

  it('renders Markdown within every budget', () => {
    for (const budget of [65_536, 4_000, 1_000]) {
      const markdown = renderMarkdown(result.report, { budget, title: 'diffgate' });
      expect(markdown.length).toBeLessThanOrEqual(budget);
      expect(markdown.startsWith('## ❌ diffgate: fail')).toBe(true);
    }
  });

  it.skipIf(!existsSync(multitool))('renders SARIF that Sarif.Multitool validate accepts with no errors or warnings', () => {
    const input = join(workDir, 'diffgate.sarif');
    const output = join(workDir, 'validation.sarif');
    const log = renderSarif(result.report, '0.1.0');
    // diffgate's own findings (empty-catch, unchecked-fetch, …), not Bandit's.
    const ruleIds = log.runs[0]!.results!.map((item) => item.ruleId);
    expect(ruleIds).toContain('empty-catch');
    expect(ruleIds.some((id) => id?.startsWith('B'))).toBe(false);
    writeFileSync(input, JSON.stringify(log, null, 2));
    execFileSync(multitool, ['validate', input, '--output', output, '--log', 'ForceOverwrite'], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      stdio: 'pipe',
    });
    const validation = JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, '')) as Log;
    const problems = validation.runs.flatMap((run) => run.results ?? []).filter((item) => item.level === 'error' || item.level === 'warning');
    expect(problems).toEqual([]);
  });
});
