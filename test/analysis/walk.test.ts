// The walk finds children by visitor keys; it must give the same children, in the same order, as
// reading every property of every node and sorting by position (the walk rules were written against).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type TSESTree } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { childrenOf } from '../../src/analysis/walk.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The reference: every property holding a node, sorted by start position (stable). */
function childrenByProperties(node: TSESTree.Node): TSESTree.Node[] {
  const isNode = (value: unknown): value is TSESTree.Node => typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
  const children: TSESTree.Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (['parent', 'loc', 'range', 'tokens', 'comments'].includes(key)) continue;
    if (Array.isArray(value)) children.push(...value.filter(isNode));
    else if (isNode(value)) children.push(value);
  }
  return children.sort((a, b) => a.range[0] - b.range[0]);
}

function mismatches(source: string, jsx: boolean): string[] {
  const ast = parse(source, { loc: true, range: true, comment: true, jsx, suppressDeprecatedPropertyWarnings: true });
  const found: string[] = [];
  const stack: TSESTree.Node[] = [ast];
  let visited = 0;
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    visited++;
    const expected = childrenByProperties(node);
    const actual = childrenOf(node);
    if (actual.length !== expected.length || actual.some((child, index) => child !== expected[index])) {
      found.push(`${node.type} at line ${node.loc.start.line}`);
    }
    stack.push(...expected);
  }
  expect(visited).toBeGreaterThan(1);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('childrenOf', () => {
  it('lists children in source order where keys interleave: template parts, shorthand exports', () => {
    const template = parse('`a${b}c${d}e`;', { range: true, loc: true }).body[0] as TSESTree.ExpressionStatement;
    expect(childrenOf(template.expression).map((child) => [child.type, child.range[0]])).toEqual([
      ['TemplateElement', 0],
      ['Identifier', 4],
      ['TemplateElement', 5],
      ['Identifier', 9],
      ['TemplateElement', 10],
    ]);
    const exported = parse('const a = 1;\nexport { a };', { range: true, loc: true }).body[1] as TSESTree.ExportNamedDeclaration;
    const [specifier] = exported.specifiers;
    expect(childrenOf(specifier as TSESTree.Node)).toEqual([specifier?.exported, specifier?.local]);
  });

  it('gives the same children in the same order as reading every property, on syntax of every kind', () => {
    const samples = [
      "import def, { a as b, type C } from './m.js';\nexport { b as default, a };\nexport * as ns from 'x';",
      'class A<T> extends B<T> implements I { @dec() private x?: T = 1; static { init(); } constructor(public y: number) { super(); } get z() { return 1; } }',
      'enum E { A = 1, B }\nnamespace N { export const x = 1; }\ndeclare module "m" { import { y } from "./y"; }',
      'const { a = 1, b: [c, ...d], ...e } = f;\nlabel: for (const [k, v] of Object.entries(o)) { if (k) continue label; }',
      'type T<K extends keyof U = never> = { [P in K]?: U[P] extends infer R ? R : never } & `x${string}`;',
      'async function* g() { try { yield* await h?.(...args); } catch ({ message }) { throw new Error(message, { cause: 1 }); } finally {} }',
      'const el = <div a="1" {...p}>{x ? <span /> : null}<>{`t${y}`}</></div>;',
    ];
    for (const sample of samples) expect(mismatches(sample, sample.includes('<div'))).toEqual([]);
  });

  it("gives the same children as reading every property on this repository's own source", () => {
    const files = sourceFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expect(mismatches(readFileSync(file, 'utf8'), false), file).toEqual([]);
  });
});
