// Which head a run reads, for `diffgate` and `diffgate ranges`: the one place that chooses between a
// commit (`--head`, the event's, HEAD) and the working tree (`--include-uncommitted`).
import { InputError } from './errors.js';
import { snapshotWorkingTree } from './git/working-tree-snapshot.js';

export interface HeadFlags {
  head: string | null;
  /** The `--event` file, when given: it names a head commit of its own. */
  event: string | null;
  includeUncommitted: boolean;
}

export interface ChosenHead {
  /** The head ref to resolve; null lets the range resolution choose (the event's, else HEAD). */
  head: string | null;
  /** What the head is, for one line of the log; null for a commit named as usual. */
  note: string | null;
}

export async function chooseHead(repo: string, flags: HeadFlags): Promise<ChosenHead> {
  if (!flags.includeUncommitted) return { head: flags.head, note: null };
  if (flags.head !== null || flags.event !== null) {
    throw new InputError(`--include-uncommitted reads the working tree on top of HEAD: it cannot be combined with ${flags.head !== null ? '--head' : '--event'}`);
  }
  const snapshot = await snapshotWorkingTree(repo);
  if (snapshot === null) return { head: null, note: 'head: HEAD (no uncommitted changes to tracked files)' };
  return {
    head: snapshot.sha,
    note: `head: the working tree (uncommitted changes to tracked files on top of HEAD ${snapshot.parent.slice(0, 7)}, read as ${snapshot.sha.slice(0, 7)}; untracked files are not included)`,
  };
}
