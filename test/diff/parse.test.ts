// parseUnifiedDiff: hand-written edge cases, and fast-check properties (round trip, only InputError).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '../../src/diff/index.js';
import { InputError } from '../../src/errors.js';
import type { ChangedFile } from '../../src/model.js';
import { renderFile } from './render.js';
import type { GeneratedFile, GeneratedHunk, GeneratedKind, Op } from './render.js';

function inputError(text: string): unknown {
  return expect.objectContaining({ name: 'InputError', message: expect.stringContaining(text) });
}

describe('parseUnifiedDiff on hand-written diffs', () => {
  it('reads hunk lines by count, so content that looks like a header stays content', () => {
    const text = [
      'diff --git a/x.txt b/x.txt',
      'index 1111111..2222222 100644',
      '--- a/x.txt',
      '+++ b/x.txt',
      '@@ -1,3 +1,3 @@',
      '--- a/not-a-header',
      '+diff --git a/fake b/fake',
      ' @@ -9 +9 @@',
      '-+++ b/also-content',
      '++++ b/added content',
      '',
    ].join('\n');
    expect(parseUnifiedDiff(text)).toEqual([
      { path: 'x.txt', oldPath: null, status: 'modified', addedLines: [1, 3], hunks: [{ start: 1, end: 3 }], binary: false, submodule: false, modeOnly: false },
    ]);
  });

  it('decodes C-quoted names with octal escapes (UTF-8 bytes) and reads CRLF diff text', () => {
    const text = [
      'diff --git "a/caf\\303\\251 \\"x\\".ts" "b/caf\\303\\251 \\"x\\".ts"',
      'new file mode 100644',
      'index 0000000..1111111',
      '--- /dev/null',
      '+++ "b/caf\\303\\251 \\"x\\".ts"\t',
      '@@ -0,0 +1,2 @@',
      '+a',
      '+b',
      '\\ No newline at end of file',
      '',
    ].join('\r\n');
    expect(parseUnifiedDiff(text)).toEqual([
      { path: 'café "x".ts', oldPath: null, status: 'added', addedLines: [1, 2], hunks: [{ start: 1, end: 2 }], binary: false, submodule: false, modeOnly: false },
    ]);
  });

  it('keeps raw non-ASCII characters inside quoted names (core.quotePath=false)', () => {
    const text = 'diff --git "a/😀 \\"x\\".ts" "b/😀 \\"x\\".ts"\nold mode 100644\nnew mode 100755\n';
    expect(parseUnifiedDiff(text).map((file) => file.path)).toEqual(['😀 "x".ts']);
  });

  it('reads names with spaces from the diff --git line when nothing else names the file', () => {
    expect(parseUnifiedDiff('diff --git a/my dir/b c.sh b/my dir/b c.sh\nold mode 100644\nnew mode 100755\n')).toEqual([
      { path: 'my dir/b c.sh', oldPath: null, status: 'modified', addedLines: [], hunks: [], binary: false, submodule: false, modeOnly: true },
    ]);
  });

  it('returns no files for empty output', () => {
    expect(parseUnifiedDiff('')).toEqual([]);
  });

  it.each([
    ['text before the first file', 'hello\ndiff --git a/x b/x\n', "expected a 'diff --git' header"],
    ['a truncated hunk', 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n-a\n', 'ends inside a hunk'],
    ['more added lines than counted', 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n+c\n', 'expected a hunk or the next file'],
    ['a malformed hunk header', 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -x +1 @@\n', 'malformed hunk header'],
    ['hunks out of order', 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -5 +5 @@\n-a\n+b\n@@ -1 +1 @@\n-a\n+b\n', 'hunks must be in order'],
    [
      'hunks that would add a line twice',
      'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n@@ -2 +1,0 @@\n-c\n@@ -3 +1 @@\n-d\n+e\n',
      'hunks must be in order',
    ],
    ['a bad escape in a quoted name', 'diff --git a/x b/y\nrename from "\\q"\nrename to y\n', 'bad escape'],
    ['an unterminated quoted name', 'diff --git a/x b/y\nrename from x\nrename to "y\n', 'no closing quote'],
    ['an unreadable header and nothing else naming the file', 'diff --git "a/x\nold mode 100644\nnew mode 100755\n', 'cannot tell the file name'],
    ['a header without names', 'diff --git\u0020\n', 'cannot tell the file name'],
  ])('refuses %s with a one-line InputError', (_case, text, message) => {
    expect(() => parseUnifiedDiff(text)).toThrow(inputError(message));
  });
});

// ---- properties ----

const nameUnit = fc.constantFrom('a', 'b', 'Z', '0', '-', '.', '_', ' ', '"', '\\', '\t', '\n', 'é', '日', '😀', '\u0007');
const segment = fc.string({ unit: nameUnit, minLength: 1, maxLength: 6 }).filter((text) => text !== '.' && text !== '..');
const pathArb = fc.array(segment, { minLength: 1, maxLength: 3 }).map((segments) => segments.join('/'));

// Content lines that look like diff syntax, to catch a parser that guesses from the first characters.
const contentArb = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', ' ', '-', '+', '@', '\\', '\r', 'd', '"', '日'), maxLength: 12 }),
  fc.constantFrom('--- a/x', '+++ b/x', 'diff --git a/x b/x', '@@ -1 +1 @@', '\\ No newline at end of file', '', 'GIT binary patch'),
);
const opArb: fc.Arbitrary<Op> = fc.record({ kind: fc.constantFrom<Op['kind']>(' ', '+', '-'), text: contentArb });
const hunkArb: fc.Arbitrary<GeneratedHunk> = fc.record({
  gap: fc.nat({ max: 5 }),
  ops: fc.array(opArb, { minLength: 1, maxLength: 8 }).filter((ops) => ops.some((op) => op.kind !== ' ')),
});
const kinds: GeneratedKind[] = [
  'modified',
  'mode-and-content',
  'mode-only',
  'renamed',
  'copied',
  'added',
  'added-empty',
  'deleted',
  'binary',
  'binary-patch',
  'submodule',
  'submodule-added',
];
const fileArb = (path: string): fc.Arbitrary<GeneratedFile> =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    path: fc.constant(path),
    oldPath: pathArb,
    hunks: fc.array(hunkArb, { maxLength: 4 }),
    noNewlineAtEnd: fc.boolean(),
  });
const filesArb = fc
  .uniqueArray(pathArb, { maxLength: 6 })
  .chain((paths) => fc.tuple(...paths.map((path) => fileArb(path))))
  // Modified files need at least one hunk to be a change; the other kinds stand on their own.
  .map((files) => files.filter((file) => !(file.kind === 'modified' || file.kind === 'mode-and-content') || file.hunks.length > 0));

function render(files: GeneratedFile[]): { text: string; expected: ChangedFile[] } {
  const rendered = files.map(renderFile);
  const expected = rendered.map((file) => file.expected).sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));
  return { text: rendered.map((file) => file.text).join(''), expected };
}

/** Parses, and accepts an InputError as the only way to fail. */
function parseOrInputError(text: string): ChangedFile[] | InputError {
  try {
    return parseUnifiedDiff(text);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

/** What every parse result must satisfy, whatever the input. */
function expectWellFormed(files: ChangedFile[]): void {
  for (const file of files) {
    expect(file.path).not.toBe('');
    for (const [index, line] of file.addedLines.entries()) {
      expect(Number.isSafeInteger(line) && line >= 1).toBe(true);
      if (index > 0) expect(line).toBeGreaterThan(file.addedLines[index - 1] as number);
      expect(file.hunks.some((hunk) => hunk.start <= line && line <= hunk.end)).toBe(true);
    }
    if (file.status === 'deleted' || file.submodule) expect(file.addedLines).toEqual([]);
  }
  const paths = files.map((file) => file.path);
  expect(paths).toEqual([...new Set(paths)].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0)));
}

describe('parseUnifiedDiff properties', () => {
  it('round-trips generated diffs', () => {
    fc.assert(
      fc.property(filesArb, (files) => {
        const { text, expected } = render(files);
        const parsed = parseUnifiedDiff(text);
        // Moved lines are derived from the line texts (test/diff/moved.test.ts); they must be added lines.
        for (const file of parsed) for (const line of file.movedLines ?? []) expect(file.addedLines).toContain(line);
        expect(parsed.map(({ movedLines: _moved, ...file }) => file)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but an InputError on arbitrary text', () => {
    const diffish = fc.string({ unit: fc.constantFrom('d', 'i', 'f', ' ', '-', '+', '@', '\\', '"', '\n', '\r', '\t', '0', '1', ',', 'a', '/', 'b'), maxLength: 200 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), diffish.map((text) => `diff --git a/x b/x\n${text}`)), (text) => {
        const result = parseOrInputError(text);
        if (!(result instanceof InputError)) expectWellFormed(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws anything but an InputError on damaged diffs, and what it returns is well formed', () => {
    const damage = fc.record({
      cut: fc.nat(),
      action: fc.constantFrom('truncate', 'drop', 'duplicate', 'insert', 'renumber'),
      numbers: fc.array(fc.nat({ max: 12 }), { minLength: 4, maxLength: 4 }),
      inserted: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('@@ -1 +1 @@', 'diff --git a/y b/y', '+', '-', ' ', '\\', 'GIT binary patch', 'rename to "x')),
    });
    fc.assert(
      fc.property(filesArb, fc.array(damage, { minLength: 1, maxLength: 3 }), (files, damages) => {
        const lines = render(files).text.split('\n');
        for (const { cut, action, inserted, numbers } of damages) {
          const at = lines.length === 0 ? 0 : cut % lines.length;
          if (action === 'renumber') {
            // Hunk headers that overlap, go backwards or miscount.
            const hunkAt = lines.findIndex((line, index) => index >= at && line.startsWith('@@'));
            if (hunkAt >= 0) lines[hunkAt] = `@@ -${numbers[0]},${numbers[1]} +${numbers[2]},${numbers[3]} @@`;
          } else if (action === 'truncate') lines.splice(at);
          else if (action === 'drop') lines.splice(at, 1);
          else if (action === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
          else lines.splice(at, 0, inserted);
        }
        const result = parseOrInputError(lines.join('\n'));
        if (!(result instanceof InputError)) expectWellFormed(result);
      }),
      { numRuns: 500 },
    );
  });
});
