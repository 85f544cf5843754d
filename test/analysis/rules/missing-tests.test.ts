import type { CoverageResult, FileCoverage } from '../../../src/model.js';
import type { TestEvidenceIndex } from '../../../src/analysis/facts/tests.js';
import { DEFAULT_TEST_GLOBS } from '../../../src/analysis/config.js';
import { missingTests } from '../../../src/analysis/rules/missing-tests.js';
import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../rule-tester.js';

function testsIndex(importers: Record<string, string[]>, words: Record<string, string[]>): TestEvidenceIndex {
  return {
    testGlobs: DEFAULT_TEST_GLOBS,
    testFiles: Object.keys(words),
    importers: new Map(Object.entries(importers)),
    words: new Map(Object.entries(words).map(([file, list]) => [file, new Set(list)])),
  };
}

const none = { tests: testsIndex({}, { 'src/other.test.ts': ['other'] }) };
const importedOnly = { tests: testsIndex({ 'src/file.ts': ['src/file.test.ts'] }, { 'src/file.test.ts': ['describe', 'it', 'expect', 'other'] }) };
const referenced = { tests: testsIndex({ 'src/file.ts': ['src/file.test.ts'] }, { 'src/file.test.ts': ['parseX', 'Parser', 'run', 'expect'] }) };

// packages/browser is run end to end by the test project in test/browser.
const endToEnd = {
  tests: { ...testsIndex({}, { 'test/browser/a.test.ts': ['page'] }), endToEndPackages: ['packages/browser'] },
  dependencies: {
    packages: [
      { dir: '', name: 'root', declared: [] },
      { dir: 'packages/browser', name: '@x/browser', declared: [] },
      { dir: 'packages/browser/inner', name: '@x/inner', declared: [] },
    ],
    aliasPatterns: [],
    unreadable: [],
  },
};

function coverageWith(file: Partial<FileCoverage>): CoverageResult {
  const count = { measured: 0, covered: 0, percent: null };
  return {
    changed: count,
    ai: count,
    branches: null,
    files: [{ path: 'src/file.ts', measured: 0, covered: 0, coveredLines: [], uncoveredLines: [], ai: count, ...file }],
    unmentioned: [],
    overall: null,
    reports: [],
  };
}

testRule(missingTests, {
  valid: [
    { name: 'referenced by a test that imports the module', project: referenced, code: 'export function parseX(s: string) {\n  return s;\n}' },
    { name: 'not exported', project: none, code: 'function parseX(s: string) {\n  return s;\n}' },
    { name: 'types are not code', project: none, code: 'export interface A { a: string }\nexport type B = string;' },
    { name: 'exported constant that is not a function', project: none, code: 'export const LIMIT = 10;' },
    { name: 'unchanged function', project: none, code: 'export function a() {\n  return 1;\n}\nconst b = 2;', addedLines: [4] },
    { name: 'test file itself', filename: 'src/file.test.ts', project: none, code: 'export function helper() {}' },
    { name: 'declaration file', filename: 'src/types.d.ts', project: none, code: 'export function f(): void;' },
    { name: 'config file', filename: 'vite.config.ts', project: none, code: 'export default function config() { return {}; }' },
    { name: 'covered by coverage', project: { ...none, coverage: coverageWith({ coveredLines: [2] }) }, code: 'export function parseX(s: string) {\n  return s;\n}' },
    { name: 'method of an exported class, referenced', project: referenced, code: 'export class Parser {\n  run() {\n    return 1;\n  }\n}', addedLines: [3] },
    { name: 'private method of a referenced class', project: referenced, code: 'export class Parser {\n  private step() {\n    return 1;\n  }\n}', addedLines: [3] },
    { name: 'default export imported by a test', project: importedOnly, code: 'export default function (s: string) {\n  return s;\n}' },
    { name: 'reached by tests and called by other code of the module', project: importedOnly, code: 'export function parseX() {\n  return 1;\n}\nexport function run() {\n  return parseX();\n}', addedLines: [2] },
    { name: 'method called by another method of a reached class', project: importedOnly, code: 'export class Parser {\n  step() {\n    return 1;\n  }\n  all() {\n    return this.step();\n  }\n}', addedLines: [3] },
    { name: 'exported under another name that a test uses', project: { tests: testsIndex({ 'src/file.ts': ['src/file.test.ts'] }, { 'src/file.test.ts': ['z', 'catch'] }) }, code: 'function _catch() {}\nexport { _catch as catch };' },
    { name: 'package tested end to end, no coverage given', filename: 'packages/browser/src/a.ts', project: endToEnd, code: 'export function locate() {}' },
    { name: 'React lifecycle method of a referenced class', project: referenced, code: 'export class Parser {\n  componentDidUpdate() {\n    return 1;\n  }\n}', addedLines: [3] },
    { name: 'ignored by option', project: none, options: { ignore: ['src/**'] }, code: 'export function parseX() {}' },
  ],
  invalid: [
    { name: 'no test imports the module', project: none, code: 'export function parseX(s: string) {\n  return s;\n}', errors: [{ messageId: 'notImported', line: 1, endLine: 3 }] },
    { name: 'imported but not referenced', project: importedOnly, code: 'export const parseX = (s: string) => s;', errors: [{ messageId: 'notReferenced', line: 1 }] },
    { name: 'changed body only', project: none, code: 'export function parseX(s: string) {\n  return s.trim();\n}', addedLines: [2], errors: [{ messageId: 'notImported', line: 1 }] },
    { name: 'new class reported once, not per method', project: none, code: 'export class Parser {\n  run() {}\n  stop() {}\n}', errors: [{ messageId: 'notImported', line: 1 }] },
    { name: 'changed method of an old class', project: importedOnly, code: 'export class Parser {\n  run() {\n    return 2;\n  }\n}', addedLines: [3], errors: [{ messageId: 'notReferenced', line: 2 }] },
    { name: 'private method change is asked of its class', project: none, code: 'export class Parser {\n  private step() {\n    return 1;\n  }\n}', addedLines: [3], errors: [{ messageId: 'notImported', line: 1 }] },
    { name: 'an export list is not a use', project: importedOnly, code: 'function parseX() {}\nexport { parseX };', errors: [{ messageId: 'notReferenced', line: 1 }] },
    { name: 'a use in a module no test reaches is not evidence', project: none, code: 'export function parseX() {\n  return 1;\n}\nexport const y = parseX();', addedLines: [2], errors: [{ messageId: 'notImported', line: 1 }] },
    {
      name: 'package tested end to end, coverage given and not executed',
      filename: 'packages/browser/src/a.ts',
      project: { ...endToEnd, coverage: { ...coverageWith({}), files: [{ ...coverageWith({}).files[0]!, path: 'packages/browser/src/a.ts', uncoveredLines: [1] }] } },
      code: 'export function locate() {}',
      errors: [{ messageId: 'notImported', line: 1 }],
    },
    { name: 'a nested package is judged on its own', filename: 'packages/browser/inner/a.ts', project: endToEnd, code: 'export function locate() {}', errors: [{ messageId: 'notImported', line: 1 }] },
    { name: 'export list', project: none, code: 'function parseX() {}\nexport { parseX };', errors: [{ messageId: 'notImported', line: 1 }] },
    { name: 'coverage given, lines not executed', project: { ...none, coverage: coverageWith({ uncoveredLines: [2] }) }, code: 'export function parseX() {\n  return 1;\n}', errors: [{ messageId: 'notImported', line: 1 }] },
    { name: 'CommonJS export', filename: 'lib/a.js', project: none, code: 'exports.parseX = function (s) {\n  return s;\n};', errors: [{ messageId: 'notImported', line: 1 }] },
  ],
});

describe('missing-tests messages', () => {
  it('name the symbol, where tests were looked for and what was found', () => {
    const notImported = runRule(missingTests, { project: none, code: 'export function parseX() {}' }).findings[0];
    expect(notImported?.message).toContain('`parseX`');
    expect(notImported?.message).toContain('no test file imports src/file.ts, directly or through other modules');
    expect(notImported?.message).toContain('searched 1 test file matching analysis.test-globs');

    const onlyImported = runRule(missingTests, { project: importedOnly, code: 'export function parseX() {}' }).findings[0];
    expect(onlyImported?.message).toContain('src/file.test.ts reach src/file.ts, but neither they nor the tested modules importing it reference `parseX`');

    const uncovered = runRule(missingTests, { project: { ...none, coverage: coverageWith({}) }, code: 'export function parseX() {}' }).findings[0];
    expect(uncovered?.message).toContain('coverage shows none of its 1 changed line executed');
  });
});
