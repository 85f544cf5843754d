// Depth-first walk over a typescript-estree AST with enter/exit visitors. (`parent` is set when the file is
// parsed: estree-shape.ts.)
// Children are found by the parser's visitor keys, not by scanning every property of every node.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

export type NodeVisitor = (node: TSESTree.Node) => void;

export interface WalkVisitors {
  enter: Map<string, NodeVisitor[]>;
  exit: Map<string, NodeVisitor[]>;
}

// Where a node's children are: typescript-estree's visitor keys, in source order. `export { a }` holds two
// identifiers at the same position; the walk has always visited `exported` first there (the parser's property
// order), and keeps doing so: rules see nodes in the same order, so findings stay identical.
const CHILD_KEYS: Readonly<Record<string, readonly string[] | undefined>> = { ...visitorKeys, ExportSpecifier: ['exported', 'local'] };

// Keys that hold back-references or positions, never child nodes: for a node type the keys table does not know.
const NON_CHILD_KEYS = new Set(['parent', 'loc', 'range', 'tokens', 'comments']);

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function pushChildren(children: TSESTree.Node[], value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) if (isNode(item)) children.push(item);
  } else if (isNode(value)) {
    children.push(value);
  }
}

/** The direct children of a node, in source order. */
export function childrenOf(node: TSESTree.Node): TSESTree.Node[] {
  const children = appendChildren(node, []);
  // Keys list children in source order, except where two lists interleave (a template's quasis and
  // expressions) or for an unknown node type: only then is a (stable) sort needed.
  for (let index = 1; index < children.length; index++) {
    if ((children[index - 1] as TSESTree.Node).range[0] > (children[index] as TSESTree.Node).range[0]) {
      return children.sort((a, b) => a.range[0] - b.range[0]);
    }
  }
  return children;
}

/**
 * Appends the direct children of a node to `children`, in key order (source order but for the two lists of
 * a template), and returns it: for walks that visit every node but not in order, without an array per node.
 */
export function appendChildren(node: TSESTree.Node, children: TSESTree.Node[]): TSESTree.Node[] {
  const fields = node as unknown as Record<string, unknown>;
  const keys = CHILD_KEYS[node.type];
  if (keys) {
    for (const key of keys) pushChildren(children, fields[key]);
  } else {
    for (const key of Object.keys(node)) if (!NON_CHILD_KEYS.has(key)) pushChildren(children, fields[key]);
  }
  return children;
}

/** Visits every node once: `enter` visitors before its children, `exit` visitors after. */
export function walk(root: TSESTree.Node, visitors: WalkVisitors): void {
  const visit = (node: TSESTree.Node): void => {
    for (const visitor of visitors.enter.get(node.type) ?? []) visitor(node);
    for (const child of childrenOf(node)) visit(child);
    for (const visitor of visitors.exit.get(node.type) ?? []) visitor(node);
  };
  visit(root);
}
