import { describe, expect, it } from 'vitest';
import { decideFilter } from '../../../src/evidence/sarif/filter.js';
import { fingerprintOf } from '../../../src/evidence/sarif/fingerprint.js';
import type { FingerprintInput } from '../../../src/evidence/sarif/fingerprint.js';
import type { ChangedFile } from '../../../src/model.js';
import { repoPath } from '../../helpers/ids.js';

const modified: ChangedFile = {
  path: repoPath('src/a.ts'),
  oldPath: null,
  status: 'modified',
  addedLines: [10, 11, 20],
  hunks: [
    { start: 7, end: 14 },
    { start: 17, end: 23 },
  ],
  binary: false,
  submodule: false,
  modeOnly: false,
};
const added: ChangedFile = { ...modified, path: repoPath('src/new.ts'), status: 'added', addedLines: [1, 2, 3], hunks: [{ start: 1, end: 3 }] };
const deleted: ChangedFile = { ...modified, path: repoPath('src/gone.ts'), status: 'deleted', addedLines: [], hunks: [] };

const span = (startLine: number, endLine = startLine) => ({ startLine, endLine });

describe('decideFilter', () => {
  it('added: keeps regions that overlap an added line, at either end or spanning it', () => {
    expect(decideFilter('added', modified, span(10))).toEqual({ keep: true, onAddedLine: true });
    expect(decideFilter('added', modified, span(5, 10))).toEqual({ keep: true, onAddedLine: true });
    expect(decideFilter('added', modified, span(12, 25))).toEqual({ keep: true, onAddedLine: true });
    expect(decideFilter('added', modified, span(12, 19))).toEqual({ keep: false, onAddedLine: false });
    expect(decideFilter('added', modified, span(21, 40))).toEqual({ keep: false, onAddedLine: false });
    expect(decideFilter('added', undefined, span(10))).toEqual({ keep: false, onAddedLine: false });
  });

  it('diff_context: keeps anything inside a hunk, flagged as not on an added line', () => {
    expect(decideFilter('diff_context', modified, span(7))).toEqual({ keep: true, onAddedLine: false });
    expect(decideFilter('diff_context', modified, span(14))).toEqual({ keep: true, onAddedLine: false });
    expect(decideFilter('diff_context', modified, span(15, 16))).toEqual({ keep: false, onAddedLine: false });
    expect(decideFilter('diff_context', modified, span(15, 17))).toEqual({ keep: true, onAddedLine: false });
    expect(decideFilter('diff_context', modified, span(20))).toEqual({ keep: true, onAddedLine: true });
  });

  it('file and nofilter: keep by file, never a deleted one in file mode', () => {
    expect(decideFilter('file', modified, span(100))).toEqual({ keep: true, onAddedLine: false });
    expect(decideFilter('file', undefined, span(1))).toEqual({ keep: false, onAddedLine: false });
    expect(decideFilter('file', deleted, span(1))).toEqual({ keep: false, onAddedLine: false });
    expect(decideFilter('nofilter', undefined, span(1))).toEqual({ keep: true, onAddedLine: false });
  });

  it('file-level results (no line): on added lines only when the whole file is new', () => {
    expect(decideFilter('added', added, null)).toEqual({ keep: true, onAddedLine: true });
    expect(decideFilter('added', modified, null)).toEqual({ keep: false, onAddedLine: false });
    expect(decideFilter('diff_context', modified, null)).toEqual({ keep: false, onAddedLine: false });
    expect(decideFilter('file', modified, null)).toEqual({ keep: true, onAddedLine: false });
    expect(decideFilter('nofilter', undefined, null)).toEqual({ keep: true, onAddedLine: false });
  });
});

describe('fingerprintOf', () => {
  const file = ['import x from "y";', '', 'function f(a) {', '  if (a == 1) return 2;', '}'];
  const base: FingerprintInput = {
    tool: 'ESLint',
    ruleId: 'eqeqeq',
    path: 'src/a.ts',
    lines: span(4),
    fileLines: file,
    partialFingerprints: undefined,
    message: "Expected '===' and instead saw '=='.",
  };

  it('stays the same when the code moves or is re-indented', () => {
    const moved = ['// new header', '', ...file.slice(0, 3), '    if (a  ==  1)   return 2;', '}'];
    expect(fingerprintOf({ ...base, lines: span(6), fileLines: moved })).toBe(fingerprintOf(base));
  });

  it('changes with the code, the rule, the path, the tool and the message', () => {
    const fingerprint = fingerprintOf(base);
    const changedCode = [...file.slice(0, 3), '  if (a == 2) return 2;', '}'];
    expect(fingerprintOf({ ...base, fileLines: changedCode })).not.toBe(fingerprint);
    expect(fingerprintOf({ ...base, ruleId: 'other' })).not.toBe(fingerprint);
    expect(fingerprintOf({ ...base, path: 'src/b.ts' })).not.toBe(fingerprint);
    expect(fingerprintOf({ ...base, tool: 'Other' })).not.toBe(fingerprint);
    expect(fingerprintOf({ ...base, message: 'different' })).not.toBe(fingerprint);
  });

  it('falls back to partialFingerprints, then to the message, when the code cannot be read', () => {
    const unreadable = { ...base, fileLines: null };
    const withPartial = { ...unreadable, partialFingerprints: { primaryLocationLineHash: 'abc:1' } };
    expect(fingerprintOf(withPartial)).not.toBe(fingerprintOf(unreadable));
    expect(fingerprintOf({ ...withPartial, lines: span(40) })).toBe(fingerprintOf(withPartial));
    expect(fingerprintOf({ ...unreadable, lines: span(40) })).toBe(fingerprintOf(unreadable));
    // A region past the end of the file has no code either.
    expect(fingerprintOf({ ...base, lines: span(40) })).toBe(fingerprintOf(unreadable));
  });
});
