// Parsing one TS/JS file with typescript-estree: once per file, without type information.
import { parse, type TSESTree } from '@typescript-eslint/typescript-estree';

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
  try {
    const ast = parse(source, {
      filePath: path,
      jsx: JSX_EXTENSIONS.has(extensionOf(path)),
      loc: true,
      range: true,
      comment: true,
      // No rule reads tokens; converting them costs a tenth of the parse.
      tokens: false,
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
