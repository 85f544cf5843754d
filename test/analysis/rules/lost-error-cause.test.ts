import { lostErrorCause } from '../../../src/analysis/rules/lost-error-cause.js';
import { testRule } from '../rule-tester.js';

testRule(lostErrorCause, {
  valid: [
    "try { load(); } catch (error) { throw new Error('could not load', { cause: error }); }",
    'try { load(); } catch (error) { throw error; }',
    "try { load(); } catch (error) { throw new ConfigError('bad config', error); }",
    "try { load(); } catch (error) { throw new AggregateError([error], 'several failed'); }",
    { name: 'cause under another name', code: "try { load(); } catch (e) { const cause = e; throw new Error('x', { cause }); }" },
    { name: 'throw in a callback inside the catch belongs to the callback', code: "try { a(); } catch (e) { later(() => { throw new Error('x'); }); }" },
    { name: 'nested try inside the catch', code: "try { a(); } catch (e) { try { b(); } catch (inner) { throw inner; } }" },
    {
      name: 'a custom error built from what the caught one says',
      code: "try { open(p); } catch (error) {\n  const code = (error as NodeJS.ErrnoException).code;\n  throw new InputError(`cannot read ${p} (${code})`);\n}",
    },
    { name: 'throw outside any catch', code: "function f() { throw new Error('x'); }" },
    { name: 'throw not added', code: "try {\n  a();\n} catch (e) {\n  throw new Error('x');\n}", addedLines: [2] },
    { name: 'a .catch callback may be a schema fallback (zod), not a promise handler', code: "z.string().catch(() => { throw new Error('dynamic'); });" },
    { name: 'in a test file a throw in a catch is an assertion', filename: 'src/a.test.ts', code: "try { a(); } catch (e) { if (bad(e)) throw new Error(); }" },
    // The precision study's false positive (test/precision/README.md): a recognised condition mapped to a message.
    {
      name: 'a recognised condition (checked by name) mapped to a user message (excalidraw)',
      code: "try {\n  await canvasToBlob(canvas);\n} catch (error: any) {\n  if (error.name === 'CANVAS_POSSIBLY_TOO_BIG') {\n    throw new Error(t('canvasError.canvasTooBig'));\n  }\n  throw error;\n}",
    },
    {
      name: 'a case of a switch on the error code',
      code: "try {\n  read(p);\n} catch (error) {\n  switch ((error as NodeJS.ErrnoException).code) {\n    case 'ENOENT':\n      throw new Error(`no config at ${p}`);\n    default:\n      throw error;\n  }\n}",
    },
    { name: 'instanceof check', code: "try { a(); } catch (e) { if (e instanceof SyntaxError) throw new TypeError('config is not JSON'); throw e; }" },
    { name: 'a fixture project', filename: 'e2e/fixtures/app/src/load.ts', code: "try { load(); } catch { throw new Error('could not load'); }" },
  ],
  invalid: [
    {
      code: "try {\n  load();\n} catch (error) {\n  throw new Error('could not load');\n}",
      errors: [{ messageId: 'lost', line: 4 }],
    },
    { code: "try { load(); } catch { throw new Error('could not load'); }", errors: [{ messageId: 'lost', line: 1 }] },
    {
      name: 'only the message is copied',
      code: "try { load(); } catch (error) { throw new Error(`could not load: ${(error as Error).message}`); }",
      errors: [{ messageId: 'noCause', line: 1 }],
    },
    { code: "try { load(); } catch (e) { throw new HttpError(500, 'failed'); }", errors: [{ messageId: 'lost', line: 1 }] },
    { code: "try { a(); } catch (e) { if (retry) { throw new TypeError('bad: ' + String(e)); } }", errors: [{ messageId: 'noCause', line: 1 }] },
    {
      name: 'a built-in error after reading the caught one',
      code: "try { a(); } catch (e) {\n  log(e);\n  throw new Error('failed');\n}",
      errors: [{ messageId: 'noCause', line: 3 }],
    },
    {
      name: 'a recognised condition whose new error still copies the caught one',
      code: "try { a(); } catch (e) { if (e instanceof SyntaxError) throw new TypeError(e.message); throw e; }",
      errors: [{ messageId: 'noCause', line: 1 }],
    },
    {
      name: 'the branch taken when the check fails is not a recognised condition',
      code: "try {\n  a();\n} catch (e) {\n  if (isAbort(e)) return;\n  else throw new Error('failed');\n}",
      errors: [{ messageId: 'noCause', line: 5 }],
    },
    {
      name: 'the default case of a switch on the error code',
      code: "try {\n  a();\n} catch (e) {\n  switch (e.code) {\n    case 'ENOENT':\n      return null;\n    default:\n      throw new Error('failed');\n  }\n}",
      errors: [{ messageId: 'noCause', line: 8 }],
    },
  ],
});
