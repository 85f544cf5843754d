// Report files are named by the workflow, but a pull request controls what lies in the checkout: a
// committed symbolic link `reports/eslint.sarif -> /etc/passwd`, or a folder linked to `/`, would make
// diffgate read files from outside (and quote them in its errors). So a report found inside the
// repository or the working directory must really lie inside one of them once every link is followed.
// A path the workflow names outside both (a report in $RUNNER_TEMP) is its own choice and is read as named.
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { InputError } from '../errors.js';

/** Whether `path` is `folder` or lies under it (both absolute; lexical, links not followed). */
export function isInside(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/**
 * Refuses `file` when it lies (as named) under one of `roots` but its real path lies under none of
 * their real paths. `what` names the file in the one-line error, which never shows the file's content.
 * A file that does not exist passes: reading it reports that.
 */
export async function refuseLinkOutside(file: string, roots: string[], what: string): Promise<void> {
  const named = roots.filter((root) => isInside(root, file));
  if (named.length === 0) return;
  const real = await realpath(file).catch(() => null);
  if (real === null) return;
  const realRoots = await Promise.all(roots.map((root) => realpath(root).catch(() => root)));
  if (realRoots.some((root) => isInside(root, real))) return;
  throw new InputError(`${what} is a symbolic link (or lies under one) that leads outside the repository and the working directory: refusing to read it`);
}
