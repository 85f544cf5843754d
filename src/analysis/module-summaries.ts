// The first pass of the analysis: what changed files need from each other, gathered before any rule runs,
// so that every other file can go parse → rules → release, one at a time. Only the changed files another
// changed file imports are parsed here (for what they export); the imports themselves come from the text.
import type { ChangedFile } from '../model.js';
import type { ProjectIndex } from '../project/index.js';
import { importedModules, promiseExports } from './modules.js';
import { parseForAnalysis, type PreparedFile } from './run.js';

/** A changed file read at head and past the skip checks: parsed when its turn comes (or here, when others import it). */
export interface ReadFile {
  file: ChangedFile;
  source: string;
}

/**
 * Source bytes of the early-parsed trees held for their own rules; a tree takes some ten to twenty times
 * its source. Beyond it a tree is released once its exports are known, and parsed again when its turn
 * comes: memory stays bounded whatever the change imports.
 */
export const HELD_TREES_SOURCE_BYTES = 8 * 1024 * 1024;

export interface FirstPass {
  /** Every module the changed files import, found in their text. */
  imported: Set<string>;
  /** Promise-returning exports of the changed files among them. */
  exports: Map<string, Set<string>>;
  /** Changed files among them that do not parse: they export nothing, and need not be read again. */
  unparsable: Set<string>;
  /** Their parse outcomes, kept for their own rules up to the source-byte budget. */
  held: Map<string, PreparedFile>;
}

/**
 * Which modules the changed files import, and what the changed ones among them export. The imports of a
 * file that turns out not to parse are counted too (its parse comes later), where the analysis that parsed
 * every file first left them out: that can only add entries to the promise-export map, for modules that
 * only unparsable files import (a lookup finds them only for an import resolving to such a module).
 */
export function firstPass(readFiles: ReadonlyMap<string, ReadFile>, project: Pick<ProjectIndex, 'resolveImport'>, heldBudget = HELD_TREES_SOURCE_BYTES): FirstPass {
  const imported = importedModules([...readFiles.values()].map(({ file, source }) => [file.path, source] as const), project);
  const exports = new Map<string, Set<string>>();
  const unparsable = new Set<string>();
  const held = new Map<string, PreparedFile>();
  let heldBytes = 0;
  for (const path of imported) {
    const read = readFiles.get(path);
    if (!read) continue;
    const parsed = parseForAnalysis(path, read.source);
    if ('ast' in parsed) exports.set(path, promiseExports(parsed.ast));
    else unparsable.add(path);
    if (heldBytes + read.source.length <= heldBudget) {
      heldBytes += read.source.length;
      held.set(path, parsed);
    }
  }
  return { imported, exports, unparsable, held };
}
