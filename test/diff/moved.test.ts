// Moved-code detection: pure cases on the finder, then real git diffs of moves, splits and re-wraps.
import { afterAll, describe, expect, it } from 'vitest';
import { collectChangedFiles } from '../../src/diff/index.js';
import { MIN_MOVED_CHARS, MovedLineFinder, normaliseCode } from '../../src/diff/moved.js';
import { makeRepo, removeRepos } from '../helpers/repo.js';
import { sha } from '../helpers/ids.js';

afterAll(removeRepos);

function finder(removed: Record<number, string[]>, added: Record<number, [number, string][]>): Map<number, number[]> {
  const moved = new MovedLineFinder();
  for (const [file, lines] of Object.entries(removed)) for (const text of lines) moved.removedLine(Number(file), text);
  for (const [file, lines] of Object.entries(added)) for (const [line, text] of lines) moved.addedLine(Number(file), line, text);
  return moved.finish();
}

describe('MovedLineFinder', () => {
  it('marks a block removed from one file and added, re-indented, to another', () => {
    const block = ['export function total(items) {', '  return items.reduce((sum, item) => sum + item.price, 0);', '}'];
    const result = finder({ 0: block }, { 1: block.map((text, index) => [10 + index, `    ${text}`] as [number, string]) });
    expect(result.get(1)).toEqual([10, 11, 12]);
  });

  it('keeps new lines inside a moved block as new, and a lone common line is not a move', () => {
    const result = finder(
      { 0: ['const first = computeTheFirstValue(input);', 'return null;'] },
      { 1: [[1, 'const first = computeTheFirstValue(input);'], [2, 'if (first > limit) throw new RangeError("too big");'], [3, 'return null;']] },
    );
    // Line 1 alone holds enough code to count; line 3 (`return null;`, 10 letters) does not.
    expect(result.get(1)).toEqual([1]);
    expect('returnnull'.length).toBeLessThan(MIN_MOVED_CHARS);
  });

  it('recognises a call a formatter re-wrapped over several lines', () => {
    const result = finder(
      { 0: ['  const result = await client.request(method, path, { body, headers });'] },
      { 0: [[5, '  const result = await client.request('], [6, '    method,'], [7, '    path,'], [8, '    { body, headers },'], [9, '  );']] },
    );
    expect(result.get(0)).toEqual([5, 6, 7, 8, 9]);
  });

  it('leaves everything new when nothing was removed', () => {
    expect(finder({}, { 0: [[1, 'export const answer = computeAnswerFromTheUniverse();']] }).size).toBe(0);
  });

  it('ignores whitespace and a trailing comma or semicolon, nothing else', () => {
    expect(normaliseCode('  foo( a , b );')).toBe('foo(a,b)');
    expect(normaliseCode('foo(a, c)')).not.toBe(normaliseCode('foo(a, b)'));
  });
});

describe('moved lines in real diffs', () => {
  it('a file split in two: the lines that moved to the new file are moved, the new ones are not', async () => {
    const repo = makeRepo();
    // parseInvoice is the bigger part, so git does not call the new file a copy of the old one.
    const parse = [
      'export function parseInvoice(text: string) {',
      '  const [id, amount, currency, date] = text.split(",");',
      '  if (!id) throw new Error("an invoice needs an id");',
      '  const value = Number(amount);',
      '  if (!Number.isFinite(value)) throw new Error(`invoice ${id}: amount ${amount} is not a number`);',
      '  return { id, amount: value, currency: currency ?? "EUR", date: new Date(date ?? Date.now()) };',
      '}',
    ];
    const format = ['export function formatInvoice(invoice: { id: string; amount: number }) {', '  return `${invoice.id}: ${invoice.amount.toFixed(2)}`;', '}'];
    repo.write({ 'src/invoice.ts': [...parse, '', ...format, ''].join('\n') });
    const base = repo.commit('one file');
    repo.write({
      'src/invoice.ts': [...parse, ''].join('\n'),
      'src/format.ts': ['// Formatting lives apart from parsing now.', ...format, 'export const CURRENCY_SYMBOL_FOR_INVOICES = "EUR";', ''].join('\n'),
    });
    const head = repo.commit('split');

    const files = await collectChangedFiles(repo.dir, { base: sha(base), head: sha(head) });
    const format_ = files.find((file) => file.path === 'src/format.ts');
    expect(format_?.addedLines).toEqual([1, 2, 3, 4, 5]);
    expect(format_?.movedLines).toEqual([2, 3, 4]);
    // The file that only lost lines has no added lines, so nothing moved into it.
    expect(files.find((file) => file.path === 'src/invoice.ts')?.movedLines).toBeUndefined();
  });

  it('an edit that changes a line is not a move', async () => {
    const repo = makeRepo();
    repo.write({ 'a.ts': 'export const limit = computeLimitFromSettings(settings, 10);\n' });
    const base = repo.commit('base');
    repo.write({ 'a.ts': 'export const limit = computeLimitFromSettings(settings, 20);\n' });
    const head = repo.commit('edit');
    const [file] = await collectChangedFiles(repo.dir, { base: sha(base), head: sha(head) });
    expect(file?.addedLines).toEqual([1]);
    expect(file?.movedLines).toBeUndefined();
  });
});
