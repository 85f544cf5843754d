// Loads oxc's parser, compiled to WebAssembly: one portable file in dist/, no native binary per platform.
// The package's own loader starts a pool of worker threads and opens the whole file system to the module;
// the parser needs neither (it is handed the text and returns JSON), so this loader gives it no files, no
// environment and no threads. Imported on demand: only a run with a TS/JS change pays for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { WASI as NodeWasi } from 'node:wasi';
import { instantiateNapiModuleSync } from '@emnapi/core';
import { createContext } from '@emnapi/runtime';

/** What `parseSync` returns: the tree as JSON text, the comments, the syntax errors. */
export interface OxcResult {
  /** `{"node": Program, "fixes": [paths to BigInt and RegExp literals]}`. */
  readonly program: string;
  readonly comments: readonly { type: 'Line' | 'Block'; value: string; start: number; end: number }[];
  readonly errors: readonly { message: string; labels: readonly { start: number; end: number }[] }[];
}

export interface OxcOptions {
  lang: 'js' | 'jsx' | 'ts' | 'tsx' | 'dts';
  sourceType: 'module' | 'script' | 'unambiguous';
  astType: 'ts';
  range: false;
  preserveParens: false;
  showSemanticErrors: false;
}

export interface OxcParser {
  parseSync(filename: string, source: string, options: OxcOptions): OxcResult;
}

const WASM_FILE = 'parser.wasm32-wasi.wasm';

/** A compiled WebAssembly module (`WebAssembly.Module`). */
export type CompiledModule = object;

// The project compiles without the DOM library, where TypeScript declares WebAssembly's classes.
const wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => object;
      compile: (bytes: Uint8Array) => Promise<CompiledModule>;
    };
  }
).WebAssembly;

/**
 * The WebAssembly file: next to this chunk in dist/ (the build copies it there), else in node_modules
 * (tests run the TypeScript sources).
 */
function wasmBytes(): Buffer {
  try {
    return readFileSync(fileURLToPath(new URL(WASM_FILE, import.meta.url)));
  } catch {
    return readFileSync(createRequire(import.meta.url).resolve(`@oxc-parser/binding-wasm32-wasi/${WASM_FILE}`));
  }
}

/**
 * Node 20 warns on stderr the first time `node:wasi` loads ("WASI is an experimental feature"). The parser
 * uses only WASI's clock, random and exit calls; the user should not see a warning about our internals.
 */
function quietWasi(): typeof NodeWasi {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (text.startsWith('WASI is an experimental feature')) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return (createRequire(import.meta.url)('node:wasi') as typeof import('node:wasi')).WASI;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/** oxc's WebAssembly compiled: off the main thread, and once for every module made from it. */
export function compileOxc(): Promise<CompiledModule> {
  return wasm.compile(wasmBytes());
}

/** A fresh parser: a new instance of the module, with its own memory (a trap leaves an instance unusable). */
export function loadOxc(compiled: CompiledModule): OxcParser {
  const WASI = quietWasi();
  const wasi = new WASI({ version: 'preview1', args: [], env: {}, preopens: {}, returnOnExit: true });
  // The module was built for threads, so its memory is shared, and a shared memory reserves its maximum as
  // address space up front. 1 GiB (the module allows 4) is far more than a file under max-file-bytes needs, and
  // keeps a run within a tight `ulimit -v`; only what a parse touches becomes resident.
  const memory = new wasm.Memory({ initial: 4000, maximum: 16384, shared: true });
  const { napiModule } = instantiateNapiModuleSync(compiled, {
    context: createContext(),
    asyncWorkPoolSize: 0,
    wasi,
    onCreateWorker() {
      throw new Error('the oxc parser asked for a thread; diffgate parses on the main thread only');
    },
    overwriteImports(imports: Record<string, Record<string, unknown>>) {
      imports.env = { ...imports.env, ...imports.napi, ...imports.emnapi, memory };
      return imports;
    },
    beforeInit({ instance }: { instance: { exports: Record<string, unknown> } }) {
      for (const name of Object.keys(instance.exports)) {
        if (name.startsWith('__napi_register__')) (instance.exports[name] as () => void)();
      }
    },
  } as Parameters<typeof instantiateNapiModuleSync>[1]);
  return napiModule.exports as unknown as OxcParser;
}
