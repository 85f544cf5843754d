// `undeclared-dependency`: an added import of a package that no package.json declares — the
// hallucinated-package risk (and a build that works only while a transitive dependency happens to be hoisted).
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { createRule, type RuleContext } from '../rule.js';
import { checkDependency } from '../facts/dependencies.js';
import { calleePath } from '../facts/test-syntax.js';

const MOCK_CALLS = new Set(['mock', 'doMock', 'unstable_mockModule', 'setMock']);

function stringValue(node: TSESTree.Node | undefined): string | null {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

export const undeclaredDependency = createRule({
  meta: {
    id: 'undeclared-dependency',
    description: 'An added import or require of a package that no package.json declares.',
    defaultLevel: 'note',
    category: 'dependencies',
    scope: { tests: 'both', fixtures: false },
    messages: {
      undeclared:
        '`{{package}}` is imported but not declared in {{manifests}} (any dependency field), nor a workspace package, Node builtin or tsconfig `paths` alias. Check that the package exists and is the one you mean, then add it to package.json.',
    },
  },
  create(context) {
    const candidates: { source: TSESTree.Node; specifier: string; typeOnly: boolean }[] = [];
    // `vi.mock('x', factory)` / `jest.mock('x', …, { virtual: true })` provide the module in this file.
    const mocked = new Set<string>();
    function check(source: TSESTree.Node, specifier: string | null, typeOnly: boolean): void {
      // The line naming the module must be new: adding a name to an existing multi-line import is not a new dependency.
      if (specifier === null || !context.isAddedLine(source.loc.start.line)) return;
      candidates.push({ source, specifier, typeOnly });
    }
    return {
      'Program:exit'() {
        for (const { source, specifier, typeOnly } of candidates) if (!mocked.has(specifier)) report(context, source, specifier, typeOnly);
      },
      ImportDeclaration(node) {
        const typeOnly = node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type'));
        check(node.source, node.source.value, typeOnly);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node.source, node.source.value, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node.source, node.source.value, node.exportKind === 'type');
      },
      ImportExpression(node) {
        check(node.source, stringValue(node.source), false);
      },
      TSImportType(node) {
        // `source` is the string literal of `import('x')` (typescript-estree's deprecated `argument` wraps the same node).
        const source = node.source as TSESTree.StringLiteral | null | undefined;
        if (source) check(source, stringValue(source), true);
      },
      TSExternalModuleReference(node) {
        check(node.expression, stringValue(node.expression), false);
      },
      CallExpression(node) {
        const callee = node.callee;
        const mockedSpecifier = stringValue(node.arguments[0]);
        if (mockedSpecifier !== null && MOCK_CALLS.has(calleePath(callee).at(-1) ?? '')) mocked.add(mockedSpecifier);
        const isRequire = callee.type === 'Identifier' && callee.name === 'require' && node.arguments.length === 1;
        if (isRequire) check(node.arguments[0] as TSESTree.Node, stringValue(node.arguments[0]), false);
      },
    };
  },
});

function report(context: RuleContext, source: TSESTree.Node, specifier: string, typeOnly: boolean): void {
  const result = checkDependency(context.project.dependencies, context.path, specifier, { typeOnly });
  if (result.status !== 'undeclared') return;
  context.report({
    node: source,
    messageId: 'undeclared',
    data: { package: result.packageName, manifests: result.manifests.join(', ') },
  });
}
