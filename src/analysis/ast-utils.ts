// Small AST helpers shared by the rules. Syntax only: no type information is available.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { childrenOf } from './walk.js';

/** The comments whose text lies inside a node's range. */
export function commentsInside(program: TSESTree.Program, node: TSESTree.Node): TSESTree.Comment[] {
  return (program.comments ?? []).filter((comment) => comment.range[0] >= node.range[0] && comment.range[1] <= node.range[1]);
}

// Words that say *that* the error is ignored, not *why*; a comment made only of these is no explanation.
const FILLER_WORDS = new Set([
  'ignore', 'ignored', 'ignores', 'ignoring', 'empty', 'noop', 'no', 'op', 'nothing', 'do', 'to', 'intentionally',
  'intentional', 'deliberately', 'swallow', 'swallowed', 'silence', 'silently', 'catch', 'error', 'errors', 'err', 'e', 'it', 'the', 'an', 'a',
]);
const PLACEHOLDER = /\b(todo|fixme|xxx|hack)\b/i;

/** A comment explains itself when it is not a TODO and has two or more words, at least one beyond the filler. */
export function commentExplains(text: string): boolean {
  if (PLACEHOLDER.test(text)) return false;
  const words = text.toLowerCase().match(/[a-z][a-z']*/g) ?? [];
  return words.length >= 2 && words.some((word) => !FILLER_WORDS.has(word));
}

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

/** The nearest function around a node, or null at module level. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return null;
}

/** Removes TypeScript-only wrappers (`x as T`, `x!`, `<T>x`, `x satisfies T`); parentheses leave no node. */
export function unwrapTypeScript(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSTypeAssertion' ||
    current.type === 'TSSatisfiesExpression'
  ) {
    current = current.expression;
  }
  return current;
}

/** `name` for `name`, and `a.b.c` for a non-computed member chain; null otherwise. */
export function dottedName(node: TSESTree.Node): string | null {
  const inner = unwrapTypeScript(node);
  if (inner.type === 'Identifier') return inner.name;
  if (inner.type === 'ThisExpression') return 'this';
  if (inner.type === 'MemberExpression' && !inner.computed && inner.property.type === 'Identifier') {
    const object = dottedName(inner.object);
    return object === null ? null : `${object}.${inner.property.name}`;
  }
  return null;
}

/** The property name of a `x.name(...)` call, or null. */
export function calledMethodName(call: TSESTree.CallExpression): string | null {
  const callee = call.callee;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return null;
}

/** Error constructors that accept `{ cause }` (ES2022). */
export const BUILTIN_ERRORS = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError']);

/** The constructor name of `new XError(...)` / `XError(...)` when it looks like an error class (`Error` or `…Error`). */
export function errorConstructorName(node: TSESTree.Node): string | null {
  if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return null;
  const name = dottedName(node.callee);
  if (name === null) return null;
  const last = name.slice(name.lastIndexOf('.') + 1);
  return /^(?:[A-Z]\w*)?Error$/.test(last) || last === 'DOMException' ? last : null;
}

/** Whether an identifier with this name occurs anywhere inside `node`. */
export function mentionsIdentifier(node: TSESTree.Node, name: string): boolean {
  if (node.type === 'Identifier' && node.name === name) return true;
  return childrenOf(node).some((child) => mentionsIdentifier(child, name));
}

/** Every identifier bound by a pattern (`a`, `{ a, b: c }`, `[a, ...rest]`, `a = 1`). */
export function boundNames(pattern: TSESTree.Node | null | undefined): string[] {
  if (!pattern) return [];
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name];
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) => (property.type === 'RestElement' ? boundNames(property.argument) : boundNames(property.value)));
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => boundNames(element));
    case 'RestElement':
      return boundNames(pattern.argument);
    case 'AssignmentPattern':
      return boundNames(pattern.left);
    case 'TSParameterProperty':
      return boundNames(pattern.parameter);
    default:
      return [];
  }
}
