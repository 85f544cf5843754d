import { describe, expect, it } from 'vitest';
import { describeAiShare } from '../../src/provenance/index.js';
import { parseBlamePorcelain, parseCommitLog, toRanges, unquoteGitPath } from '../../src/provenance/git.js';
import { buildSignalRules, commitSignals, parseTrailers, trailerAddress } from '../../src/provenance/signals.js';
import { provenanceConfigSchema } from '../../src/provenance/config.js';
import { sha } from '../helpers/ids.js';

describe('describeAiShare', () => {
  it('states a lower bound, rounded down', () => {
    expect(describeAiShare({ mode: 'auto', counts: { ai: 1, human: 1, unknown: 1 } })).toBe(
      'At least 33.3% of added lines are AI-written (1 AI, 1 human, 1 unknown of 3 added lines); lines without a marker may be AI-written too.',
    );
    expect(describeAiShare({ mode: 'auto', counts: { ai: 1, human: 1998, unknown: 1 } })).toMatch(/^At least 0% of added lines/);
    expect(describeAiShare({ mode: 'auto', counts: { ai: 2, human: 0, unknown: 0 } })).toBe('All added lines are AI-written (2 AI, 0 human, 0 unknown of 2 added lines).');
    expect(describeAiShare({ mode: 'auto', counts: { ai: 2, human: 1, unknown: 0 } })).toMatch(/^At least 66.6% /);
  });

  it('says that no marker proves nothing', () => {
    expect(describeAiShare({ mode: 'auto', counts: { ai: 0, human: 4, unknown: 1 } })).toBe(
      'No AI markers found (0 AI, 4 human, 1 unknown of 5 added lines); this does not prove that people wrote them.',
    );
    expect(describeAiShare({ mode: 'auto', counts: { ai: 0, human: 0, unknown: 0 } })).toBe('No added lines to attribute.');
  });

  it('names the mode when the config decided', () => {
    expect(describeAiShare({ mode: 'all', counts: { ai: 1, human: 0, unknown: 0 } })).toBe('Every added line (1) is treated as AI-written (ai: all).');
    expect(describeAiShare({ mode: 'none', counts: { ai: 0, human: 7, unknown: 0 } })).toBe(
      'AI attribution is off (ai: none): no added line (of 7) is treated as AI-written.',
    );
  });
});

describe('git output parsers', () => {
  it('parse blame porcelain with boundaries, repeated commits and quoted paths', () => {
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    const output = [
      `${a} 3 1 2`,
      'author Ada',
      'boundary',
      'filename old.ts',
      '\tline one',
      `${a} 4 2`,
      '\tline two',
      `${b} 1 3 1`,
      'author Bob',
      'filename "caf\\303\\251 \\"x\\".ts"',
      '\tline three',
      '',
    ].join('\n');
    expect(parseBlamePorcelain(output)).toEqual([
      { line: 1, sha: a, originalLine: 3, originalPath: 'old.ts', boundary: true },
      { line: 2, sha: a, originalLine: 4, originalPath: 'old.ts', boundary: true },
      { line: 3, sha: b, originalLine: 1, originalPath: 'café "x".ts', boundary: false },
    ]);
    expect(unquoteGitPath('plain name.ts')).toBe('plain name.ts');
    expect(unquoteGitPath('"tab\\there"')).toBe('tab\there');
  });

  it('keep a commit message whole, whatever it holds', () => {
    const message = 'Subject\n\nBody with \x1f a separator\n\nCo-authored-by: X <x@example.com>\n';
    const log = ['c'.repeat(40), 'd'.repeat(40), 'Ada', 'ada@example.com', 'Ada', 'ada@example.com', message].join('\x1f') + '\0';
    expect(parseCommitLog(log)).toEqual([
      {
        sha: 'c'.repeat(40),
        parents: ['d'.repeat(40)],
        author: { name: 'Ada', email: 'ada@example.com' },
        committer: { name: 'Ada', email: 'ada@example.com' },
        message,
      },
    ]);
  });

  it('turn line lists into ranges', () => {
    expect(toRanges([1, 2, 3, 7, 9, 10])).toEqual([
      { start: 1, end: 3 },
      { start: 7, end: 7 },
      { start: 9, end: 10 },
    ]);
  });

  it('read trailers only at the start of a line', () => {
    expect(parseTrailers('S\n\n> Co-authored-by: A <a@x>\n  Signed-off-by: B <b@x>\nCo-authored-by: C <C@X.example>').map((t) => t.key)).toEqual(['Co-authored-by']);
    expect(trailerAddress('aider (gpt-4o) <aider@aider.chat>')).toBe('aider@aider.chat');
    expect(trailerAddress('Claude')).toBeNull();
    expect(parseTrailers(`Made-with: Cursor${' '.repeat(50)}\r`)).toEqual([{ key: 'Made-with', value: 'Cursor', line: 'Made-with: Cursor' }]);
  });
});

describe('signal details', () => {
  it('are cut to 300 characters, so a huge message line cannot bloat the report', () => {
    const person = { name: 'Ada', email: 'ada@example.com' };
    const line = `Assisted-by: ${'x'.repeat(5000)}`;
    const signals = commitSignals({ sha: sha('a'.repeat(40)), parents: [], author: person, committer: person, message: `S\n\n${line}` }, buildSignalRules(provenanceConfigSchema.parse({})));
    expect(signals.map((s) => s.id)).toEqual(['assisted-by']);
    expect(signals[0]?.detail).toHaveLength(300);
    expect(signals[0]?.detail.startsWith('Assisted-by: xxx')).toBe(true);
  });
});
