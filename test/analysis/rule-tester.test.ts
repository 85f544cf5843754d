// The rule tester's own behaviour: what a case means (added lines, file name, project facts, options).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRule } from '../../src/analysis/rule.js';
import { emptyCatch } from '../../src/analysis/rules/empty-catch.js';
import { throwLiteral } from '../../src/analysis/rules/throw-literal.js';
import { runRule, testRule } from './rule-tester.js';

const probe = createRule({
  meta: {
    id: 'probe',
    description: 'Reports each identifier `x`, with what the context said.',
    defaultLevel: 'warning',
    category: 'code-hygiene',
    scope: { tests: 'both', fixtures: true },
    messages: { seen: '{{test}} {{tests}} {{flag}}' },
    options: z.object({ flag: z.string().default('off') }).strict(),
  },
  create(context) {
    return {
      Identifier(node: TSESTree.Identifier) {
        if (node.name !== 'x') return;
        const data = { test: String(context.isTestFile), tests: context.project.tests.testFiles.join(','), flag: String(context.options.flag) };
        context.report({ node, messageId: 'seen', data });
      },
    };
  },
});

describe('runRule', () => {
  it('counts every line as added and every line as AI-written by default', () => {
    const result = runRule(probe, { code: 'x;\ny;\nx;' });
    expect(result.findings.map(({ startLine, level, provenance }) => [startLine, level, provenance])).toEqual([
      [1, 'warning', 'ai'],
      [3, 'warning', 'ai'],
    ]);
  });

  it('honours addedLines', () => {
    expect(runRule(probe, { code: 'x;\ny;\nx;', addedLines: [3] }).findings.map((finding) => finding.startLine)).toEqual([3]);
  });

  it('passes the file name, project facts and options to the rule', () => {
    const plain = runRule(probe, { code: 'x;' });
    expect(plain.findings[0]?.message).toBe('false  off');
    const result = runRule(probe, {
      code: 'x;',
      filename: 'src/a.test.ts',
      project: { tests: { testGlobs: [], testFiles: ['test/a.test.ts'], importers: new Map(), words: new Map() } },
      options: { flag: 'on' },
    });
    expect(result.findings[0]?.path).toBe('src/a.test.ts');
    expect(result.findings[0]?.message).toBe('true test/a.test.ts on');
  });

  it('reports a snippet that does not parse as skipped', () => {
    expect(runRule(probe, { code: 'const = ;' }).skipped[0]?.reason).toMatch(/^does not parse/);
  });
});

describe('typed tables', () => {
  it('reject at compile time a message id or an option the rule does not declare', () => {
    // Never called: these lines exist for `tsc` (npm run lint), which fails if any of them compiles.
    const _declareTables = (): void => {
      // @ts-expect-error `emptyy` is not a message id of empty-catch
      testRule(emptyCatch, { valid: [], invalid: [{ code: 'try {} catch {}', errors: [{ messageId: 'emptyy', line: 1 }] }] });
      // @ts-expect-error empty-catch has no option `allow-explaind`
      testRule(emptyCatch, { valid: [{ code: 'x;', options: { 'allow-explaind': false } }], invalid: [] });
      // @ts-expect-error throw-literal takes no options at all
      runRule(throwLiteral, { code: 'x;', options: { anything: true } });
      createRule({
        meta: { ...probe.meta, id: 'typo', messages: { seen: 'seen' } },
        create(context) {
          // @ts-expect-error `unseen` is not declared in meta.messages
          return { Program: (node) => context.report({ node, messageId: 'unseen' }) };
        },
      });
    };
    // At run time: the ids and options those lines misspell are the ones the rule declares.
    expect(Object.keys(emptyCatch.meta.messages).sort()).toEqual(['commentOnly', 'empty']);
    expect(runRule(emptyCatch, { code: 'try { a(); } catch { /* the file may be gone */ }', options: { 'allow-explained': false } }).findings).toHaveLength(1);
  });
});
