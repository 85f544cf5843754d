// floating-promise: a call known to return a promise, used as a bare statement: nobody awaits it,
// returns it, keeps it, or handles its rejection.
// Without type information, "known" means: an async (or `: Promise<…>`) function or method of this
// module or exported by a project module it imports, fetch, the node:*/promises modules,
// Promise.all/race/any/reject, or a `.then`/`.finally` chain.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { createRule, type ProjectFacts } from '../rule.js';
import { resolveRelativeImport, returnsPromise } from '../modules.js';
import { boundNames, calledMethodName, dottedName, isFunctionNode, unwrapTypeScript } from '../ast-utils.js';
import { childrenOf } from '../walk.js';

const PROMISE_MODULES = new Set(['fs/promises', 'timers/promises', 'stream/promises', 'dns/promises', 'readline/promises']);
const FS_MODULES = new Set(['fs', 'node:fs']);
const FETCH_OBJECTS = new Set(['globalThis', 'window', 'self']);
const PROMISE_STATICS = new Set(['all', 'race', 'any', 'reject']);

function isPromiseModule(specifier: string): boolean {
  return PROMISE_MODULES.has(specifier.replace(/^node:/, ''));
}

/** Whether a catch clause may throw again (outside functions nested in it). */
function mayRethrow(node: TSESTree.Node): boolean {
  if (node.type === 'ThrowStatement') return true;
  if (isFunctionNode(node)) return false;
  return childrenOf(node).some(mayRethrow);
}

/**
 * Whether an async function handles its own failures: it has a try, every `await` in it sits in the block of a
 * `try` whose catch does not throw again, and nothing else can reject it (a `throw`, or a returned call, outside such
 * a block). Calling it without awaiting is the fire-and-forget idiom of background work that logs its own errors.
 */
function handlesOwnErrors(node: TSESTree.Node | null | undefined): boolean {
  const fn = node ? unwrapTypeScript(node) : null;
  if (fn === null || !isFunctionNode(fn) || !fn.async || fn.body.type !== 'BlockStatement') return false;
  let guarded = 0;
  const safe = (current: TSESTree.Node, inGuardedTry: boolean): boolean => {
    if (current !== fn && isFunctionNode(current)) return true;
    if (!inGuardedTry) {
      if (current.type === 'AwaitExpression' || current.type === 'ThrowStatement') return false;
      if (current.type === 'ForOfStatement' && current.await) return false;
      if (current.type === 'ReturnStatement' && current.argument !== null && unwrapTypeScript(current.argument).type === 'CallExpression') return false;
    }
    if (current.type === 'TryStatement' && current.handler && !mayRethrow(current.handler.body)) {
      guarded++;
      return safe(current.block, true) && safe(current.handler, inGuardedTry) && (current.finalizer === null || safe(current.finalizer, inGuardedTry));
    }
    return childrenOf(current).every((child) => safe(child, inGuardedTry));
  };
  return safe(fn.body, false) && guarded > 0;
}

/** What the file says about names, gathered once before any statement is judged. */
interface ModuleFacts {
  /** Functions known to return promises → how the message names them. */
  promiseFunctions: Map<string, string>;
  /** Objects whose methods return promises (`import fsp from 'fs/promises'`, `import { promises as fs } from 'fs'`). */
  promiseObjects: Set<string>;
  /** Namespace imports of project modules (`import * as db from './db.js'`) → their promise-returning exports. */
  promiseNamespaces: Map<string, ReadonlySet<string>>;
  /** Names bound to the `fs` module, for `fs.promises.*`. */
  fsModules: Set<string>;
  /** Names bound by anything else (parameters, sync functions, other variables): a call may not be the promise one. */
  otherBindings: Set<string>;
}

function requiredModule(node: TSESTree.Node | null | undefined): string | null {
  const value = node ? unwrapTypeScript(node) : null;
  if (value?.type !== 'CallExpression' || value.callee.type !== 'Identifier' || value.callee.name !== 'require') return null;
  const arg = value.arguments[0];
  return arg?.type === 'Literal' && typeof arg.value === 'string' ? arg.value : null;
}

function gatherFacts(program: TSESTree.Program, path: string, project: ProjectFacts): ModuleFacts {
  const facts: ModuleFacts = {
    promiseFunctions: new Map(),
    promiseObjects: new Set(),
    promiseNamespaces: new Map(),
    fsModules: new Set(),
    otherBindings: new Set(),
  };
  const candidates = new Map<string, string>();
  const projectExports = project.promiseExports;
  const visit = (node: TSESTree.Node): void => {
    switch (node.type) {
      case 'ImportDeclaration': {
        const specifier = node.source.value;
        const module = projectExports ? resolveRelativeImport(path, specifier, (candidate) => projectExports.has(candidate)) : null;
        const moduleExports = module === null ? undefined : projectExports?.get(module);
        for (const imported of node.specifiers) {
          const local = imported.local.name;
          const importedName = imported.type === 'ImportSpecifier' && imported.imported.type === 'Identifier' ? imported.imported.name : null;
          if (isPromiseModule(specifier)) {
            if (imported.type === 'ImportSpecifier') candidates.set(local, `${local}() from ${specifier}`);
            else facts.promiseObjects.add(local);
          } else if (FS_MODULES.has(specifier)) {
            if (importedName === 'promises') facts.promiseObjects.add(local);
            else if (imported.type !== 'ImportSpecifier') facts.fsModules.add(local);
          } else if (moduleExports) {
            if (importedName !== null && moduleExports.has(importedName)) candidates.set(local, `${local}() (async, from ${specifier})`);
            if (imported.type === 'ImportNamespaceSpecifier') facts.promiseNamespaces.set(local, moduleExports);
          }
        }
        break;
      }
      case 'FunctionDeclaration':
        if (node.id && returnsPromise(node) && !handlesOwnErrors(node)) candidates.set(node.id.name, `async function ${node.id.name}()`);
        else if (node.id) facts.otherBindings.add(node.id.name);
        break;
      case 'VariableDeclarator': {
        const module = requiredModule(node.init);
        if (node.id.type === 'Identifier' && returnsPromise(node.init) && !handlesOwnErrors(node.init)) {
          candidates.set(node.id.name, `async function ${node.id.name}()`);
        } else if (node.id.type === 'Identifier' && module !== null && isPromiseModule(module)) {
          facts.promiseObjects.add(node.id.name);
        } else if (node.id.type === 'Identifier' && module !== null && FS_MODULES.has(module)) {
          facts.fsModules.add(node.id.name);
        } else if (node.id.type === 'ObjectPattern' && module !== null && isPromiseModule(module)) {
          for (const name of boundNames(node.id)) candidates.set(name, `${name}() from ${module}`);
        } else {
          for (const name of boundNames(node.id)) facts.otherBindings.add(name);
        }
        break;
      }
      case 'ClassDeclaration':
        if (node.id) facts.otherBindings.add(node.id.name);
        break;
      case 'CatchClause':
        for (const name of boundNames(node.param)) facts.otherBindings.add(name);
        break;
      default:
        break;
    }
    if (isFunctionNode(node)) for (const param of node.params) for (const name of boundNames(param)) facts.otherBindings.add(name);
    for (const child of childrenOf(node)) visit(child);
  };
  visit(program);
  // A name also bound to something else (a parameter, a sync function) may not be the promise one at the call.
  for (const [name, label] of candidates) if (!facts.otherBindings.has(name)) facts.promiseFunctions.set(name, label);
  return facts;
}

/** Async and sync method names of the class around a node, for `this.method()`. */
function classMethods(node: TSESTree.Node): { async: Set<string>; other: Set<string> } | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ClassBody') {
      const methods = { async: new Set<string>(), other: new Set<string>() };
      for (const member of current.body) {
        if ((member.type !== 'MethodDefinition' && member.type !== 'PropertyDefinition') || member.computed) continue;
        if (member.key.type !== 'Identifier') continue;
        const value = member.value;
        (returnsPromise(value) && !handlesOwnErrors(value) ? methods.async : methods.other).add(member.key.name);
      }
      return methods;
    }
    // `this` inside a plain function is not the instance.
    if (current.type === 'FunctionDeclaration' || (current.type === 'FunctionExpression' && current.parent?.type !== 'MethodDefinition')) return null;
  }
  return null;
}

/** Whether any call along a `.then/.catch/.finally` chain handles rejections (`.catch(f)`, `.then(f, g)`). */
function chainHasRejectionHandler(call: TSESTree.CallExpression): boolean {
  for (let current: TSESTree.Node = call; current.type === 'CallExpression'; ) {
    const method = calledMethodName(current);
    if (method === 'catch' || (method === 'then' && current.arguments.length >= 2)) return true;
    if (method !== 'then' && method !== 'finally') return false;
    current = unwrapTypeScript((current.callee as TSESTree.MemberExpression).object);
  }
  return false;
}

/** Why a call is a promise nobody handles, or null when it is not known to be one or is handled. */
function floatingReason(call: TSESTree.CallExpression, facts: ModuleFacts): string | null {
  // `p.catch(h).finally(f)`: a handler earlier in the chain deals with p's rejection.
  if (chainHasRejectionHandler(call)) return null;
  const callee = unwrapTypeScript(call.callee);
  if (callee.type === 'Identifier') {
    const known = facts.promiseFunctions.get(callee.name);
    if (known !== undefined) return known;
    if (callee.name === 'fetch' && !facts.otherBindings.has('fetch')) return 'fetch()';
    return null;
  }
  if (callee.type !== 'MemberExpression') return null;
  const method = calledMethodName(call);
  if (method === 'then') return '.then() without a rejection handler';
  if (method === 'finally') return '.finally() without a rejection handler';
  const objectName = dottedName(callee.object);
  if (objectName === null || method === null) return null;
  if (objectName === 'Promise' && PROMISE_STATICS.has(method)) return `Promise.${method}()`;
  if (method === 'fetch' && FETCH_OBJECTS.has(objectName)) return `${objectName}.fetch()`;
  if (facts.promiseObjects.has(objectName)) return `${objectName}.${method}()`;
  if (facts.promiseNamespaces.get(objectName)?.has(method)) return `${objectName}.${method}() (async)`;
  const [root, middle, ...rest] = objectName.split('.');
  if (root !== undefined && facts.fsModules.has(root) && middle === 'promises' && rest.length === 0) return `${objectName}.${method}()`;
  if (objectName === 'this') {
    const methods = classMethods(call);
    if (methods?.async.has(method) && !methods.other.has(method)) return `async method this.${method}()`;
  }
  return null;
}

export const floatingPromise = createRule({
  meta: {
    id: 'floating-promise',
    description: 'A promise-returning call that is not awaited, returned, assigned, passed on, or given a rejection handler.',
    // `note`: measured above 10% false positives on real code (test/precision/README.md): shown, never gating.
    defaultLevel: 'note',
    // In tests a bare promise is usually an idiom (a done callback in `.then(() => done())`, a test
    // watching a pending promise) and a failure fails the test anyway: 9 of 10 sampled test findings were false.
    category: 'error-handling',
    scope: { tests: 'never', fixtures: false },
    eslintEquivalents: ['@typescript-eslint/no-floating-promises'],
    messages: {
      floating: 'The promise from {{call}} is neither awaited, returned, nor given a rejection handler: its failure goes unnoticed. Add `await`, `return`, `.catch(...)`, or `void` to mark it deliberate.',
    },
  },
  create(context) {
    let facts: ModuleFacts | null = null;
    return {
      Program(program: TSESTree.Program) {
        facts = gatherFacts(program, context.path, context.project);
      },
      ExpressionStatement(node: TSESTree.ExpressionStatement) {
        // At module level an unhandled rejection ends the process with an error, which is what scripts want.
        if (facts === null || node.parent.type === 'Program' || !context.touchesAddedLines(node)) return;
        let expression = unwrapTypeScript(node.expression);
        if (expression.type === 'ChainExpression') expression = expression.expression;
        if (expression.type !== 'CallExpression') return;
        const reason = floatingReason(expression, facts);
        if (reason !== null) context.report({ node, messageId: 'floating', data: { call: reason } });
      },
    };
  },
});
