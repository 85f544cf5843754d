import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { collectPromiseExports, promiseExports, resolveRelativeImport } from '../../src/analysis/modules.js';
import { loadParser } from '../../src/analysis/parse.js';
import { createModuleResolver } from '../../src/project/resolve.js';

// The parser is loaded on demand (see parse.ts); analyzeChanges does it, direct callers do it here.
await loadParser();

const program = (source: string) => parse(source, { loc: true, range: true });

describe('resolveRelativeImport', () => {
  const files = new Set(['src/db.ts', 'src/ui/view.tsx', 'src/lib/index.ts', 'src/plain.js', 'src/m.mts']);
  const exists = (path: string): boolean => files.has(path);

  it('maps emitted extensions to sources, adds extensions, and finds index files', () => {
    expect(resolveRelativeImport('src/app.ts', './db.js', exists)).toBe('src/db.ts');
    expect(resolveRelativeImport('src/app.ts', './db', exists)).toBe('src/db.ts');
    expect(resolveRelativeImport('src/app.ts', './ui/view.js', exists)).toBe('src/ui/view.tsx');
    expect(resolveRelativeImport('src/ui/view.tsx', '../lib', exists)).toBe('src/lib/index.ts');
    expect(resolveRelativeImport('src/app.ts', './plain.js', exists)).toBe('src/plain.js');
    expect(resolveRelativeImport('src/app.ts', './m.mjs', exists)).toBe('src/m.mts');
  });

  it('leaves bare, missing and outside-the-repository specifiers alone', () => {
    expect(resolveRelativeImport('src/app.ts', 'zod', exists)).toBeNull();
    expect(resolveRelativeImport('src/app.ts', './missing.js', exists)).toBeNull();
    expect(resolveRelativeImport('app.ts', '../outside.js', () => true)).toBeNull();
  });
});

describe('promiseExports', () => {
  it('lists exported async and Promise-typed functions only', () => {
    const source = [
      'export async function save() {}',
      'export function load(): Promise<number> { return get(); }',
      'export const remove = async (id: string) => {};',
      'export const typed = (): Promise<void> => run();',
      'export function sync() {}',
      'async function internal() {}',
      'export let later = async () => {};',
    ].join('\n');
    expect([...promiseExports(program(source))].sort()).toEqual(['load', 'remove', 'save', 'typed']);
  });
});

describe('collectPromiseExports', () => {
  it('reads the imported modules outside the change, and uses the trees of changed ones', async () => {
    const module = (source: string) => ({ source, ast: program(source) });
    const changed = new Map([
      ['src/app.ts', module("import { save } from './db.js';\nimport { helper } from './helper.js';\nimport { x } from './gone.js';")],
      ['src/helper.ts', module('export async function helper() {}')],
    ]);
    const asked: string[][] = [];
    const result = await collectPromiseExports(changed, {
      resolveImport: createModuleResolver(new Set(['src/db.ts', 'src/helper.ts', 'src/app.ts']), [], []),
      readTexts: async (paths) => {
        asked.push([...paths]);
        return new Map([['src/db.ts', 'export async function save() {}\nexport function load() {}']]);
      },
    });
    expect(asked).toEqual([['src/db.ts']]);
    expect(result).toEqual(new Map([['src/db.ts', new Set(['save'])], ['src/helper.ts', new Set(['helper'])]]));
  });
});
