import { trivialAssertion } from '../../../src/analysis/rules/trivial-assertion.js';
import { testRule } from '../rule-tester.js';

const T = 'src/a.test.ts';

testRule(trivialAssertion, {
  valid: [
    { filename: T, code: 'expect(add(1, 2)).toBe(3);' },
    { filename: T, code: 'expect(result).toEqual({ ok: true });' },
    { filename: T, code: 'expect(parse("1")).toBeTruthy();' },
    { filename: T, code: 'assert.equal(sum, 3);' },
    { filename: T, code: 'assert(isValid(input));' },
    { name: 'constants that differ always fail: a different problem', filename: T, code: 'expect(true).toBe(false);' },
    { name: 'not a test file', filename: 'src/a.ts', code: 'expect(true).toBe(true);' },
    { name: 'line not added', filename: T, code: 'expect(true).toBe(true);\nexpect(x).toBe(1);', addedLines: [2] },
    { name: 'negated self comparison is not trivial', filename: T, code: 'expect(a).not.toBe(a);' },
    { name: 'chai on a value', filename: T, code: 'expect(flag).to.be.true;' },
    { name: 'different references', filename: T, code: 'expect(a.b).toBe(a.c);' },
    { name: 'fixture files are not tests', filename: 'test/e2e/fixtures/basic/a.test.ts', code: 'expect(1).toBe(1);' },
    { name: "a framework's own test suite", filename: 'test/unit/expect.test.ts', project: { dependencies: { packages: [{ dir: 'packages/vitest', name: 'vitest', declared: [] }], aliasPatterns: [], unreadable: [] } }, code: "import { expect } from 'vitest';\nexpect(1).toBe(1);" },
    { name: 'calls compared are not the same value', filename: T, code: 'expect(next()).toBe(next());' },
  ],
  invalid: [
    { filename: T, code: 'expect(true).toBe(true);', errors: [{ messageId: 'constants', line: 1 }] },
    { filename: T, code: 'expect(1).toEqual(1);', errors: [{ messageId: 'constants', line: 1 }] },
    { filename: T, code: "expect('a').toStrictEqual(`a`);", errors: [{ messageId: 'constants', line: 1 }] },
    { filename: T, code: 'expect(1).not.toBe(2);', errors: [{ messageId: 'constants', line: 1 }] },
    { filename: T, code: 'expect(true).toBeTruthy();', errors: [{ messageId: 'literalTruth', line: 1 }] },
    { filename: T, code: 'expect(undefined).toBeUndefined();', errors: [{ messageId: 'literalTruth', line: 1 }] },
    { filename: T, code: 'expect(true).to.be.true;', errors: [{ messageId: 'literalTruth', line: 1 }] },
    { filename: T, code: 'expect(result).toBe(result);', errors: [{ messageId: 'self', line: 1 }] },
    { filename: T, code: 'assert(true);', errors: [{ messageId: 'literalTruth', line: 1 }] },
    { filename: T, code: 'assert.ok(1);', errors: [{ messageId: 'literalTruth', line: 1 }] },
    { filename: T, code: 'assert.equal(1, 1);', errors: [{ messageId: 'constants', line: 1 }] },
    { filename: T, code: 'assert.strictEqual(value.x, value.x);', errors: [{ messageId: 'self', line: 1 }] },
    { filename: T, code: 't.is(-1, -1);', errors: [{ messageId: 'constants', line: 1 }] },
    { filename: T, code: "it('works', () => {\n  doThing();\n  expect(true).toBe(true);\n});", errors: [{ messageId: 'constants', line: 3 }] },
  ],
});
