// lost-exit-code: a script's top-level promise whose rejection is only logged — `main().catch(console.error)`.
// The process then exits with code 0 on any failure, so CI, cron and the calling shell see success. One of
// the misses a reviewer wanted in the real-pull-request measurement of issue #13.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { createRule } from '../rule.js';
import { dottedName, isFunctionNode, loggerName, unwrapTypeScript, type LoggerChoices } from '../ast-utils.js';
import { childrenOf } from '../walk.js';

const LOGGERS: LoggerChoices = { receiver: /^(?:console|logger)$/, receiverSegment: 'whole', methods: new Set(['error', 'log', 'warn', 'info']) };

/** `process.exit(…)`, `process.exitCode = …`, `throw`, or a re-raise: the failure reaches the exit code. */
function setsExitCode(node: TSESTree.Node): boolean {
  if (node.type === 'ThrowStatement') return true;
  if (node.type === 'CallExpression' && /^(process\.exit|process\.abort|Deno\.exit|core\.setFailed)$/.test(dottedName(node.callee) ?? '')) return true;
  if (node.type === 'AssignmentExpression' && dottedName(node.left) === 'process.exitCode') return true;
  return childrenOf(node).some(setsExitCode);
}

/** A handler that only logs: `console.error`, or a function whose body logs and never sets the exit code. */
function onlyLogs(handler: TSESTree.Node): boolean {
  const value = unwrapTypeScript(handler);
  if (loggerName(value, LOGGERS) !== null) return true;
  if (!isFunctionNode(value)) return false;
  return !setsExitCode(value.body) && logs(value.body);
}

function logs(node: TSESTree.Node): boolean {
  if (node.type === 'CallExpression' && loggerName(node.callee, LOGGERS) !== null) return true;
  return childrenOf(node).some(logs);
}

export const lostExitCode = createRule({
  meta: {
    id: 'lost-exit-code',
    description: 'A top-level `main().catch(console.error)`: the failure is logged and the process exits with code 0.',
    defaultLevel: 'note',
    category: 'error-handling',
    scope: { tests: 'never', fixtures: false },
    messages: {
      exitsZero:
        'The rejection of `{{call}}` is only logged: the process exits with code 0 when it fails, so CI and callers see success. Set `process.exitCode = 1` in the handler (or rethrow).',
    },
  },
  create(context) {
    return {
      Program(program: TSESTree.Program) {
        for (const statement of program.body) {
          if (statement.type !== 'ExpressionStatement' || !context.touchesAddedLines(statement)) continue;
          const call = unwrapTypeScript(statement.expression);
          if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || call.callee.computed) continue;
          const method = call.callee.property.type === 'Identifier' ? call.callee.property.name : '';
          // `.catch(h)`, or `.then(ok, h)`: the rejection handler.
          const handler = method === 'catch' ? call.arguments[0] : method === 'then' ? call.arguments[1] : undefined;
          if (!handler || !onlyLogs(handler)) continue;
          const target = unwrapTypeScript(call.callee.object);
          if (target.type !== 'CallExpression') continue;
          context.report({ node: statement, messageId: 'exitsZero', data: { call: `${dottedName(target.callee) ?? 'the call'}()` } });
        }
      },
    };
  },
});
