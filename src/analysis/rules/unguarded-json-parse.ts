// unguarded-json-parse: JSON.parse of data that may not be JSON, with nothing to catch the SyntaxError.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { createRule } from '../rule.js';
import { calledMethodName, dottedName, enclosingFunction, isFunctionNode, unwrapTypeScript } from '../ast-utils.js';
import { childrenOf } from '../walk.js';

function isLiteralText(node: TSESTree.Node): boolean {
  const value = unwrapTypeScript(node);
  return (value.type === 'Literal' && typeof value.value === 'string') || (value.type === 'TemplateLiteral' && value.expressions.length === 0);
}

function isStringifyCall(node: TSESTree.Node | null | undefined): boolean {
  const value = node ? unwrapTypeScript(node) : null;
  return value?.type === 'CallExpression' && dottedName(value.callee) === 'JSON.stringify';
}

/**
 * `JSON.parse(JSON.stringify(x))`, or of a `const` set from `JSON.stringify` in the same function:
 * a deep copy, valid JSON by construction.
 */
function isStringified(node: TSESTree.Node, scope: TSESTree.Node): boolean {
  const value = unwrapTypeScript(node);
  if (isStringifyCall(value)) return true;
  if (value.type !== 'Identifier') return false;
  const visit = (current: TSESTree.Node): boolean => {
    if (current.type === 'VariableDeclaration' && current.kind === 'const') {
      return current.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === value.name && isStringifyCall(d.init));
    }
    return childrenOf(current).some(visit);
  };
  return visit(scope);
}

/** Whether a promise chain, from `call` outwards, has a rejection handler (`.catch(f)` or `.then(f, g)`). */
function chainHandlesRejection(call: TSESTree.CallExpression): boolean {
  let current: TSESTree.Node = call;
  while (current.parent?.type === 'MemberExpression' && current.parent.object === current && current.parent.parent?.type === 'CallExpression') {
    const next: TSESTree.CallExpression = current.parent.parent;
    const method = calledMethodName(next);
    if (method === 'catch' || (method === 'then' && next.arguments.length >= 2)) return true;
    current = next;
  }
  return false;
}

/** A try block, or a promise chain with a rejection handler, around the call. */
function isGuarded(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (current.type === 'TryStatement' && child === current.block && current.handler) return true;
    if (isFunctionNode(current) && current.parent?.type === 'CallExpression') {
      const call = current.parent;
      const method = calledMethodName(call);
      if ((method === 'then' || method === 'finally') && call.arguments.some((arg) => arg === current) && chainHandlesRejection(call)) return true;
    }
  }
  return false;
}

/** `(text) => JSON.parse(text)`: a parse helper whose callers own the error, by design. */
function isParseWrapper(call: TSESTree.CallExpression): boolean {
  const arg = call.arguments[0];
  let fn: TSESTree.Node | undefined = call.parent;
  if (fn?.type === 'ReturnStatement') fn = fn.parent?.type === 'BlockStatement' && fn.parent.body.length === 1 ? fn.parent.parent : undefined;
  else if (!(fn && isFunctionNode(fn) && fn.body === call)) return false;
  // A callback (`.then((text) => JSON.parse(text))`) is not a helper: nobody up the stack catches for it.
  if (!fn || !isFunctionNode(fn) || fn.parent?.type === 'CallExpression' || arg?.type !== 'Identifier') return false;
  return fn.params.some((param) => param.type === 'Identifier' && param.name === arg.name);
}

export const unguardedJsonParse = createRule({
  meta: {
    id: 'unguarded-json-parse',
    description: '`JSON.parse` of non-literal input with no surrounding try (or rejection handler).',
    // `note`: measured above 10% false positives on real code (test/precision/README.md): shown, never gating.
    defaultLevel: 'note',
    category: 'error-handling',
    scope: { tests: 'never', fixtures: true },
    messages: {
      unguarded: '`JSON.parse` of `{{input}}` can throw a SyntaxError on malformed input, and nothing here catches it. Wrap it in try/catch and handle bad input.',
    },
  },
  create(context) {
    return {
      CallExpression(node: TSESTree.CallExpression) {
        if (dottedName(node.callee) !== 'JSON.parse' || !context.touchesAddedLines(node)) return;
        const input = node.arguments[0];
        if (!input || input.type === 'SpreadElement' || isLiteralText(input)) return;
        if (isStringified(input, enclosingFunction(node)?.body ?? context.ast)) return;
        if (isGuarded(node) || isParseWrapper(node)) return;
        const text = context.getText(input).replace(/\s+/g, ' ');
        context.report({ node, messageId: 'unguarded', data: { input: text.length > 40 ? `${text.slice(0, 37)}...` : text } });
      },
    };
  },
});
