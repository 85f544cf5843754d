import { swallowedError } from '../../../src/analysis/rules/swallowed-error.js';
import { testRule } from '../rule-tester.js';

testRule(swallowedError, {
  valid: [
    'try { save(); } catch (error) { console.error(error); throw error; }',
    'try { save(); } catch (error) { logger.error(error); return null; }',
    'try { save(); } catch (error) { console.error(error); process.exit(1); }',
    'try { save(); } catch (error) { this.lastError = error; console.warn(error); }',
    'try { save(); } catch (error) { setError(error); }',
    { name: 'per-item handling in a loop', code: 'for (const item of items) {\n  try { handle(item); } catch (error) { console.error(error); }\n}' },
    { name: 'per-item handling in forEach', code: 'items.forEach((item) => {\n  try { handle(item); } catch (error) { console.error(error); }\n});' },
    { name: 'explained', code: 'try { warmCache(); } catch (error) {\n  // the cache is optional: a cold start only costs latency\n  logger.warn(error);\n}' },
    {
      name: 'log, then fall back after the try',
      code: 'function read(text: string) {\n  try {\n    return JSON.parse(text);\n  } catch (e) {\n    console.warn(e);\n  }\n  return {};\n}',
    },
    { name: 'logged at debug level: expected and unimportant', code: "try { loadOptionalPlugin(); } catch (e) { logger.debug('no plugin', e); }" },
    { name: 'in a test file', filename: 'src/a.test.ts', code: 'try { save(); } catch (error) { console.log(error); }' },
    { name: 'core.error of @actions/core is not judged (it may be the reporting itself)', code: 'try { a(); } catch (e) { core.setFailed(String(e)); }' },
    { name: 'catch not added', code: 'try {\n  save();\n} catch (error) { console.error(error); }', addedLines: [2] },
    // What a reviewer would not comment on (test/precision/PATTERNS.md).
    { name: 'a timer callback has no caller to tell', code: 'setInterval(async () => {\n  try {\n    await flush();\n  } catch (error) {\n    console.error(error);\n  }\n}, 1000);' },
    { name: 'an event listener', code: "watcher.on('change', async () => {\n  try {\n    await reload();\n  } catch (error) {\n    logger.warn(error);\n  }\n});" },
    { name: 'an example script', filename: 'src/examples/client/demo.ts', code: 'async function main() {\n  try {\n    await run();\n  } catch (error) {\n    console.error(error);\n  }\n}' },
    { name: 'best-effort cleanup', code: 'async function done() {\n  try {\n    await fs.rm(dir);\n  } catch (error) {\n    console.warn(error);\n  }\n}' },
  ],
  invalid: [
    {
      name: 'a callback that is not deferred is still judged',
      code: 'items.map(async (item) => {\n  try {\n    await save(item);\n  } catch (error) {\n    console.error(error);\n  }\n});',
      errors: [{ messageId: 'onlyLogs', line: 4 }],
    },
    {
      code: 'async function save() {\n  try {\n    await db.put(row);\n  } catch (error) {\n    console.error(error);\n  }\n}',
      errors: [{ messageId: 'onlyLogs', line: 4, endLine: 6 }],
    },
    { code: "try { save(); } catch (e) { logger.error('save failed', e); }", errors: [{ messageId: 'onlyLogs', line: 1 }] },
    {
      name: 'a return in the try but nothing after it',
      code: 'function read(text: string) {\n  try {\n    return JSON.parse(text);\n  } catch (e) {\n    console.warn(e);\n  }\n}',
      errors: [{ messageId: 'onlyLogs', line: 4 }],
    },
    { code: "try { save(); } catch (e) { console.log('oops'); console.log(e); }", errors: [{ messageId: 'onlyLogs', line: 1 }] },
    { code: 'class S { run() { try { save(); } catch (e) { this.logger.warn(e); } } }', errors: [{ messageId: 'onlyLogs', line: 1 }] },
    { code: 'try { save(); } catch (e) {\n  // ignore\n  console.error(e);\n}', errors: [{ messageId: 'onlyLogs', line: 1 }] },
  ],
});
