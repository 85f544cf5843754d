// Git's C-style path quoting. Git wraps a path in double quotes and escapes it when the path has
// a quote, a backslash, a control character or (with core.quotePath, the default) any non-ASCII
// byte, which it writes as octal escapes of the UTF-8 bytes.
import { InputError } from '../errors.js';

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 0x07,
  b: 0x08,
  t: 0x09,
  n: 0x0a,
  v: 0x0b,
  f: 0x0c,
  r: 0x0d,
  '"': 0x22,
  '\\': 0x5c,
};

export interface QuotedToken {
  value: string;
  /** Index in the text just after the closing quote. */
  end: number;
}

/** Reads the quoted string that starts at `start` (a `"`). */
export function readQuoted(text: string, start: number): QuotedToken {
  const bytes: number[] = [];
  let index = start + 1;
  while (index < text.length) {
    // By code point: with core.quotePath=false, quoted names also hold raw non-ASCII characters.
    const char = String.fromCodePoint(text.codePointAt(index) as number);
    if (char === '"') return { value: Buffer.from(bytes).toString('utf8'), end: index + 1 };
    if (char !== '\\') {
      for (const byte of Buffer.from(char, 'utf8')) bytes.push(byte);
      index += char.length;
      continue;
    }
    const next = text[index + 1];
    if (next === undefined) break;
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      bytes.push(simple);
      index += 2;
      continue;
    }
    const octal = /^[0-3][0-7]{2}/.exec(text.slice(index + 1, index + 4));
    if (!octal) throw new InputError(`unreadable quoted path in git diff output: bad escape "\\${next}" in ${text.slice(start, start + 80)}`);
    bytes.push(parseInt(octal[0], 8));
    index += 4;
  }
  throw new InputError(`unreadable quoted path in git diff output: no closing quote in ${text.slice(start, start + 80)}`);
}

/**
 * A path as git prints it after `rename from`, `---`, blame's `filename` and the like: quoted, or
 * the rest of the line as it is.
 */
export function readPath(text: string): string {
  if (!text.startsWith('"')) return text;
  const token = readQuoted(text, 0);
  if (token.end !== text.length) throw new InputError(`unreadable quoted path in git diff output: text after the closing quote in ${text.slice(0, 80)}`);
  return token.value;
}
