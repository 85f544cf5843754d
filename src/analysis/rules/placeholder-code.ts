// placeholder-code: stubs and elisions an assistant leaves behind ("not implemented", "... rest of the code").
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { createRule } from '../rule.js';
import { errorConstructorName } from '../ast-utils.js';
import { childrenOf } from '../walk.js';

// Error messages that are nothing but "not written yet". A message naming what is unsupported
// ('"runMain" is not implemented') is a deliberate error for a missing feature, not a stub.
const NOT_IMPLEMENTED =
  /^\W*(?:(?:method|function|feature)\s+)?(?:not\s+(?:yet\s+)?implemented(?:\s+yet)?|unimplemented|implement\s+me|todo(?:\W+implement(?:\s+(?:me|this|it))?)?)\W*$/i;

// A TODO that says the implementation itself is missing ("TODO: implement"), as opposed to an
// ordinary TODO ("TODO: handle retries"). It marks a placeholder only inside a stub body.
const TODO_IMPLEMENT: RegExp[] = [
  /\b(?:todo|fixme)\b\W*implement(?:ation)?(?:\s+(?:this|it|me|here|(?:the\s+)?(?:actual|real|proper)\b.*|(?:the\s+)?(?:logic|function|method|body|handler)\b.*))?\s*[.!]*$/i,
  /\b(?:todo|fixme)\b\W*(?:add\s+(?:the\s+)?(?:actual|real)\s+(?:logic|implementation|code)|fill\s+(?:this\s+)?in)\b/i,
];

// Comments that stand in for code wherever they are: elisions, and placeholders that are the whole comment.
const PLACEHOLDER_COMMENTS: RegExp[] = [
  // Not after a bracket or backtick: `[...rest]` is route or spread syntax quoted in a comment, not an elision.
  /^[^\w[`]*(?:\.{3}|…)\s*(?:the\s+)?(?:rest|remaining|existing|other|more|same|previous|unchanged|additional)\b/i,
  /^\W*(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the\s+|your\s+)?(?:code|implementation|function|file|logic|method|class|component)\b(?:\s+(?:remains?|stays?|is|goes)\b.*)?\W*$/i,
  /^\W*(?:(?:add|put|insert|write)\s+)?(?:your|the\s+actual|actual|real)\s+(?:code|implementation|logic)\s+(?:goes\s+)?here\W*$/i,
  /^\W*(?:the\s+)?implementation\s+goes\s+here\W*$/i,
  /\b(?:existing|previous|unchanged)\s+code\s*(?:\.{3}|…|remains|stays|here|unchanged)/i,
];

export function isPlaceholderComment(text: string): boolean {
  return PLACEHOLDER_COMMENTS.some((pattern) => pattern.test(text));
}

export function isTodoImplement(text: string): boolean {
  return TODO_IMPLEMENT.some((pattern) => pattern.test(text));
}

/** A statement a stub body holds besides its TODO: `return;`, `return null`, `return []`, a throw. */
function isStubStatement(statement: TSESTree.Statement): boolean {
  if (statement.type === 'ThrowStatement') return true;
  if (statement.type !== 'ReturnStatement') return false;
  const value = statement.argument;
  return (
    value === null ||
    value.type === 'Literal' ||
    (value.type === 'Identifier' && value.name === 'undefined') ||
    (value.type === 'ArrayExpression' && value.elements.length === 0) ||
    (value.type === 'ObjectExpression' && value.properties.length === 0)
  );
}

/** The innermost block holding the comment, when that block is a stub: nothing but trivial returns or throws. */
function inStubBody(program: TSESTree.Program, comment: TSESTree.Comment): boolean {
  let block: TSESTree.BlockStatement | null = null;
  const visit = (node: TSESTree.Node): void => {
    if (node.range[0] > comment.range[0] || node.range[1] < comment.range[1]) return;
    if (node.type === 'BlockStatement') block = node;
    for (const child of childrenOf(node)) visit(child);
  };
  visit(program);
  const found = block as TSESTree.BlockStatement | null;
  return found !== null && found.body.every(isStubStatement);
}

/** `method() { throw new Error('not implemented'); }`: the abstract-method idiom (JavaScript has no `abstract`). */
function isAbstractMethodIdiom(node: TSESTree.ThrowStatement): boolean {
  const body = node.parent;
  const fn = body?.parent;
  return body?.type === 'BlockStatement' && body.body.length === 1 && fn?.type === 'FunctionExpression' && fn.parent?.type === 'MethodDefinition';
}

function stringValue(node: TSESTree.Node | undefined): string | null {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

export const placeholderCode = createRule({
  meta: {
    id: 'placeholder-code',
    description: 'Placeholder code: `throw new Error("not implemented")`, "TODO: implement", "// ... rest of the code".',
    // `note`: measured above 10% false positives on real code (test/precision/README.md): shown, never gating.
    defaultLevel: 'note',
    // Fakes in tests implement an interface with stubs for the methods the test never calls: every
    // sampled finding in a test file was one of those, never missing product code.
    category: 'code-hygiene',
    scope: { tests: 'never', fixtures: false },
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
        if (text === null || !NOT_IMPLEMENTED.test(text) || isAbstractMethodIdiom(node)) return;
        context.report({ node, messageId: 'notImplemented', data: { text } });
      },
      Program(program: TSESTree.Program) {
        for (const comment of program.comments ?? []) {
          // JSDoc blocks hold usage examples, where an elided `// ...` is documentation, not missing code.
          if (!context.touchesAddedLines(comment) || (comment.type === 'Block' && comment.value.startsWith('*'))) continue;
          const text = comment.value.replace(/^[\s*]+/, '').trim();
          if (!isPlaceholderComment(text) && !(isTodoImplement(text) && inStubBody(program, comment))) continue;
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
});
