// `focused-or-skipped-test`: an added `.only` (the rest of the suite silently stops running in CI) or an
// unconditional `.skip` / `xit` (a failing test switched off instead of fixed).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { createRule } from '../rule.js';
import { testCallOf } from '../facts/test-syntax.js';
import { commentBlockAbove, commentExplains, commentsNear } from '../ast-utils.js';

const PLACEHOLDER_NOTE = /\b(?:TODO|FIXME|XXX|HACK)\b/;

/**
 * A skip with its reason written beside it (the same line, or a comment ending at most two lines
 * above): "flaky upstream API, see #123". A reviewer reads the reason, not a finding. A TODO in the
 * comment block is not a reason: it names a defect the skip hides. A `.only` has no such excuse: it
 * silences the rest of the suite whatever the comment says.
 */
function skipIsExplained(program: TSESTree.Program, call: TSESTree.CallExpression): boolean {
  const near = commentsNear(program, call.loc.start.line, { linesAbove: 2, onLine: true });
  const block = commentBlockAbove(program, near);
  // "TODO: fix the underlying issue" anywhere in the block is a known defect switched off, not a reason.
  if (block.some((comment) => PLACEHOLDER_NOTE.test(comment.value))) return false;
  return near.some((comment) => commentExplains(comment.value.trim()));
}

function isTitle(node: TSESTree.Node | undefined): boolean {
  return node?.type === 'Literal' ? typeof node.value === 'string' : node?.type === 'TemplateLiteral' || node?.type === 'Identifier';
}

export const focusedOrSkippedTest = createRule({
  meta: {
    id: 'focused-or-skipped-test',
    description: 'A test or suite marked `.only` (focused) or skipped unconditionally (`.skip`, `xit`, `xdescribe`).',
    defaultLevel: 'note',
    category: 'tests',
    scope: { tests: 'only', fixtures: false },
    messages: {
      focused: '`{{marker}}` focuses this {{kind}}: every other test in the file stops running. Remove it before merging.',
      skipped: '`{{marker}}` switches this {{kind}} off. Fix the test, delete it, or skip it conditionally with a reason.',
    },
  },
  create(context) {
    return {
      CallExpression(node) {
        const call = testCallOf(node);
        if (!call?.marker) return;
        // Only a test or suite definition (a title and a body) counts: playwright's `test.skip(isMobile, 'reason')`
        // and `test.skip(({ browserName }) => …, 'reason')` are runtime, conditional skips.
        if (!call.body || !isTitle(node.arguments[0])) return;
        if (!context.isAddedLine(call.marker.loc.start.line)) return;
        const focused = call.modifiers.includes('only');
        if (!focused && skipIsExplained(context.ast, node)) return;
        context.report({
          node: call.marker,
          messageId: focused ? 'focused' : 'skipped',
          data: { marker: context.getText(call.marker), kind: call.kind },
        });
      },
    };
  },
});
