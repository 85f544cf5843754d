// JSON.parse's messages quote the text it choked on (`Unexpected token 'r', "root:x:0:0"... is not
// valid JSON`), and so do the XML parser's. A report can be any file a pull request put there, so the
// error names where, not what.
import { printableLine } from '../errors.js';

/** The parser's message without any of the input's text, on one printable line. */
export function jsonErrorWithoutText(error: unknown): string {
  const message = printableLine(error instanceof Error ? error.message : String(error), Infinity);
  if (/^Unexpected token\b/.test(message) || /"[^]*"/.test(message)) {
    const position = /at position \d+( \(line \d+ column \d+\))?/.exec(message)?.[0];
    return `unexpected character${position ? ` ${position}` : ''}`;
  }
  return message.slice(0, 200);
}
