// Depth-first walk over a typescript-estree AST with enter/exit visitors, and `parent` pointers.
import type { TSESTree } from '@typescript-eslint/typescript-estree';

export type NodeVisitor = (node: TSESTree.Node) => void;

export interface WalkVisitors {
  enter: Map<string, NodeVisitor[]>;
  exit: Map<string, NodeVisitor[]>;
}

// Keys that hold back-references or positions, never child nodes.
const NON_CHILD_KEYS = new Set(['parent', 'loc', 'range', 'tokens', 'comments']);

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The direct children of a node, in source order. */
export function childrenOf(node: TSESTree.Node): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const key of Object.keys(node)) {
    if (NON_CHILD_KEYS.has(key)) continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children.sort((a, b) => a.range[0] - b.range[0]);
}

/** Sets `parent` on every node below `root`, before any rule runs, so rules can look up and down the tree. */
export function setParents(root: TSESTree.Node): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    for (const child of childrenOf(node)) {
      (child as { parent: TSESTree.Node }).parent = node;
      stack.push(child);
    }
  }
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
