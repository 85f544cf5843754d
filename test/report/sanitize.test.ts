import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeSpan, escapeMarkdown, plainText, terminalText, truncate, truncateUtf8, withoutWorkflowCommands } from '../../src/report/sanitize.js';
import { activeSyntax, renderLikeGitHub, visibleText } from './rendered.js';
import { HOSTILE, hostileText } from './sample.js';

const ZWSP = '\u200b';

/** Escaped text in a paragraph, a list item and a table cell, rendered: what GitHub would act on. */
function activeInContexts(escaped: string): string[] {
  const contexts = [`x ${escaped}`, `- ${escaped}`, `| a | b |\n|---|---|\n| ${escaped} | z |`];
  return [...new Set(contexts.flatMap((context) => activeSyntax(renderLikeGitHub(context))))];
}

// Pieces of Markdown, HTML and GitHub syntax, so that random strings hit the interesting cases.
const fragment = fc.oneof(
  fc.constantFrom('<', '>', '!--', '-->', '@', 'a', 'Z', '#', '1', '[', ']', '(', ')', '!', 'https://', 'www.', '|', '`', '*', '_', '~', '\n', '\r', '\\', ' ', 'details', '/', '&', 'GH-', '\u202e', 'a@b.co', ':', '.'),
  fc.string({ maxLength: 3 }),
);

describe('escapeMarkdown', () => {
  it.each(Object.entries(HOSTILE))('neutralises %s', (_name, text) => {
    expect(activeInContexts(escapeMarkdown(text, 10_000))).toEqual([]);
  });

  it('keeps the text readable and copyable: rendered, it is the text itself, with no invisible character added', () => {
    for (const text of Object.values(HOSTILE)) {
      const escaped = escapeMarkdown(text, 10_000);
      expect(escaped).not.toContain(ZWSP);
      expect(visibleText(renderLikeGitHub(`x ${escaped}`)).trim()).toBe(`x ${plainText(text, 10_000)}`.trim());
    }
  });

  it('shows mentions, references and URLs as code, where GitHub does not act on them', () => {
    const escaped = escapeMarkdown(HOSTILE.mention);
    expect(escaped).toContain('`@octocat`');
    expect(escaped).toContain('`@org/team`');
    expect(escaped).toContain('`#1`');
    expect(escaped).toContain('`GH-2`');
    expect(escapeMarkdown('see https://evil.example/x.')).toContain('`https://evil.example/x.`');
    expect(escapeMarkdown('mail ada@example.com')).toContain('`ada@example.com`');
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

  it('neutralises a protocol-relative link (found by the property below: //0.0)', () => {
    for (const text of ['//0.0', 'see //example.com/x here']) {
      const escaped = escapeMarkdown(text, 10_000);
      expect(activeInContexts(escaped)).toEqual([]);
      expect(visibleText(renderLikeGitHub(`x ${escaped}`)).trim()).toBe(`x ${text}`);
    }
  });

  it('neutralises any string and renders it as itself (property)', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const escaped = escapeMarkdown(text, 10_000);
        expect(activeInContexts(escaped)).toEqual([]);
        expect(visibleText(renderLikeGitHub(`x ${escaped}`)).trim()).toBe(`x ${plainText(text, 10_000)}`.trim());
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

  it('shows a rule id or path exactly as it is: no zero-width character to break copy and paste', () => {
    for (const id of ['@typescript-eslint/no-floating-promises', 'js/sql-injection', 'see #12', 'https://x.example/r']) {
      const span = codeSpan(id, { inTable: false });
      expect(span).toBe(`\`${id}\``);
      expect(visibleText(renderLikeGitHub(span)).trim()).toBe(id);
    }
  });

  it('keeps tags, comment markers and mentions inert: code, as rendered', () => {
    const hostile = `${HOSTILE.marker}${HOSTILE.details}@admin`;
    for (const inTable of [false, true]) {
      const span = codeSpan(hostile, { inTable });
      const context = inTable ? `| a |\n|---|\n| ${span} |` : `x ${span}`;
      const html = renderLikeGitHub(context);
      expect(activeSyntax(html)).toEqual([]);
      expect(visibleText(html)).toContain(hostile);
    }
  });
});

describe('terminal and CI log text', () => {
  it('puts untrusted text on one line without control characters, cut to a size', () => {
    expect(terminalText('a\nb\rc\u001b[31m\u2028d', 100)).toBe('a b c [31m d');
    expect(terminalText('x'.repeat(20_000_000), 300)).toHaveLength(300);
  });

  it('lets no line start a workflow command, whatever the line break or leading space', () => {
    const text = withoutWorkflowCommands('ok\n::error file=a::pwned\r::warning::x\n   ::add-mask::y\n\t::stop-commands::z\nmid ::error:: stays\n##[error]old form');
    for (const line of text.split(/\r\n|\r|\n/)) {
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line).not.toContain('##[');
    }
    expect(text).toContain('> ::error file=a::pwned');
    expect(text).toContain('mid ::error:: stays');
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
