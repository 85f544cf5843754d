// Provenance's strongest identity channel while a pull request is open: its commits as the API
// reports them, with the GitHub accounts linked to their authors and committers. Read once, before
// the gate. It is optional evidence: when it cannot be read (no token, no `pull-requests: read`,
// a fork's token, an API that does not answer) provenance goes on without it, and the gap goes into
// the report instead of failing the run.
import { pullRequestOf, type EventContext } from '../event.js';
import type { PullRequestCommitsRead } from '../provenance/index.js';
import { GitHubApiError } from './api-errors.js';
import { PULL_REQUEST_COMMITS_LIMIT, type GitHubGateway } from './gateway.js';

/** The start of every gap's text, so readers of the report can find it. */
export const NOT_READ = 'PR commits not read';

/**
 * The pull request's commits, or null when the channel does not apply: no pull request in the event,
 * or `ai: all` / `ai: none` (then no commit is looked at).
 */
export async function readPullRequestCommits(gateway: GitHubGateway | null, event: EventContext, aiMode: string): Promise<PullRequestCommitsRead | null> {
  const pullRequest = pullRequestOf(event);
  if (!pullRequest || pullRequest.number <= 0 || aiMode !== 'auto') return null;
  if (!gateway) return { commits: [], gap: `${NOT_READ}: no github-token` };
  try {
    const { commits, capped } = await gateway.listPullRequestCommits(pullRequest.number);
    const gap = capped
      ? `PR commits read only in part: the API lists at most ${PULL_REQUEST_COMMITS_LIMIT} commits of a pull request; later ones count on their git identities only`
      : null;
    return { commits, gap };
  } catch (error) {
    // An API answer (403, 404, a timeout, 5xx after retries) is a gap; anything else (the deadline) is not ours to swallow.
    if (!(error instanceof GitHubApiError)) throw error;
    return { commits: [], gap: `${NOT_READ}: ${error.message}` };
  }
}

/** One line for the log: what the channel gave. */
export function describePullRequestCommits(read: PullRequestCommitsRead): string {
  return read.gap ?? `read ${read.commits.length} commit${read.commits.length === 1 ? '' : 's'} of the pull request from the API`;
}
