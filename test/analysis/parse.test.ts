// parseSource skips JSDoc parsing (jsDocParsingMode: 'none') for speed. That is only safe while the
// tree the rules see is the same as with JSDoc parsed: checked here on this repository's own sources,
// which are full of JSDoc, and on a file written to hold every JSDoc form.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@typescript-eslint/typescript-estree';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, parseSource } from '../../src/analysis/parse.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const JSDOC_HEAVY = `
/**
 * A typed JSDoc block: {@link other}, @param and @returns with types.
 * @param {string} name - who
 * @param {{ a: number, b?: Array<string> }} options
 * @returns {Promise<void>}
 * @template T
 * @typedef {Object} Shape
 * @property {number} x
 */
export async function greet(name, options) {
  /** @type {number} */
  const count = options.a;
  return /** @type {any} */ (name) + count;
}
`;

/** The tree as the analysis would get it if JSDoc were parsed. */
function withJsDoc(path: string, source: string, jsx = false): unknown {
  return parse(source, {
    filePath: path,
    jsx,
    loc: true,
    range: true,
    comment: true,
    tokens: false,
    errorOnUnknownASTType: false,
    loggerFn: false,
    suppressDeprecatedPropertyWarnings: true,
    jsDocParsingMode: 'all',
  });
}

describe('parseSource without JSDoc parsing', () => {
  beforeAll(loadParser);

  it('gives the same tree as with JSDoc parsed, on a file holding every JSDoc form', () => {
    const outcome = parseSource('greet.js', JSDOC_HEAVY);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // A .js file may hold JSX, so it is parsed with jsx on.
    expect(JSON.stringify(outcome.ast)).toBe(JSON.stringify(withJsDoc('greet.js', JSDOC_HEAVY, true)));
    // The JSDoc blocks are still there as comments, which is what rules read.
    expect(outcome.ast.comments?.filter((comment) => comment.value.startsWith('*'))).toHaveLength(3);
  });

  it("gives the same tree as with JSDoc parsed, on this repository's TypeScript sources", () => {
    const files = execFileSync('git', ['ls-files', 'src/*.ts'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    expect(files.length).toBeGreaterThan(100);
    const differing = files.filter((path) => {
      const source = readFileSync(join(root, path), 'utf8');
      const outcome = parseSource(path, source);
      return !outcome.ok || JSON.stringify(outcome.ast) !== JSON.stringify(withJsDoc(path, source));
    });
    expect(differing).toEqual([]);
  });
});
