// Parsing one TS/JS file: once per file, without type information. oxc's parser (WebAssembly) reads the
// file; estree-shape.ts gives the rules the tree typescript-estree would give. typescript-estree, with the
// TypeScript compiler inside, took 0.6 s to load and 7× as long to parse; it stays the reference the tests
// compare against.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { OxcOptions, OxcParser, OxcResult } from './oxc.js';
import { isModulePath, positionFinder, toTypeScriptEstree } from './estree-shape.js';

let parser: OxcParser | null = null;
/** The load under way or done: callers that come while it runs wait for the same one. */
let loading: Promise<void> | null = null;
let newParser: (() => OxcParser) | null = null;
/** Fresh modules made after traps; past the limit the parser stays off for the run (each module reserves memory). */
let reloads = 0;
const MAX_RELOADS = 3;
/** Why the parser is off for the rest of the run, once it is. */
let stopped: string | null = null;

/** Loads the parser; call (and await) it before `parseSource`. Loading twice costs nothing. */
export function loadParser(): Promise<void> {
  loading ??= (async () => {
    const { compileOxc, loadOxc } = await import('./oxc.js');
    // V8 compiles the WebAssembly on its background threads; each module after a trap reuses the compiled code.
    const compiled = await compileOxc();
    newParser = () => loadOxc(compiled);
    parser ??= newParser();
  })();
  // A failed load may be tried again by the next caller.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Extensions the analysis reads; everything else is left to other evidence. */
export const ANALYSED_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

/**
 * How to read a file, by its extension, as typescript-estree does: JSX in every JavaScript file, but in
 * TypeScript only in `.tsx` (`<T>x` is a cast in `.ts`); `.d.ts` files hold declarations only.
 */
function languageOf(path: string): OxcOptions['lang'] {
  const extension = extensionOf(path);
  if (extension === '.tsx') return 'tsx';
  if (extension === '.ts' || extension === '.mts' || extension === '.cts') return /\.d\.[cm]?ts$/i.test(path) ? 'dts' : 'ts';
  return 'jsx';
}

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

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/**
 * Errors oxc raises, with a complete tree, where TypeScript's parser raises none (the compiler reports them
 * later, as semantic errors): typescript-estree gives a tree, so the file is analysed as before. Not listed:
 * an assignment to a call or a literal (`f() = 1`), where oxc's tree loses the statement; such a file is
 * skipped as not parsing (test/analysis/parse.test.ts).
 */
const ACCEPTED_BY_TYPESCRIPT: readonly RegExp[] = [
  // A script's top-level `return` (Node's CommonJS wrapper runs it; snippets in tests and docs have it).
  /^A 'return' statement can only be used within a function body/,
  // `export const x = 1;` in a .d.ts file.
  /^Initializers are not allowed in ambient contexts/,
  // `const x;`, `const { a };` (found by deleting characters from real files at random).
  /^Missing initializer in (?:const|destructuring) declaration/,
  // `<div title={} />`: typescript-estree gives an empty expression container.
  /^JSX attributes must only be assigned a non-empty 'expression'/,
];

function parseWith(oxc: OxcParser, path: string, source: string, sourceType: OxcOptions['sourceType']): OxcResult {
  const result = oxc.parseSync(path, source, { lang: languageOf(path), sourceType, astType: 'ts', range: false, preserveParens: false, showSemanticErrors: false });
  // The binding's getters hand their value over once (a second read of `errors` is empty): read each one here.
  return { program: result.program, comments: result.comments, errors: result.errors };
}

/** The first error typescript-estree would also have raised, if any. */
function firstRejection(result: OxcResult): OxcResult['errors'][number] | undefined {
  return result.errors.find((each) => !ACCEPTED_BY_TYPESCRIPT.some((pattern) => pattern.test(each.message)));
}

/**
 * A trap inside the WebAssembly parser. Its recursion runs on node's stack, so about 900 nested brackets exhaust
 * it (typescript-estree went deeper). The module's memory may be mid-update, so the next file gets a fresh module;
 * after MAX_RELOADS of them, or when one cannot be made, the parser stays off and every later file says why.
 */
function afterTrap(error: unknown): ParseOutcome {
  const stack = error instanceof RangeError && /call stack/i.test(error.message);
  const message = stack ? 'nested too deeply for the parser (it ran out of stack)' : `the parser failed: ${firstLine(error)}`;
  if (reloads >= MAX_RELOADS) {
    stopped = `not parsed: the parser failed on ${MAX_RELOADS + 1} earlier files and was not started again`;
  } else {
    reloads++;
    try {
      parser = (newParser as () => OxcParser)();
    } catch (reloadError) {
      stopped = `not parsed: the parser could not be started again after it failed on an earlier file (${firstLine(reloadError)})`;
    }
  }
  return { ok: false, message, line: null };
}

/** Parses a file; a syntax error becomes an outcome with the parser's message and line, never a throw. */
export function parseSource(path: string, source: string): ParseOutcome {
  // A programming error, not bad input: every async entry into the analysis awaits loadParser() first.
  if (parser === null) throw new Error('parseSource() before loadParser(): await loadParser() first');
  if (stopped !== null) return { ok: false, message: stopped, line: null };
  let result: OxcResult;
  try {
    const isModule = isModulePath(path);
    // Module or script as the file's own imports and exports say (and as .mjs/.mts say), like typescript-estree.
    result = parseWith(parser, path, source, isModule ? 'module' : 'unambiguous');
    // A file with no import or export but module-only syntax (a top-level `for await`) is read as a script
    // first; TypeScript's parser takes it, so a module reading gets its chance.
    if (!isModule && firstRejection(result)) {
      const asModule = parseWith(parser, path, source, 'module');
      if (!firstRejection(asModule)) result = asModule;
    }
  } catch (error) {
    return afterTrap(error);
  }
  const error = firstRejection(result);
  if (error) {
    const offset = error.labels[0]?.start;
    return { ok: false, message: error.message.split('\n')[0] ?? '', line: offset === undefined ? null : positionFinder(source)(offset).line };
  }
  try {
    return { ok: true, ast: toTypeScriptEstree(path, source, result) };
  } catch (error) {
    // Never expected (the tree comes from the parser, not the user), but a skipped file beats a stack trace.
    return { ok: false, message: `the parser's tree could not be read: ${firstLine(error)}`, line: null };
  }
}
