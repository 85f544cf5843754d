// placeholder-code: stubs and elisions an assistant leaves behind ("not implemented", "... rest of the code").
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Rule } from '../rule.js';
import { errorConstructorName } from '../ast-utils.js';

// Error messages that say the code is not written yet.
const NOT_IMPLEMENTED = /\b(?:not(?:\s+yet)?\s+implemented|unimplemented|implement\s+me|todo)\b/i;

// Comments that stand in for code. Ordinary TODOs ("TODO: handle retries") are not placeholders;
// a TODO that says the implementation itself is missing is.
const PLACEHOLDER_COMMENTS: RegExp[] = [
  /\b(?:todo|fixme)\b\W*implement(?:ation)?(?:\s+(?:this|it|me|here|(?:the\s+)?(?:actual|real|proper)\b.*|(?:the\s+)?(?:logic|function|method|body|handler)\b.*))?\s*[.!]*$/i,
  /\b(?:todo|fixme)\b\W*(?:add\s+(?:the\s+)?(?:actual|real)\s+(?:logic|implementation|code)|fill\s+(?:this\s+)?in)\b/i,
  /^\W*(?:\.{3}|…)\s*(?:the\s+)?(?:rest|remaining|existing|other|more|same|previous|unchanged|additional)\b/i,
  /^\W*(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the\s+|your\s+)?(?:code|implementation|function|file|logic|method|class|component)\b(?:\s+(?:remains?|stays?|is|goes)\b.*)?\W*$/i,
  /\b(?:your|actual|real)\s+(?:code|implementation|logic)\s+(?:goes\s+)?here\b/i,
  /\bimplementation\s+goes\s+here\b/i,
  /\b(?:existing|previous|unchanged)\s+code\s*(?:\.{3}|…|remains|stays|here|unchanged)/i,
];

export function isPlaceholderComment(text: string): boolean {
  return PLACEHOLDER_COMMENTS.some((pattern) => pattern.test(text));
}

function stringValue(node: TSESTree.Node | undefined): string | null {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

export const placeholderCode: Rule = {
  meta: {
    id: 'placeholder-code',
    description: 'Placeholder code: `throw new Error("not implemented")`, "TODO: implement", "// ... rest of the code".',
    defaultLevel: 'error',
    messages: {
      notImplemented: 'Placeholder: this throws "{{text}}" instead of doing the work. Implement it, or remove the code path.',
      placeholderComment: 'Placeholder comment "{{text}}": code seems to be missing here. Write it, or delete the comment if nothing is missing.',
    },
  },
  create(context) {
    return {
      ThrowStatement(node: TSESTree.ThrowStatement) {
        if (!context.touchesAddedLines(node) || errorConstructorName(node.argument) === null) return;
        const created = node.argument as TSESTree.NewExpression | TSESTree.CallExpression;
        const text = stringValue(created.arguments[0]);
        if (text !== null && NOT_IMPLEMENTED.test(text)) context.report({ node, messageId: 'notImplemented', data: { text } });
      },
      Program(program: TSESTree.Program) {
        for (const comment of program.comments ?? []) {
          // JSDoc blocks hold usage examples, where an elided `// ...` is documentation, not missing code.
          if (!context.touchesAddedLines(comment) || (comment.type === 'Block' && comment.value.startsWith('*'))) continue;
          const text = comment.value.replace(/^[\s*]+/, '').trim();
          if (!isPlaceholderComment(text)) continue;
          const shown = text.split('\n')[0] ?? '';
          context.report({
            lines: { start: comment.loc.start.line, end: comment.loc.end.line },
            messageId: 'placeholderComment',
            data: { text: shown.length > 60 ? `${shown.slice(0, 57)}...` : shown },
          });
        }
      },
    };
  },
};
