// empty-catch: a catch block with no statements, or with only a comment that does not say why.
import { z } from 'zod';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Rule } from '../rule.js';
import { commentExplains, commentsInside } from '../ast-utils.js';
import { isFixturePath } from '../facts/test-syntax.js';

export const emptyCatch: Rule = {
  meta: {
    id: 'empty-catch',
    description: 'A catch block with no statements, or only a comment that does not explain why the error is ignored.',
    defaultLevel: 'error',
    // A test that provokes an error on purpose swallows it, then asserts what followed: the empty
    // catch is the test's shape, not lost error handling.
    testFilesOnly: false,
    eslintEquivalents: ['no-empty'],
    messages: {
      empty: 'Empty catch block: the error is silently discarded. Handle it, rethrow it, or explain in a comment why it can be ignored.',
      commentOnly: 'Catch block holds only a comment ("{{comment}}") that does not say why the error can be ignored.',
    },
    options: z
      .object({
        /** Accept a catch whose only content is a comment that explains why (the default). */
        'allow-explained': z.boolean().default(true),
      })
      .strict(),
  },
  create(context) {
    const allowExplained = context.options['allow-explained'] !== false;
    // Fixture folders hold inputs that tests run, not error handling anyone relies on.
    if (isFixturePath(context.path)) return {};
    return {
      CatchClause(node: TSESTree.CatchClause) {
        if (node.body.body.length > 0 || !context.touchesAddedLines(node)) return;
        const comments = commentsInside(context.ast, node.body);
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
};
