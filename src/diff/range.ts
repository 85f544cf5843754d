// Which two commits to compare. Explicit refs win, then the event payload, then HEAD against
// the remote default branch. Base is always the merge-base of base and head, like GitHub's
// three-dot pull request diff: commits that landed on the base branch after the branch point
// are not part of the change.
import { InputError, describeError, isInputError } from '../errors.js';
import { BlobReader } from '../git/blob-reader.js';
import { toSha, type Sha } from '../ids.js';
import { mergeGroupOf, pullRequestOf } from '../event.js';
import type { EventContext } from '../event.js';
import { runGit, runGitRaw } from '../git/run.js';

export interface DiffRange {
  /** Full SHA the diff starts from (the merge-base when a branch was compared). */
  base: Sha;
  /** Full SHA of the head revision. */
  head: Sha;
  /** The base as asked for or found (`origin/main`, an event's SHA) and the commit it named, for the log. */
  baseRef?: string;
  baseTip?: string;
}

export interface RangeRequest {
  base?: string | null;
  head?: string | null;
  event: EventContext;
}

/** Where a requested revision came from, for error messages that say what to change. */
interface Requested {
  ref: string;
  origin: string;
  /** A SHA from the event payload: it exists on GitHub, so a missing one only needs fetching. */
  fromEvent?: boolean;
}

/** Tried in order when neither a base ref nor an event names the base. */
const DEFAULT_BRANCH_CANDIDATES = [
  'refs/remotes/origin/HEAD',
  'refs/remotes/origin/main',
  'refs/remotes/origin/master',
  'refs/heads/main',
  'refs/heads/master',
] as const;

const FETCH_ADVICE = 'set `fetch-depth: 0` on actions/checkout, or fetch deeper (e.g. `git fetch --deepen=100`)';

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The SHAs the event names: a pull request's base and head, or a merge group's. */
function eventRefs(event: EventContext): { base: string; head: string } | null {
  if (event.name === 'merge_group') {
    const group = mergeGroupOf(event);
    if (group && present(group.baseSha) && present(group.headSha)) return { base: group.baseSha, head: group.headSha };
  }
  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    const pullRequest = pullRequestOf(event);
    if (pullRequest && present(pullRequest.baseSha) && present(pullRequest.headSha)) return { base: pullRequest.baseSha, head: pullRequest.headSha };
  }
  return null;
}

async function isShallow(repo: string): Promise<boolean> {
  return (await runGit(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** The commit a ref names, through the run's cat-file; null when git has none by that name. */
async function commitOf(objects: BlobReader, repo: string, requested: Requested): Promise<Sha | null> {
  try {
    // The ref goes to cat-file's stdin, one name per line: data, never an option to git.
    const header = await objects.resolve(`${requested.ref}^{commit}`);
    return header?.type === 'commit' ? toSha(header.oid, 'git cat-file') : null;
  } catch (error) {
    const problem = describeError(error).split('\n')[0] ?? '';
    // The folder is the problem, not the ref: say so the way every git command of a run would.
    if (/not a git repository/i.test(problem)) throw new InputError(`not a git repository: ${repo}`);
    if (isInputError(error) && !problem.startsWith('git cat-file failed')) throw error; // git missing, --repo missing
    // Git itself failing (a broken repository) is not "unknown ref": say what git said.
    throw new InputError(`cannot resolve ${requested.origin} "${requested.ref}" in ${repo}: ${problem}`);
  }
}

/** Full SHA of the commit `requested` names (`sha`, as cat-file answered); InputError naming the ref (and the fetch advice in a shallow clone). */
async function resolveCommit(repo: string, requested: Requested, sha: Sha | null): Promise<Sha> {
  if (sha !== null) return sha;
  if (await isShallow(repo)) {
    throw new InputError(`${requested.origin} "${requested.ref}" is not in the shallow clone at ${repo}: ${FETCH_ADVICE}`);
  }
  if (requested.fromEvent) {
    // E.g. a fork's head under pull_request_target: actions/checkout does not fetch refs/pull/*.
    throw new InputError(`${requested.origin} "${requested.ref}" is not in the clone at ${repo}: fetch it first (\`git fetch origin ${requested.ref}\`)`);
  }
  throw new InputError(`unknown ${requested.origin} "${requested.ref}" in ${repo}: no branch, tag or commit has that name (fetch it, or check the spelling)`);
}

/** The first candidate that exists, and its commit. */
async function findDefaultBranch(repo: string, candidates: ReadonlyArray<Promise<Sha | null>>): Promise<{ ref: string; sha: Sha }> {
  const found = await Promise.all(candidates);
  const index = found.findIndex((sha) => sha !== null);
  if (index >= 0) return { ref: DEFAULT_BRANCH_CANDIDATES[index] as string, sha: found[index] as Sha };
  throw new InputError(
    // The action has no `base` input: it compares what the event names, and needs the branches fetched.
    `no base to compare with in ${repo}: none of ${DEFAULT_BRANCH_CANDIDATES.join(', ')} exists; pass --base REF, or fetch the default branch (\`fetch-depth: 0\` on actions/checkout)`,
  );
}

/** A promise awaited later: its rejection is not "unhandled" while an earlier step fails first. */
function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

async function mergeBase(repo: string, base: Requested & { sha: Sha }, head: Sha): Promise<Sha> {
  const result = await runGitRaw(repo, ['merge-base', base.sha, head]);
  const sha = result.stdout.trim();
  if (result.exitCode === 0 && sha !== '') return toSha(sha, 'git merge-base');
  const problem = result.stderr.trim().split('\n')[0];
  if (problem) throw new InputError(`cannot find the merge-base of ${base.origin} "${base.ref}" and ${head} in ${repo}: ${problem}`);
  if (await isShallow(repo)) {
    throw new InputError(`the common ancestor of ${base.origin} "${base.ref}" and ${head} is not in the shallow clone at ${repo}: ${FETCH_ADVICE}`);
  }
  throw new InputError(`${base.origin} "${base.ref}" and head ${head} share no history in ${repo}: pass a --base on the same history`);
}

/**
 * Resolves base and head to full SHAs: explicit refs; else the event payload; else merge-base of HEAD with the
 * default branch. `objects` is the run's cat-file (shared with the configuration's reads); without it, one is
 * opened and closed here.
 */
export async function resolveRange(repo: string, request: RangeRequest, objects?: BlobReader): Promise<DiffRange> {
  if (objects) return resolveWith(objects, repo, request);
  using own = new BlobReader(repo);
  return await resolveWith(own, repo, request);
}

async function resolveWith(objects: BlobReader, repo: string, request: RangeRequest): Promise<DiffRange> {
  const fromEvent = eventRefs(request.event);
  const headRequest: Requested = present(request.head)
    ? { ref: request.head, origin: 'head ref' }
    : fromEvent
      ? { ref: fromEvent.head, origin: `head commit of the ${request.event.name} event`, fromEvent: true }
      : { ref: 'HEAD', origin: 'head ref' };
  const explicitBase: Requested | null = present(request.base)
    ? { ref: request.base, origin: 'base ref' }
    : fromEvent
      ? { ref: fromEvent.base, origin: `base commit of the ${request.event.name} event`, fromEvent: true }
      : null;
  // Every name is asked at once, of one cat-file that answers in order: one round trip instead of a
  // rev-parse process per name. The answers are read in the order the errors should be told.
  const headSha = later(commitOf(objects, repo, headRequest));
  const baseSha = explicitBase ? later(commitOf(objects, repo, explicitBase)) : null;
  const candidates = explicitBase ? [] : DEFAULT_BRANCH_CANDIDATES.map((ref) => later(commitOf(objects, repo, { ref, origin: 'default branch' })));
  const defaultBranch = explicitBase ? null : await findDefaultBranch(repo, candidates);
  const head = await resolveCommit(repo, headRequest, await headSha);
  const baseRequest: Requested = explicitBase ?? { ref: (defaultBranch as { ref: string }).ref, origin: 'default branch' };
  const base = defaultBranch ? defaultBranch.sha : await resolveCommit(repo, baseRequest, await baseSha);
  return { base: await mergeBase(repo, { ...baseRequest, sha: base }, head), head, baseRef: baseRequest.ref, baseTip: base };
}
