// GitHub API failures → one line that says what to fix. Retries happened before this point.

/** A failed API call, with the HTTP status kept so callers can choose a fallback. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

export interface ApiAction {
  /** What was tried, e.g. `create the check run`. */
  what: string;
  /** The workflow permission it needs, e.g. `checks: write`. */
  permission: string;
  /** The per-call timeout, to say so when it is what stopped the call. */
  timeoutMs?: number;
}

/** A call stopped by its timeout signal (fetch throws the signal's reason, a TimeoutError, or an AbortError). */
function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  const cause = (error as { cause?: { name?: unknown } } | null)?.cause;
  if (name === 'TimeoutError' || name === 'AbortError' || cause?.name === 'TimeoutError' || cause?.name === 'AbortError') return true;
  // @octokit/request rewraps it as an HTTP 500 RequestError that keeps only the message.
  return error instanceof Error && /\bthe operation was aborted\b/i.test(error.message);
}

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/** The API's own message, first line only, without the documentation URL noise. */
function apiMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(/ - https:\/\/docs\.github\.com\S*/, '').trim();
}

export function explainApiError(error: unknown, action: ApiAction): GitHubApiError {
  if (isTimeout(error)) {
    const after = action.timeoutMs === undefined ? '' : ` within ${Number((action.timeoutMs / 1000).toFixed(1))}s`;
    return new GitHubApiError(`cannot ${action.what}: GitHub did not answer${after} (request-timeout-seconds); gave up`, null);
  }
  const status = statusOf(error);
  const said = apiMessage(error);
  let advice: string;
  switch (status) {
    case 401:
      advice = 'the token was rejected: check the `github-token` input (expired or revoked token?)';
      break;
    case 403:
      advice =
        `the token lacks permission: grant \`${action.permission}\` in the workflow's \`permissions:\`; ` +
        'pull requests from forks get a read-only token, so use the two-workflow mode (`mode: analyze` + `mode: publish`)';
      break;
    case 404:
      advice =
        `not found: the token cannot see this repository or item; check \`GITHUB_REPOSITORY\` and grant \`${action.permission}\` ` +
        '(a GitHub App or fine-grained token also needs access to this repository)';
      break;
    case 422:
      advice = 'GitHub refused the request as invalid';
      break;
    default:
      advice = status === null ? 'the request did not complete' : `GitHub answered HTTP ${status} (after retries)`;
  }
  return new GitHubApiError(`cannot ${action.what}: ${advice} (${said})`, status);
}
