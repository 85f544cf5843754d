// The first pass over the changed files: the promise-export facts it gathers, before any rule runs and
// without parsing the files nobody imports, are the ones a parse of every changed file gave (the analysis
// before parse → rules → release), checked on this repository's own source.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../src/model.js';
import { firstPass, type ReadFile } from '../../src/analysis/module-summaries.js';
import { promiseExports, promiseExportsOfModules } from '../../src/analysis/modules.js';
import { loadParser, parseSource } from '../../src/analysis/parse.js';
import { importSpecifiers } from '../../src/project/index.js';
import { createModuleResolver } from '../../src/project/resolve.js';
import { repoPath } from '../helpers/ids.js';

await loadParser();

const root = join(fileURLToPath(import.meta.url), '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

const paths = sourceFiles(join(root, 'src')).sort();
const texts = new Map(paths.map((path) => [path, readFileSync(join(root, path), 'utf8')]));
const resolver = { resolveImport: createModuleResolver(new Set(paths), [], []) };
const readTexts = async (wanted: readonly string[]): Promise<Map<string, string>> =>
  new Map(wanted.flatMap((path) => (texts.has(path) ? [[path, texts.get(path) as string] as const] : [])));

/** The analysis before this pass: every changed file parsed and held, then the imported ones' exports read off their trees. */
async function exportsFromEveryTree(changed: readonly string[]): Promise<Map<string, Set<string>>> {
  // Only imported trees are looked at; parsing the others too would change nothing but the test's time.
  const treeOf = (path: string) => parseSource(path, texts.get(path) as string);
  const isChanged = new Set(changed);
  const imported = new Set<string>();
  for (const path of changed) {
    for (const specifier of importSpecifiers(texts.get(path) as string)) for (const target of resolver.resolveImport(path, specifier)) imported.add(target);
  }
  const result = new Map<string, Set<string>>();
  for (const path of imported) {
    const parsed = isChanged.has(path) ? treeOf(path) : parseSource(path, (await readTexts([path])).get(path) ?? '');
    const names = parsed.ok ? promiseExports(parsed.ast) : new Set<string>();
    if (names.size > 0) result.set(path, names);
  }
  return result;
}

function changedFile(path: string): ChangedFile {
  return { path: repoPath(path), oldPath: null, status: 'modified', addedLines: [1], hunks: [{ start: 1, end: 1 }], binary: false, submodule: false, modeOnly: false };
}

function asRead(changed: readonly string[], source = (path: string) => texts.get(path) as string): Map<string, ReadFile> {
  return new Map(changed.map((path) => [path, { file: changedFile(path), source: source(path) }]));
}

describe('firstPass', () => {
  // Every other file of src/ "changed": the exports come from changed trees and from unchanged files alike.
  const changed = paths.filter((_, index) => index % 2 === 0);

  it('gives the promise exports a parse of every changed file gave, on this repository', async () => {
    const read = asRead(changed);
    const first = firstPass(read, resolver);
    const facts = await promiseExportsOfModules(first.imported, first.exports, (path) => read.has(path) || first.unparsable.has(path), { readTexts });
    const before = await exportsFromEveryTree(changed);
    expect(before.size).toBeGreaterThan(5);
    expect(facts).toEqual(before);
  });

  it('parses only the changed files other changed files import, and holds their trees up to the budget', () => {
    const read = asRead(changed);
    const first = firstPass(read, resolver);
    const importedChanged = [...first.imported].filter((path) => read.has(path));
    expect(importedChanged.length).toBeGreaterThan(0);
    expect(importedChanged.length).toBeLessThan(changed.length);
    expect([...first.exports.keys()].sort()).toEqual(importedChanged.sort());
    expect([...first.held.keys()].sort()).toEqual(importedChanged.sort());

    const budget = (texts.get(importedChanged[0] as string) as string).length;
    const small = firstPass(read, resolver, budget);
    expect(small.exports).toEqual(first.exports);
    expect(small.held.size).toBeLessThan(importedChanged.length);
    const heldBytes = [...small.held.keys()].reduce((sum, path) => sum + (texts.get(path) as string).length, 0);
    expect(heldBytes).toBeLessThanOrEqual(budget);
  });

  it('marks an imported changed file that does not parse, so it is neither read again nor credited with exports', () => {
    const sources: Record<string, string> = { 'src/app.ts': "import { f } from './broken.js';\nf();\n", 'src/broken.ts': 'export async function f( {\n' };
    const read = asRead(Object.keys(sources), (path) => sources[path] as string);
    const first = firstPass(read, { resolveImport: createModuleResolver(new Set(['src/app.ts', 'src/broken.ts']), [], []) });
    expect(first.unparsable).toEqual(new Set(['src/broken.ts']));
    expect(first.exports.size).toBe(0);
    expect(first.held.get('src/broken.ts')).toEqual({ reason: expect.stringMatching(/^does not parse: /) as unknown as string });
  });
});
