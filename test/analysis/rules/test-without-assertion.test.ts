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
    { name: 'expectTypeOf', filename: T, code: "test('types', () => {\n  expectTypeOf(f).toBeFunction();\n});" },
    { name: 'each with expect', filename: T, code: "it.each([[1, 2]])('%i', (a, b) => {\n  expect(a + 1).toBe(b);\n});" },
  ],
  invalid: [
    { filename: T, code: "it('adds', () => {\n  add(1, 2);\n});", errors: [{ messageId: 'noAssertion', line: 1 }] },
    { filename: T, code: "test('loads', async () => {\n  const data = await load();\n  console.log(data);\n});", errors: [{ messageId: 'noAssertion', line: 1 }] },
    { filename: T, code: "it('empty', () => {});", errors: [{ messageId: 'noAssertion', line: 1 }] },
    { name: 'local helper without assertion', filename: T, code: "function run(n) {\n  return n + 1;\n}\nit('one', () => {\n  run(1);\n});", errors: [{ messageId: 'noAssertion', line: 4 }] },
    { name: 'imported code under test is not a helper', filename: T, code: "import { parse } from '../src/parse';\nit('parses', () => {\n  parse('x');\n});", errors: [{ messageId: 'noAssertion', line: 2 }] },
    { name: 'nested in describe', filename: 'test/x.ts', code: "describe('s', () => {\n  it('a', () => {\n    go();\n  });\n});", errors: [{ messageId: 'noAssertion', line: 2 }] },
    { name: 'only form', filename: T, code: "it.only('a', () => {\n  go();\n});", errors: [{ messageId: 'noAssertion', line: 1 }] },
  ],
});
