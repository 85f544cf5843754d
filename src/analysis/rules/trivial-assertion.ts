// `trivial-assertion`: an assertion that passes whatever the code under test does: constants compared
// with constants (`expect(true).toBe(true)`, `assert.equal(1, 1)`), a value compared with itself, or
// a truthiness check of a literal (`assert(true)`, `expect(1).toBeTruthy()`).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { createRule } from '../rule.js';
import { calleePath } from '../facts/test-syntax.js';

const EQUALITY_MATCHERS = new Set(['toBe', 'toEqual', 'toStrictEqual', 'equal', 'equals', 'eql', 'deep']);
const TRUTHINESS_MATCHERS: Record<string, (value: unknown) => boolean> = {
  toBeTruthy: (value) => Boolean(value),
  toBeFalsy: (value) => !value,
  toBeDefined: (value) => value !== undefined,
  toBeUndefined: (value) => value === undefined,
  toBeNull: (value) => value === null,
  ok: (value) => Boolean(value),
};
const ASSERT_EQUALITY = new Set(['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'is', 'deepEquals', 'same', 'equals']);
const ASSERT_INEQUALITY = new Set(['notEqual', 'notStrictEqual', 'notDeepEqual', 'notDeepStrictEqual', 'not']);
const ASSERT_TRUTHY = new Set(['ok', 'true', 'isTrue', 'isOk', 'truthy']);

/** The value of a constant expression (a literal, `undefined`, `-1`, a template without holes), or NOT_CONSTANT. */
const NOT_CONSTANT = Symbol('not constant');
function constantValue(node: TSESTree.Node | undefined): unknown {
  if (!node) return NOT_CONSTANT;
  if (node.type === 'Literal') return 'regex' in node || 'bigint' in node ? NOT_CONSTANT : node.value;
  if (node.type === 'Identifier' && node.name === 'undefined') return undefined;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? NOT_CONSTANT;
  if (node.type === 'UnaryExpression' && (node.operator === '-' || node.operator === '!')) {
    const value = constantValue(node.argument);
    if (value === NOT_CONSTANT) return NOT_CONSTANT;
    return node.operator === '-' ? -(value as number) : !value;
  }
  return NOT_CONSTANT;
}

/** Two plain references to the same thing (`x`, `a.b`), compared with itself. */
function sameReference(a: TSESTree.Node | undefined, b: TSESTree.Node | undefined, text: (node: TSESTree.Node) => string): boolean {
  const isReference = (node: TSESTree.Node): boolean =>
    node.type === 'Identifier' || (node.type === 'MemberExpression' && !node.computed && isReference(node.object));
  return !!a && !!b && isReference(a) && isReference(b) && text(a) === text(b);
}

export const trivialAssertion = createRule({
  meta: {
    id: 'trivial-assertion',
    description: 'An assertion that always passes: constants compared with constants, a value with itself, or `assert(true)`.',
    defaultLevel: 'note',
    category: 'tests',
    scope: { tests: 'only', fixtures: false },
    messages: {
      constants: '`{{code}}` compares constants: it passes whatever the code does. Assert on a value the code under test produced.',
      self: '`{{code}}` compares a value with itself: it always passes. Compare the result with the expected value.',
      literalTruth: '`{{code}}` checks a literal: it always passes. Assert on a value the code under test produced.',
    },
  },
  create(context) {
    const text = (node: TSESTree.Node): string => context.getText(node);
    const code = (node: TSESTree.Node): string => {
      const full = text(node).replace(/\s+/g, ' ');
      return full.length > 80 ? `${full.slice(0, 77)}...` : full;
    };

    /** `expect(a)[.not].matcher(b)` and chai's `expect(a).to.equal(b)` / `.to.be.true`. */
    function checkExpect(node: TSESTree.CallExpression | TSESTree.MemberExpression): void {
      const path = calleePath(node.type === 'CallExpression' ? node.callee : node);
      if (path[0] !== 'expect') return;
      // Find the `expect(actual)` call at the root of the chain.
      let root: TSESTree.Node = node.type === 'CallExpression' ? node.callee : node;
      while (root.type === 'MemberExpression' || (root.type === 'CallExpression' && root.callee.type !== 'Identifier')) {
        root = root.type === 'MemberExpression' ? root.object : root.callee;
      }
      if (root.type !== 'CallExpression' || root === node) return;
      const actualNode = root.arguments[0];
      const matcher = path[path.length - 1] ?? '';
      const negated = path.includes('not');
      const actual = constantValue(actualNode);
      if (node.type === 'MemberExpression') {
        // chai: expect(true).to.be.true
        if (actual === NOT_CONSTANT || !['true', 'false', 'ok', 'null', 'undefined'].includes(matcher)) return;
        const holds = matcher === 'true' ? actual === true : matcher === 'false' ? actual === false : matcher === 'ok' ? Boolean(actual) : matcher === 'null' ? actual === null : actual === undefined;
        if (holds !== negated) context.report({ node, messageId: 'literalTruth', data: { code: code(node) } });
        return;
      }
      if (EQUALITY_MATCHERS.has(matcher)) {
        const expectedNode = node.arguments[0];
        const expected = constantValue(expectedNode);
        if (actual !== NOT_CONSTANT && expected !== NOT_CONSTANT) {
          if ((Object.is(actual, expected)) !== negated) context.report({ node, messageId: 'constants', data: { code: code(node) } });
        } else if (!negated && sameReference(actualNode, expectedNode, text)) {
          context.report({ node, messageId: 'self', data: { code: code(node) } });
        }
        return;
      }
      const truthiness = TRUTHINESS_MATCHERS[matcher];
      if (truthiness && actual !== NOT_CONSTANT && truthiness(actual) !== negated) {
        context.report({ node, messageId: 'literalTruth', data: { code: code(node) } });
      }
    }

    /** `assert(true)`, `assert.ok(1)`, `assert.equal(1, 1)`, `assert.strictEqual(x, x)`, `t.is(1, 1)`. */
    function checkAssert(node: TSESTree.CallExpression): void {
      const path = calleePath(node.callee);
      const [first, second] = node.arguments;
      if (path.length === 1 && path[0] === 'assert') {
        if (constantValue(first) !== NOT_CONSTANT && Boolean(constantValue(first))) context.report({ node, messageId: 'literalTruth', data: { code: code(node) } });
        return;
      }
      const owner = path[path.length - 2];
      const method = path[path.length - 1] ?? '';
      if (owner !== 'assert' && owner !== 't' && owner !== 'expect') return;
      if (ASSERT_TRUTHY.has(method)) {
        const value = constantValue(first);
        if (value !== NOT_CONSTANT && (method === 'ok' || method === 'truthy' || method === 'isOk' ? Boolean(value) : value === true)) {
          context.report({ node, messageId: 'literalTruth', data: { code: code(node) } });
        }
        return;
      }
      const equality = ASSERT_EQUALITY.has(method);
      if (!equality && !ASSERT_INEQUALITY.has(method)) return;
      const a = constantValue(first);
      const b = constantValue(second);
      if (a !== NOT_CONSTANT && b !== NOT_CONSTANT) {
        if (Object.is(a, b) === equality) context.report({ node, messageId: 'constants', data: { code: code(node) } });
      } else if (equality && sameReference(first, second, text)) {
        context.report({ node, messageId: 'self', data: { code: code(node) } });
      }
    }

    return {
      CallExpression(node) {
        if (!context.touchesAddedLines(node)) return;
        checkExpect(node);
        checkAssert(node);
      },
      MemberExpression(node) {
        if (node.parent.type === 'MemberExpression' || node.parent.type === 'CallExpression') return;
        if (!context.touchesAddedLines(node)) return;
        checkExpect(node);
      },
    };
  },
});
