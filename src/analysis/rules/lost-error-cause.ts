// lost-error-cause: a new error thrown while handling a caught one, without keeping it as `cause`.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { createRule } from '../rule.js';
import { BUILTIN_ERRORS, errorConstructorName, isFunctionNode, mentionsIdentifier } from '../ast-utils.js';

interface Handler {
  /** The caught error's name, or null for `catch {}` without a binding ('' for a destructured one). */
  errorName: string | null;
  clause: TSESTree.CatchClause;
}

/**
 * The catch clause a throw belongs to, within the same function. `.catch(callback)` is left alone:
 * without types it may be a schema's fallback (zod's `.catch`) rather than a promise's handler.
 */
function handlerOf(node: TSESTree.Node): Handler | null {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (current.type === 'CatchClause' && child === current.body) {
      return { errorName: current.param?.type === 'Identifier' ? current.param.name : current.param ? '' : null, clause: current };
    }
    if (isFunctionNode(current)) return null;
    // A nested try block handles its own throws.
    if (current.type === 'TryStatement' && child === current.block && current.handler) return null;
  }
  return null;
}

/**
 * Whether the throw is the branch taken for a recognised condition of the caught error:
 * `if (error.name === 'CANVAS_TOO_BIG') throw new Error(t('canvasTooBig'))`, `case 'ENOENT':` in a
 * `switch (error.code)`. The check already used what the error had to say, and the new error replaces
 * it with a message for that one condition. A new error that still copies from the caught one
 * (`new Error(error.message)`) is not exempt: then the stack is what got lost.
 */
function mapsRecognisedCondition(node: TSESTree.ThrowStatement, created: TSESTree.NewExpression | TSESTree.CallExpression, handler: Handler): boolean {
  const errorName = handler.errorName;
  if (errorName === null || created.arguments.some((arg) => mentionsIdentifier(arg, errorName))) return false;
  let child: TSESTree.Node = node;
  for (let current: TSESTree.Node | undefined = node.parent; current && current !== handler.clause; child = current, current = current.parent) {
    if (current.type === 'IfStatement' && child === current.consequent && mentionsIdentifier(current.test, errorName)) return true;
    if (current.type === 'SwitchCase' && current.test !== null && current.parent.type === 'SwitchStatement' && mentionsIdentifier(current.parent.discriminant, errorName)) {
      return true;
    }
  }
  return false;
}

/** Whether the options argument sets `cause` (`{ cause }`, `{ cause: error }`, or a spread that may). */
function passesCause(args: TSESTree.CallExpressionArgument[]): boolean {
  return args.some(
    (arg) =>
      arg.type === 'ObjectExpression' &&
      arg.properties.some(
        (property) =>
          property.type === 'SpreadElement' ||
          (property.type === 'Property' && !property.computed && property.key.type === 'Identifier' && property.key.name === 'cause'),
      ),
  );
}

export const lostErrorCause = createRule({
  meta: {
    id: 'lost-error-cause',
    description: 'A new error thrown inside a catch block without `{ cause }`, losing the original error and its stack.',
    // `note`: measured above 10% false positives on real code (test/precision/README.md): shown, never gating.
    defaultLevel: 'note',
    // In tests a throw inside a catch is an assertion, not error handling.
    category: 'error-handling',
    scope: { tests: 'never', fixtures: false },
    eslintEquivalents: ['preserve-caught-error'],
    messages: {
      lost: 'Throws a new {{name}} inside a catch block and drops the caught error: pass it on with `new {{name}}(message, { cause: error })`.',
      noCause: 'Throws a new {{name}} without `{ cause: {{error}} }`: the caught error is read, but its stack and type do not travel with the new one.',
    },
  },
  create(context) {
    return {
      ThrowStatement(node: TSESTree.ThrowStatement) {
        if (!context.touchesAddedLines(node)) return;
        const created = node.argument;
        const name = errorConstructorName(created);
        if (name === null || (created.type !== 'NewExpression' && created.type !== 'CallExpression')) return;
        const handler = handlerOf(node);
        if (handler === null || handler.errorName === '') return; // not in a handler, or a destructured binding
        if (passesCause(created.arguments) || mapsRecognisedCondition(node, created, handler)) return;
        const errorName = handler.errorName;
        // Read anywhere in the block (`const code = error.code`, a log line): the error was looked at, then translated.
        const mentioned = errorName !== null && mentionsIdentifier(handler.clause.body, errorName);
        if (!mentioned) {
          context.report({ node, messageId: 'lost', data: { name } });
        } else if (BUILTIN_ERRORS.has(name) && name !== 'AggregateError') {
          // A custom error class (or AggregateError) may keep what it needs its own way; a built-in one keeps only its message.
          context.report({ node, messageId: 'noCause', data: { name, error: handler.errorName as string } });
        }
      },
    };
  },
});
