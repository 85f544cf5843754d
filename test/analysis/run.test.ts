import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analysisConfigSchema, parseAnalysisOptions, type RuleSetting } from '../../src/analysis/config.js';
import { createRule, type Rule, type RuleMeta } from '../../src/analysis/rule.js';
import { analyzeFile, formatMessage, skipReason, type FileAnalysisInput } from '../../src/analysis/run.js';
import { loadParser } from '../../src/analysis/parse.js';
import { emptyCatch } from '../../src/analysis/rules/empty-catch.js';
import { isInputError } from '../../src/errors.js';
import type { Provenance } from '../../src/model.js';
import { repoPath, ruleId } from '../helpers/ids.js';

// The parser is loaded on demand (see parse.ts); analyzeChanges does it, direct callers do it here.
await loadParser();

/** Reports every call expression, so tests see exactly what the runner keeps. */
const everyCall = createRule({
  meta: {
    id: 'every-call',
    description: 'Reports every call.',
    defaultLevel: 'error',
    category: 'code-hygiene',
    scope: { tests: 'both', fixtures: true },
    messages: { call: 'call to {{name}}' },
  },
  create(context) {
    return {
      CallExpression(node: TSESTree.CallExpression) {
        context.report({ node, messageId: 'call', data: { name: context.getText(node.callee) } });
      },
    };
  },
});

/** Every call, reported by a rule with this meta. */
function everyCallWith(meta: Partial<RuleMeta<'call'>>): Rule {
  return createRule({ ...everyCall, meta: { ...everyCall.meta, ...meta } });
}

interface InputOverrides extends Partial<Omit<FileAnalysisInput, 'config'>> {
  rules?: Rule[];
  settings?: Record<string, RuleSetting>;
  globs?: string[];
}

function input(source: string, overrides: InputOverrides = {}): FileAnalysisInput {
  const { settings, rules, globs, ...rest } = overrides;
  const raw = analysisConfigSchema.parse({ rules: settings ?? {}, ...(globs ? { 'test-globs': globs } : {}) });
  return {
    path: repoPath('src/a.ts'),
    source,
    addedLines: new Set(source.split('\n').map((_, index) => index + 1)),
    provenance: () => 'ai',
    project: {
      tests: { testGlobs: [], testFiles: [], importers: new Map(), words: new Map() },
      dependencies: { packages: [], aliasPatterns: [], unreadable: [] },
      coverage: null,
    },
    config: parseAnalysisOptions(raw, rules ?? [everyCall]),
    ...rest,
  };
}

describe('analyzeFile', () => {
  it('keeps only findings that touch an added line', () => {
    const result = analyzeFile(input('a();\nb();\nc(\n  d(),\n);', { addedLines: new Set([2, 4]) }));
    expect(result.findings.map((finding) => [finding.message, finding.startLine, finding.endLine])).toEqual([
      ['call to b', 2, 2],
      ['call to c', 3, 5],
      ['call to d', 4, 4],
    ]);
  });

  it('reports nothing when no line was added', () => {
    expect(analyzeFile(input('a();', { addedLines: new Set() })).findings).toEqual([]);
  });

  it('gives every finding the rule level and its provenance (the policy adjusts levels per provenance)', () => {
    const byLine: Record<number, Provenance> = { 1: 'ai', 2: 'human', 3: 'unknown' };
    const result = analyzeFile(input('a();\nb();\nc();', { provenance: (_path, line) => byLine[line] ?? 'unknown' }));
    expect(result.findings.map((finding) => [finding.provenance, finding.level])).toEqual([
      ['ai', 'error'],
      ['human', 'error'],
      ['unknown', 'error'],
    ]);
  });

  it('takes the level on AI lines from analysis.rules, and turns rules off', () => {
    const warned = analyzeFile(input('a();', { settings: { 'every-call': { level: 'warning' } } }));
    expect(warned.findings.map((finding) => finding.level)).toEqual(['warning']);
    expect(warned.findings[0]?.tags).toBeUndefined();
    const noted = analyzeFile(input('a();', { settings: { 'every-call': { level: 'note' } } }));
    expect(noted.findings.map((finding) => [finding.level, finding.tags])).toEqual([['note', ['informational']]]);
    expect(analyzeFile(input('a();', { settings: { 'every-call': 'off' } })).findings).toEqual([]);
  });

  it('fills in the finding fields', () => {
    const [finding] = analyzeFile(input('\n  go(1);')).findings;
    expect(finding).toMatchObject({
      ruleId: 'every-call',
      path: 'src/a.ts',
      startLine: 2,
      endLine: 2,
      message: 'call to go',
      source: 'ast',
      provenance: 'ai',
      onAddedLine: true,
      messageId: 'call',
    });
    expect(finding?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('rejects options a rule does not define, and invalid options, naming the key and what it accepts', () => {
    const noOptions = (): unknown => input('a();', { settings: { 'every-call': { options: { x: 1 } } } });
    expect(noOptions).toThrow(/analysis\.rules\.every-call\.options: this rule takes no options/);
    let caught: unknown = null;
    try {
      input('try {} catch {}', { rules: [emptyCatch], settings: { 'empty-catch': { options: { 'allow-explained': 'yes' } } } });
    } catch (error) {
      caught = error;
    }
    expect(isInputError(caught)).toBe(true);
    expect(String(caught)).toMatch(/analysis\.rules\.empty-catch\.options\.allow-explained is invalid/);
    expect(String(caught)).toContain('expected boolean');
    expect(String(caught)).toContain('options: allow-explained (boolean, default true)');
    expect(String(caught)).not.toContain('\n');
    // An option name of the file's own with a line break: shown as `?`, on the one line.
    const oddKey = (): unknown => input('try {} catch {}', { rules: [emptyCatch], settings: { 'empty-catch': { options: { 'allow\nexplained': true } } } });
    expect(oddKey).toThrow(/^analysis\.rules\.empty-catch\.options is invalid: Unrecognized key: "allow\?explained"[^\n]*$/);
  });

  it('takes a bare level as the shorthand of { level }, and refuses a word that is no level', () => {
    const config = parseAnalysisOptions(analysisConfigSchema.parse({ rules: { 'missing-tests': 'warning', 'empty-catch': { level: 'error' } } }));
    const levels = Object.fromEntries(config.activeRules.map((active) => [active.rule.meta.id, active.level]));
    expect(levels['missing-tests']).toBe('warning');
    expect(levels['empty-catch']).toBe('error');
    // Rules not named keep their default.
    expect(levels['throw-literal']).toBe('note');
    expect(() => analysisConfigSchema.parse({ rules: { 'missing-tests': 'loud' } })).toThrow();
  });

  it('rejects an unknown rule id when the options are parsed, before any file is analysed', () => {
    expect(() => parseAnalysisOptions(analysisConfigSchema.parse({ rules: { 'empty-cach': 'off' } }))).toThrow(
      /analysis\.rules names an unknown rule "empty-cach"; known rules: .*empty-catch/,
    );
    // The id is the file's own text: a quoted YAML key may hold a line break, shown as `?` on the one line.
    expect(() => parseAnalysisOptions(analysisConfigSchema.parse({ rules: { 'empty\ncatch': 'off' } }))).toThrow(
      /^analysis\.rules names an unknown rule "empty\?catch"; known rules: [^\n]*$/,
    );
  });

  it('parses options once: every file of a run sees the same parsed object', () => {
    const seen: object[] = [];
    const withOptions = createRule({
      meta: { ...everyCall.meta, id: 'with-options', options: z.object({ limit: z.number().default(3) }).strict() },
      create(context) {
        seen.push(context.options);
        return {};
      },
    });
    const config = parseAnalysisOptions(analysisConfigSchema.parse({}), [withOptions]);
    const file = input('a();');
    analyzeFile({ ...file, config });
    analyzeFile({ ...file, path: repoPath('src/b.ts'), config });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });

  it('passes parsed options with defaults to the rule', () => {
    const seen: unknown[] = [];
    const withOptions = createRule({
      meta: { ...everyCall.meta, id: 'with-options', options: z.object({ limit: z.number().default(3) }).strict() },
      create(context) {
        seen.push(context.options);
        return {};
      },
    });
    analyzeFile(input('a();', { rules: [withOptions] }));
    analyzeFile(input('a();', { rules: [withOptions], settings: { 'with-options': { options: { limit: 9 } } } }));
    expect(seen).toEqual([{ limit: 3 }, { limit: 9 }]);
  });

  it('runs test-only rules on test files only, and non-test rules elsewhere', () => {
    const testOnly = everyCallWith({ scope: { tests: 'only', fixtures: true } });
    const codeOnly = everyCallWith({ scope: { tests: 'never', fixtures: true } });
    const globs = ['**/*.test.*'];
    expect(analyzeFile(input('a();', { rules: [testOnly], globs })).findings).toHaveLength(0);
    expect(analyzeFile(input('a();', { rules: [testOnly], globs, path: repoPath('src/a.test.ts') })).findings).toHaveLength(1);
    expect(analyzeFile(input('a();', { rules: [codeOnly], globs })).findings).toHaveLength(1);
    expect(analyzeFile(input('a();', { rules: [codeOnly], globs, path: repoPath('src/a.test.ts') })).findings).toHaveLength(0);
  });

  it('applies the fixtures scope, and keeps a test framework\'s own suite out of test-only rules', () => {
    const noFixtures = everyCallWith({ scope: { tests: 'both', fixtures: false } });
    expect(analyzeFile(input('a();', { rules: [noFixtures], path: repoPath('e2e/fixtures/app/src/a.ts') })).findings).toHaveLength(0);
    expect(analyzeFile(input('a();', { rules: [noFixtures], path: repoPath('src/__fixtures__/a.ts') })).findings).toHaveLength(0);
    expect(analyzeFile(input('a();', { rules: [noFixtures], path: repoPath('src/fixtures.ts') })).findings).toHaveLength(1);
    expect(analyzeFile(input('a();', { rules: [everyCall], path: repoPath('e2e/fixtures/app/src/a.ts') })).findings).toHaveLength(1);

    const testOnly = everyCallWith({ scope: { tests: 'only', fixtures: true } });
    const source = "import { expect } from 'vitest';\na();";
    const ownPackage = { ...input('').project, dependencies: { packages: [{ dir: '', name: 'vitest', declared: [] }], aliasPatterns: [], unreadable: [] } };
    expect(analyzeFile(input(source, { rules: [testOnly], path: repoPath('test/a.test.ts') })).findings).toHaveLength(1);
    expect(analyzeFile(input(source, { rules: [testOnly], path: repoPath('test/a.test.ts'), project: ownPackage })).findings).toHaveLength(0);
    // Only test-only rules step back there: a rule that runs everywhere still sees the file.
    expect(analyzeFile(input(source, { rules: [everyCall], path: repoPath('test/a.test.ts'), project: ownPackage })).findings).toHaveLength(1);
  });

  it('calls exit visitors after the children, and Program:exit last', () => {
    const order: string[] = [];
    const tracer: Rule = {
      meta: { ...everyCall.meta, id: ruleId('tracer') },
      create() {
        return {
          CallExpression: (node: TSESTree.CallExpression) => order.push(`enter ${node.callee.type}`),
          'CallExpression:exit': (node: TSESTree.CallExpression) => order.push(`exit ${node.callee.type}`),
          'Program:exit': () => order.push('program exit'),
        };
      },
    };
    analyzeFile(input('a(b());', { rules: [tracer] }));
    expect(order).toEqual(['enter Identifier', 'enter Identifier', 'exit Identifier', 'exit Identifier', 'program exit']);
  });

  it('sets parent pointers before rules run', () => {
    const parents: string[] = [];
    const looksDown: Rule = {
      meta: { ...everyCall.meta, id: ruleId('looks-down') },
      create() {
        return {
          Program: (program: TSESTree.Program) => {
            const statement = program.body[0] as TSESTree.ExpressionStatement;
            parents.push(statement.expression.parent.type);
          },
        };
      },
    };
    analyzeFile(input('a();', { rules: [looksDown] }));
    expect(parents).toEqual(['ExpressionStatement']);
  });

  it('records a file that does not parse, with the parser message and line', () => {
    const result = analyzeFile(input('const a = 1;\nconst = ;\n'));
    expect(result.findings).toEqual([]);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]?.path).toBe('src/a.ts');
    expect(result.skipped[0]?.reason).toMatch(/^does not parse: .+ \(line 2\)$/);
  });

  it('parses JSX in .tsx and .js files and type syntax in .ts files', () => {
    expect(analyzeFile(input('const a = <div onClick={() => go()} />;', { path: repoPath('src/a.tsx') })).findings).toHaveLength(1);
    expect(analyzeFile(input('const a = <div onClick={() => go()} />;', { path: repoPath('src/a.js') })).findings).toHaveLength(1);
    expect(analyzeFile(input('const a = <number>go();', { path: repoPath('src/a.ts') })).findings).toHaveLength(1);
  });

  it('switches off a rule that crashes, names it in skipped, and keeps the other rules', () => {
    const crashing: Rule = {
      meta: { ...everyCall.meta, id: ruleId('crashing') },
      create(context) {
        return {
          CallExpression: (node: TSESTree.CallExpression) => {
            context.report({ node, messageId: 'call', data: { name: 'x' } });
            throw new Error('boom');
          },
        };
      },
    };
    const result = analyzeFile(input('a();\nb();', { rules: [crashing, everyCall] }));
    expect(result.findings.map((finding) => [finding.ruleId, finding.startLine])).toEqual([
      ['every-call', 1],
      ['every-call', 2],
    ]);
    expect(result.skipped).toEqual([{ path: 'src/a.ts', reason: 'rule crashing failed on this file, so its findings here are missing: boom' }]);
  });

  it('treats a report with an unknown message id as a failing rule', () => {
    const wrongId: Rule = {
      meta: { ...everyCall.meta, id: ruleId('wrong-id') },
      create(context) {
        return { CallExpression: (node: TSESTree.CallExpression) => context.report({ node, messageId: 'nope' }) };
      },
    };
    expect(analyzeFile(input('a();', { rules: [wrongId] })).skipped[0]?.reason).toMatch(/rule wrong-id failed .*unknown message id "nope"/);
  });

  it('gives the same fingerprint when lines move, and different ones for different or repeated code', () => {
    const before = analyzeFile(input('save(user);\nsave(user);\nload(id);'));
    const after = analyzeFile(input('// a new header\n\nfunction f() {}\n  save(user);\nsave( user );\n\n    load(id);'));
    expect(after.findings.map((finding) => finding.fingerprint)).toEqual(before.findings.map((finding) => finding.fingerprint));
    const prints = before.findings.map((finding) => finding.fingerprint);
    expect(new Set(prints).size).toBe(3);
    const otherFile = analyzeFile(input('save(user);', { path: repoPath('src/b.ts') }));
    expect(otherFile.findings[0]?.fingerprint).not.toBe(prints[0]);
  });
});

describe('skipReason', () => {
  it('skips files over max-file-bytes', () => {
    expect(skipReason('a.ts', 'x'.repeat(101), 100)).toMatch(/101 bytes is over analysis\.max-file-bytes \(100\)/);
    expect(skipReason('a.ts', 'x'.repeat(100), 100)).toBeNull();
  });

  it('skips minified code but not source with one long line', () => {
    const minified = `${'var a=1;'.repeat(300)}\n${'b();'.repeat(300)}`;
    expect(skipReason('dist/a.js', minified, 1e6)).toMatch(/looks minified/);
    const source = `const data = "${'x'.repeat(2000)}";\n${'const b = 1;\n'.repeat(200)}`;
    expect(skipReason('src/a.ts', source, 1e6)).toBeNull();
    expect(skipReason('vendor/lib.min.js', 'a();', 1e6)).toMatch(/minified/);
    const bundled = `${'const a = 1;\n'.repeat(500)}${'x=1;'.repeat(2600)}\n`;
    expect(skipReason('dist/chunk.js', bundled, 1e6)).toMatch(/looks minified \(a 10400-character line/);
  });

  it('skips generated files by the @generated marker in the header comment only', () => {
    expect(skipReason('a.ts', '/**\n * This file is @generated by protoc.\n */\nexport {};', 1e6)).toMatch(/generated/);
    expect(skipReason('a.ts', '#!/usr/bin/env node\n// @generated\nrun();', 1e6)).toMatch(/generated/);
    expect(skipReason('a.ts', "const marker = '@generated';", 1e6)).toBeNull();
    expect(skipReason('a.ts', '// Code generated by protoc-gen-ts. DO NOT EDIT.\nexport {};', 1e6)).toMatch(/generated/);
    expect(skipReason('a.ts', '/**\n * This file was auto-generated by openapi-typescript.\n * Do not make direct changes to the file.\n */\nexport {};', 1e6)).toMatch(/generated/);
    expect(skipReason('a.ts', '// This file is auto-generated by @hey-api/openapi-ts\nexport {};', 1e6)).toMatch(/generated/);
    expect(skipReason('a.ts', '// This file has been automatically generated.\nexport {};', 1e6)).toMatch(/generated/);
    expect(skipReason('a.ts', '// Generated by hand, then tuned.\nexport {};', 1e6)).toBeNull();
    expect(skipReason('a.ts', '// Part of this file is generated by the build; edit the rest.\nexport {};', 1e6)).toBeNull();
    expect(skipReason('a.ts', 'run();\n// @generated', 1e6)).toBeNull();
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'two' })).toBe('1 and two and {{c}}');
  });
});

describe('line directives', () => {
  it('silence findings with diffgate-disable-line and diffgate-disable-next-line, by rule id or for all rules', () => {
    const source = [
      'a(); // diffgate-disable-line every-call -- reason', // 1
      '// diffgate-disable-next-line -- reason', // 2
      'b();', // 3
      '// diffgate-disable-next-line other-rule -- reason', // 4
      'c();', // 5
      'd(', // 6
      '  1, // diffgate-disable-line every-call -- a line inside the finding', // 7
      ');', // 8
    ].join('\n');
    expect(analyzeFile(input(source)).findings.map((finding) => finding.startLine)).toEqual([5]);
  });

  it('honour ESLint line directives naming an equivalent rule', () => {
    const source = [
      '// eslint-disable-next-line no-empty -- probing',
      'try { probe(); } catch {}',
      '// eslint-disable-next-line no-console',
      'try { probe(); } catch {}',
      'try { probe(); } catch {} // eslint-disable-line no-empty',
    ].join('\n');
    expect(analyzeFile(input(source, { rules: [emptyCatch] })).findings.map((finding) => finding.startLine)).toEqual([4]);
  });
});
