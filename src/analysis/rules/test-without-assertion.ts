// `test-without-assertion`: an added test that asserts nothing and either is empty or computes a
// result it never checks (left unused, or only logged). A test that only calls code is taken as a deliberate
// "does not throw" test: `schema.parse(valid)` fails the test by throwing, which is how validators assert.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { createRule } from '../rule.js';
import { calleePath, descendants, testCallOf, testTitleOf } from '../facts/test-syntax.js';

// Calls that assert: expect(…), assert.*, chai's should, expectTypeOf, sinon.assert, helpers named so, and
// queries that throw when what they look for is missing (Testing Library's getBy/findBy, playwright's waitFor).
const ASSERTING_NAME = /^(?:expect|assert|should|verify|check|ensure|validate|match|waitFor|getBy|getAllBy|findBy|findAllBy)/i;
// A test named for not throwing asserts exactly that by running; it is a deliberate smoke test.
const SMOKE_TITLE = /\b(?:throw|throws|crash|crashes|error|errors|fail|fails)\b/i;
// Helpers imported from these modules are taken to assert (test utilities and custom matchers).
const HELPER_MODULE = /(?:helper|util|fixture|setup|harness|support|assert|expect|check|matcher|test)/i;

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

export const testWithoutAssertion = createRule({
  meta: {
    id: 'test-without-assertion',
    description: 'An added test with no assertion that is empty or leaves the result it computes unchecked.',
    defaultLevel: 'note',
    category: 'tests',
    scope: { tests: 'only', fixtures: false },
    messages: {
      empty: 'The test {{title}} is empty: it passes without running anything. Write the test or delete it.',
      unchecked:
        'The test {{title}} computes `{{name}}` but never checks it: it passes whatever the value is. Add an `expect`/`assert` on it.',
      logged: 'The test {{title}} prints its result instead of checking it: it passes whatever the value is. Replace the log with an `expect`/`assert`.',
    },
  },
  create(context) {
    const assertingNames = new Set<string>();
    const tests: { call: TSESTree.CallExpression; body: FunctionNode }[] = [];
    const localFunctions = new Map<string, FunctionNode>();

    function isAssertingCall(call: TSESTree.CallExpression, testParameters: Set<string>): boolean {
      const path = calleePath(call.callee);
      if (path.some((name) => ASSERTING_NAME.test(name) || assertingNames.has(name))) return true;
      // ava / node:test / tap style: `t.is(…)`, `t.assert.equal(…)`, and `done()` ending a callback test.
      return path[0] !== undefined && testParameters.has(path[0]);
    }

    function asserts(body: FunctionNode, testParameters: Set<string>, visiting: Set<FunctionNode>): boolean {
      if (visiting.has(body)) return false;
      visiting.add(body);
      for (const node of descendants(body)) {
        if (node.type === 'MemberExpression' && node.property.type === 'Identifier' && node.property.name === 'should') return true;
        if (node.type !== 'CallExpression') continue;
        if (isAssertingCall(node, testParameters)) return true;
        const local = node.callee.type === 'Identifier' ? localFunctions.get(node.callee.name) : undefined;
        if (local && asserts(local, new Set(), visiting)) return true;
      }
      return false;
    }

    function hasTypeAssertion(body: FunctionNode): boolean {
      // `// @ts-expect-error` inside a test is a compile-time assertion (type tests).
      return context.ast.comments?.some(
        (comment) => comment.range[0] >= body.range[0] && comment.range[1] <= body.range[1] && comment.value.includes('@ts-expect-error'),
      ) ?? false;
    }

    return {
      ImportDeclaration(node) {
        if (!HELPER_MODULE.test(node.source.value)) return;
        for (const specifier of node.specifiers) assertingNames.add(specifier.local.name);
      },
      FunctionDeclaration(node) {
        if (node.id) localFunctions.set(node.id.name, node);
      },
      VariableDeclarator(node) {
        const init = node.init;
        if (node.id.type === 'Identifier' && (init?.type === 'ArrowFunctionExpression' || init?.type === 'FunctionExpression')) {
          localFunctions.set(node.id.name, init);
        }
      },
      CallExpression(node) {
        const call = testCallOf(node);
        if (!call || call.kind !== 'test' || !call.body) return;
        if (call.modifiers.some((modifier) => modifier === 'skip' || modifier === 'todo' || modifier === 'fixme')) return;
        if (!context.isAddedLine(node.loc.start.line)) return;
        tests.push({ call: node, body: call.body });
      },
      'Program:exit'() {
        for (const { call, body } of tests) {
          const title = testTitleOf(call);
          if (title !== null && SMOKE_TITLE.test(title)) continue;
          const parameters = new Set(body.params.flatMap((param) => (param.type === 'Identifier' ? [param.name] : [])));
          if (asserts(body, parameters, new Set()) || hasTypeAssertion(body)) continue;
          const problem = problemOf(body);
          if (!problem) continue;
          context.report({
            node: call.callee,
            messageId: problem.messageId,
            data: { title: title === null ? '' : JSON.stringify(title), name: problem.name },
          });
        }
      },
    };
  },
});

function isConsoleCall(node: TSESTree.Node): boolean {
  return node.type === 'CallExpression' && calleePath(node.callee)[0] === 'console';
}

/** Why an assertion-less test checks nothing: empty, a computed value left unchecked, or only logged. */
function problemOf(body: FunctionNode): { messageId: 'empty' | 'unchecked' | 'logged'; name: string } | null {
  if (body.body.type === 'BlockStatement' && body.body.body.length === 0) return { messageId: 'empty', name: '' };
  const nodes = [...descendants(body.body)];
  // A value computed by a call, then never read except by console.*.
  for (const node of nodes) {
    if (node.type !== 'VariableDeclarator' || node.id.type !== 'Identifier' || !node.init) continue;
    // `const _schema: ZodType<Outer> = …` is a type test: the annotation is the assertion; `_x` says "unused on purpose".
    if (node.id.typeAnnotation || node.id.name.startsWith('_')) continue;
    const init = node.init.type === 'AwaitExpression' ? node.init.argument : node.init;
    if (init.type !== 'CallExpression' && init.type !== 'NewExpression') continue;
    const name = node.id.name;
    const reads = nodes.filter((other) => other.type === 'Identifier' && other.name === name && other !== node.id);
    if (reads.every((read) => read.parent && isConsoleCall(read.parent))) return { messageId: 'unchecked', name };
  }
  if (nodes.some(isConsoleCall)) return { messageId: 'logged', name: '' };
  return null;
}
