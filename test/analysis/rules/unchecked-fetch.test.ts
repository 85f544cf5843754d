import { uncheckedFetch } from '../../../src/analysis/rules/unchecked-fetch.js';
import { testRule } from '../rule-tester.js';

testRule(uncheckedFetch, {
  valid: [
    "async function f() {\n  const res = await fetch(url);\n  if (!res.ok) throw new Error(String(res.status));\n  return res.json();\n}",
    "async function f() {\n  const res = await fetch(url);\n  if (res.status !== 200) return null;\n  return await res.text();\n}",
    "async function f() {\n  const res = await fetch(url);\n  return handle(res);\n}",
    "async function f() {\n  const response = await fetch(url);\n  assertOk(response);\n  return response.json();\n}",
    "async function f() {\n  const res = await fetch(url);\n  return res;\n}",
    "fetch(url).then((res) => { if (!res.ok) throw new Error('x'); return res.json(); });",
    { name: 'a local fetch wrapper that throws on errors', code: 'const fetch = makeFetch();\nasync function f() { const r = await fetch(u); return r.json(); }' },
    { name: 'in a test file: a bad response fails the test anyway', filename: 'test/api.test.ts', code: 'const users = await fetch(url).then((r) => r.json());' },
    { name: 'read not added', code: 'async function f() {\n  const res = await fetch(url);\n  return res.json();\n}', addedLines: [1] },
  ],
  invalid: [
    { code: 'async function f() {\n  const res = await fetch(url);\n  return res.json();\n}', errors: [{ messageId: 'unchecked', line: 3 }] },
    {
      code: "async function f() {\n  const res = await fetch(url, { headers });\n  console.log(res.headers.get('x'));\n  const data = await res.json();\n  return data;\n}",
      errors: [{ messageId: 'unchecked', line: 4 }],
    },
    { code: 'fetch(url).then((r) => r.json()).then(use);', errors: [{ messageId: 'unchecked', line: 1 }] },
    { code: 'async function f() { return (await fetch(url)).json(); }', errors: [{ messageId: 'unchecked', line: 1 }] },
    { code: 'const res = await globalThis.fetch(url);\nconst body = await res.text();', errors: [{ messageId: 'unchecked', line: 2 }] },
  ],
});
