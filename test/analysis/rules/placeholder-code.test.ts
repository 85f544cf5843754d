import { describe, expect, it } from 'vitest';
import { isPlaceholderComment, isTodoImplement, placeholderCode } from '../../../src/analysis/rules/placeholder-code.js';
import { testRule } from '../rule-tester.js';

testRule(placeholderCode, {
  valid: [
    "throw new Error('user not found');",
    '// TODO: handle retries with backoff\nrun();',
    '// TODO: implement retry with exponential backoff\nrun();',
    '// skip the rest of the file when the header is missing\nrun();',
    { name: 'a comment quoting the phrase', code: '// Comments that stand in for code: elisions and "your code here".\nconst a = 1;' },
    '/**\n * Example:\n *   // ... rest of the code\n */\nexport function f() {}',
    { name: 'an error naming an unsupported feature', code: "function runMain() {\n  throw new Error('[vitest] \"runMain\" is not implemented.');\n}" },
    { name: 'abstract-method idiom', code: "class Cursor {\n  next() {\n    throw new Error('Not implemented.');\n  }\n}" },
    { name: 'TODO: implement outside a stub body is an ordinary note', code: "function f() {\n  defMethod('a');\n  // TODO: implement\n  // defMethod('thrown');\n}" },
    { name: 'placeholder on a line the change did not add', code: "function f() {\n  throw new Error('not implemented');\n}", addedLines: [1] },
    // The precision study's false positives (test/precision/README.md): stubs in fakes inside tests.
    {
      name: 'a fake in a test stubs the methods the test never calls (hoppscotch)',
      filename: 'packages/hoppscotch-common/src/services/__tests__/kernel-interceptor.service.spec.ts',
      code: "it('registers', () => {\n  const interceptor: KernelInterceptor = {\n    id: 'test',\n    execute: () => {\n      throw new Error('Not implemented');\n    },\n  };\n  service.register(interceptor);\n  expect(service.current.value).toBe(interceptor);\n});",
    },
    { name: 'a stub in a fixture project', filename: 'e2e/fixtures/app/src/pay.ts', code: "export function pay(): void {\n  throw new Error('Not implemented');\n}" },
    { name: 'an elision in a test helper', filename: 'test/helpers/server.ts', code: 'export function start() {\n  // TODO: implement\n}' },
    { name: 'route syntax quoted in a comment (SvelteKit)', code: "// `[...rest]/x` outranks `[...rest]`\nif (a.type === 'rest') return -1;" },
    { name: 'spread syntax in brackets', code: '// [...rest] holds the remaining segments\nconst [first, ...rest] = parts;' },
  ],
  invalid: [
    { code: "export function pay(): void {\n  throw new Error('Not implemented');\n}", errors: [{ messageId: 'notImplemented', line: 2 }] },
    { code: "throw new Error('Method not implemented.');", errors: [{ messageId: 'notImplemented', line: 1 }] },
    { name: 'a method that does more than throw', code: "class A {\n  run(x: number) {\n    if (x > 1) return x;\n    throw new Error('not implemented yet');\n  }\n}", errors: [{ messageId: 'notImplemented', line: 4 }] },
    { name: 'a stub arrow function', code: "export const pay = () => {\n  throw new Error('TODO: implement me');\n};", errors: [{ messageId: 'notImplemented', line: 2 }] },
    { code: 'throw new Error(`TODO`);', errors: [{ messageId: 'notImplemented', line: 1 }] },
    { code: 'function f() {\n  // TODO: implement\n}', errors: [{ messageId: 'placeholderComment', line: 2 }] },
    { code: 'function f() {\n  // TODO: Implement the actual API call\n  return null;\n}', errors: [{ messageId: 'placeholderComment', line: 2 }] },
    { code: 'class A {\n  save() {\n    // TODO: implement this\n    return [];\n  }\n}', errors: [{ messageId: 'placeholderComment', line: 3 }] },
    { code: 'const a = 1;\n// ... rest of the code\n', errors: [{ messageId: 'placeholderComment', line: 2 }] },
    { code: 'class A {\n  // ...existing code...\n}', errors: [{ messageId: 'placeholderComment', line: 2 }] },
    { code: 'function f() {\n  /* your code here */\n}', errors: [{ messageId: 'placeholderComment', line: 2 }] },
    { code: 'function f() {\n  // Add your logic here.\n}', errors: [{ messageId: 'placeholderComment', line: 2 }] },
    { code: '// Rest of the implementation remains the same\nexport {};', errors: [{ messageId: 'placeholderComment', line: 1 }] },
    {
      name: 'a fake in shipped code is still a stub',
      filename: 'src/services/fake-interceptor.ts',
      code: "export const interceptor = {\n  execute: () => {\n    throw new Error('Not implemented');\n  },\n};",
      errors: [{ messageId: 'notImplemented', line: 3 }],
    },
    { name: 'an elision inside JSX braces', code: 'const a = (\n  <div>\n    {/* ... rest of the form */}\n  </div>\n);', filename: 'src/form.tsx', errors: [{ messageId: 'placeholderComment', line: 3 }] },
  ],
});

describe('isPlaceholderComment', () => {
  it('tells elisions from ordinary comments', () => {
    expect(isPlaceholderComment('... other handlers')).toBe(true);
    expect(isPlaceholderComment('implementation goes here')).toBe(true);
    expect(isTodoImplement('FIXME: fill in')).toBe(true);
    expect(isTodoImplement('TODO: implement retry with backoff')).toBe(false);
    expect(isPlaceholderComment('the rest is handled by the caller')).toBe(false);
    expect(isPlaceholderComment('TODO: remove after the migration')).toBe(false);
  });
});
