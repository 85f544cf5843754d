import { focusedOrSkippedTest } from '../../../src/analysis/rules/focused-or-skipped-test.js';
import { testRule } from '../rule-tester.js';

const T = 'src/a.test.ts';

testRule(focusedOrSkippedTest, {
  valid: [
    { filename: T, code: "it('works', () => { expect(1 + 1).toBe(2); });" },
    { filename: T, code: "describe('suite', () => { test('a', () => {}); });" },
    { name: 'todo is a visible placeholder, not a hidden skip', filename: T, code: "it.todo('handles empty input');" },
    { name: 'conditional skipIf', filename: T, code: "it.skipIf(process.platform === 'win32')('posix only', () => {});" },
    { name: 'runtime skip inside a test (playwright)', filename: T, code: "test('x', () => { test.skip(browserName === 'webkit', 'flaky'); });" },
    { name: 'playwright conditional skip on a variable', filename: T, code: "test('x', async ({ isMobile }) => {\n  test.skip(isMobile, 'desktop only');\n});" },
    { name: 'playwright conditional skip with a callback', filename: T, code: "test.skip(({ browserName }) => browserName === 'webkit', 'not supported');" },
    { name: 'ctx.skip()', filename: T, code: "it('x', (ctx) => { ctx.skip(); });" },
    { name: 'not a test file', filename: 'src/a.ts', code: "it.only('works', () => {});" },
    { name: 'only already there', filename: T, code: "it.only('works', () => {\n  run();\n});", addedLines: [2] },
    { name: 'a regex .test call', filename: T, code: "const ok = /x/.test('x');" },
    { name: 'fixture files are not tests', filename: 'test/fixtures/only/a.test.ts', code: "it.only('a', () => {});" },
    { name: "a framework's own test suite", filename: 'test/unit/only.test.ts', project: { dependencies: { packages: [{ dir: 'packages/vitest', name: 'vitest', declared: [] }], aliasPatterns: [], unreadable: [] } }, code: "import { it } from 'vitest';\nit.only('a', () => {});" },
    { name: 'an object with an only member', filename: T, code: 'options.only(["a"]);' },
    { name: 'a skip with its reason above it', filename: T, code: "// The upstream API rate-limits CI runners; re-enable when #412 lands.\nit.skip('fetches live prices', async () => {});" },
    { name: 'a skip with its reason on the same line', filename: T, code: "it.skip('live prices', async () => {}); // flaky external API, tracked in #412" },
  ],
  invalid: [
    { filename: T, code: "it.only('works', () => {});", errors: [{ messageId: 'focused', line: 1 }] },
    { filename: T, code: "describe.only('suite', () => {\n  it('a', () => {});\n});", errors: [{ messageId: 'focused', line: 1 }] },
    { filename: T, code: "fit('works', () => {});", errors: [{ messageId: 'focused', line: 1 }] },
    { filename: T, code: "fdescribe('suite', () => {});", errors: [{ messageId: 'focused', line: 1 }] },
    { filename: T, code: "test.concurrent.only('x', async () => {});", errors: [{ messageId: 'focused', line: 1 }] },
    { name: 'each', filename: T, code: "it.only.each([[1], [2]])('case %i', (n) => {});", errors: [{ messageId: 'focused', line: 1 }] },
    { name: 'playwright describe', filename: 'tests/e2e.spec.ts', code: "test.describe.only('flow', () => {});", errors: [{ messageId: 'focused', line: 1 }] },
    { filename: T, code: "it.skip('broken', () => {});", errors: [{ messageId: 'skipped', line: 1 }] },
    { filename: T, code: "xit('broken', () => {});", errors: [{ messageId: 'skipped', line: 1 }] },
    { filename: T, code: "xdescribe('broken', () => {});", errors: [{ messageId: 'skipped', line: 1 }] },
    { filename: T, code: 'describe.skip(`suite`, () => {});', errors: [{ messageId: 'skipped', line: 1 }] },
    { name: 'playwright fixme', filename: 'e2e/a.spec.ts', code: "test.fixme('later', async () => {});", errors: [{ messageId: 'skipped', line: 1 }] },
    { name: 'a comment does not excuse a .only', filename: T, code: "// debugging the flaky retry case locally\nit.only('retries', () => {});", errors: [{ messageId: 'focused', line: 2 }] },
    { name: 'a TODO is no reason', filename: T, code: "// TODO\nit.skip('broken', () => {});", errors: [{ messageId: 'skipped', line: 2 }] },
    {
      name: 'a TODO at the top of the comment block: a known defect switched off (Roo-Code 9bcd9918af)',
      filename: T,
      code: "// TODO: Fix underlying issue - dialog appears even when no user changes have been made\n// This happens because some component is triggering setCachedStateField during initialization\n// without properly marking it as a non-user action\nit.skip('does not show unsaved changes', async () => {});",
      errors: [{ messageId: 'skipped', line: 4 }],
    },
    { name: 'a reason far above is not this skip\'s', filename: T, code: "// the upstream API rate-limits CI runners\nconst a = 1;\nconst b = 2;\nconst c = 3;\nit.skip('broken', () => {});", errors: [{ messageId: 'skipped', line: 5 }] },
    { name: 'in a nested suite', filename: 'test/a.ts', code: "describe('s', () => {\n  it.only('a', () => {});\n});", errors: [{ messageId: 'focused', line: 2 }] },
  ],
});
