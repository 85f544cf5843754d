// Fingerprints that survive lines moving: tool + rule + path + the code the result points at.
import { createHash } from 'node:crypto';
import type { LineSpan } from './locate.js';

export interface FingerprintInput {
  tool: string;
  ruleId: string;
  path: string;
  /** The region's lines; null for a file-level result. */
  lines: LineSpan | null;
  /** The head file's lines, or null when the file could not be read. */
  fileLines: string[] | null;
  partialFingerprints: Record<string, string> | undefined;
  message: string;
}

/**
 * The basis is the region's code with whitespace collapsed (so indentation and moves do not change
 * it) plus the message (two results of one rule on one line differ by message). Without readable
 * code: the tool's partialFingerprints, else the message alone.
 */
export function fingerprintOf(input: FingerprintInput): string {
  const code = input.lines && input.fileLines ? normalizedCode(input.fileLines, input.lines) : '';
  const partial = Object.entries(input.partialFingerprints ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
  const basis = code !== '' ? `code:${code}` : partial !== '' ? `partial:${partial}` : 'message';
  return createHash('sha256')
    .update([input.tool, input.ruleId, input.path, basis, input.message].join('\0'))
    .digest('hex')
    .slice(0, 32);
}

function normalizedCode(fileLines: string[], lines: LineSpan): string {
  return fileLines
    .slice(lines.startLine - 1, lines.endLine)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
