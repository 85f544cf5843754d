// What a module exports that returns a promise, so `floating-promise` can trust imported async functions.
// Read once per run for the modules the changed files import (found by the project index's one
// import extractor and resolver); rules do no I/O.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { importSpecifiers, resolveRelativeSpecifier, type ProjectIndex } from '../project/index.js';
import { isFunctionNode, unwrapTypeScript } from './ast-utils.js';
import { parseSource } from './parse.js';

/**
 * The repository path a relative import names, among the paths `exists` accepts; null for bare or
 * unknown specifiers. The project resolver's relative step, for lookups inside a rule.
 */
export const resolveRelativeImport: (fromPath: string, specifier: string, exists: (path: string) => boolean) => string | null = resolveRelativeSpecifier;

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

/** A changed file as the analysis read it: its text at head and its parsed tree. */
export interface ChangedModule {
  source: string;
  ast: TSESTree.Program;
}

type ImportResolver = Pick<ProjectIndex, 'resolveImport'>;

/**
 * The repository paths the changed files (path → text at head) import, in first-seen order. Read from
 * the text alone (the project index's import extractor), so it is known before any file is parsed: the
 * analysis parses early only the changed files found here, and releases every other tree after its rules.
 */
export function importedModules(changedSources: Iterable<readonly [string, string]>, project: ImportResolver): Set<string> {
  const imported = new Set<string>();
  for (const [path, source] of changedSources) {
    for (const specifier of importSpecifiers(source)) for (const target of project.resolveImport(path, specifier)) imported.add(target);
  }
  return imported;
}

/**
 * The promise-returning exports of the `imported` modules, keyed by repository path (modules exporting
 * none are left out). `changedExports` holds what the changed ones among them export, from their trees;
 * the others are read through the project index and parsed here.
 */
export async function promiseExportsOfModules(
  imported: ReadonlySet<string>,
  changedExports: ReadonlyMap<string, Set<string>>,
  isChanged: (path: string) => boolean,
  project: Pick<ProjectIndex, 'readTexts'>,
): Promise<Map<string, Set<string>>> {
  const exportsByModule = new Map<string, Set<string>>();
  for (const path of imported) {
    const names = changedExports.get(path);
    if (names && names.size > 0) exportsByModule.set(path, names);
  }
  const unread = [...imported].filter((path) => !isChanged(path));
  for (const [path, source] of await project.readTexts(unread)) {
    const parsed = parseSource(path, source);
    if (!parsed.ok) continue;
    const names = promiseExports(parsed.ast);
    if (names.size > 0) exportsByModule.set(path, names);
  }
  return exportsByModule;
}

/**
 * The promise-returning exports of every module the changed files (path → text and tree) import,
 * keyed by repository path. Modules outside the change are read through the project index.
 */
export async function collectPromiseExports(
  changed: ReadonlyMap<string, ChangedModule>,
  project: Pick<ProjectIndex, 'resolveImport' | 'readTexts'>,
): Promise<Map<string, Set<string>>> {
  const imported = importedModules([...changed].map(([path, { source }]) => [path, source] as const), project);
  const changedExports = new Map<string, Set<string>>();
  for (const path of imported) {
    const module = changed.get(path);
    if (module) changedExports.set(path, promiseExports(module.ast));
  }
  return promiseExportsOfModules(imported, changedExports, (path) => changed.has(path), project);
}
