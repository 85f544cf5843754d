import { emptyCatch } from '../../../src/analysis/rules/empty-catch.js';
import { commentExplains } from '../../../src/analysis/ast-utils.js';
import { describe, expect, it } from 'vitest';
import { testRule } from '../rule-tester.js';

testRule(emptyCatch, {
  valid: [
    'try { run(); } catch (error) { log(error); throw error; }',
    { name: 'explained comment', code: 'try {\n  unlinkSync(path);\n} catch {\n  // the file may already be gone; nothing to clean up\n}' },
    { name: 'best effort', code: 'try { cleanup(); } catch { /* best effort */ }' },
    { name: 'catch not added: only the try body changed', code: 'try {\n  run();\n} catch {}', addedLines: [2] },
    { name: 'finally without catch', code: 'try { run(); } finally { done(); }' },
    // The precision study's false positives (test/precision/README.md): tests that provoke an error on purpose.
    {
      name: 'a test swallows the rejection it provokes, then asserts (vitest)',
      filename: 'test/unit/test/fn.test.ts',
      code: "test('rejects', async () => {\n  const fn = vi.fn(async () => { throw new Error('x'); });\n  try {\n    await fn();\n  } catch {}\n  expect(fn).not.toHaveResolved();\n});",
    },
    {
      name: 'a test swallows the error it provokes (TanStack query __tests__)',
      filename: 'packages/query-core/src/__tests__/notifyManager.test.tsx',
      code: "it('keeps going', () => {\n  try {\n    notifyManager.batch(() => { throw new Error('Foo'); });\n  } catch {}\n  expect(callback).toHaveBeenCalled();\n});",
    },
    { name: 'a fixture project', filename: 'e2e/fixtures/broken/src/index.ts', code: 'try { run(); } catch {}' },
    // The reason written at the try (labelled FPs of the second held-out sample, test/precision/README.md).
    {
      name: 'reason at the top of the try block (typeorm rollback)',
      code: 'try {\n  // we throw original error even if rollback thrown an error\n  await this.rollbackTransaction();\n} catch (rollbackError) {}\nthrow error;',
    },
    {
      name: 'reason above the statement that opens the try (got)',
      code: "// The empty catch is needed here in case when\n// it rejects before it's awaited in `_makeRequest`.\n(async () => {\n  try {\n    (await result).once(event, handler);\n  } catch {}\n})();",
    },
    // What a reviewer would not comment on (test/precision/PATTERNS.md).
    { name: 'best-effort removal of a temp file', code: 'try {\n  await fs.unlink(tmp);\n} catch {}' },
    { name: 'killing a process on timeout', code: 'try {\n  child.kill();\n  timer.unref?.();\n} catch {}' },
    { name: 'anything inside a finally', code: 'try {\n  run();\n} finally {\n  try {\n    flush(stream);\n  } catch {}\n}' },
    { name: 'the fallback is right after the try (ky)', code: 'function decoder(charset) {\n  try {\n    return new TextDecoder(charset);\n  } catch {}\n  return new TextDecoder();\n}' },
    { name: 'reason right above the try', code: '// If an invalid string is passed to atob(), it throws a DOMException.\ntry {\n  userPass = decode(header);\n} catch {} // Do nothing' },
  ],
  invalid: [
    { code: 'try {\n  run();\n} catch (error) {\n}', errors: [{ messageId: 'empty', line: 3, endLine: 4 }] },
    { code: 'try { run(); } catch {}', errors: [{ messageId: 'empty', line: 1 }] },
    { name: 'comment that only says ignore', code: 'try {\n  run();\n} catch {\n  // ignore\n}', errors: [{ messageId: 'commentOnly', line: 3 }] },
    { name: 'TODO comment', code: 'try { run(); } catch (e) { /* TODO: handle this properly */ }', errors: [{ messageId: 'commentOnly', line: 1 }] },
    {
      name: 'explained comment with allow-explained off',
      code: 'try { run(); } catch { /* the file may be gone */ }',
      options: { 'allow-explained': false },
      errors: [{ messageId: 'commentOnly', line: 1 }],
    },
    { name: 'cleanup mixed with other work is not best effort', code: 'try {\n  await save(record);\n  await fs.unlink(tmp);\n} catch {}', errors: [{ messageId: 'empty', line: 4 }] },
    { name: 'a return in the try with nothing after it', code: 'function f() {\n  try {\n    return read();\n  } catch {}\n}', errors: [{ messageId: 'empty', line: 4 }] },
    { name: 'only the catch line added', code: 'try {\n  run();\n} catch {}', addedLines: [3], errors: [{ messageId: 'empty', line: 3 }] },
    { name: 'in a .js file', filename: 'lib/a.js', code: 'try { run() } catch (e) {}', errors: [{ messageId: 'empty', line: 1 }] },
    { name: 'a comment above the try about what the code does, not about failure', code: '// read the user settings\ntry {\n  settings = load();\n} catch {}', errors: [{ messageId: 'empty', line: 4 }] },
    { name: 'a comment about failure too far above the try', code: '// the file may be missing\nconst a = 1;\nconst b = 2;\ntry {\n  read();\n} catch {}', errors: [{ messageId: 'empty', line: 6 }] },
    { name: 'a JSDoc of the function around the try', code: '/** Reads the file; throws when it is missing. */\nfunction f() {\n  try {\n    read();\n  } catch {}\n}', errors: [{ messageId: 'empty', line: 5 }] },
    { name: 'a TODO at the try is no reason', code: '// TODO: handle the error\ntry {\n  read();\n} catch {}', errors: [{ messageId: 'empty', line: 4 }] },
    {
      name: 'reason at the try with allow-explained off',
      code: '// the file may be missing, which is fine\ntry {\n  read();\n} catch {}',
      options: { 'allow-explained': false },
      errors: [{ messageId: 'empty', line: 4 }],
    },
  ],
});

describe('commentExplains', () => {
  it('accepts a reason and rejects filler or TODOs', () => {
    expect(commentExplains('expected when offline')).toBe(true);
    expect(commentExplains('ignore')).toBe(false);
    expect(commentExplains('intentionally ignored')).toBe(false);
    expect(commentExplains('TODO handle the error')).toBe(false);
  });
});
