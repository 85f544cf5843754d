// The overall deadline of one action run. Work that is still going when it passes (a hung API, a git
// process that never ends) is abandoned: the run completes its check run as a diffgate error and ends,
// and the abandoned work is fenced off from the API so it cannot post a verdict afterwards.
import type { GitHubGateway } from './gateway.js';

export class DeadlineError extends Error {
  override readonly name = 'DeadlineError';
}

export interface Deadline {
  /** The work's result, or a DeadlineError once the deadline passes first. */
  race<T>(work: Promise<T>): Promise<T>;
  readonly expired: boolean;
  /** Stops the timer (the run finished in time). */
  clear(): void;
}

export function startDeadline(milliseconds: number, what = 'diffgate'): Deadline {
  let expired = false;
  let timer: NodeJS.Timeout | undefined;
  const passed = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      expired = true;
      reject(new DeadlineError(`${what} did not finish within ${Number((milliseconds / 1000).toFixed(1))}s (deadline-seconds); stopped waiting`));
    }, milliseconds);
  });
  // The timer alone must not keep the process alive, and an unobserved rejection must not crash it.
  timer?.unref();
  passed.catch(() => undefined);
  return {
    race: (work) => Promise.race([work, passed]),
    get expired() {
      return expired;
    },
    clear: () => clearTimeout(timer),
  };
}

/** The gateway as seen by work that may be abandoned: every call after the deadline is refused. */
export function fenceGateway(gateway: GitHubGateway, deadline: Pick<Deadline, 'expired'>): GitHubGateway {
  const refuse = (): Promise<never> => Promise.reject(new DeadlineError('the deadline passed: this work was abandoned'));
  const open = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => (...args: A): Promise<R> => (deadline.expired ? refuse() : call(...args));
  return {
    repository: gateway.repository,
    createCheckRun: open(gateway.createCheckRun.bind(gateway)),
    updateCheckRun: open(gateway.updateCheckRun.bind(gateway)),
    listIssueComments: open(gateway.listIssueComments.bind(gateway)),
    createIssueComment: open(gateway.createIssueComment.bind(gateway)),
    updateIssueComment: open(gateway.updateIssueComment.bind(gateway)),
    getPullRequest: open(gateway.getPullRequest.bind(gateway)),
    listPullRequestCommits: open(gateway.listPullRequestCommits.bind(gateway)),
    viewerLogin: open(gateway.viewerLogin.bind(gateway)),
  };
}
