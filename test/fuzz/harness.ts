// Shared pieces of the property-based fuzzing of every parser (issue #15): how many inputs, the edge
// numbers, mutations of real corpus files, and the one property every parser must hold — each input
// yields a result, or an InputError that names the file on one line; nothing else ever escapes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { InputError } from '../../src/errors.js';

/** Generated inputs per parser: 10,000 in CI; `npm run fuzz` raises it with FUZZ_RUNS. */
export const RUNS = Math.max(1, Number(process.env['FUZZ_RUNS'] ?? 10_000) || 10_000);
/** Per-input bound, by design generous (the machine is shared): a parser that loops on a claimed count blows it. */
export const PER_INPUT_MS = 10_000;
/** FUZZ_SEED reproduces a failing run; fast-check prints the seed and the shrunk input on failure. */
export const SEED = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);

/**
 * Vitest's limit for one fuzz test: a hang guard scaled to the number of inputs (a few seconds per
 * 10,000 on an idle runner; far more on a machine shared by many jobs). Not an assertion on speed.
 */
export function suiteGuardMs(runs = RUNS): number {
  return Math.max(60_000, runs * 30);
}

export function assertOptions(runs = RUNS): fc.Parameters<unknown> {
  return { numRuns: runs, timeout: PER_INPUT_MS, ...(SEED === undefined ? {} : { seed: SEED }) } as fc.Parameters<unknown>;
}

export const corpusRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
export const haveCorpus = existsSync(corpusRoot);

/** Every file under a corpus folder (recursively), as text; empty without the corpus. */
export function corpusTexts(folder: string, accept: (path: string) => boolean = () => true): string[] {
  const root = join(corpusRoot, folder);
  if (!existsSync(root)) return [];
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (accept(path)) texts.push(headOf(readFileSync(path, 'utf8')));
    }
  };
  walk(root);
  return texts;
}

/**
 * The first lines of a real file, up to SEED_CHARS: mutations of a 2 MB report would cost the suite its
 * minute, and the structure a mutation breaks is in any real prefix (a cut is one of the mutations anyway).
 */
const SEED_CHARS = 6_000;
function headOf(text: string): string {
  if (text.length <= SEED_CHARS) return text;
  const cut = text.lastIndexOf('\n', SEED_CHARS);
  return text.slice(0, cut > 0 ? cut + 1 : SEED_CHARS);
}

/** Numbers at the edges, as text: zero, negatives, 2^31, 2^53, beyond, fractions, NaN and friends. */
export const EDGE_NUMBER_TEXTS = [
  '0', '-0', '1', '-1', '2147483647', '2147483648', '-2147483649', '4294967296', '9007199254740991', '9007199254740992',
  '-9007199254740993', '99999999999999999999999', '1e308', '1e309', '-1e309', '0.5', '1.5', '1e-7', 'NaN', 'Infinity', '-Infinity',
  '0x10', '1_000', '', ' ', '١٢', '1,5',
];
export const edgeNumberText = fc.oneof(fc.constantFrom(...EDGE_NUMBER_TEXTS), fc.integer().map(String), fc.nat(2_000).map(String));

/** JSON numbers at the edges (what JSON.parse can produce). */
export const edgeJsonNumber = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 2 ** 31, 2 ** 31 - 1, 2 ** 53 - 1, 2 ** 53, 2 ** 60, -(2 ** 53), 1e308, 0.5, 1.5, 1e-7),
  fc.integer({ min: -5, max: 50 }),
);

/** Text mutations of a real input: cut it, splice in noise or an edge number, repeat a slice. */
export function mutated(texts: string[]): fc.Arbitrary<string> {
  if (texts.length === 0) return fc.constant('');
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 4 }), fc.oneof(edgeNumberText, fc.string({ maxLength: 12 }))), { maxLength: 4 }))
    .map(([text, edits]) => {
      let out = text;
      for (const [at, length, kind, noise] of edits) {
        const position = out.length === 0 ? 0 : at % out.length;
        if (kind === 0) out = out.slice(0, position);
        else if (kind === 1) out = out.slice(0, position) + noise + out.slice(position);
        else if (kind === 2) out = out.slice(0, position) + out.slice(position + (length % 64));
        else if (kind === 3) out = out.replace(/\d+/, noise);
        else out = out.slice(0, position) + out.slice(position, position + (length % 256)) + out.slice(position);
      }
      return out;
    });
}

export interface Tally {
  inputs: number;
  results: number;
  inputErrors: number;
}

export function tally(): Tally {
  return { inputs: 0, results: 0, inputErrors: 0 };
}

/**
 * The property: `parse` resolves, or rejects with an InputError on one line that names `name`.
 * Anything else (a TypeError, a RangeError from a Map, a stack trace) fails, and fast-check shrinks it.
 */
export async function yieldsResultOrInputError(counts: Tally, name: string, parse: () => unknown): Promise<void> {
  counts.inputs++;
  try {
    await parse();
    counts.results++;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (!error.message.includes(name)) throw new Error(`the InputError does not name ${name}: ${error.message}`);
    if (/[\r\n]/.test(error.message)) throw new Error(`the InputError is not one line: ${JSON.stringify(error.message)}`);
    counts.inputErrors++;
  }
}
