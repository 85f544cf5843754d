// Globs in report inputs (`coverage/**/lcov.info`). tinyglobby, with picomatch and fdir, is about 85 KB of
// code to compile at start; most runs name their reports by path, so it is loaded only when a pattern
// names no existing file and may be a glob.

/**
 * The files a glob names (absolute paths), or null when the pattern is no glob. Links are not followed:
 * a linked folder could lead anywhere (a link to `/` would walk the disk).
 */
export async function globReportFiles(pattern: string, cwd: string): Promise<string[] | null> {
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (!isDynamicPattern(pattern)) return null;
  return glob([pattern], { cwd, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false });
}
