import { isAbsolute, join } from 'node:path';

/**
 * Anchors report paths and globs to a folder, so every reader resolves them the same way whatever
 * its own working directory: the CLI anchors to the current directory, the action to its
 * `working-directory`. A leading `!` (an exclusion) is kept in front.
 */
export function anchorPatterns(patterns: readonly string[], base: string): string[] {
  return patterns.map((pattern) => (pattern.startsWith('!') ? '!' + anchor(pattern.slice(1), base) : anchor(pattern, base)));
}

function anchor(pattern: string, base: string): string {
  return isAbsolute(pattern) ? pattern : join(base, pattern);
}
