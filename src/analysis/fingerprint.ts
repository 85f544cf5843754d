// Fingerprints that survive lines moving: rule + path + a hash of the normalised code the finding points at.
import { createHash } from 'node:crypto';

/** Code with whitespace collapsed and dropped around punctuation, so moving, re-indenting or reformatting keeps the fingerprint. */
export function normaliseCode(code: string): string {
  return code
    .replace(/\s+/g, ' ')
    .replace(/ ?([^\w$ ]) ?/g, '$1')
    .trim();
}

/**
 * `occurrence` tells apart identical code in one file (the 2nd `catch {}` is not the 1st);
 * it counts in source order, so it stays the same while code elsewhere moves.
 */
export function fingerprintOf(ruleId: string, path: string, code: string, occurrence = 0): string {
  return createHash('sha256')
    .update(`${ruleId}\0${path}\0${normaliseCode(code)}\0${occurrence}`)
    .digest('hex')
    .slice(0, 32);
}
