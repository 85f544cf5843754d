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

/**
 * What one rule counts as a logging call. The rules differ on purpose: `swallowed-error` leaves
 * debug and trace levels out (logging there says the failure is expected), `missing-tests` counts
 * any method of a logging receiver as not-behaviour, `lost-exit-code` looks for the few loggers a
 * script's `main().catch(…)` hands the error to.
 */
export interface LoggerChoices {
  /** Matched against the receiver's whole dotted name (`this.log`), or its last segment (`log`) with `receiverSegment: 'last'`. */
  receiver: RegExp;
  receiverSegment: 'whole' | 'last';
  /** The methods that log; absent: any method called on a logging receiver. */
  methods?: ReadonlySet<string>;
  /** Plain functions that log: `log(…)`, `logError(…)`. */
  functions?: ReadonlySet<string>;
}

/**
 * The dotted name of `callee` (what is called, or passed as a handler) when it is a logger by
 * `choices`: `console.error`, `this.log.debug`, `log`; null otherwise. Type assertions are seen through.
 */
export function loggerName(callee: TSESTree.Node, choices: LoggerChoices): string | null {
  const target = unwrapTypeScript(callee);
  if (target.type === 'Identifier') return choices.functions?.has(target.name) ? target.name : null;
  if (target.type !== 'MemberExpression') return null;
  const receiver = dottedName(target.object);
  if (receiver === null) return null;
  const method = !target.computed && target.property.type === 'Identifier' ? target.property.name : null;
  if (choices.methods && (method === null || !choices.methods.has(method))) return null;
  const tested = choices.receiverSegment === 'last' ? receiver.slice(receiver.lastIndexOf('.') + 1) : receiver;
  if (!choices.receiver.test(tested)) return null;
  return method === null ? `${receiver}[…]` : `${receiver}.${method}`;
}

/**
 * The comments that end within `linesAbove` lines above `line` and, with `onLine`, those on `line`
 * itself (ending or starting there), in source order: where a reason for the code at `line` is written.
 */
export function commentsNear(program: TSESTree.Program, line: number, window: { linesAbove: number; onLine: boolean }): TSESTree.Comment[] {
  return (program.comments ?? []).filter(
    (comment) =>
      (comment.loc.end.line < line && comment.loc.end.line >= line - window.linesAbove) ||
      (window.onLine && (comment.loc.end.line === line || comment.loc.start.line === line)),
  );
}

/** `comments` and the comments stacked right above them, line after line: the whole comment block they belong to. */
export function commentBlockAbove(program: TSESTree.Program, comments: readonly TSESTree.Comment[]): TSESTree.Comment[] {
  const block = [...comments];
  for (let top = Math.min(...comments.map((comment) => comment.loc.start.line)); ; ) {
    const above = (program.comments ?? []).find((comment) => comment.loc.end.line === top - 1);
    if (!above || block.includes(above)) break;
    block.push(above);
    top = above.loc.start.line;
  }
  return block;
}
