// The one "does this span touch an added line?" (src/diff/change-set.ts), bounded by the added
// lines, not by the span: a SARIF region that claims to end at line 2^53 is answered at once.
import { describe, expect, it } from 'vitest';
import { addedLinesOf, makeChangeSet } from '../../src/diff/change-set.js';
import { changedFile } from '../policy/fixtures.js';

describe('ChangeSet', () => {
  const added = addedLinesOf([3, 4, 10]);

  it.each([
    [1, 2, false],
    [1, 3, true],
    [4, 4, true],
    [5, 9, false],
    [9, 11, true],
    [11, Number.MAX_SAFE_INTEGER, false],
    [1, Number.MAX_SAFE_INTEGER, true],
  ])('span %i-%i touches an added line: %s', (start, end, expected) => {
    expect(added.touches(start, end)).toBe(expected);
  });

  it('answers single lines, and nothing for unknown or deleted paths', () => {
    expect([2, 3, 4, 5, 10].map((line) => added.has(line))).toEqual([false, true, true, false, true]);
    const changes = makeChangeSet([changedFile('src/a.ts', [2, 5]), { ...changedFile('src/gone.ts', [1]), status: 'deleted' }]);
    expect(changes.touchesAddedLine('src/a.ts', 3, 5)).toBe(true);
    expect(changes.touchesAddedLine('src/a.ts', 3, 4)).toBe(false);
    expect(changes.touchesAddedLine('src/gone.ts', 1, 1)).toBe(false);
    expect(changes.touchesAddedLine('src/other.ts', 1, 100)).toBe(false);
    expect(changes.file('src/a.ts')?.addedLines).toEqual([2, 5]);
  });
});
