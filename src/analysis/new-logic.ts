// What a change wrote that deserves a test: logic, not text. Read by `missing-tests`.
//
// Measured on real pull requests (test/precision/), most requests for tests were noise of a few kinds:
// a one- to six-line edit inside a large existing function (one field, one argument passed through),
// text or markup only (JSX copy, messages, log lines), trivial accessors, and formatting. A reviewer
// asks for a test when a change adds behaviour: a branch (a condition, a loop, a throw, a fallback) or
// a body of new statements. So each symbol's change is measured in branches and statements that start
// on new lines, and judged against the thresholds below.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { loggerName, type LoggerChoices } from './ast-utils.js';
import { descendants } from './facts/test-syntax.js';

/** Nodes where control flow forks: what makes code worth a test. */
const BRANCH_TYPES: ReadonlySet<string> = new Set([
  'IfStatement',
  'ConditionalExpression',
  'LogicalExpression',
  'SwitchCase',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
  'CatchClause',
  'ThrowStatement',
]);

/** Statements that are structure, not behaviour. */
const STRUCTURE_TYPES: ReadonlySet<string> = new Set(['BlockStatement', 'EmptyStatement', 'StaticBlock']);

/** A new symbol with this many statements and no branch still deserves a test (a pipeline of steps). */
export const MIN_STATEMENTS_NEW = 4;
/** A change inside an existing symbol with no new branch deserves a test from this many new statements on. */
export const MIN_STATEMENTS_CHANGED = 6;

/** Receivers whose calls only report: `console.log(…)`, `logger.warn(…)`, `this.log.debug(…)`. */
const LOGGERS: LoggerChoices = { receiver: /^(console|logger|log|logging|this\.log|this\.logger|this\.outputChannel|outputChannel)$/i, receiverSegment: 'whole' };

/** Where branches and statements start in a file: computed once per file, queried per symbol. */
export interface LogicIndex {
  /** Start lines of branch nodes (outside JSX: conditional rendering is markup). */
  branchLines: number[];
  /** Start lines of statements that do something (not blocks, not logging calls). */
  statementLines: number[];
}

export function indexLogic(program: TSESTree.Program): LogicIndex {
  const branchLines: number[] = [];
  const statementLines: number[] = [];
  for (const node of descendants(program)) {
    if (BRANCH_TYPES.has(node.type)) {
      if (!insideJsx(node)) branchLines.push(node.loc.start.line);
      if (node.type === 'LogicalExpression' || node.type === 'ConditionalExpression' || node.type === 'SwitchCase' || node.type === 'CatchClause') continue;
    }
    if (isStatement(node) && !STRUCTURE_TYPES.has(node.type) && !isLoggingStatement(node) && !insideJsx(node)) statementLines.push(node.loc.start.line);
  }
  return { branchLines, statementLines };
}

export interface LogicMeasure {
  branches: number;
  statements: number;
}

/**
 * Branches and statements between two lines; with `onlyLines`, only those that start on one of them
 * (the new lines of a changed symbol).
 */
export function measureLogic(index: LogicIndex, startLine: number, endLine: number, onlyLines?: (line: number) => boolean): LogicMeasure {
  const counts = (lines: number[]): number => lines.filter((line) => line >= startLine && line <= endLine && (!onlyLines || onlyLines(line))).length;
  return { branches: counts(index.branchLines), statements: counts(index.statementLines) };
}

/** Whether a symbol's change adds enough behaviour to ask for a test: a branch, or a body of statements. */
export function deservesTest(measure: LogicMeasure, isNew: boolean): boolean {
  if (measure.branches > 0) return true;
  return measure.statements >= (isNew ? MIN_STATEMENTS_NEW : MIN_STATEMENTS_CHANGED);
}

function isStatement(node: TSESTree.Node): boolean {
  return node.type.endsWith('Statement') || node.type === 'VariableDeclaration';
}

function isLoggingStatement(node: TSESTree.Node): boolean {
  if (node.type !== 'ExpressionStatement') return false;
  let expression = node.expression;
  if (expression.type === 'AwaitExpression') expression = expression.argument;
  return expression.type === 'CallExpression' && loggerName(expression.callee, LOGGERS) !== null;
}

function insideJsx(node: TSESTree.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'JSXExpressionContainer' || parent.type === 'JSXElement' || parent.type === 'JSXFragment') return true;
    // A function inside JSX (an event handler) is code again.
    if (parent.type === 'ArrowFunctionExpression' || parent.type === 'FunctionExpression') return false;
  }
  return false;
}
