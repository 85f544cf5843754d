import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);

// src/report/sanitize.ts
var MAX_INLINE_CHARS = 300;
var INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
function truncate(text, max) {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return `${text.slice(0, end)}\u2026`;
}
function plainText(text, max = MAX_INLINE_CHARS) {
  return truncate(text.replace(LINE_BREAKS, " ").replace(INVISIBLE, "").replace(/\t/g, " "), max);
}
var ACTIVE_TOKEN = /(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.)[^\s`|<>()]*|\/\/[^\s`|<>()]+|[A-Za-z0-9._%+-]*@[A-Za-z0-9][A-Za-z0-9_./-]*|#\d+|\bGH-\d+/gi;
function escapeSyntax(text) {
  return text.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[`*_[\]()#|~!^{}]/g, (char) => `\\${char}`);
}
function escapeMarkdown(text, max = MAX_INLINE_CHARS) {
  const plain = plainText(text, max);
  const tokens = [];
  for (const match of plain.matchAll(ACTIVE_TOKEN)) {
    const last = tokens.at(-1);
    if (last && last.end === match.index) last.end += match[0].length;
    else tokens.push({ start: match.index, end: match.index + match[0].length });
  }
  let out = "";
  let position = 0;
  for (const token of tokens) {
    out += escapeSyntax(plain.slice(position, token.start)) + codeSpan(plain.slice(token.start, token.end), { inTable: true });
    position = token.end;
  }
  out += escapeSyntax(plain.slice(position));
  return out.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}
function codeSpan(text, options = { inTable: true }) {
  let content = plainText(text, options.max ?? MAX_INLINE_CHARS);
  if (options.inTable) content = content.replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = content.startsWith("`") || content.endsWith("`") || content === "" ? ` ${content} ` : content;
  return `${fence}${padded}${fence}`;
}
function terminalText(text, max) {
  let out = "";
  for (const char of truncate(text, max)) {
    const code = char.codePointAt(0) ?? 0;
    out += code < 32 || code >= 127 && code <= 159 || char === "\u2028" || char === "\u2029" ? " " : char;
  }
  return out;
}
function withoutWorkflowCommands(text) {
  return text.replace(/^(\s*)::/gm, "$1> ::").replace(/##\[/g, "## [");
}
function plainLines(text, max) {
  return truncate(text.replace(LINE_BREAKS, "\n").replace(INVISIBLE, ""), max);
}
function truncateUtf8(text, maxBytes) {
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  const budget = maxBytes - 3;
  if (budget < 0) return "";
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const size = codePoint < 128 ? 1 : codePoint < 2048 ? 2 : codePoint < 65536 ? 3 : 4;
    if (bytes + size > budget) break;
    bytes += size;
    end += char.length;
  }
  return `${text.slice(0, end)}\u2026`;
}

export {
  truncate,
  plainText,
  escapeMarkdown,
  codeSpan,
  terminalText,
  withoutWorkflowCommands,
  plainLines,
  truncateUtf8
};
