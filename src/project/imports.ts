// The one import extractor. Files are scanned with regular expressions, not parsed: a repository can
// hold thousands of test files, and a list of specifiers is all the resolver needs. A specifier in a
// comment or a string may be listed too; that costs a read, never a wrong answer about a file.

const STATIC_IMPORT = /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"\n]+)['"]/g;
const SIDE_EFFECT_IMPORT = /\bimport\s*['"]([^'"\n]+)['"]/g;
// require(), import(), and the module-mocking calls of vitest and jest, which name the module too.
const CALL_IMPORT = /\b(?:require|import|mock|doMock|importActual|requireActual|importMock)\s*\(\s*['"`]([^'"`\n]+)['"`]/g;

/** Every module specifier a file names in an import, export-from, require, import() or mock call. */
export function importSpecifiers(text: string): string[] {
  const specifiers = new Set<string>();
  for (const pattern of [STATIC_IMPORT, SIDE_EFFECT_IMPORT, CALL_IMPORT]) {
    for (const match of text.matchAll(pattern)) if (match[1]) specifiers.add(match[1]);
  }
  return [...specifiers];
}
