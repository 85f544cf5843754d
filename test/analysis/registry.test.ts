import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, ruleIdsInCategory } from '../../src/analysis/registry.js';
import { RULE_CATEGORIES } from '../../src/analysis/rule.js';
import { ERROR_HANDLING_RULES } from '../../src/policy/conditions.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ruleFiles = readdirSync(join(root, 'src', 'analysis', 'rules'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -'.ts'.length))
  .sort();

describe('rule registry', () => {
  it('lists exactly the rule files in src/analysis/rules/, each under its file name', () => {
    expect(RULES.map((rule) => rule.meta.id).sort()).toEqual(ruleFiles);
  });

  it('has unique ids', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sorts every rule into exactly one category, and the categories into rule sets', () => {
    const byCategory = RULE_CATEGORIES.flatMap((category) => ruleIdsInCategory(category));
    expect(byCategory.sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
    expect(ruleIdsInCategory('tests')).toEqual(['missing-tests', 'test-without-assertion', 'focused-or-skipped-test', 'trivial-assertion']);
  });

  it('gives the policy its error-handling rules from the registry', () => {
    expect([...ERROR_HANDLING_RULES]).toEqual(ruleIdsInCategory('error-handling'));
    expect([...ERROR_HANDLING_RULES]).toContain('empty-catch');
    expect([...ERROR_HANDLING_RULES]).not.toContain('missing-tests');
  });

  for (const rule of RULES) {
    describe(rule.meta.id, () => {
      const docs = join(root, 'docs', 'rules', `${rule.meta.id}.md`);

      it('has a docs page that names it and shows a bad and a good example', () => {
        expect(existsSync(docs), `docs/rules/${rule.meta.id}.md`).toBe(true);
        const text = readFileSync(docs, 'utf8');
        expect(text).toContain(rule.meta.id);
        expect(text.match(/```/g)?.length ?? 0, 'at least two code blocks').toBeGreaterThanOrEqual(4);
      });

      it('states its default level on its docs page', () => {
        expect(readFileSync(docs, 'utf8')).toContain(`**Default level:** \`${rule.meta.defaultLevel}\``);
      });

      it('declares a category and a scope', () => {
        expect(RULE_CATEGORIES).toContain(rule.meta.category);
        expect(['only', 'never', 'both']).toContain(rule.meta.scope.tests);
        expect(typeof rule.meta.scope.fixtures).toBe('boolean');
      });

      it('is listed in docs/analysis.md with its category, level and the files it runs on', () => {
        const row = readFileSync(join(root, 'docs', 'analysis.md'), 'utf8')
          .split('\n')
          .find((line) => line.startsWith(`| [${rule.meta.id}](rules/${rule.meta.id}.md) |`));
        expect(row, 'a row in the rules table').toBeDefined();
        expect(row).toContain(`| ${rule.meta.category} | \`${rule.meta.defaultLevel}\` |`);
        const files = { only: 'test', never: 'non-test', both: 'all' }[rule.meta.scope.tests];
        const scope = rule.meta.scope.fixtures ? files : `${files}, no fixtures`;
        expect(row?.endsWith(`| ${scope} |`), `files column says ${scope}`).toBe(true);
      });

      it('has a table test', () => {
        expect(existsSync(join(root, 'test', 'analysis', 'rules', `${rule.meta.id}.test.ts`))).toBe(true);
      });

      it('has well-formed message templates', () => {
        for (const template of Object.values(rule.meta.messages)) expect(template).not.toMatch(/\{\{\s*\}\}|\{\{[^}]*$/);
      });
    });
  }
});
