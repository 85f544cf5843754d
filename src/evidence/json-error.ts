// JSON.parse's messages quote the text it choked on (`Unexpected token 'r', "root:x:0:0"... is not
// valid JSON`). A report can be any file a pull request put there, so the error names where, not what.

/** The parser's message without any of the input's text, on one printable line. */
export function jsonErrorWithoutText(error: unknown): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  const message = (error instanceof Error ? error.message : String(error)).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  if (/^Unexpected token\b/.test(message) || /"[^]*"/.test(message)) {
    const position = /at position \d+( \(line \d+ column \d+\))?/.exec(message)?.[0];
    return `unexpected character${position ? ` ${position}` : ''}`;
  }
  return message.slice(0, 200);
}
