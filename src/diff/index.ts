// Public surface of the diff stage. Owned by src/diff/.
import type { ChangedFile } from '../model.js';
import type { EventContext } from '../event.js';

export interface DiffRange {
  /** Full SHA the diff starts from (the merge-base when a branch was compared). */
  base: string;
  /** Full SHA of the head revision. */
  head: string;
}

export interface RangeRequest {
  base?: string | null;
  head?: string | null;
  event: EventContext;
}

/** Resolves base and head: explicit refs; else the event payload; else merge-base of HEAD with the default branch. */
export async function resolveRange(_repo: string, _request: RangeRequest): Promise<DiffRange> {
  throw new Error('resolveRange: not built yet');
}

/** The files changed between base and head, with added line numbers in the head version. */
export async function collectChangedFiles(_repo: string, _range: DiffRange): Promise<ChangedFile[]> {
  return [];
}

/** A file's content at a revision, read from git objects (no checkout needed); null when absent. */
export async function readFileAtRevision(_repo: string, _revision: string, _path: string): Promise<Buffer | null> {
  return null;
}

/** Every path tracked at a revision (POSIX separators). */
export async function listTrackedFiles(_repo: string, _revision: string): Promise<string[]> {
  return [];
}
