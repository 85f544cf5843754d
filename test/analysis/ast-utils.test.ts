// The shared helpers behind three logging detectors and two "is there a reason nearby" checks
// (src/analysis/ast-utils.ts): each rule passes its own choices, the helper does the matching.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { beforeAll, describe, expect, it } from 'vitest';
import { commentBlockAbove, commentsNear, loggerName, type LoggerChoices } from '../../src/analysis/ast-utils.js';
import { loadParser, parseSource } from '../../src/analysis/parse.js';

beforeAll(loadParser);

function parse(source: string): TSESTree.Program {
  const outcome = parseSource('a.ts', source);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.ast;
}

/** The callee of the one expression statement `source` holds. */
function calleeOf(source: string): TSESTree.Node {
  const [statement] = parse(source).body;
  if (statement?.type !== 'ExpressionStatement' || statement.expression.type !== 'CallExpression') throw new Error(`not a call: ${source}`);
  return statement.expression.callee;
}

const LAST_SEGMENT: LoggerChoices = { receiver: /^(?:console|_?log|_?logger)$/i, receiverSegment: 'last', methods: new Set(['error', 'warn']), functions: new Set(['log']) };
const WHOLE_ANY_METHOD: LoggerChoices = { receiver: /^(console|this\.log)$/i, receiverSegment: 'whole' };

describe('loggerName', () => {
  it.each([
    ['console.error(e)', LAST_SEGMENT, 'console.error'],
    ['this.log.warn(e)', LAST_SEGMENT, 'this.log.warn'],
    ['deps._logger.error(e)', LAST_SEGMENT, 'deps._logger.error'],
    ['(console as any).error(e)', LAST_SEGMENT, 'console.error'],
    ['log(e)', LAST_SEGMENT, 'log'],
    ['this.log.debug(e)', WHOLE_ANY_METHOD, 'this.log.debug'],
    ["console['log'](e)", WHOLE_ANY_METHOD, 'console[…]'],
  ])('%s is a logger (%#)', (source, choices, name) => {
    expect(loggerName(calleeOf(source), choices)).toBe(name);
  });

  it.each([
    ['console.debug(e)', LAST_SEGMENT, 'a method the choices leave out'],
    ["console['error'](e)", LAST_SEGMENT, 'a computed method when methods are listed'],
    ['core.error(e)', LAST_SEGMENT, 'a receiver that does not match'],
    ['warn(e)', LAST_SEGMENT, 'a plain function not listed'],
    ['log(e)', WHOLE_ANY_METHOD, 'a plain function when none are listed'],
    ['deps.console.info(e)', WHOLE_ANY_METHOD, 'a receiver matched whole'],
    ['items[0].log.error(e)', LAST_SEGMENT, 'a receiver with no dotted name'],
    ['makeLogger()(e)', LAST_SEGMENT, 'a call result'],
  ])('%s is not (%s)', (source, choices) => {
    expect(loggerName(calleeOf(source), choices)).toBeNull();
  });

  it('reads a handler passed by reference the same way as a call', () => {
    const [statement] = parse('main().catch(console.error);').body;
    const call = statement?.type === 'ExpressionStatement' && statement.expression.type === 'CallExpression' ? statement.expression : null;
    expect(loggerName(call!.arguments[0]!, { receiver: /^console$/, receiverSegment: 'whole', methods: new Set(['error']) })).toBe('console.error');
  });
});

describe('commentsNear and commentBlockAbove', () => {
  const source = [
    '// far above', //       1
    '', //                   2
    '// block top', //       3
    '// block middle', //    4
    '/* two lines', //       5
    '   above */', //        6
    'it.skip("x", f); // trailing', // 7
    '// below', //           8
  ].join('\n');
  let program: TSESTree.Program;
  beforeAll(() => {
    program = parse(source);
  });
  const values = (comments: readonly TSESTree.Comment[]): string[] => comments.map((comment) => comment.value.trim());

  it('takes the comments ending in the window above the line, and those on it when asked', () => {
    expect(values(commentsNear(program, 7, { linesAbove: 2, onLine: false }))).toEqual(['two lines\n   above']);
    expect(values(commentsNear(program, 7, { linesAbove: 3, onLine: false }))).toEqual(['block middle', 'two lines\n   above']);
    expect(values(commentsNear(program, 7, { linesAbove: 2, onLine: true }))).toEqual(['two lines\n   above', 'trailing']);
    expect(commentsNear(program, 2, { linesAbove: 0, onLine: true })).toEqual([]);
  });

  it('extends to the whole block stacked right above, stopping at a blank line', () => {
    const near = commentsNear(program, 7, { linesAbove: 2, onLine: true });
    expect(values(commentBlockAbove(program, near))).toEqual(['two lines\n   above', 'trailing', 'block middle', 'block top']);
    expect(commentBlockAbove(program, [])).toEqual([]);
  });
});
