// empty-catch: a catch block with no statements, or with only a comment that does not say why.
import * as z from '../../zod.js';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { createRule } from '../rule.js';
import { commentExplains, commentsInside, commentsNear } from '../ast-utils.js';
import { fallsBackAfterTry, isBestEffortCleanup } from '../catch-context.js';

// Words that show a comment is about the failure, not about what the guarded code does ("read the config").
const ABOUT_FAILURE = /\b(?:errors?|fail(?:s|ed|ure)?|throw(?:s|n)?|reject(?:s|ed|ion)?|exceptions?|catch|missing|absent|unavailable|unsupported)\b/i;

/**
 * Whether the `try` itself carries the reason: a comment about the failure at the top of the try block, or
 * ending at most two lines above the `try` (so that an opening `(async () => {` or loop line may sit in
 * between). Developers write "we rethrow the original error even if the rollback fails" there as often as
 * inside the catch.
 */
function explainedAtTry(program: TSESTree.Program, clause: TSESTree.CatchClause): boolean {
  const statement = clause.parent;
  if (statement.type !== 'TryStatement') return false;
  const aboveTry = new Set(commentsNear(program, statement.loc.start.line, { linesAbove: 2, onLine: false }));
  const firstInBlock = statement.block.body[0];
  return (program.comments ?? []).some((comment) => {
    const atTopOfBlock = comment.range[0] > statement.block.range[0] && comment.range[1] < (firstInBlock?.range[0] ?? statement.block.range[1]);
    // A JSDoc block documents the function around the try, not this catch.
    if (comment.type === 'Block' && comment.value.startsWith('*')) return false;
    const text = comment.value.trim();
    return (aboveTry.has(comment) || atTopOfBlock) && ABOUT_FAILURE.test(text) && commentExplains(text);
  });
}

export const emptyCatch = createRule({
  meta: {
    id: 'empty-catch',
    description: 'A catch block with no statements, or only a comment that does not explain why the error is ignored.',
    defaultLevel: 'note',
    // A test that provokes an error on purpose swallows it, then asserts what followed: the empty
    // catch is the test's shape, not lost error handling.
    category: 'error-handling',
    scope: { tests: 'never', fixtures: false },
    eslintEquivalents: ['no-empty'],
    messages: {
      empty: 'Empty catch block: the error is silently discarded. Handle it, rethrow it, or explain in a comment why it can be ignored.',
      commentOnly: 'Catch block holds only a comment ("{{comment}}") that does not say why the error can be ignored.',
    },
    options: z.strictObject({
      /** Accept a catch whose only content is a comment that explains why (the default). */
      'allow-explained': z._default(z.boolean(), true),
    }),
  },
  create(context) {
    const allowExplained = context.options['allow-explained'];
    return {
      CatchClause(node: TSESTree.CatchClause) {
        if (node.body.body.length > 0 || !context.touchesAddedLines(node)) return;
        // Nothing is lost when cleanup fails or when the code after the try is the fallback.
        if (isBestEffortCleanup(node.parent) || fallsBackAfterTry(node.parent)) return;
        const comments = commentsInside(context.ast, node.body);
        if (allowExplained && explainedAtTry(context.ast, node)) return;
        if (comments.length === 0) {
          context.report({ node, messageId: 'empty' });
          return;
        }
        const text = comments.map((comment) => comment.value.trim()).join(' ');
        if (allowExplained && commentExplains(text)) return;
        context.report({ node, messageId: 'commentOnly', data: { comment: text.length > 60 ? `${text.slice(0, 57)}...` : text } });
      },
    };
  },
});
