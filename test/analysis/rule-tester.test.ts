// The rule tester's own behaviour: what a case means (added lines, file name, project facts, options).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Rule } from '../../src/analysis/rule.js';
import { runRule } from './rule-tester.js';

const probe: Rule = {
  meta: {
    id: 'probe',
    description: 'Reports each identifier `x`, with what the context said.',
    defaultLevel: 'warning',
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
};

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
