// What a module exports that returns a promise, so `floating-promise` can trust imported async functions.
// Read once per run for the modules the changed files import by relative path; rules do no I/O.
import { posix } from 'node:path';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunctionNode, unwrapTypeScript } from './ast-utils.js';
import { parseSource } from './parse.js';

// Specifiers name the emitted file (`./db.js`) while the repository holds the source (`./db.ts`).
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const EMITTED_TO_SOURCE: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

/** The repository path a relative import names, among the paths `exists` accepts; null for bare or unknown specifiers. */
export function resolveRelativeImport(fromPath: string, specifier: string, exists: (path: string) => boolean): string | null {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  const target = posix.normalize(posix.join(posix.dirname(fromPath), specifier));
  if (target.startsWith('../')) return null;
  const extension = posix.extname(target);
  const stem = extension ? target.slice(0, -extension.length) : target;
  const candidates = [
    target,
    ...(EMITTED_TO_SOURCE[extension] ?? []).map((source) => stem + source),
    ...SOURCE_EXTENSIONS.map((source) => target + source),
    ...SOURCE_EXTENSIONS.map((source) => `${target}/index${source}`),
  ];
  return candidates.find(exists) ?? null;
}

/** Relative module specifiers a file imports (static imports and `export … from`). */
export function relativeImports(program: TSESTree.Program): string[] {
  const specifiers: string[] = [];
  for (const statement of program.body) {
    if ((statement.type === 'ImportDeclaration' || statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportAllDeclaration') && statement.source) {
      const value = statement.source.value;
      if (value.startsWith('./') || value.startsWith('../')) specifiers.push(value);
    }
  }
  return specifiers;
}

function returnsPromiseType(node: TSESTree.Node | undefined): boolean {
  const annotation = node?.type === 'TSTypeAnnotation' ? node.typeAnnotation : null;
  return annotation?.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && annotation.typeName.name === 'Promise';
}

/** A function that surely returns a promise: `async`, or annotated `: Promise<…>`. */
export function returnsPromise(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  const fn = unwrapTypeScript(node);
  return (isFunctionNode(fn) || fn.type === 'TSDeclareFunction') && (fn.async || returnsPromiseType(fn.returnType));
}

/** Names a module exports (`export async function`, `export const f = async () =>`, `: Promise<…>`) that return promises. */
export function promiseExports(program: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) continue;
    const declaration = statement.declaration;
    if (declaration.type === 'FunctionDeclaration' && declaration.id && returnsPromise(declaration)) names.add(declaration.id.name);
    if (declaration.type === 'VariableDeclaration' && declaration.kind === 'const') {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === 'Identifier' && returnsPromise(declarator.init)) names.add(declarator.id.name);
      }
    }
  }
  return names;
}

/**
 * The promise-returning exports of every module the changed files (path → parsed tree) import by
 * relative path, keyed by repository path. Modules outside the change are read with `readMany`.
 */
export async function collectPromiseExports(
  changed: ReadonlyMap<string, TSESTree.Program>,
  tracked: ReadonlySet<string>,
  readMany: (paths: string[]) => Promise<Map<string, string>>,
): Promise<Map<string, Set<string>>> {
  const imported = new Set<string>();
  for (const [path, program] of changed) {
    for (const specifier of relativeImports(program)) {
      const target = resolveRelativeImport(path, specifier, (candidate) => tracked.has(candidate) || changed.has(candidate));
      if (target !== null) imported.add(target);
    }
  }
  const programs = new Map<string, TSESTree.Program>();
  for (const path of imported) {
    const program = changed.get(path);
    if (program) programs.set(path, program);
  }
  const unread = [...imported].filter((path) => !changed.has(path));
  for (const [path, source] of await readMany(unread)) {
    const parsed = parseSource(path, source);
    if (parsed.ok) programs.set(path, parsed.ast);
  }
  const exportsByModule = new Map<string, Set<string>>();
  for (const [path, program] of programs) {
    const names = promiseExports(program);
    if (names.size > 0) exportsByModule.set(path, names);
  }
  return exportsByModule;
}
