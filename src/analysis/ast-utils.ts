// Small AST helpers shared by the rules. Syntax only: no type information is available.
import type { TSESTree } from '@typescript-eslint/typescript-estree';

/** The comments whose text lies inside a node's range. */
export function commentsInside(program: TSESTree.Program, node: TSESTree.Node): TSESTree.Comment[] {
  return (program.comments ?? []).filter((comment) => comment.range[0] >= node.range[0] && comment.range[1] <= node.range[1]);
}
