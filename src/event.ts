// The GitHub event that triggered a run, as plain data. Read by the entry points, passed down.
// Everything here comes from the payload and is untrusted text.

export interface EventContext {
  /** `pull_request`, `pull_request_target`, `merge_group`, `workflow_run`, `push`, … or null outside Actions. */
  name: string | null;
  payload: Record<string, unknown> | null;
}

export interface PullRequestInfo {
  number: number;
  title: string;
  body: string;
  /** Login of the account that opened the pull request. */
  author: string;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
  labels: string[];
  /** True when the head repository differs from the base repository (a fork). */
  fromFork: boolean;
}

export const NO_EVENT: EventContext = { name: null, payload: null };

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The pull request of a `pull_request` / `pull_request_target` event, or null. */
export function pullRequestOf(event: EventContext): PullRequestInfo | null {
  const pr = record(event.payload?.['pull_request']);
  if (!pr) return null;
  const base = record(pr['base']);
  const head = record(pr['head']);
  const user = record(pr['user']);
  const labels = Array.isArray(pr['labels']) ? pr['labels'] : [];
  const baseRepo = record(base?.['repo']);
  const headRepo = record(head?.['repo']);
  return {
    number: typeof pr['number'] === 'number' ? pr['number'] : 0,
    title: text(pr['title']),
    body: text(pr['body']),
    author: text(user?.['login']),
    baseSha: text(base?.['sha']),
    headSha: text(head?.['sha']),
    baseRef: text(base?.['ref']),
    headRef: text(head?.['ref']),
    labels: labels.map((label) => text(record(label)?.['name'])).filter((name) => name !== ''),
    fromFork: Boolean(headRepo && baseRepo && text(headRepo['full_name']) !== text(baseRepo['full_name'])),
  };
}

/** Base and head SHAs of a `merge_group` event, or null. */
export function mergeGroupOf(event: EventContext): { baseSha: string; headSha: string } | null {
  const group = record(event.payload?.['merge_group']);
  if (!group) return null;
  return { baseSha: text(group['base_sha']), headSha: text(group['head_sha']) };
}
