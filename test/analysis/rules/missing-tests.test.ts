import type { CoverageResult, FileCoverage } from '../../../src/model.js';
import type { TestEvidenceIndex } from '../../../src/analysis/facts/tests.js';
import { DEFAULT_TEST_GLOBS } from '../../../src/analysis/config.js';
import { missingTests } from '../../../src/analysis/rules/missing-tests.js';
import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../rule-tester.js';
import { repoPath } from '../../helpers/ids.js';

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
    files: [{ path: repoPath('src/file.ts'), measured: 0, covered: 0, coveredLines: [], uncoveredLines: [], ai: count, ...file }],
    unmentioned: [],
    overall: null,
    reports: [],
  };
}

// Bodies with a branch: code whose change adds behaviour (new-logic.ts), so test evidence is looked for.
testRule(missingTests, {
  valid: [
    { name: 'referenced by a test that imports the module', project: referenced, code: 'export function parseX(s: string) {\n  return s || "";\n}' },
    { name: 'not exported', project: none, code: 'function parseX(s: string) {\n  return s || "";\n}' },
    { name: 'types are not code', project: none, code: 'export interface A { a: string }\nexport type B = string;' },
    { name: 'exported constant that is not a function', project: none, code: 'export const LIMIT = 10;' },
    { name: 'unchanged function', project: none, code: 'export function a(x) {\n  return x ? 1 : 2;\n}\nconst b = 2;', addedLines: [4] },
    { name: 'test file itself', filename: 'src/file.test.ts', project: none, code: 'export function helper(a) {\n  return a || 1;\n}' },
    { name: 'declaration file', filename: 'src/types.d.ts', project: none, code: 'export function f(): void;' },
    { name: 'config file', filename: 'vite.config.ts', project: none, code: 'export default function config(mode) { return mode ? {} : { a: 1 }; }' },
    { name: 'covered by coverage', project: { ...none, coverage: coverageWith({ coveredLines: [2] }) }, code: 'export function parseX(s: string) {\n  return s || "";\n}' },
    { name: 'method of an exported class, referenced', project: referenced, code: 'export class Parser {\n  run() {\n    return this.a ? 1 : 2;\n  }\n}', addedLines: [3] },
    { name: 'private method of a referenced class', project: referenced, code: 'export class Parser {\n  private step() {\n    return this.a ? 1 : 2;\n  }\n}', addedLines: [3] },
    { name: 'default export imported by a test', project: importedOnly, code: 'export default function (s: string) {\n  return s || "";\n}' },
    { name: 'reached by tests and called by other code of the module', project: importedOnly, code: 'export function parseX(a) {\n  return a ? 1 : 2;\n}\nexport function run() {\n  return parseX();\n}', addedLines: [2] },
    { name: 'method called by another method of a reached class', project: importedOnly, code: 'export class Parser {\n  step() {\n    return this.a ? 1 : 2;\n  }\n  all() {\n    return this.step();\n  }\n}', addedLines: [3] },
    { name: 'exported under another name that a test uses', project: { tests: testsIndex({ 'src/file.ts': ['src/file.test.ts'] }, { 'src/file.test.ts': ['z', 'catch'] }) }, code: 'function _catch(a) { return a || 1; }\nexport { _catch as catch };' },
    { name: 'package tested end to end, no coverage given', filename: 'packages/browser/src/a.ts', project: endToEnd, code: 'export function locate(a) { return a ?? 1; }' },
    { name: 'React lifecycle method of a referenced class', project: referenced, code: 'export class Parser {\n  componentDidUpdate() {\n    return this.a ? 1 : 2;\n  }\n}', addedLines: [3] },
    { name: 'ignored by option', project: none, options: { ignore: ['src/**'] }, code: 'export function parseX(a) { return a || 1; }' },
    // What a reviewer would not ask a test for (real cases in test/precision/PATTERNS.md).
    {
      name: 'one field added to an object inside a large existing function',
      project: none,
      code: 'export function init(options) {\n  if (!options) throw new Error("no options");\n  const settings = {\n    verbose: options.verbose,\n    serverCache: false,\n    retries: 3,\n  };\n  return start(settings);\n}',
      addedLines: [5],
    },
    {
      name: 'an argument passed through, on lines of an old function',
      project: none,
      code: 'export async function send(message, images) {\n  if (!message) return;\n  const reply = await client.post({\n    message,\n    images,\n  });\n  return reply;\n}',
      addedLines: [1, 5],
    },
    {
      name: 'text and markup only',
      filename: 'src/page.tsx',
      project: none,
      code: 'export function Page({ user }) {\n  if (!user) return null;\n  return (\n    <main>\n      <h1>Welcome back</h1>\n      <p>Your plan renews on the first of the month.</p>\n    </main>\n  );\n}',
      addedLines: [5, 6],
    },
    { name: 'conditional rendering in JSX is markup', filename: 'src/banner.tsx', project: none, code: 'export function Banner({ show }) {\n  return <div>{show && <b>New</b>}</div>;\n}' },
    { name: 'a trivial accessor', project: none, code: 'export function nameOf(user) {\n  return user.name;\n}' },
    { name: 'a new class of trivial accessors', project: none, code: 'export class Box {\n  get size() {\n    return this.s;\n  }\n  set size(v) {\n    this.s = v;\n  }\n}' },
    { name: 'a changed signature line does not make an old function new', project: none, code: 'export function parse(text, strict = false) {\n  if (!text) throw new Error("empty");\n  return text.trim();\n}', addedLines: [1] },
    {
      name: 'log lines only',
      project: none,
      code: 'export function run(job) {\n  if (!job) return;\n  console.log("start", job.id);\n  logger.info("phase 1");\n  logger.info("phase 2");\n  this.log.debug("phase 3");\n  console.warn("late");\n  console.error("done");\n  return job.result;\n}',
      addedLines: [3, 4, 5, 6, 7, 8],
    },
    { name: 'a composition root', filename: 'src/extension.ts', project: none, code: 'export function activate(context) {\n  if (context.extensionMode === 1) register(context);\n}' },
  ],
  invalid: [
    { name: 'no test imports the module', project: none, code: 'export function parseX(s: string) {\n  if (!s) throw new Error("empty");\n  return s;\n}', errors: [{ messageId: 'notImported', line: 1, endLine: 4 }] },
    { name: 'imported but not referenced', project: importedOnly, code: 'export const parseX = (s: string) => s || "none";', errors: [{ messageId: 'notReferenced', line: 1 }] },
    { name: 'a new branch in an old function', project: none, code: 'export function parseX(s: string) {\n  if (!s) return "";\n  return s.trim();\n}', addedLines: [2], errors: [{ messageId: 'notImported', line: 1 }] },
    { name: 'new class reported once, not per method', project: none, code: 'export class Parser {\n  run() { return this.a ?? 1; }\n  stop() {}\n}', errors: [{ messageId: 'notImported', line: 1 }] },
    { name: 'changed method of an old class', project: importedOnly, code: 'export class Parser {\n  run() {\n    return this.a ? 2 : 1;\n  }\n}', addedLines: [3], errors: [{ messageId: 'notReferenced', line: 2 }] },
    { name: 'private method change is asked of its class', project: none, code: 'export class Parser {\n  private step() {\n    return this.a ? 1 : 2;\n  }\n}', addedLines: [3], errors: [{ messageId: 'notImported', line: 1 }] },
    { name: 'an export list is not a use', project: importedOnly, code: 'function parseX(s) {\n  return s || "x";\n}\nexport { parseX };', errors: [{ messageId: 'notReferenced', line: 1 }] },
    { name: 'a use in a module no test reaches is not evidence', project: none, code: 'export function parseX(a) {\n  return a ? 1 : 0;\n}\nexport const y = parseX();', addedLines: [2], errors: [{ messageId: 'notImported', line: 1 }] },
    {
      name: 'package tested end to end, coverage given and not executed',
      filename: 'packages/browser/src/a.ts',
      project: { ...endToEnd, coverage: { ...coverageWith({}), files: [{ ...coverageWith({}).files[0]!, path: repoPath('packages/browser/src/a.ts'), uncoveredLines: [1] }] } },
      code: 'export function locate(a) { return a ?? 1; }',
      errors: [{ messageId: 'notImported', line: 1 }],
    },
    { name: 'a nested package is judged on its own', filename: 'packages/browser/inner/a.ts', project: endToEnd, code: 'export function locate(a) { return a ?? 1; }', errors: [{ messageId: 'notImported', line: 1 }] },
    { name: 'export list', project: none, code: 'function parseX(a) { return a || 1; }\nexport { parseX };', errors: [{ messageId: 'notImported', line: 1 }] },
    { name: 'coverage given, lines not executed', project: { ...none, coverage: coverageWith({ uncoveredLines: [2] }) }, code: 'export function parseX(a) {\n  return a ? 1 : 0;\n}', errors: [{ messageId: 'notImported', line: 1 }] },
    { name: 'CommonJS export', filename: 'lib/a.js', project: none, code: 'exports.parseX = function (s) {\n  return s || "";\n};', errors: [{ messageId: 'notImported', line: 1 }] },
    {
      name: 'a new function of straight-line steps',
      project: none,
      code: 'export async function publish(report) {\n  const body = render(report);\n  const id = await store.save(body);\n  await queue.push(id);\n  return id;\n}',
      errors: [{ messageId: 'notImported', line: 1 }],
    },
    {
      name: 'an event handler inside JSX is code',
      filename: 'src/form.tsx',
      project: none,
      code: 'export function Form({ onSave }) {\n  return <button onClick={() => { if (valid()) onSave(); }}>Save</button>;\n}',
      errors: [{ messageId: 'notImported', line: 1 }],
    },
  ],
});

describe('missing-tests: one finding per file', () => {
  it('reports the first untested symbol and names the others', () => {
    const code = [1, 2, 3, 4, 5, 6, 7].map((n) => `export function step${n}(a) {\n  return a ? ${n} : 0;\n}`).join('\n');
    const { findings } = runRule(missingTests, { project: none, code });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.startLine).toBe(1);
    expect(findings[0]?.message).toContain('`step1`');
    expect(findings[0]?.message).toContain('Also without tests in this file: `step2`, `step3`, `step4`, `step5` and 2 more.');
  });
});

describe('missing-tests messages', () => {
  it('name the symbol, where tests were looked for and what was found', () => {
    const notImported = runRule(missingTests, { project: none, code: 'export function parseX(a) { return a || 1; }' }).findings[0];
    expect(notImported?.message).toContain('`parseX`');
    expect(notImported?.message).toContain('no test file imports src/file.ts, directly or through other modules');
    expect(notImported?.message).toContain('searched 1 test file matching analysis.test-globs');

    const onlyImported = runRule(missingTests, { project: importedOnly, code: 'export function parseX(a) { return a || 1; }' }).findings[0];
    expect(onlyImported?.message).toContain('src/file.test.ts reach src/file.ts, but neither they nor the tested modules importing it reference `parseX`');

    const uncovered = runRule(missingTests, { project: { ...none, coverage: coverageWith({}) }, code: 'export function parseX(a) { return a || 1; }' }).findings[0];
    expect(uncovered?.message).toContain('coverage shows none of its 1 changed line executed');
  });
});
