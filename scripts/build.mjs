// One build command: bundles the action and the CLI with every dependency inside, so neither needs
// node_modules at run time. esbuild splits the code into chunks (ESM code splitting): each entry file
// (dist/index.js for the action, dist/cli.js for the CLI) loads only the modules it imports, so the CLI
// never loads the action's code (@actions/*, octokit, undici), and the parser (oxc, WebAssembly), imported
// on demand, sits in a chunk of its own, with its WebAssembly file, that only a run with TS/JS changes loads.
// Shared code is committed once. No minification and no source maps: a small source change stays a small diff in dist/.
import { build } from 'esbuild';
import { chmod, copyFile, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const finalDir = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(root, 'dist');
// Build into a private folder, then move each file into place: a test reading dist/ while another
// build runs sees either the old file or the new one, never a half-written or missing one.
const outdir = `${finalDir}.building-${process.pid}`;
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

// The two entry files: each runs one entry point, and nothing happens at import time before that.
const ENTRIES = {
  index: "import { run } from './src/main.ts';\n\nawait run();\n",
  // Node 22.1+ keeps V8's compiled code in the OS temp folder (as tsc does): a developer's second run starts
  // faster. The pipeline is imported after this line runs, so it is cached; Node 20 has no such function.
  // The CLI exits as soon as its output is written (exitWhenWritten), not after Node's full teardown.
  cli: "#!/usr/bin/env node\nimport module from 'node:module';\nimport { exitWhenWritten, runCli } from './src/cli.ts';\n\nmodule.enableCompileCache?.();\nawait exitWhenWritten(await runCli(process.argv.slice(2)));\n",
};
const entryPlugin = {
  name: 'diffgate-entries',
  setup(builder) {
    builder.onResolve({ filter: /^diffgate-entry:/ }, (args) => ({ path: args.path.slice('diffgate-entry:'.length), namespace: 'diffgate-entry' }));
    builder.onLoad({ filter: /.*/, namespace: 'diffgate-entry' }, (args) => ({ contents: ENTRIES[args.path], loader: 'ts', resolveDir: root }));
  },
};

await build({
  entryPoints: Object.keys(ENTRIES).map((name) => ({ in: `diffgate-entry:${name}`, out: name })),
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [entryPlugin],
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'eof',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require(); give every chunk one.
  banner: {
    js: [
      "import { createRequire as __diffgateCreateRequire } from 'node:module';",
      "import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';",
      "import { dirname as __diffgateDirname } from 'node:path';",
      'const require = __diffgateCreateRequire(import.meta.url);',
      // Bundled CommonJS (the TypeScript compiler) reads __filename and __dirname.
      'const __filename = __diffgateFileURLToPath(import.meta.url);',
      'const __dirname = __diffgateDirname(__filename);',
    ].join('\n'),
  },
});
// ASCII only. esbuild escapes strings but leaves comments and regular expression literals as they are, and
// one non-ASCII character anywhere makes Node decode the whole file as UTF-8 into a two-byte string: about
// 0.8 ms more per 100 KB here, on every run, for the chunks every gate loads. A \uXXXX escape
// means the same in a comment, a regular expression (with or without the u flag: a surrogate pair escape
// is one code point there) and an identifier. After a backslash it would not (`\é` would become `\\u00e9`):
// the build stops instead.
async function escapeNonAscii(file) {
  const text = await readFile(file, 'utf8');
  if (!/[\u0080-\uffff]/.test(text)) return;
  const escaped = text.replace(/(\\?)([\u0080-\uffff])/g, (match, backslash, character, offset) => {
    if (backslash) throw new Error(`build: ${file} has a non-ASCII character after a backslash at offset ${offset}; write it as \\uXXXX in the source`);
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  await writeFile(file, escaped);
}
for (const name of await readdir(outdir, { recursive: true })) if (name.endsWith('.js')) await escapeNonAscii(join(outdir, name));
await chmod(join(outdir, 'cli.js'), 0o755);
// The parser is WebAssembly (src/analysis/oxc.ts): its module sits next to the chunk that loads it.
await copyFile(
  createRequire(import.meta.url).resolve('@oxc-parser/binding-wasm32-wasi/parser.wasm32-wasi.wasm'),
  join(outdir, 'chunks', 'parser.wasm32-wasi.wasm'),
);
await writeFile(join(outdir, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');

// Chunk names carry a hash of their content, so new chunks never overwrite old ones: the new chunks
// go in first, then each entry file (one rename each), then the chunks no entry file names any more.
await mkdir(join(finalDir, 'chunks'), { recursive: true });
const chunks = await readdir(join(outdir, 'chunks'));
for (const name of chunks) await rename(join(outdir, 'chunks', name), join(finalDir, 'chunks', name));
const entries = (await readdir(outdir)).filter((name) => name !== 'chunks');
for (const name of entries) await rename(join(outdir, name), join(finalDir, name));
for (const name of await readdir(join(finalDir, 'chunks'))) {
  if (!chunks.includes(name)) await rm(join(finalDir, 'chunks', name), { recursive: true, force: true });
}
for (const name of await readdir(finalDir)) {
  if (name !== 'chunks' && !entries.includes(name)) await rm(join(finalDir, name), { recursive: true, force: true });
}
await rm(outdir, { recursive: true, force: true });
