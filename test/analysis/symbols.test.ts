import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { changedSymbols, declaredSymbols } from '../../src/analysis/symbols.js';

const program = (source: string) => parse(source, { loc: true, range: true, jsx: false });

const SOURCE = [
  'export function add(a: number, b: number) {', // 1
  '  return a + b;', // 2
  '}', // 3
  'function helper() {', // 4
  '  return 1;', // 5
  '}', // 6
  'export class Cart {', // 7
  '  total() {', // 8
  '    return 0;', // 9
  '  }', // 10
  '  private secret() {}', // 11
  '  #hidden() {}', // 12
  '  onClick = () => {};', // 13
  '}', // 14
  'export const double = (x: number) => x * 2;', // 15
  'const internal = async () => {};', // 16
  'export { internal as renamed };', // 17
  'export default function () {}', // 18
  'export const LIMIT = 5;', // 19
  'export interface Shape { x: number }', // 20
].join('\n');

describe('declaredSymbols', () => {
  it('lists module-level functions, classes, variables and methods with export status', () => {
    expect(declaredSymbols(program(SOURCE)).map(({ name, kind, exported, container, startLine, endLine }) => [name, kind, exported, container ?? null, startLine, endLine])).toEqual([
      ['add', 'function', true, null, 1, 3],
      ['helper', 'function', false, null, 4, 6],
      ['Cart', 'class', true, null, 7, 14],
      ['total', 'method', true, 'Cart', 8, 10],
      ['secret', 'method', false, 'Cart', 11, 11],
      ['#hidden', 'method', false, 'Cart', 12, 12],
      ['onClick', 'method', true, 'Cart', 13, 13],
      ['double', 'function', true, null, 15, 15],
      ['internal', 'function', true, null, 16, 16],
      ['default', 'function', true, null, 18, 18],
      ['LIMIT', 'variable', true, null, 19, 19],
    ]);
  });

  it('sees CommonJS exports', () => {
    const source = 'function a() {}\nfunction b() {}\nmodule.exports = { a };\nexports.c = function () {};\nmodule.exports.d = 1;';
    expect(declaredSymbols(program(source)).map(({ name, kind, exported }) => [name, kind, exported])).toEqual([
      ['a', 'function', true],
      ['b', 'function', false],
      ['c', 'function', true],
      ['d', 'variable', true],
    ]);
  });

  it('marks methods of a class exported later by name', () => {
    const source = 'class Store {\n  get() {}\n}\nexport default Store;';
    expect(declaredSymbols(program(source)).map(({ name, exported }) => [name, exported])).toEqual([
      ['Store', true],
      ['get', true],
    ]);
  });
});

describe('changedSymbols', () => {
  it('keeps the symbols whose lines include an added line', () => {
    const changed = changedSymbols(program(SOURCE), new Set([2, 9, 20]));
    expect(changed.map(({ name, kind }) => `${kind} ${name}`)).toEqual(['function add', 'class Cart', 'method total']);
  });

  it('returns nothing when no added line falls in a symbol', () => {
    expect(changedSymbols(program(SOURCE), new Set([17, 20]))).toEqual([]);
  });
});
