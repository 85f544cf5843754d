import { throwLiteral } from '../../../src/analysis/rules/throw-literal.js';
import { testRule } from '../rule-tester.js';

testRule(throwLiteral, {
  valid: [
    "throw new Error('boom');",
    "throw new TypeError(`bad ${value}`);",
    'throw error;',
    'throw makeError(code);',
    "throw new Response('Not found', { status: 404 });",
    { name: 'in a test file (testing how non-Errors are handled)', filename: 'test/errors.test.ts', code: "throw 'boom';" },
    { name: 'with the ESLint equivalent disabled', code: "// eslint-disable-next-line no-throw-literal -- serialised for the worker\nthrow { name: 'x' };" },
    { name: 'literal throw on a line the change did not add', code: "function f() {\n  throw 'old';\n}", addedLines: [1] },
  ],
  invalid: [
    { code: "throw 'boom';", errors: [{ messageId: 'notAnError', line: 1 }] },
    { code: 'function f(id: string) {\n  throw `no user ${id}`;\n}', errors: [{ messageId: 'notAnError', line: 2 }] },
    { code: "throw 'failed: ' + reason;", errors: [{ messageId: 'notAnError', line: 1 }] },
    { code: "throw { code: 404, message: 'missing' };", errors: [{ messageId: 'notAnError', line: 1 }] },
    { code: 'throw 42;', errors: [{ messageId: 'notAnError', line: 1 }] },
    { code: 'throw undefined;', errors: [{ messageId: 'notAnError', line: 1 }] },
    { code: "throw ('bad' as unknown);", errors: [{ messageId: 'notAnError', line: 1 }] },
  ],
});
