/**
 * An error the user can cause and fix: bad flags, an unreadable report, an unknown ref.
 * Entry points print `message` as one line and exit 2; never a stack trace.
 * The message names the file or setting and says what to do.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}

/** The text of anything thrown, for one-line messages. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Text from an input (a report, a config file) on one printable line, for an error message: control
 * characters and line separators become `?`; cut to `max` characters.
 */
export function printableLine(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?').slice(0, max);
}
