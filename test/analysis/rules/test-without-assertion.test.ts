import { testWithoutAssertion } from '../../../src/analysis/rules/test-without-assertion.js';
import { testRule } from '../rule-tester.js';

const T = 'src/a.test.ts';

testRule(testWithoutAssertion, {
  valid: [
    { filename: T, code: "it('adds', () => {\n  expect(add(1, 2)).toBe(3);\n});" },
    { filename: T, code: "test('adds', async () => {\n  await expect(load()).resolves.toEqual([]);\n});" },
    { filename: T, code: "it('adds', () => {\n  assert.equal(add(1, 2), 3);\n});" },
    { name: 'chai should', filename: T, code: "it('adds', () => {\n  add(1, 2).should.equal(3);\n});" },
    { name: 'ava t.is', filename: T, code: "test('adds', (t) => {\n  t.is(add(1, 2), 3);\n});" },
    { name: 'done callback', filename: T, code: "it('emits', (done) => {\n  emitter.on('x', () => done());\n});" },
    { name: 'local helper that asserts', filename: T, code: "function check(n) {\n  expect(n).toBe(1);\n}\nit('one', () => {\n  check(one());\n});" },
    { name: 'imported helper', filename: T, code: "import { roundTrip } from './helpers';\nit('json', () => {\n  roundTrip({ a: 1 });\n});" },
    { name: 'type test with @ts-expect-error', filename: T, code: "it('rejects numbers', () => {\n  // @ts-expect-error\n  takesString(1);\n});" },
    { name: 'smoke test named for not throwing', filename: T, code: "it('does not throw on empty input', () => {\n  parse('');\n});" },
    { name: 'todo and skipped are other rules', filename: T, code: "it.todo('later');\nit.skip('broken', () => { run(); });" },
    { name: 'not added', filename: T, code: "it('old', () => {\n  run();\n});", addedLines: [2] },
    { name: 'not a test file', filename: 'src/a.ts', code: "it('x', () => { run(); });" },
    { name: 'describe is a suite', filename: T, code: "describe('s', () => {\n  setup();\n});" },
    { name: 'Testing Library query that throws when missing', filename: 'src/a.test.tsx', code: "it('shows the title', () => {\n  render(<App />);\n  const title = screen.getByText('Hello');\n});" },
    { name: 'playwright waitFor', filename: 'e2e/a.spec.ts', code: "test('loads', async ({ page }) => {\n  const row = await page.waitForSelector('.row');\n});" },
    { name: 'expectTypeOf', filename: T, code: "test('types', () => {\n  expectTypeOf(f).toBeFunction();\n});" },
    { name: 'calls only: a deliberate does-not-throw test', filename: T, code: "test('passing validations', () => {\n  schema.parse(1);\n  schema.parse(2);\n});" },
    { name: 'a used result is passed on, not left unchecked', filename: T, code: "it('renders', () => {\n  const html = render(App);\n  snapshot(html);\n});", },
    { name: 'type test: an annotated declaration', filename: T, code: "test('xor', () => {\n  const outer: ZodType<Outer> = z.object({});\n});" },
    { name: 'unused on purpose', filename: T, code: "test('builds', () => {\n  const _schema = z.object({});\n});" },
    { name: 'fixture files are not tests', filename: 'test/fixtures/project/a.test.ts', code: "it('a', () => {});" },
    { name: "a framework's own test suite", filename: 'test/a.test.ts', project: { dependencies: { packages: [{ dir: 'packages/vitest', name: 'vitest', declared: [] }], aliasPatterns: [], unreadable: [] } }, code: "import { it } from 'vitest';\nit('a', () => {});" },
    { name: 'each with expect', filename: T, code: "it.each([[1, 2]])('%i', (a, b) => {\n  expect(a + 1).toBe(b);\n});" },
  ],
  invalid: [
    { filename: T, code: "it('empty', () => {});", errors: [{ messageId: 'empty', line: 1 }] },
    { filename: T, code: "test('adds', () => {\n  const sum = add(1, 2);\n});", errors: [{ messageId: 'unchecked', line: 1 }] },
    { name: 'awaited result only logged', filename: T, code: "test('loads', async () => {\n  const data = await load();\n  console.log(data);\n});", errors: [{ messageId: 'unchecked', line: 1 }] },
    { name: 'logs instead of checking', filename: T, code: "it('formats', () => {\n  console.log(format(date));\n});", errors: [{ messageId: 'logged', line: 1 }] },
    { name: 'local helper without assertion', filename: T, code: "function run(n) {\n  return n + 1;\n}\nit('one', () => {\n  const two = run(1);\n});", errors: [{ messageId: 'unchecked', line: 4 }] },
    { name: 'imported code under test is not a helper', filename: T, code: "import { parse } from '../src/parse';\nit('parses', () => {\n  const tree = parse('x');\n});", errors: [{ messageId: 'unchecked', line: 2 }] },
    { name: 'nested in describe', filename: 'test/x.ts', code: "describe('s', () => {\n  it('a', () => {\n  });\n});", errors: [{ messageId: 'empty', line: 2 }] },
    { name: 'only form', filename: T, code: "it.only('a', () => {\n  const r = go();\n});", errors: [{ messageId: 'unchecked', line: 1 }] },
    { name: 'framework from npm, not the repository', filename: T, code: "import { it } from 'vitest';\nit('a', () => {});", errors: [{ messageId: 'empty', line: 2 }] },
  ],
});
