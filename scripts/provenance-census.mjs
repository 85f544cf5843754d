#!/usr/bin/env node
// Provenance census: which identities, trailers and footers in a history look like an AI agent
// but are not in diffgate's catalogue (src/provenance/catalogue.ts), with counts and an example
// commit each — the way to find the catalogue's gaps. Not shipped in dist/.
//
//   npm run provenance:census -- <repo> [range] [--json]
//
// <repo> is a working tree or a bare git directory; [range] defaults to HEAD (the whole history
// reachable from it), e.g. `v1.0..main` or `--first-parent HEAD~500..HEAD` style ranges as one
// argument each. The pure census is src/provenance/census.ts, bundled on the fly with esbuild.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles TypeScript source (imports resolved from `resolveDir`) with esbuild and imports it. */
export async function bundleModule(contents, resolveDir) {
  const result = await build({ stdin: { contents, resolveDir, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent' });
  const dir = mkdtempSync(join(tmpdir(), 'diffgate-src-'));
  const file = join(dir, 'module.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fail(message) {
  process.stderr.write(`provenance-census: ${message}\n`);
  process.exit(2);
}

/** Every commit of the range, as the provenance stage reads them. */
export function readHistory(repo, range, census) {
  const run = spawnSync('git', ['-C', repo, 'log', '-z', '--no-mailmap', `--format=${census.COMMIT_FORMAT}`, ...range.split(' ').filter(Boolean)], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) fail(`git log in ${repo} failed: ${run.stderr.trim().split('\n')[0] ?? ''}`);
  return census.parseCommitLog(run.stdout);
}

function table(headers, rows) {
  const clean = (cell) => String(cell).replace(/[|\r\n]/g, ' ');
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(clean).join(' | ')} |`)].join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const [repo, range = 'HEAD'] = args.filter((arg) => arg !== '--json');
  if (!repo) fail('usage: npm run provenance:census -- <repo> [range] [--json]');
  const census = await bundleModule(
    `export { takeCensus } from './src/provenance/census.ts';
     export { COMMIT_FORMAT, parseCommitLog } from './src/provenance/git.ts';
     import { provenanceConfigSchema } from './src/provenance/config.ts';
     import { buildSignalRules } from './src/provenance/signals.ts';
     export const defaultRules = () => buildSignalRules(provenanceConfigSchema.parse({}));`,
    root,
  );
  const commits = readHistory(repo, range, census);
  const result = census.takeCensus(commits, census.defaultRules());
  if (json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  process.stdout.write(`${repo} ${range}: ${result.commits} commits, ${result.marked} with a catalogue signal\n\n`);
  process.stdout.write('Known (catalogue ids):\n\n' + table(['id', 'commits'], result.known.map((row) => [row.id, row.commits])) + '\n\n');
  process.stdout.write(
    'Looks like an agent, not in the catalogue:\n\n' +
      table(['kind', 'where', 'value', 'commits', 'example'], result.unknown.map((row) => [row.kind, row.where, row.value, row.commits, row.example.slice(0, 12)])) +
      '\n',
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
