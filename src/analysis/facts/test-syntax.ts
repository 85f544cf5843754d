// What test-framework calls look like (vitest, jest, mocha, jasmine, node:test, playwright, ava):
// shared by test-without-assertion, focused-or-skipped-test and trivial-assertion.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { childrenOf } from '../walk.js';
import type { RuleContext } from '../rule.js';
import { isFixturePath } from '../../project/classify.js';

const TEST_NAMES = new Set(['it', 'test', 'specify']);
const SUITE_NAMES = new Set(['describe', 'suite', 'context']);
/** Jasmine/jest/mocha shorthands: `fit` = `it.only`, `xit` = `it.skip`. */
const SHORTHANDS: Record<string, { base: string; modifier: 'only' | 'skip' }> = {
  fit: { base: 'it', modifier: 'only' },
  fdescribe: { base: 'describe', modifier: 'only' },
  ftest: { base: 'test', modifier: 'only' },
  xit: { base: 'it', modifier: 'skip' },
  xdescribe: { base: 'describe', modifier: 'skip' },
  xtest: { base: 'test', modifier: 'skip' },
  xcontext: { base: 'context', modifier: 'skip' },
  xspecify: { base: 'specify', modifier: 'skip' },
  xsuite: { base: 'suite', modifier: 'skip' },
};
/** Members of `it` / `test` / `describe` that still define a test or suite. */
const MODIFIERS = new Set([
  'only', 'skip', 'todo', 'concurrent', 'sequential', 'each', 'skipIf', 'runIf', 'fails',
  'serial', 'parallel', 'fixme', 'failing', 'describe', 'shuffle',
]);

export interface TestCall {
  kind: 'test' | 'suite';
  /** `it`, `test`, `describe`, … (a shorthand's base: `xit` → `it`). */
  base: string;
  /** Modifiers in order, `test.describe.only` → ['describe', 'only']; `xit` → ['skip']. */
  modifiers: string[];
  /** The node naming the focus or skip (`only` in `it.only`, or the `xit` identifier), when there is one. */
  marker: TSESTree.Node | null;
  /** The test body: the last function argument. */
  body: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | null;
}

/** Recognises `it(...)`, `test.only(...)`, `describe.each(table)(...)`, `xit(...)`, `test.describe.serial(...)`. */
export function testCallOf(call: TSESTree.CallExpression): TestCall | null {
  const modifiers: string[] = [];
  let marker: TSESTree.Node | null = null;
  let callee: TSESTree.Node = call.callee;
  // `it.each(table)(name, fn)`, `test.skipIf(cond)(name, fn)`: the test is the outer call.
  if (callee.type === 'CallExpression') callee = callee.callee;
  while (callee.type === 'MemberExpression') {
    if (callee.computed || callee.property.type !== 'Identifier' || !MODIFIERS.has(callee.property.name)) return null;
    modifiers.unshift(callee.property.name);
    if ((callee.property.name === 'only' || callee.property.name === 'skip' || callee.property.name === 'fixme') && !marker) marker = callee.property;
    callee = callee.object;
  }
  if (callee.type !== 'Identifier') return null;
  let base = callee.name;
  const shorthand = SHORTHANDS[base];
  if (shorthand) {
    base = shorthand.base;
    modifiers.unshift(shorthand.modifier);
    marker = callee;
  }
  if (!TEST_NAMES.has(base) && !SUITE_NAMES.has(base)) return null;
  const kind = SUITE_NAMES.has(base) || modifiers.includes('describe') ? 'suite' : 'test';
  const last = call.arguments[call.arguments.length - 1];
  const body = last && (last.type === 'ArrowFunctionExpression' || last.type === 'FunctionExpression') ? last : null;
  return { kind, base, modifiers, marker, body };
}

/** The test's title when it is written as a plain string. */
export function testTitleOf(call: TSESTree.CallExpression): string | null {
  const first = call.arguments[0];
  if (first?.type === 'Literal' && typeof first.value === 'string') return first.value;
  if (first?.type === 'TemplateLiteral') return first.quasis.map((quasi) => quasi.value.cooked ?? '').join('…');
  return null;
}

/** Every node below `root` (depth first, `root` included). */
export function* descendants(root: TSESTree.Node): Generator<TSESTree.Node> {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    yield node;
    stack.push(...childrenOf(node));
  }
}

/** The identifiers of a callee from the root: `expect(x).not.toBe` → ['expect', 'not', 'toBe']. */
export function calleePath(callee: TSESTree.Node): string[] {
  const path: string[] = [];
  let node: TSESTree.Node = callee;
  for (;;) {
    if (node.type === 'MemberExpression') {
      if (node.property.type === 'Identifier') path.unshift(node.property.name);
      node = node.object;
    } else if (node.type === 'CallExpression') {
      node = node.callee;
    } else if (node.type === 'TSNonNullExpression' || node.type === 'ChainExpression') {
      node = node.expression;
    } else if (node.type === 'AwaitExpression') {
      node = node.argument;
    } else {
      if (node.type === 'Identifier') path.unshift(node.name);
      return path;
    }
  }
}

// Fixture classification belongs to the project index; re-exported for the rules that import it here.
export { isFixturePath };

const TEST_FRAMEWORKS = new Set(['vitest', 'jest', '@jest/globals', 'expect', 'chai', 'mocha', 'ava', 'uvu', 'tap', 'jasmine', '@playwright/test', 'node:test']);

/**
 * Whether the file imports its test framework from the repository itself: the framework's own test
 * suite, where `expect(1).toBe(1)`, empty tests and `.only` are the subject under test.
 */
export function testsOwnFramework(program: TSESTree.Program, ownPackages: ReadonlySet<string>): boolean {
  return program.body.some(
    (statement) => statement.type === 'ImportDeclaration' && TEST_FRAMEWORKS.has(statement.source.value) && ownPackages.has(statement.source.value),
  );
}

/** Fixture files and a test framework's own test suite are out of scope of the test rules. */
export function outOfTestScope(context: RuleContext): boolean {
  const ownPackages = new Set(context.project.dependencies.packages.flatMap((manifest) => (manifest.name ? [manifest.name] : [])));
  return isFixturePath(context.path) || testsOwnFramework(context.ast, ownPackages);
}
