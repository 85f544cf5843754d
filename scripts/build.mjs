// One build command: bundles the action and the CLI with every dependency inside, so neither
// needs node_modules at run time. The code lives in one shared module (dist/diffgate.js) so the
// large TypeScript parser is committed once, not twice; the two entry files are one line each.
// No minification and no source maps: a small source change stays a small diff in dist/.
import { build } from 'esbuild';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const finalDir = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(root, 'dist');
// Build into a private folder, then move each file into place: a test reading dist/ while another
// build runs sees either the old file or the new one, never a half-written or missing one.
const outdir = `${finalDir}.building-${process.pid}`;
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  entryPoints: [join(root, 'src/entrypoints.ts')],
  outfile: join(outdir, 'diffgate.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'eof',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
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

await writeFile(join(outdir, 'index.js'), "import { runAction } from './diffgate.js';\n\nawait runAction();\n");
await writeFile(
  join(outdir, 'cli.js'),
  "#!/usr/bin/env node\nimport { runCli } from './diffgate.js';\n\nprocess.exitCode = await runCli(process.argv.slice(2));\n",
  { mode: 0o755 },
);
await writeFile(join(outdir, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');

await mkdir(finalDir, { recursive: true });
const built = await readdir(outdir);
for (const name of built) await rename(join(outdir, name), join(finalDir, name));
for (const name of await readdir(finalDir)) {
  if (!built.includes(name)) await rm(join(finalDir, name), { recursive: true, force: true });
}
await rm(outdir, { recursive: true, force: true });
