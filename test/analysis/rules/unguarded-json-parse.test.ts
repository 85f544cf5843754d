import { unguardedJsonParse } from '../../../src/analysis/rules/unguarded-json-parse.js';
import { testRule } from '../rule-tester.js';

testRule(unguardedJsonParse, {
  valid: [
    "const config = JSON.parse('{\"a\":1}');",
    'const copy = JSON.parse(JSON.stringify(value));',
    { name: 'a const from JSON.stringify', code: 'function f(v: unknown) {\n  const text = JSON.stringify(v, replacer);\n  return JSON.parse(text);\n}' },
    'function f(text: string) {\n  try {\n    return JSON.parse(text);\n  } catch {\n    return null;\n  }\n}',
    'try { lines.map((line) => JSON.parse(line)); } catch (error) { report(error); }',
    'read().then((text) => JSON.parse(text)).catch(report);',
    { name: 'a parse helper: the caller owns the error', code: 'export function parseBody(text: string) {\n  return JSON.parse(text);\n}' },
    { name: 'arrow helper', code: 'const decode = (raw: string) => JSON.parse(raw);' },
    { name: 'in a test file', filename: 'test/a.test.ts', code: 'const report = JSON.parse(output);' },
    { name: 'parse not added', code: 'function f(s: string) {\n  const v = JSON.parse(s);\n  return v;\n}', addedLines: [3] },
  ],
  invalid: [
    { code: "const saved = JSON.parse(localStorage.getItem('prefs') ?? '{}');", errors: [{ messageId: 'unguarded', line: 1 }] },
    { name: 'a let that may have been reassigned', code: 'function f(v: unknown) {\n  let text = JSON.stringify(v);\n  text = read();\n  use(JSON.parse(text));\n}', errors: [{ messageId: 'unguarded', line: 4 }] },
    { code: 'function f(req: Request) {\n  const body = JSON.parse(req.body);\n  return body.id;\n}', errors: [{ messageId: 'unguarded', line: 2 }] },
    { code: 'try {\n  a();\n} catch (e) {\n  JSON.parse(text);\n}', errors: [{ messageId: 'unguarded', line: 4 }] },
    { code: 'read().then((text) => JSON.parse(text));', errors: [{ messageId: 'unguarded', line: 1 }] },
    { code: 'socket.on("message", (data) => {\n  const msg = JSON.parse(data.toString());\n  handle(msg);\n});', errors: [{ messageId: 'unguarded', line: 2 }] },
  ],
});
