// Posted Markdown as GitHub would show it: rendered by a real CommonMark + GFM-tables renderer
// (markdown-it, with raw HTML allowed and e-mail/URL autolinks on, as on GitHub), then inspected.
// Tests assert on what a reader sees, not on the raw text.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: true, linkify: true });
// GitHub autolinks `www.` and `scheme://` text and e-mail addresses, not bare domains such as `module.ts`;
// the text checks below look for `www.` and URLs themselves.
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: true });

export function renderLikeGitHub(text: string): string {
  return markdown.render(text);
}

/** The elements the renderer itself writes; anything else came from untrusted text. */
const RENDERER_TAGS = new Set(['p', 'h2', 'h3', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'ul', 'li', 'strong', 'em', 'details', 'summary', 'sub', 'blockquote', 'a', 'br']);

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_all, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** The text a reader sees: tags removed, entities decoded; `withCode: false` leaves out code spans and blocks. */
export function visibleText(html: string, options: { withCode: boolean } = { withCode: true }): string {
  const source = options.withCode ? html : html.replace(/<code>[\s\S]*?<\/code>/g, ' ');
  return decodeEntities(source.replace(/<[^>]+>/g, ''));
}

/**
 * What GitHub would act on in rendered Markdown: elements the renderer does not write, links other
 * than the allowed ones, HTML comments, and — in text outside code, where GitHub looks for them —
 * mentions, issue references, autolinked URLs; plus invisible and control characters anywhere.
 */
export function activeSyntax(html: string, allowedLinks: RegExp[] = []): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g)) {
    const tag = match[1]!.toLowerCase();
    if (!RENDERER_TAGS.has(tag)) found.add(`element <${tag}>`);
    if (tag === 'a') {
      const href = /href="([^"]*)"/.exec(match[2] ?? '')?.[1] ?? '';
      if (!allowedLinks.some((pattern) => pattern.test(decodeEntities(href)))) found.add(`link ${href}`);
    } else if (match[2]?.trim()) found.add(`attribute on <${tag}>`);
  }
  if (html.includes('<!--')) found.add('HTML comment');
  const text = visibleText(html, { withCode: false });
  if (/@[A-Za-z0-9]/.test(text)) found.add('mention');
  if (/#\d/.test(text)) found.add('issue reference');
  if (/\bGH-\d/i.test(text)) found.add('GH reference');
  if (/[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text)) found.add('URL');
  if (/\bwww\./i.test(text)) found.add('www autolink');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069\u0000-\u0008\u001b]/.test(html)) found.add('invisible or control character');
  return [...found];
}

/** `<details>` opened and closed in order, as the renderer writes them (each on its own line). */
export function balancedDetails(text: string): boolean {
  let depth = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('<details>')) depth += 1;
    if (line === '</details>') depth -= 1;
    if (depth < 0) return false;
  }
  if (depth !== 0) return false;
  // And as rendered: every details element closed.
  const html = renderLikeGitHub(text);
  return (html.match(/<details>/g) ?? []).length === (html.match(/<\/details>/g) ?? []).length;
}
