// Public surface of the diff stage. Owned by src/diff/.
import type { ChangedFile } from '../model.js';
import { collectDiff } from './collect.js';
import type { DiffRange } from './range.js';

export type { DiffRange, RangeRequest } from './range.js';
export { resolveRange } from './range.js';
export type { DiffResult } from './collect.js';
export { collectDiff } from './collect.js';
export { parseUnifiedDiff } from './parse.js';
// File contents live with the Revision now (src/git/); re-exported for existing callers.
export { readFileAtRevision, listTrackedFiles } from '../git/revision.js';

/** The files changed between base and head, with added line numbers in the head version, sorted by path. */
export async function collectChangedFiles(repo: string, range: DiffRange): Promise<ChangedFile[]> {
  return (await collectDiff(repo, range)).files;
}
