// Parsing one TS/JS file with typescript-estree: once per file, without type information.
import type { TSESTree } from '@typescript-eslint/typescript-estree';

// typescript-estree carries the TypeScript compiler, three quarters of the bundle: it is imported on
// demand (its own chunk in dist/), so `--help` and a change with no TS/JS file never load it.
let parser: typeof import('@typescript-eslint/typescript-estree') | null = null;

/** Loads the parser; call (and await) it before `parseSource`. Loading twice costs nothing. */
export async function loadParser(): Promise<void> {
  if (parser) return;
  const loaded = await import('@typescript-eslint/typescript-estree');
  // A CommonJS package: Node also offers its exports as named exports, the bundle only as `default`.
  parser = typeof loaded.parse === 'function' ? loaded : (loaded as unknown as { default: typeof loaded }).default;
}

/** Extensions the analysis reads; everything else is left to other evidence. */
export const ANALYSED_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

// TypeScript parses JSX in every JavaScript file; in TypeScript only `.tsx` may hold it (`<T>x` is a cast in `.ts`).
const JSX_EXTENSIONS = new Set(['.tsx', '.js', '.jsx', '.mjs', '.cjs']);

export function extensionOf(path: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? path.slice(dot).toLowerCase() : '';
}

export function isAnalysedPath(path: string): boolean {
  return (ANALYSED_EXTENSIONS as readonly string[]).includes(extensionOf(path));
}

export type ParseOutcome =
  | { ok: true; ast: TSESTree.Program }
  | { ok: false; message: string; line: number | null };

/** Parses a file; a syntax error becomes an outcome with the parser's message and line, never a throw. */
export function parseSource(path: string, source: string): ParseOutcome {
  // A programming error, not bad input: every async entry into the analysis awaits loadParser() first.
  if (parser === null) throw new Error('parseSource() before loadParser(): await loadParser() first');
  try {
    const ast = parser.parse(source, {
      filePath: path,
      jsx: JSX_EXTENSIONS.has(extensionOf(path)),
      loc: true,
      range: true,
      comment: true,
      // No rule reads tokens; converting them costs a tenth of the parse.
      tokens: false,
      // No rule reads JSDoc as TypeScript nodes (comments come from the scanner either way): skipping it
      // saved a tenth of the parse on this repository's own 294 files, with byte-identical trees.
      jsDocParsingMode: 'none',
      errorOnUnknownASTType: false,
      loggerFn: false,
      suppressDeprecatedPropertyWarnings: true,
    });
    return { ok: true, ast };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    const line = typeof (error as { lineNumber?: unknown }).lineNumber === 'number' ? (error as { lineNumber: number }).lineNumber : null;
    return { ok: false, message, line };
  }
}
