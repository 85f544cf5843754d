import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeSpan, escapeMarkdown, plainText, truncate, truncateUtf8 } from '../../src/report/sanitize.js';
import { HOSTILE, hostileText } from './sample.js';

const ZWSP = '\u200b';

/** What GitHub would act on in posted Markdown, looked for in the raw text. */
function activeSyntax(markdown: string): string[] {
  const found: string[] = [];
  if (/<!--/.test(markdown)) found.push('HTML comment');
  if (/<\/?[a-z]/i.test(markdown)) found.push('HTML tag');
  if (/(^|[^\\])\[[^\]]*\]\(/.test(markdown)) found.push('link');
  if (/@[A-Za-z0-9]/.test(markdown)) found.push('mention');
  if (/#\d/.test(markdown)) found.push('issue reference');
  if (/https?:\/\//.test(markdown)) found.push('bare URL');
  if (/\bwww\./i.test(markdown)) found.push('www autolink');
  if (/[\r\n]/.test(markdown)) found.push('line break');
  if (/(^|[^\\])\|/.test(markdown)) found.push('table pipe');
  if (/(^|[^\\])`/.test(markdown)) found.push('code span');
  if (/(^|[^\\])(\*\*|__|~~)/.test(markdown)) found.push('emphasis');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u202a-\u202e\u2066-\u2069\u0000-\u0008\u001b]/.test(markdown)) found.push('control character');
  return found;
}

// Pieces of Markdown, HTML and GitHub syntax, so that random strings hit the interesting cases.
const fragment = fc.oneof(
  fc.constantFrom('<', '>', '!--', '-->', '@', 'a', 'Z', '#', '1', '[', ']', '(', ')', '!', 'https://', 'www.', '|', '`', '*', '_', '~', '\n', '\r', '\\', ' ', 'details', '/', '&', 'GH-', '\u202e'),
  fc.string({ maxLength: 3 }),
);

describe('escapeMarkdown', () => {
  it.each(Object.entries(HOSTILE))('neutralises %s', (_name, text) => {
    expect(activeSyntax(escapeMarkdown(text, 10_000))).toEqual([]);
  });

  it('keeps the text readable: only escapes and zero-width spaces are added', () => {
    const escaped = escapeMarkdown(HOSTILE.mention);
    expect(escaped.replaceAll(ZWSP, '').replace(/\\(.)/g, '$1')).toBe(HOSTILE.mention);
    expect(escaped).toContain(`@${ZWSP}octocat`);
    expect(escaped).toContain(`@${ZWSP}org/team`);
    expect(escaped).toContain(`\\#${ZWSP}1`);
  });

  it('turns HTML into entities, so the sticky-comment marker and </details> cannot be forged', () => {
    const escaped = escapeMarkdown(`${HOSTILE.marker} ${HOSTILE.details}`);
    expect(escaped).not.toContain('<!--');
    expect(escaped).not.toContain('</details>');
    expect(escaped).toContain('&lt;/details&gt;');
  });

  it('escapes a leading list or numbered-list marker', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('2) second')).toBe('2\\) second');
  });

  it('puts everything on one line and cuts long text', () => {
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
    const long = escapeMarkdown('x'.repeat(5_000));
    expect(long.length).toBe(300);
    expect(long.endsWith('…')).toBe(true);
  });

  it('neutralises any string (property)', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        expect(activeSyntax(escapeMarkdown(parts.join(''), 10_000))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('codeSpan', () => {
  it('shows hostile paths verbatim inside a fence longer than any backtick run', () => {
    expect(codeSpan('a ``b`` c', { inTable: false })).toBe('```a ``b`` c```');
    expect(codeSpan('`lead', { inTable: false })).toBe('`` `lead ``');
  });

  it('escapes pipes only in tables', () => {
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(codeSpan('a|b', { inTable: false })).toBe('`a|b`');
  });

  it('leaves no tag, comment marker or mention in the raw text', () => {
    const span = codeSpan(`${HOSTILE.marker}${HOSTILE.details}@admin`, { inTable: true });
    expect(span).not.toMatch(/<!--|<\/?details|@admin/);
    expect(span.replaceAll(ZWSP, '')).toContain('</details>');
  });
});

describe('plain text and truncation', () => {
  it('drops control and bidi-override characters', () => {
    expect(plainText(HOSTILE.trojan)).toBe('accesslevel granted[31m');
  });

  it('never cuts a surrogate pair in half', () => {
    const text = `${'a'.repeat(9)}😀😀`;
    expect(truncate(text, 11)).toBe(`${'a'.repeat(9)}…`);
    expect(truncate(text, 12)).toBe(`${'a'.repeat(9)}😀…`);
  });

  it('cuts to a UTF-8 byte budget', () => {
    for (const budget of [3, 10, 64, 1000]) {
      const cut = truncateUtf8('é😀x'.repeat(500), budget);
      expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(budget);
      expect(Buffer.byteLength(cut, 'utf8')).toBeGreaterThan(budget - 7);
      expect(cut.endsWith('…')).toBe(true);
    }
    expect(truncateUtf8('short', 10)).toBe('short');
  });

  it('the hostile sample itself is long and hostile', () => {
    expect(activeSyntax(hostileText()).length).toBeGreaterThan(8);
  });
});
