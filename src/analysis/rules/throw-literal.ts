// throw-literal: throwing a value that cannot be an Error (no stack trace, no `instanceof Error`).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { createRule } from '../rule.js';
import { unwrapTypeScript } from '../ast-utils.js';

/** What kind of non-Error value an expression certainly is, or null when it may be an Error. */
function nonErrorKind(node: TSESTree.Node): string | null {
  const value = unwrapTypeScript(node);
  switch (value.type) {
    case 'Literal':
      return value.value === null ? 'null' : typeof value.value === 'object' ? 'regular expression' : typeof value.value;
    case 'TemplateLiteral':
      return 'string';
    case 'ObjectExpression':
      return 'plain object';
    case 'ArrayExpression':
      return 'array';
    case 'Identifier':
      return value.name === 'undefined' ? 'undefined' : null;
    case 'BinaryExpression':
      // `'failed: ' + reason` is a string whatever `reason` is.
      return value.operator === '+' && (isStringish(value.left) || isStringish(value.right)) ? 'string' : null;
    case 'UnaryExpression':
      return value.operator === 'void' ? 'undefined' : null;
    default:
      return null;
  }
}

function isStringish(node: TSESTree.Node): boolean {
  const value = unwrapTypeScript(node);
  return (value.type === 'Literal' && typeof value.value === 'string') || value.type === 'TemplateLiteral';
}

export const throwLiteral = createRule({
  meta: {
    id: 'throw-literal',
    description: 'Throwing a string, number, plain object or other value that is not an Error.',
    defaultLevel: 'note',
    // Tests do this on purpose: to exercise error handling, or where a bad response fails the test anyway.
    category: 'error-handling',
    scope: { tests: 'never', fixtures: true },
    eslintEquivalents: ['no-throw-literal', '@typescript-eslint/only-throw-error', '@typescript-eslint/no-throw-literal'],
    messages: {
      notAnError: 'Throws a {{kind}}, not an Error: no stack trace, and `catch` code testing `instanceof Error` or reading `.message` misses it. Throw `new Error(...)` instead.',
    },
  },
  create(context) {
    return {
      ThrowStatement(node: TSESTree.ThrowStatement) {
        if (!context.touchesAddedLines(node)) return;
        const kind = nonErrorKind(node.argument);
        if (kind !== null) context.report({ node, messageId: 'notAnError', data: { kind } });
      },
    };
  },
});
