// The one object that talks to the GitHub API. Built once by main.ts and passed in; everything
// else in src/github/ takes this interface, so publishing logic never creates its own client.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import type { PullRequestCommit } from '../provenance/index.js';
import type { CheckRunAnnotation } from '../report/index.js';
import { explainApiError, GitHubApiError } from './api-errors.js';

export interface RepositoryRef {
  owner: string;
  repo: string;
}

export type CheckConclusion = 'success' | 'neutral' | 'failure';

export interface CheckOutput {
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckRunAnnotation[];
}

export interface CheckRunUpdate {
  output: CheckOutput;
  /** Set on the last update only: completes the check run. */
  conclusion?: CheckConclusion;
}

export interface IssueComment {
  id: number;
  body: string;
  url: string;
  /** The login of the account that wrote it: the sticky comment must be our own, not a lookalike. */
  author: string;
}

export interface PullRequestState {
  number: number;
  headSha: string;
  state: string;
}

export interface PullRequestCommitList {
  /** Items without a full commit SHA are dropped; a login GitHub could not have issued reads as none. */
  commits: PullRequestCommit[];
  /** The API listed as many as it ever lists (PULL_REQUEST_COMMITS_LIMIT): later commits, if any, are missing. */
  capped: boolean;
}

export interface GitHubGateway {
  readonly repository: RepositoryRef;
  createCheckRun(name: string, headSha: string): Promise<number>;
  updateCheckRun(checkRunId: number, update: CheckRunUpdate): Promise<void>;
  /** Every comment on the issue or pull request, all pages. */
  listIssueComments(issueNumber: number): Promise<IssueComment[]>;
  createIssueComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  getPullRequest(pullNumber: number): Promise<PullRequestState>;
  /** The pull request's commits with the GitHub accounts the API linked to their authors and committers. */
  listPullRequestCommits(pullNumber: number): Promise<PullRequestCommitList>;
  /** The login the token acts as: `github-actions[bot]` for the workflow token, which may not ask. */
  viewerLogin(): Promise<string>;
}

export interface GatewayOptions {
  token: string;
  repository: RepositoryRef;
  /** GITHUB_API_URL: api.github.com, a GHES host, or a test server. */
  apiUrl: string;
  /** Milliseconds per unit of `retry-after` and of the retry back-off (1000 in production; small in tests). */
  retryBaseMs?: number;
  /** Secondary-rate-limit and 5xx retries before giving up. */
  retries?: number;
  /**
   * Space content-creating requests as GitHub asks (1 s apart, 3 s for notifying ones such as comments).
   * On by default; tests turn it off to stay fast.
   */
  spaceWrites?: boolean;
  /**
   * How long one API call may take, retries included, before it is abandoned: an API that accepts
   * the connection and never answers must not hold the job until GitHub kills it.
   */
  requestTimeoutMs?: number;
  log?: (message: string) => void;
}

const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
const COMMENTS_PER_PAGE = 100;
const COMMITS_PER_PAGE = 100;
/** `GET /pulls/{n}/commits` lists at most this many commits of a pull request, whatever the pages. */
export const PULL_REQUEST_COMMITS_LIMIT = 250;
/** Who writes comments with the workflow's GITHUB_TOKEN (which cannot read `GET /user`). */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

/** Stands in for the throttling plugin's Bottleneck groups (only `key().schedule()` is used): runs each job at once. */
const UNSPACED = {
  key: () => ({ schedule: <T>(_options: unknown, job: (...args: unknown[]) => Promise<T>, ...args: unknown[]) => job(...args) }),
} as unknown as NonNullable<ThrottlingOptions['write']>;

/** `owner/name` from GITHUB_REPOSITORY. */
export function parseRepository(value: string | undefined): RepositoryRef | null {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : null;
}

// API text is untrusted: only a full SHA and a login GitHub could have issued go through (a login is
// letters, digits and dashes; an App's bot account adds `[bot]`). Anything else reads as no account.
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const GITHUB_LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,99}(?:\[bot\])?$/;

function loginOf(account: unknown): string {
  const login = (account as { login?: unknown } | null)?.login;
  return typeof login === 'string' && GITHUB_LOGIN.test(login) ? login : '';
}

/** One item of `GET /pulls/{n}/commits` → the accounts provenance matches; null when its SHA is not one. */
export function pullRequestCommitOf(item: unknown): PullRequestCommit | null {
  const { sha, author, committer } = (item ?? {}) as { sha?: unknown; author?: unknown; committer?: unknown };
  if (typeof sha !== 'string' || !COMMIT_SHA.test(sha)) return null;
  return { sha, authorLogin: loginOf(author), committerLogin: loginOf(committer) };
}

export function createGitHubGateway(options: GatewayOptions): GitHubGateway {
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const retries = options.retries ?? 3;
  const log = options.log ?? (() => undefined);
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      retry: { retryAfterBaseValue: retryBaseMs, retries },
      throttle: {
        retryAfterBaseValue: retryBaseMs,
        fallbackSecondaryRateRetryAfter: 60,
        ...(options.spaceWrites === false ? { write: UNSPACED, notifications: UNSPACED } : {}),
        // The primary limit resets hourly: wait for a reset that is near, not for an hour.
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          const retrying = retryCount < retries && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
          log(`GitHub rate limit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter}s` : `resets in ${retryAfter}s, not waiting`}`);
          return retrying;
        },
        // A `retry-after: 3600` is an answer too: not worth holding the job (and a started check run) for.
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          const retrying = retryCount < retries && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
          log(`GitHub secondary rate limit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter}s` : `asked to wait ${retryAfter}s, not waiting`}`);
          return retrying;
        },
      },
    },
    retry,
    throttling,
  );
  const repository = options.repository;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;

  /**
   * One API call with its own timeout signal, which octokit hands to fetch (passed as the call's
   * `request` option: octokit's other ways of adding it do not reach fetch through the plugins).
   */
  async function call<T>(what: string, permission: string, request: (timeout: { request: { signal: AbortSignal } }) => Promise<T>): Promise<T> {
    try {
      return await request({ request: { signal: AbortSignal.timeout(requestTimeoutMs) } });
    } catch (error) {
      throw explainApiError(error, { what, permission, timeoutMs: requestTimeoutMs });
    }
  }

  const comment = (data: { id: number; body?: string | null; html_url: string; user?: { login?: string } | null }): IssueComment => ({
    id: data.id,
    body: data.body ?? '',
    url: data.html_url,
    author: data.user?.login ?? '',
  });
  let viewer: Promise<string> | null = null;

  return {
    repository,
    async createCheckRun(name, headSha) {
      const response = await call('create the check run', 'checks: write', (timeout) =>
        octokit.rest.checks.create({ ...repository, name, head_sha: headSha, status: 'in_progress', started_at: new Date().toISOString(), ...timeout }),
      );
      return response.data.id;
    },
    async updateCheckRun(checkRunId, update) {
      const completion = update.conclusion
        ? { status: 'completed' as const, conclusion: update.conclusion, completed_at: new Date().toISOString() }
        : {};
      await call('update the check run', 'checks: write', (timeout) =>
        octokit.rest.checks.update({ ...repository, check_run_id: checkRunId, output: update.output, ...completion, ...timeout }),
      );
    },
    async listIssueComments(issueNumber) {
      // Page by page, each page a call with its own timeout (octokit.paginate drops the signal). A page
      // shorter than asked for is the last; pages are bounded by the comments GitHub really returns.
      const comments: IssueComment[] = [];
      for (let page = 1; ; page++) {
        const response = await call('list the pull request comments', 'pull-requests: read', (timeout) =>
          octokit.rest.issues.listComments({ ...repository, issue_number: issueNumber, per_page: COMMENTS_PER_PAGE, page, ...timeout }),
        );
        comments.push(...response.data.map(comment));
        if (response.data.length < COMMENTS_PER_PAGE) return comments;
      }
    },
    async createIssueComment(issueNumber, body) {
      const response = await call('comment on the pull request', 'pull-requests: write', (timeout) =>
        octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body, ...timeout }),
      );
      return comment(response.data);
    },
    async updateIssueComment(commentId, body) {
      const response = await call('edit the diffgate comment', 'pull-requests: write', (timeout) =>
        octokit.rest.issues.updateComment({ ...repository, comment_id: commentId, body, ...timeout }),
      );
      return comment(response.data);
    },
    async getPullRequest(pullNumber) {
      const response = await call('read the pull request', 'pull-requests: read', (timeout) =>
        octokit.rest.pulls.get({ ...repository, pull_number: pullNumber, ...timeout }),
      );
      return { number: response.data.number, headSha: response.data.head.sha, state: response.data.state };
    },
    async listPullRequestCommits(pullNumber) {
      // Page by page like the comments, bounded by the items GitHub really returns and by its own
      // 250-commit cap (a server that ignored per_page or the cap still ends here).
      const commits: PullRequestCommit[] = [];
      let listed = 0;
      for (let page = 1; listed < PULL_REQUEST_COMMITS_LIMIT; page++) {
        const response = await call("list the pull request's commits", 'pull-requests: read', (timeout) =>
          octokit.rest.pulls.listCommits({ ...repository, pull_number: pullNumber, per_page: COMMITS_PER_PAGE, page, ...timeout }),
        );
        const items: unknown[] = Array.isArray(response.data) ? response.data.slice(0, PULL_REQUEST_COMMITS_LIMIT - listed) : [];
        listed += items.length;
        for (const item of items) {
          const commit = pullRequestCommitOf(item);
          if (commit) commits.push(commit);
        }
        if (items.length < COMMITS_PER_PAGE) break;
      }
      return { commits, capped: listed >= PULL_REQUEST_COMMITS_LIMIT };
    },
    viewerLogin() {
      // The workflow token is an installation token: `GET /user` answers 403 (or 401/404 on GHES).
      viewer ??= call('read who the token is', 'none', (timeout) => octokit.rest.users.getAuthenticated({ ...timeout })).then(
        (response) => response.data.login,
        (error: unknown) => {
          if (error instanceof GitHubApiError && (error.status === 401 || error.status === 403 || error.status === 404)) return WORKFLOW_TOKEN_LOGIN;
          throw error;
        },
      );
      return viewer;
    },
  };
}
