// swallowed-error: a catch block that only logs, then carries on as if nothing failed.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { createRule } from '../rule.js';
import { calledMethodName, commentExplains, commentsInside, isFunctionNode, loggerName, unwrapTypeScript, type LoggerChoices } from '../ast-utils.js';
import { fallsBackAfterTry, inDeferredCallback, isBestEffortCleanup } from '../catch-context.js';
import { compileGlobs } from '../../config/glob.js';

/**
 * Examples, demos and scripts: log-and-continue is their design (a reader runs them and reads the log).
 * Measured: the rule's findings there were all labelled not worth a comment (test/precision/PATTERNS.md).
 */
const LOG_AND_CONTINUE_PATHS = compileGlobs(['**/{examples,example,demo,demos,scripts}/**']);

// Logging at debug or trace level says the failure is expected and unimportant: a decision, not an oversight.
// The object a logging method is called on: `console.error`, `logger.warn`, `this.log.error`, `core.error` is not one.
const LOGGERS: LoggerChoices = {
  receiver: /^(?:console|_?log|_?logger|logging)$/i,
  receiverSegment: 'last',
  methods: new Set(['log', 'warn', 'warning', 'error', 'info', 'fatal']),
  functions: new Set(['log', 'logError', 'logWarning', 'warn']),
};

/** `console.error(...)`, `logger.warn(...)`, `log(...)`: a call whose only effect is writing a log line (above debug level). */
export function loggingCallName(statement: TSESTree.Statement): string | null {
  if (statement.type !== 'ExpressionStatement') return null;
  let expression = unwrapTypeScript(statement.expression);
  if (expression.type === 'AwaitExpression') expression = unwrapTypeScript(expression.argument);
  if (expression.type === 'ChainExpression') expression = expression.expression;
  return expression.type === 'CallExpression' ? loggerName(expression.callee, LOGGERS) : null;
}

const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/** A try directly in a loop body (or a forEach callback): logging one failure and moving to the next item is the design. */
function isPerItemHandling(tryStatement: TSESTree.Node): boolean {
  let container = tryStatement.parent;
  if (container?.type === 'BlockStatement') container = container.parent;
  if (!container) return false;
  if (LOOPS.has(container.type)) return true;
  if (isFunctionNode(container)) {
    const call = container.parent;
    return call?.type === 'CallExpression' && call.arguments.includes(container as TSESTree.CallExpressionArgument) && calledMethodName(call) === 'forEach';
  }
  return false;
}

export const swallowedError = createRule({
  meta: {
    id: 'swallowed-error',
    description: 'A catch block that only logs the error and neither rethrows, returns, nor records it.',
    // `note`: measured above 10% false positives on real code (test/precision/README.md): shown, never gating.
    defaultLevel: 'note',
    category: 'error-handling',
    scope: { tests: 'never', fixtures: true },
    messages: {
      onlyLogs: 'This catch block only logs ({{call}}) and carries on as if nothing failed: rethrow, return a failure, or record the error so callers can tell.',
    },
  },
  create(context) {
    if (LOG_AND_CONTINUE_PATHS.matches(context.path)) return {};
    return {
      CatchClause(node: TSESTree.CatchClause) {
        const statements = node.body.body;
        if (statements.length === 0 || !context.touchesAddedLines(node)) return;
        const calls = statements.map(loggingCallName);
        if (calls.some((call) => call === null)) return;
        if (isPerItemHandling(node.parent) || fallsBackAfterTry(node.parent) || isBestEffortCleanup(node.parent)) return;
        // A timer or event callback has no caller to tell: logging is the handling there.
        if (inDeferredCallback(node)) return;
        const comment = commentsInside(context.ast, node.body).map((c) => c.value).join(' ');
        if (commentExplains(comment)) return;
        context.report({ node, messageId: 'onlyLogs', data: { call: `${calls[0]}()` } });
      },
    };
  },
});
