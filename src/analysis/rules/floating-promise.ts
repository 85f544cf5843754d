// floating-promise: a call known to return a promise, used as a bare statement: nobody awaits it,
// returns it, keeps it, or handles its rejection.
// Without type information, "known" means: an async function or method of this module, fetch,
// the node:*/promises modules, Promise.all/race/any/reject, or a `.then`/`.finally` chain.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Rule } from '../rule.js';
import { boundNames, calledMethodName, dottedName, isFunctionNode, unwrapTypeScript } from '../ast-utils.js';
import { childrenOf } from '../walk.js';

const PROMISE_MODULES = new Set(['fs/promises', 'timers/promises', 'stream/promises', 'dns/promises', 'readline/promises']);
const FS_MODULES = new Set(['fs', 'node:fs']);
const FETCH_OBJECTS = new Set(['globalThis', 'window', 'self']);
const PROMISE_STATICS = new Set(['all', 'race', 'any', 'reject']);

function isPromiseModule(specifier: string): boolean {
  return PROMISE_MODULES.has(specifier.replace(/^node:/, ''));
}

/** What the file says about names, gathered once before any statement is judged. */
interface ModuleFacts {
  /** Functions declared `async` in this module, and never bound to anything else. */
  asyncFunctions: Set<string>;
  /** Functions imported from a promises module (`import { readFile } from 'node:fs/promises'`). */
  promiseFunctions: Set<string>;
  /** Objects whose methods return promises (`import fsp from 'fs/promises'`, `import { promises as fs } from 'fs'`). */
  promiseObjects: Set<string>;
  /** Names bound to the `fs` module, for `fs.promises.*`. */
  fsModules: Set<string>;
  /** Every name bound in the file other than by an async function. */
  otherBindings: Set<string>;
}

function requiredModule(node: TSESTree.Node | null | undefined): string | null {
  const value = node ? unwrapTypeScript(node) : null;
  if (value?.type !== 'CallExpression' || value.callee.type !== 'Identifier' || value.callee.name !== 'require') return null;
  const arg = value.arguments[0];
  return arg?.type === 'Literal' && typeof arg.value === 'string' ? arg.value : null;
}

function isAsyncFunction(node: TSESTree.Node | null | undefined): boolean {
  return !!node && isFunctionNode(node) && node.async;
}

function gatherFacts(program: TSESTree.Program): ModuleFacts {
  const facts: ModuleFacts = {
    asyncFunctions: new Set(),
    promiseFunctions: new Set(),
    promiseObjects: new Set(),
    fsModules: new Set(),
    otherBindings: new Set(),
  };
  const asyncDeclared: string[] = [];
  const visit = (node: TSESTree.Node): void => {
    switch (node.type) {
      case 'ImportDeclaration': {
        const specifier = node.source.value;
        for (const imported of node.specifiers) {
          facts.otherBindings.add(imported.local.name);
          if (isPromiseModule(specifier)) {
            (imported.type === 'ImportSpecifier' ? facts.promiseFunctions : facts.promiseObjects).add(imported.local.name);
          } else if (FS_MODULES.has(specifier)) {
            if (imported.type === 'ImportSpecifier' && imported.imported.type === 'Identifier' && imported.imported.name === 'promises') {
              facts.promiseObjects.add(imported.local.name);
            } else if (imported.type !== 'ImportSpecifier') {
              facts.fsModules.add(imported.local.name);
            }
          }
        }
        break;
      }
      case 'FunctionDeclaration':
        if (node.id?.type === 'Identifier' && node.async) asyncDeclared.push(node.id.name);
        else if (node.id) facts.otherBindings.add(node.id.name);
        break;
      case 'VariableDeclarator': {
        const module = requiredModule(node.init);
        const init = node.init ? unwrapTypeScript(node.init) : null;
        if (node.id.type === 'Identifier' && isAsyncFunction(init)) {
          asyncDeclared.push(node.id.name);
        } else if (node.id.type === 'Identifier' && module !== null && isPromiseModule(module)) {
          facts.promiseObjects.add(node.id.name);
          facts.otherBindings.add(node.id.name);
        } else if (node.id.type === 'Identifier' && module !== null && FS_MODULES.has(module)) {
          facts.fsModules.add(node.id.name);
          facts.otherBindings.add(node.id.name);
        } else if (node.id.type === 'ObjectPattern' && module !== null && isPromiseModule(module)) {
          for (const name of boundNames(node.id)) facts.promiseFunctions.add(name);
          for (const name of boundNames(node.id)) facts.otherBindings.add(name);
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
  // A name also bound to something else (a parameter, a sync function) may not be the async one at the call.
  for (const name of asyncDeclared) if (!facts.otherBindings.has(name)) facts.asyncFunctions.add(name);
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
        (value && isAsyncFunction(value) ? methods.async : methods.other).add(member.key.name);
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
    if (facts.asyncFunctions.has(callee.name)) return `async function ${callee.name}()`;
    if (facts.promiseFunctions.has(callee.name)) return `${callee.name}() from a promises module`;
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
  const [root, middle, ...rest] = objectName.split('.');
  if (root !== undefined && facts.fsModules.has(root) && middle === 'promises' && rest.length === 0) return `${objectName}.${method}()`;
  if (objectName === 'this') {
    const methods = classMethods(call);
    if (methods?.async.has(method) && !methods.other.has(method)) return `async method this.${method}()`;
  }
  return null;
}

export const floatingPromise: Rule = {
  meta: {
    id: 'floating-promise',
    description: 'A promise-returning call that is not awaited, returned, assigned, passed on, or given a rejection handler.',
    defaultLevel: 'error',
    eslintEquivalents: ['@typescript-eslint/no-floating-promises'],
    messages: {
      floating: 'The promise from {{call}} is neither awaited, returned, nor given a rejection handler: its failure goes unnoticed. Add `await`, `return`, `.catch(...)`, or `void` to mark it deliberate.',
    },
  },
  create(context) {
    let facts: ModuleFacts | null = null;
    return {
      Program(program: TSESTree.Program) {
        facts = gatherFacts(program);
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
};
