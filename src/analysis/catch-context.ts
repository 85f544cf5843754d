// Where a caught error may be dropped by design. Measured on real pull requests (test/precision/PATTERNS.md):
// most "swallowed" errors a reviewer would not comment on were best-effort cleanup (`unlink` of a temp
// file, killing a process on timeout), a fallback written right after the `try`, or a callback of a timer
// or an event where there is no caller to tell. The error-handling rules read these answers.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunctionNode, unwrapTypeScript } from './ast-utils.js';
import { childrenOf } from './walk.js';

/** Calls that release or remove something; when they fail there is nothing left to do. */
const CLEANUP_CALLS = new Set([
  'unlink', 'unlinkSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'remove', 'removeSync', 'close', 'closeSync', 'kill', 'dispose',
  'destroy', 'abort', 'removeListener', 'removeEventListener', 'removeAllListeners', 'off', 'release', 'disconnect', 'terminate',
  'cancel', 'clearTimeout', 'clearInterval', 'revokeObjectURL', 'end', 'unref', 'stop', 'delete', 'deleteSync', 'unsubscribe',
]);

/** Calls that run a callback later, where a thrown error reaches no caller: timers, events, watchers. */
const CALLBACK_TAKERS = new Set([
  'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'requestAnimationFrame', 'requestIdleCallback',
  'on', 'once', 'addListener', 'addEventListener', 'prependListener', 'subscribe', 'watch', 'onDidChange', 'onDidChangeConfiguration',
  'onDidChangeTextDocument', 'onDidSaveTextDocument', 'onDidChangeActiveTextEditor', 'onDidChangeVisibleTextEditors', 'onDidChangeWorkspaceFolders',
]);

function calleeName(call: TSESTree.CallExpression): string | null {
  const callee = unwrapTypeScript(call.callee);
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return null;
}

function cleanupCall(statement: TSESTree.Statement): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  let expression = unwrapTypeScript(statement.expression);
  if (expression.type === 'AwaitExpression') expression = unwrapTypeScript(expression.argument);
  if (expression.type === 'ChainExpression') expression = expression.expression;
  return expression.type === 'CallExpression' && CLEANUP_CALLS.has(calleeName(expression) ?? '');
}

/** The try only releases or removes things, or it runs inside a `finally`: best-effort cleanup. */
export function isBestEffortCleanup(tryStatement: TSESTree.TryStatement): boolean {
  const statements = tryStatement.block.body;
  if (statements.length > 0 && statements.every(cleanupCall)) return true;
  let node: TSESTree.Node = tryStatement;
  while (node.parent) {
    const parent: TSESTree.Node = node.parent;
    if (parent.type === 'TryStatement' && parent.finalizer === node) return true;
    if (parent.type.includes('Function')) return false;
    node = parent;
  }
  return false;
}

/** Whether a `return` in the try block (outside nested functions) makes what follows the try a fallback path. */
function returnsFromTry(block: TSESTree.BlockStatement): boolean {
  const visit = (node: TSESTree.Node): boolean => node.type === 'ReturnStatement' || (!isFunctionNode(node) && childrenOf(node).some(visit));
  return visit(block);
}

/**
 * `try { return parse(x); } catch (e) { log(e); } return fallback;`: the try returns its result, so
 * the code after it runs only when it failed, and handles the failure.
 */
export function fallsBackAfterTry(tryStatement: TSESTree.TryStatement): boolean {
  const parent = tryStatement.parent;
  if (parent.type !== 'BlockStatement' && parent.type !== 'Program') return false;
  const body: TSESTree.Node[] = parent.body;
  const index = body.indexOf(tryStatement);
  return index >= 0 && index < body.length - 1 && returnsFromTry(tryStatement.block);
}

/** The nearest function around the node is a callback given to a timer, an event or a watcher. */
export function inDeferredCallback(node: TSESTree.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type !== 'ArrowFunctionExpression' && parent.type !== 'FunctionExpression' && parent.type !== 'FunctionDeclaration') continue;
    const call = parent.parent;
    return call?.type === 'CallExpression' && call.arguments.includes(parent as TSESTree.CallExpressionArgument) && CALLBACK_TAKERS.has(calleeName(call) ?? '');
  }
  return false;
}
