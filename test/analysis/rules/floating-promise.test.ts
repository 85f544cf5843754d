import { floatingPromise } from '../../../src/analysis/rules/floating-promise.js';
import { testRule } from '../rule-tester.js';

const asyncSave = 'async function save(): Promise<void> {}\n';
// src/db.ts exports `save` and `remove` as async functions; `load` is sync.
const dbExports = { promiseExports: new Map([['src/db.ts', new Set(['save', 'remove'])]]) };

testRule(floatingPromise, {
  valid: [
    `${asyncSave}async function f() { await save(); }`,
    `${asyncSave}function f() { return save(); }`,
    `${asyncSave}function f() { const done = save(); return done; }`,
    `${asyncSave}function f() { void save(); }`,
    `${asyncSave}function f() { save().catch(report); }`,
    `${asyncSave}function f() { save().then(ok, report); }`,
    `${asyncSave}function f() { track(save()); }`,
    { name: 'module level call (scripts end with an error on rejection)', code: 'async function main() {}\nmain();' },
    { name: 'unknown function: no type information, no guess', code: 'function f() { doSomething(); }' },
    { name: 'sync function of the same name in another scope', code: 'async function load() {}\nfunction g(load: () => void) { load(); }' },
    { name: 'local fetch wrapper', code: 'function fetch(url: string) { return url; }\nfunction f() { fetch("/x"); }' },
    { name: 'sync method', code: 'class A { async load() {} save() {} run() { this.save(); } }' },
    { name: 'call not added', code: `${asyncSave}function f() {\n  save();\n}`, addedLines: [1, 2] },
    'function f() { Promise.allSettled(tasks); }',
    { name: 'imported, but no facts about the module', filename: 'src/app.ts', code: "import { save } from './db.js';\nfunction f() { save(); }" },
    { name: 'imported sync export', filename: 'src/app.ts', project: dbExports, code: "import { load } from './db.js';\nfunction f() { load(); }" },
    { name: 'imported name shadowed by a parameter', filename: 'src/app.ts', project: dbExports, code: "import { save } from './db.js';\nfunction f(save: () => void) { save(); }" },
    { name: 'same name from another module', filename: 'src/app.ts', project: dbExports, code: "import { save } from './cache.js';\nfunction f() { save(); }" },
    { name: 'a handler earlier in the chain', code: 'function f() { cleanup().catch(report).finally(done); }' },
    { name: 'two-argument then, then finally', code: 'function f(p: Promise<void>) { p.then(ok, fail).finally(done); }' },
    // The precision study's false positives (test/precision/README.md): all in test files or fixtures.
    {
      name: 'done-callback test idiom (axios specs)',
      filename: 'test/specs/xsrf.spec.js',
      code: "it('sets the header', (done) => {\n  axios('/foo');\n  getAjaxRequest().then((request) => {\n    expect(request.requestHeaders[name]).toEqual(value);\n    done();\n  });\n});",
    },
    {
      name: 'a test watching a pending promise (TanStack query)',
      filename: 'packages/query-core/src/__tests__/query.test.tsx',
      code: "it('pauses', async () => {\n  const promise = query.fetch();\n  promise.then((data) => {\n    result = data;\n  });\n  expect(result).toBeUndefined();\n});",
    },
    {
      name: 'a fixture that another test runs (vitest coverage fixture)',
      filename: 'test/coverage-test/fixtures/src/isolation.ts',
      code: "async function work(): Promise<void> {}\nexport function start() {\n  work();\n}",
    },
    {
      name: 'a fixture folder outside the test globs',
      filename: 'packages/app/__fixtures__/project/src/index.ts',
      code: "export function start() {\n  fetch('/ping');\n}",
    },
    // Round 3 of the precision study: background work that catches and logs its own errors (vite's runOptimizer).
    {
      name: 'an async function that catches what it awaits, called without await',
      code: 'async function runOptimizer() {\n  if (closed) return;\n  try {\n    await optimize();\n  } catch (error) {\n    logger.error(error);\n  }\n}\nfunction rerun() {\n  runOptimizer();\n}',
    },
    {
      name: 'an async method that catches what it awaits',
      code: 'class A {\n  async refresh() {\n    try {\n      await load();\n    } catch (error) {\n      report(error);\n    }\n  }\n  start() {\n    this.refresh();\n  }\n}',
    },
  ],
  invalid: [
    { code: `${asyncSave}function f() {\n  save();\n}`, errors: [{ messageId: 'floating', line: 3 }] },
    { code: 'const save = async () => {};\nfunction f() { save(); }', errors: [{ messageId: 'floating', line: 2 }] },
    { code: "function f() { fetch('/api/log', { method: 'POST' }); }", errors: [{ messageId: 'floating', line: 1 }] },
    { code: "import { writeFile } from 'node:fs/promises';\nfunction f() { writeFile('a', 'b'); }", errors: [{ messageId: 'floating', line: 2 }] },
    { code: "import fs from 'fs';\nfunction f() { fs.promises.unlink('a'); }", errors: [{ messageId: 'floating', line: 2 }] },
    { code: "import { promises as fsp } from 'fs';\nfunction f() { fsp.rm('a'); }", errors: [{ messageId: 'floating', line: 2 }] },
    { code: "const fsp = require('fs/promises');\nfunction f() { fsp.mkdir('a'); }", errors: [{ messageId: 'floating', line: 2 }] },
    { code: 'function f(p: Promise<number>) { p.then((n) => use(n)); }', errors: [{ messageId: 'floating', line: 1 }] },
    { code: 'function f() { load().finally(done); }', errors: [{ messageId: 'floating', line: 1 }] },
    { code: 'function f() { Promise.all(tasks); }', errors: [{ messageId: 'floating', line: 1 }] },
    { code: 'class A {\n  async load() {}\n  run() {\n    this.load();\n  }\n}', errors: [{ messageId: 'floating', line: 4 }] },
    { code: 'const handler = () => {\n  window.fetch(url);\n};', errors: [{ messageId: 'floating', line: 2 }] },
    { name: 'declared to return a Promise', code: 'function save(): Promise<void> { return db.put(); }\nfunction f() { save(); }', errors: [{ messageId: 'floating', line: 2 }] },
    { name: 'method declared to return a Promise', code: 'class A {\n  load(): Promise<number> { return get(); }\n  run() { this.load(); }\n}', errors: [{ messageId: 'floating', line: 3 }] },
    {
      name: 'an async function imported from a project module',
      filename: 'src/app.ts',
      project: dbExports,
      code: "import { save as persist } from './db.js';\nexport function f() {\n  persist();\n}",
      errors: [{ messageId: 'floating', line: 3 }],
    },
    {
      name: 'through a namespace import',
      filename: 'src/app.ts',
      project: dbExports,
      code: "import * as db from './db';\nexport function f() { db.remove(1); }",
      errors: [{ messageId: 'floating', line: 2 }],
    },
    {
      name: 'source code next to a fixtures folder is still checked',
      filename: 'src/fixtures-loader.ts',
      code: "export function start() {\n  fetch('/ping');\n}",
      errors: [{ messageId: 'floating', line: 2 }],
    },
    {
      name: 'the catch throws again',
      code: 'async function run() {\n  try {\n    await work();\n  } catch (error) {\n    log(error);\n    throw error;\n  }\n}\nfunction start() {\n  run();\n}',
      errors: [{ messageId: 'floating', line: 10 }],
    },
    {
      name: 'an await outside the try',
      code: 'async function run() {\n  await prepare();\n  try {\n    await work();\n  } catch {}\n}\nfunction start() {\n  run();\n}',
      errors: [{ messageId: 'floating', line: 8 }],
    },
    {
      name: 'an await inside the catch',
      code: 'async function run() {\n  try {\n    await work();\n  } catch (error) {\n    await report(error);\n  }\n}\nfunction start() {\n  run();\n}',
      errors: [{ messageId: 'floating', line: 9 }],
    },
    {
      name: 'a throw outside the try',
      code: "async function run(ok: boolean) {\n  if (!ok) throw new Error('not ready');\n  try {\n    await work();\n  } catch {}\n}\nfunction start() {\n  run(false);\n}",
      errors: [{ messageId: 'floating', line: 8 }],
    },
    {
      name: 'a returned call outside the try',
      code: 'async function run() {\n  try {\n    await work();\n  } catch {}\n  return save();\n}\nfunction start() {\n  run();\n}',
      errors: [{ messageId: 'floating', line: 8 }],
    },
    {
      name: 'declared to return a Promise, not async: its try proves nothing about the promise it returns',
      code: 'function run(): Promise<void> {\n  try {\n    return work();\n  } catch {\n    return Promise.resolve();\n  }\n}\nfunction start() {\n  run();\n}',
      errors: [{ messageId: 'floating', line: 9 }],
    },
  ],
});
