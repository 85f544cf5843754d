// Maps added lines to the module-level functions, classes, variables and class methods they change.
// `missing-tests` reads this to know which exported symbols a change touched.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { addedLinesOf } from '../diff/change-set.js';

export type SymbolKind = 'function' | 'class' | 'method' | 'variable';

export interface ChangedSymbol {
  /** The declared name; `default` for an anonymous default export; the member name for a method. */
  name: string;
  kind: SymbolKind;
  /** For a method: the class it belongs to. */
  container?: string;
  /** Reachable from outside the module: exported (ESM or CommonJS), or a public method of an exported class. */
  exported: boolean;
  startLine: number;
  endLine: number;
}

// `exportedDirectly`: declared with `export` (a method: its class is). `hidden`: a private or protected member.
type Declared = Omit<ChangedSymbol, 'exported'> & { exportedDirectly: boolean; hidden: boolean };

function isFunctionLike(node: TSESTree.Node | null | undefined): boolean {
  return node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionExpression';
}

function memberName(key: TSESTree.Node, computed: boolean): string | null {
  if (key.type === 'Identifier' && !computed) return key.name;
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return null;
}

function lines(node: TSESTree.Node): { startLine: number; endLine: number } {
  return { startLine: node.loc.start.line, endLine: node.loc.end.line };
}

function classMembers(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression, className: string, classExported: boolean): Declared[] {
  const members: Declared[] = [];
  for (const member of classNode.body.body) {
    if (member.type !== 'MethodDefinition' && member.type !== 'PropertyDefinition') continue;
    if (member.type === 'PropertyDefinition' && !isFunctionLike(member.value)) continue;
    const name = memberName(member.key, member.computed);
    if (name === null) continue;
    const hidden = member.accessibility === 'private' || member.accessibility === 'protected' || name.startsWith('#');
    members.push({ name, kind: 'method', container: className, exportedDirectly: classExported && !hidden, hidden, ...lines(member) });
  }
  return members;
}

/** Declarations at module level (inside `export` too), before deciding what is exported. */
function declarationsOf(statement: TSESTree.Node, exportedDirectly: boolean, out: Declared[]): void {
  switch (statement.type) {
    case 'ExportNamedDeclaration':
      if (statement.declaration) declarationsOf(statement.declaration, true, out);
      return;
    case 'ExportDefaultDeclaration': {
      const declaration = statement.declaration;
      if (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') {
        if (declaration.id) {
          declarationsOf(declaration, true, out);
        } else {
          const kind = declaration.type === 'ClassDeclaration' ? 'class' : 'function';
          out.push({ name: 'default', kind, exportedDirectly: true, hidden: false, ...lines(statement) });
          if (declaration.type === 'ClassDeclaration') out.push(...classMembers(declaration, 'default', true));
        }
      } else if (declaration.type !== 'Identifier' && !declaration.type.startsWith('TS')) {
        const kind = isFunctionLike(declaration) ? 'function' : declaration.type === 'ClassExpression' ? 'class' : 'variable';
        out.push({ name: 'default', kind, exportedDirectly: true, hidden: false, ...lines(statement) });
      }
      return;
    }
    case 'FunctionDeclaration':
      if (statement.id && statement.body) {
        out.push({ name: statement.id.name, kind: 'function', exportedDirectly, hidden: false, ...lines(statement) });
      }
      return;
    case 'ClassDeclaration':
      if (statement.id && !statement.declare) {
        out.push({ name: statement.id.name, kind: 'class', exportedDirectly, hidden: false, ...lines(statement) });
        out.push(...classMembers(statement, statement.id.name, exportedDirectly));
      }
      return;
    case 'VariableDeclaration':
      if (statement.declare) return;
      for (const declarator of statement.declarations) {
        if (declarator.id.type !== 'Identifier') continue;
        const name = declarator.id.name;
        const init = declarator.init;
        const kind: SymbolKind = isFunctionLike(init) ? 'function' : init?.type === 'ClassExpression' ? 'class' : 'variable';
        out.push({ name, kind, exportedDirectly, hidden: false, ...lines(declarator) });
        if (init?.type === 'ClassExpression') out.push(...classMembers(init, name, exportedDirectly));
      }
      return;
    case 'ExpressionStatement':
      commonJsExport(statement, out);
      return;
    default:
      return;
  }
}

function isModuleExports(node: TSESTree.Node): boolean {
  return (
    node.type === 'MemberExpression' &&
    node.object.type === 'Identifier' &&
    node.object.name === 'module' &&
    node.property.type === 'Identifier' &&
    node.property.name === 'exports'
  );
}

/** `exports.name = …` and `module.exports.name = …` declare an exported symbol. */
function commonJsExport(statement: TSESTree.ExpressionStatement, out: Declared[]): void {
  const expression = statement.expression;
  if (expression.type !== 'AssignmentExpression' || expression.left.type !== 'MemberExpression') return;
  const target = expression.left;
  const onExports = (target.object.type === 'Identifier' && target.object.name === 'exports') || isModuleExports(target.object);
  if (!onExports || target.computed || target.property.type !== 'Identifier') return;
  const kind: SymbolKind = isFunctionLike(expression.right) ? 'function' : expression.right.type === 'ClassExpression' ? 'class' : 'variable';
  out.push({ name: target.property.name, kind, exportedDirectly: true, hidden: false, ...lines(statement) });
}

/** Names exported separately: `export { a, b as c }`, `export default a`, `module.exports = { a }` / `= a`. */
function namesExportedElsewhere(program: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration' && !statement.source) {
      for (const specifier of statement.specifiers) if (specifier.local.type === 'Identifier') names.add(specifier.local.name);
    } else if (statement.type === 'ExportDefaultDeclaration' && statement.declaration.type === 'Identifier') {
      names.add(statement.declaration.name);
    } else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && isModuleExports(statement.expression.left)) {
      const value = statement.expression.right;
      if (value.type === 'Identifier') names.add(value.name);
      if (value.type === 'ObjectExpression') {
        for (const property of value.properties) {
          if (property.type === 'Property' && property.value.type === 'Identifier') names.add(property.value.name);
        }
      }
    } else if (statement.type === 'TSExportAssignment' && statement.expression.type === 'Identifier') {
      names.add(statement.expression.name);
    }
  }
  return names;
}

/** Every module-level symbol (and class method), whether changed or not. */
export function declaredSymbols(program: TSESTree.Program): ChangedSymbol[] {
  const declared: Declared[] = [];
  for (const statement of program.body) declarationsOf(statement, false, declared);
  const exportedElsewhere = namesExportedElsewhere(program);
  return declared.map(({ exportedDirectly, hidden, ...symbol }) => {
    const owner = symbol.kind === 'method' ? (symbol.container ?? '') : symbol.name;
    return { ...symbol, exported: exportedDirectly || (exportedElsewhere.has(owner) && !hidden) };
  });
}

/** The symbols whose lines include at least one added line. */
export function changedSymbols(program: TSESTree.Program, addedLines: ReadonlySet<number>): ChangedSymbol[] {
  const added = addedLinesOf([...addedLines].sort((a, b) => a - b));
  return declaredSymbols(program).filter((symbol) => added.touches(symbol.startLine, symbol.endLine));
}
