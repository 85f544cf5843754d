// Untrusted text (SARIF messages, commit messages, paths, PR bodies, rule ids) made safe to post.
// In Markdown it must stay data: no formatting, no HTML, no links or images, no @mentions or
// issue references that notify people, no way to close a <details> or fake the sticky-comment
// marker, and never more than one table cell.

/** Longest piece of untrusted text shown in Markdown, before `…`. */
export const MAX_INLINE_CHARS = 300;

const ZERO_WIDTH_SPACE = '\u200b';

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
 * Untrusted text as inline Markdown that renders as the same text and does nothing else.
 * Safe in a paragraph, a list item and a table cell.
 */
export function escapeMarkdown(text: string, max = MAX_INLINE_CHARS): string {
  return (
    defang(plainText(text, max))
      // Backslash first, so the escapes added below are not escaped again.
      .replace(/\\/g, '\\\\')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Emphasis, code spans, links, images, headings, tables, strikethrough, footnotes.
      .replace(/[`*_[\]()#|~!^{}]/g, (char) => `\\${char}`)
      // A line that starts with a list, quote or numbered-list marker (only possible at the start).
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/**
 * A zero-width space keeps @mentions, #123 / GH-123 issue references, bare URLs and comment
 * markers from being recognised, while the text still reads the same. GitHub finds mentions and
 * references in the rendered text, so Markdown escapes alone would not stop them.
 */
function defang(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\b(GH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
    .replace(/<!--/g, `<${ZERO_WIDTH_SPACE}!--`)
    .replace(/-->/g, `--${ZERO_WIDTH_SPACE}>`);
}

/**
 * Untrusted text as a Markdown code span (for paths and rule ids): the content is shown verbatim,
 * nothing inside is Markdown, HTML or a mention. `inTable` escapes pipes, which GFM reads as cell
 * separators even inside code spans.
 */
export function codeSpan(text: string, options: { inTable: boolean; max?: number } = { inTable: true }): string {
  let content = defang(plainText(text, options.max ?? MAX_INLINE_CHARS));
  // No tag may appear, even as code: a raw `</details>` would confuse anything counting tags.
  content = content.replace(/<(?=[A-Za-z/!?])/g, `<${ZERO_WIDTH_SPACE}`);
  if (options.inTable) content = content.replace(/\|/g, '\\|');
  // A fence longer than any run of backticks inside; spaces keep a leading/trailing backtick apart.
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = content.startsWith('`') || content.endsWith('`') || content === '' ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
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
