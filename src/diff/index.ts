// Public surface of the diff stage. Owned by src/diff/.
import type { ChangedFile } from '../model.js';
import { collectDiff } from './collect.js';
import type { DiffRange } from './range.js';

export type { DiffRange, RangeRequest } from './range.js';
export { resolveRange } from './range.js';
export type { DiffResult } from './collect.js';
export { collectDiff } from './collect.js';
export { parseUnifiedDiff } from './parse.js';
export { readFileAtRevision, listTrackedFiles } from './content.js';
export { readFilesAtRevision } from './blobs.js';

/** The files changed between base and head, with added line numbers in the head version, sorted by path. */
export async function collectChangedFiles(repo: string, range: DiffRange): Promise<ChangedFile[]> {
  return (await collectDiff(repo, range)).files;
}
