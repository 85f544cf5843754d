// oxc's tree, made into the tree typescript-estree would give for the same file. The rules were written,
// measured and labelled against typescript-estree's trees; oxc (with `astType: 'ts'` and no parenthesised
// expressions) already gives the same node types, fields and offsets. What differs is fixed
// here, in the one walk that also sets `parent` on every node:
//   - `range` from oxc's `start` and `end`, and `loc` (line and column), which oxc does not give, with
//     TypeScript's line breaks;
//   - optional fields oxc sets to null where typescript-estree leaves them undefined;
//   - the Program's range (the whole file) and its `hashbang` field (typescript-estree has none);
//   - HTML entities in JSX text and JSX attribute strings, which typescript-estree decodes;
//   - BigInt and RegExp literal values, which JSON cannot carry.
// test/analysis/parse.test.ts compares the result with typescript-estree's tree, field by field.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { OxcResult } from './oxc.js';
import { appendChildren } from './walk.js';
import { XHTML_ENTITIES } from './xhtml-entities.js';

// Per node type, the optional fields typescript-estree leaves undefined and oxc sets to null. Found by
// comparing both parsers on 7,566 files of five real repositories, plus the same fields on node types those
// files did not exercise (accessors, signatures), which the test's snippets check; a field of the same name
// that typescript-estree sets to null (`TSImportType.typeArguments`) is not listed.
const UNDEFINED_NOT_NULL: Readonly<Record<string, readonly string[]>> = {
  ArrayPattern: ['typeAnnotation'],
  ArrowFunctionExpression: ['returnType', 'typeParameters'],
  AssignmentPattern: ['typeAnnotation'],
  CallExpression: ['typeArguments'],
  ClassDeclaration: ['superTypeArguments', 'typeParameters'],
  ClassExpression: ['superTypeArguments', 'typeParameters'],
  ExpressionStatement: ['directive'],
  FunctionDeclaration: ['returnType', 'typeParameters'],
  FunctionExpression: ['returnType', 'typeParameters'],
  Identifier: ['typeAnnotation'],
  JSXOpeningElement: ['typeArguments'],
  MethodDefinition: ['accessibility'],
  NewExpression: ['typeArguments'],
  ObjectPattern: ['typeAnnotation'],
  PropertyDefinition: ['accessibility', 'typeAnnotation'],
  RestElement: ['typeAnnotation', 'value'],
  TSAbstractMethodDefinition: ['accessibility'],
  TSAbstractPropertyDefinition: ['accessibility', 'typeAnnotation'],
  TSAbstractAccessorProperty: ['accessibility', 'typeAnnotation'],
  AccessorProperty: ['accessibility', 'typeAnnotation'],
  TSCallSignatureDeclaration: ['returnType', 'typeParameters'],
  TSClassImplements: ['typeArguments'],
  TSConstructSignatureDeclaration: ['returnType', 'typeParameters'],
  TSConstructorType: ['typeParameters'],
  TSDeclareFunction: ['body', 'returnType', 'typeParameters'],
  TSEnumMember: ['initializer'],
  TSEmptyBodyFunctionExpression: ['returnType', 'typeParameters'],
  TSFunctionType: ['typeParameters'],
  TSIndexSignature: ['accessibility', 'typeAnnotation'],
  TSInterfaceDeclaration: ['typeParameters'],
  TSInterfaceHeritage: ['typeArguments'],
  TSMappedType: ['readonly', 'optional'],
  TSMethodSignature: ['accessibility', 'returnType', 'typeParameters'],
  TSParameterProperty: ['accessibility'],
  TSPropertySignature: ['accessibility', 'typeAnnotation'],
  TSTypeAliasDeclaration: ['typeParameters'],
  TSTypeParameter: ['constraint', 'default'],
  TSTypeQuery: ['typeArguments'],
  TSTypeReference: ['typeArguments'],
  TaggedTemplateExpression: ['typeArguments'],
};

const ENTITY = /&(?:#\d+|#x[\da-fA-F]+|[0-9a-zA-Z]+);/g;

/** JSX text with its character references decoded, exactly as typescript-estree does. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replaceAll(ENTITY, (entity) => {
    const item = entity.slice(1, -1);
    if (item[0] === '#') {
      const codePoint = item[1] === 'x' ? Number.parseInt(item.slice(2), 16) : Number.parseInt(item.slice(1), 10);
      return codePoint > 0x10ffff ? entity : String.fromCodePoint(codePoint);
    }
    return Object.hasOwn(XHTML_ENTITIES, item) ? (XHTML_ENTITIES[item] as string) : entity;
  });
}

/**
 * Where each line starts, with TypeScript's line breaks (\n, \r\n, a lone \r, U+2028, U+2029): typescript-estree
 * numbers lines the compiler's way, and the rules' line numbers must not move.
 */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === 13) {
      if (source.charCodeAt(index + 1) === 10) index++;
      starts.push(index + 1);
    } else if (code === 10 || code === 0x2028 || code === 0x2029) {
      starts.push(index + 1);
    }
  }
  return starts;
}

type Position = TSESTree.Position;

/** Turns offsets into 1-based lines and 0-based columns. */
export function positionFinder(source: string): (offset: number) => Position {
  const starts = lineStarts(source);
  let last = 0;
  return (offset) => {
    // Nodes come in tree order, so an offset is most often on the line of the one before.
    if ((starts[last] as number) <= offset && (last + 1 === starts.length || offset < (starts[last + 1] as number))) {
      return { line: last + 1, column: offset - (starts[last] as number) };
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    last = low;
    return { line: low + 1, column: offset - (starts[low] as number) };
  };
}

/** Literals JSON cannot carry: oxc lists where they are, and their values are made here. */
function applyLiteralFixes(program: Record<string, unknown>, fixes: readonly (readonly (string | number)[])[]): void {
  for (const fix of fixes) {
    let node: unknown = program;
    for (const key of fix) node = (node as Record<string | number, unknown>)[key];
    const literal = node as { value: unknown; bigint?: string; regex?: { pattern: string; flags: string } };
    if (typeof literal.bigint === 'string') {
      literal.value = BigInt(literal.bigint);
    } else if (literal.regex) {
      try {
        literal.value = new RegExp(literal.regex.pattern, literal.regex.flags);
      } catch {
        // A pattern or flag this Node does not know: typescript-estree leaves the value null too.
        literal.value = null;
      }
    }
  }
}

/** `.mjs`/`.mts` (and `.d.mts`): a module whatever it holds. */
export function isModulePath(path: string): boolean {
  return /\.m[jt]s$/i.test(path);
}

/**
 * The module kind typescript-estree reports: by extension for .mjs/.mts, else by the file's imports and exports
 * (and `import.meta`, which the walk below finds).
 */
function sourceTypeOf(path: string, body: readonly TSESTree.ProgramStatement[]): 'module' | 'script' {
  if (isModulePath(path)) return 'module';
  return body.some(
    (statement) =>
      statement.type === 'ImportDeclaration' ||
      statement.type === 'ExportAllDeclaration' ||
      statement.type === 'ExportDefaultDeclaration' ||
      statement.type === 'ExportNamedDeclaration' ||
      statement.type === 'TSExportAssignment' ||
      (statement.type === 'TSImportEqualsDeclaration' && statement.moduleReference.type === 'TSExternalModuleReference'),
  )
    ? 'module'
    : 'script';
}

/** oxc's result for `source` as typescript-estree's Program, with `parent` set on every node below it. */
export function toTypeScriptEstree(path: string, source: string, result: OxcResult): TSESTree.Program {
  const { node, fixes } = JSON.parse(result.program) as { node: Record<string, unknown>; fixes: (string | number)[][] };
  applyLiteralFixes(node, fixes);
  const positionOf = positionFinder(source);
  const program = node as unknown as TSESTree.Program & { hashbang?: unknown };
  delete program.hashbang;
  program.range = [0, source.length];
  program.sourceType = sourceTypeOf(path, program.body);
  program.comments = result.comments.map((comment) => ({
    type: comment.type,
    value: comment.value,
    range: [comment.start, comment.end],
    loc: { start: positionOf(comment.start), end: positionOf(comment.end) },
  })) as TSESTree.Comment[];

  // Every node once, in no particular order (nothing here depends on it): each node's children are set their
  // parent and pushed; `stack.length` before the push marks where they start.
  let usesImportMeta = false;
  const stack: TSESTree.Node[] = [program];
  while (stack.length > 0) {
    const current = stack.pop() as TSESTree.Node;
    const fields = current as unknown as Record<string, unknown>;
    // oxc gives `start` and `end`; asking it for `range` too would make its JSON a sixth longer.
    const start = fields.start as number;
    const end = fields.end as number;
    if (current !== program) current.range = [start, end];
    current.loc = { start: positionOf(current.range[0]), end: positionOf(current.range[1]) };
    const undefinedFields = UNDEFINED_NOT_NULL[current.type];
    if (undefinedFields) for (const key of undefinedFields) if (fields[key] === null) fields[key] = undefined;
    if (current.type === 'TemplateElement') {
      // The raw text as written: oxc turns \r\n and \r into \n (as the spec's raw value does), typescript-estree
      // keeps the source. Its range includes the delimiters: ` or } before, ` or ${ after.
      if (current.value.raw.includes('\n')) current.value.raw = source.slice(start + 1, end - (current.tail ? 1 : 2));
    } else if (current.type === 'MetaProperty' && current.meta.name === 'import') {
      // `import.meta` makes a module for TypeScript, as imports and exports do.
      usesImportMeta = true;
    } else if (current.type === 'JSXText') {
      current.value = decodeEntities(current.value);
    } else if (current.type === 'Literal' && current.parent?.type === 'JSXAttribute' && typeof current.value === 'string') {
      current.value = decodeEntities(current.value);
    }
    const first = stack.length;
    appendChildren(current, stack);
    for (let index = first; index < stack.length; index++) (stack[index] as { parent: TSESTree.Node }).parent = current;
  }
  if (usesImportMeta) program.sourceType = 'module';
  return program;
}
