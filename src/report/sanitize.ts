// Untrusted text (SARIF messages, commit messages, paths, PR bodies, rule ids) made safe to post.
// In Markdown it must stay data: no formatting, no HTML, no links or images, no @mentions or
// issue references that notify people, no way to close a <details> or fake the sticky-comment
// marker, and never more than one table cell. Only by escaping and code spans: never by inserting
// invisible characters, so that what a reader copies is what the tool reported.

/** Longest piece of untrusted text shown in Markdown, before `…`. */
export const MAX_INLINE_CHARS = 300;

/** C0/C1 controls (tab excepted) and bidirectional overrides ("Trojan Source") say nothing useful. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/** Cuts at `max` characters (counting the `…`), never inside a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Plain text on one line: controls removed, line breaks as spaces, cut to `max`. */
export function plainText(text: string, max = MAX_INLINE_CHARS): string {
  return truncate(text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '').replace(/\t/g, ' '), max);
}

/**
 * What GitHub acts on in rendered text even when every Markdown character is escaped: @mentions
 * (and e-mail addresses), #123 / GH-123 references, and URLs it autolinks (also protocol-relative `//host`). GitHub skips code spans
 * when it looks for these, so such a token is shown as a code span: the same characters, copyable
 * as they are, and inert. No invisible characters are inserted (they would break copy and paste).
 */
const ACTIVE_TOKEN = /(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.)[^\s`|<>()]*|\/\/[^\s`|<>()]+|[A-Za-z0-9._%+-]*@[A-Za-z0-9][A-Za-z0-9_./-]*|#\d+|\bGH-\d+/gi;

/** Markdown and HTML syntax escaped: the text renders as itself. */
function escapeSyntax(text: string): string {
  return (
    text
      // Backslash first, so the escapes added below are not escaped again.
      .replace(/\\/g, '\\\\')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Emphasis, code spans, links, images, headings, tables, strikethrough, footnotes.
      .replace(/[`*_[\]()#|~!^{}]/g, (char) => `\\${char}`)
  );
}

/**
 * Untrusted text as inline Markdown that renders as the same text and does nothing else.
 * Safe in a paragraph, a list item and a table cell.
 */
export function escapeMarkdown(text: string, max = MAX_INLINE_CHARS): string {
  const plain = plainText(text, max);
  // Tokens that touch become one code span: two spans side by side would read as one odd fence.
  const tokens: { start: number; end: number }[] = [];
  for (const match of plain.matchAll(ACTIVE_TOKEN)) {
    const last = tokens.at(-1);
    if (last && last.end === match.index) last.end += match[0].length;
    else tokens.push({ start: match.index, end: match.index + match[0].length });
  }
  let out = '';
  let position = 0;
  for (const token of tokens) {
    out += escapeSyntax(plain.slice(position, token.start)) + codeSpan(plain.slice(token.start, token.end), { inTable: true });
    position = token.end;
  }
  out += escapeSyntax(plain.slice(position));
  // A line that starts with a list, quote or numbered-list marker (only possible at the start).
  return out.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Untrusted text as a Markdown code span (for paths and rule ids): the content is shown verbatim,
 * nothing inside is Markdown, HTML, a link or a mention (GitHub looks for none of these in code).
 * `inTable` escapes pipes, which GFM reads as cell separators even inside code spans (and shows
 * `\|` there as `|`).
 */
export function codeSpan(text: string, options: { inTable: boolean; max?: number } = { inTable: true }): string {
  let content = plainText(text, options.max ?? MAX_INLINE_CHARS);
  if (options.inTable) content = content.replace(/\|/g, '\\|');
  // A fence longer than any run of backticks inside; spaces keep a leading/trailing backtick apart.
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = content.startsWith('`') || content.endsWith('`') || content === '' ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}

/**
 * Untrusted text for a terminal line: line breaks, tabs and control characters (which could move
 * the cursor or recolour the screen) become spaces, and it is cut to `max` characters.
 */
export function terminalText(text: string, max: number): string {
  let out = '';
  for (const char of truncate(text, max)) {
    const code = char.codePointAt(0) ?? 0;
    out += code < 0x20 || (code >= 0x7f && code <= 0x9f) || char === '\u2028' || char === '\u2029' ? ' ' : char;
  }
  return out;
}

/**
 * Text for a CI log (any stdout or stderr line an Actions runner reads): a line that would start a
 * workflow command (`::error …`, `::stop-commands::…`, also after leading whitespace, and a line
 * break may be `\r`) is prefixed so it is shown, not run; the old `##[command]` form, which the
 * runner finds anywhere in a line, is split. diffgate's own commands never go through this.
 */
export function withoutWorkflowCommands(text: string): string {
  return text.replace(/^(\s*)::/gm, '$1> ::').replace(/##\[/g, '## [');
}

/** Plain text that may keep its line breaks (annotation messages): controls removed, cut to `max`. */
export function plainLines(text: string, max: number): string {
  return truncate(text.replace(LINE_BREAKS, '\n').replace(INVISIBLE, ''), max);
}

/** Cuts so the UTF-8 encoding (with the `…`, 3 bytes) takes at most `maxBytes`. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - 3;
  if (budget < 0) return '';
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    if (bytes + size > budget) break;
    bytes += size;
    end += char.length;
  }
  return `${text.slice(0, end)}…`;
}
