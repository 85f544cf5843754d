// The sticky pull request comment: one per check name, found by a hidden marker, edited in place.
import type { GitHubGateway, IssueComment } from './gateway.js';

export type CommentMode = 'always' | 'on-failure' | 'never';

/** The hidden first line that identifies diffgate's comment for this check name. */
export function commentMarker(checkName: string): string {
  // Letters, digits, dots; any run of other characters (dashes included) becomes one dash, so the
  // name can never close the HTML comment or contain `--`.
  const name = checkName.toLowerCase().replace(/[^a-z0-9.]+/g, '-');
  return `<!-- diffgate:${name} -->`;
}

/**
 * Only a comment that starts with the marker AND was written by the token's own account counts: a
 * reply quoting the marker starts with `>`, and anyone can write a comment that starts with it (editing
 * theirs would let them steer what diffgate's comment says, or hide it among their words).
 */
export function findStickyComment(comments: IssueComment[], marker: string, ownLogin: string): IssueComment | null {
  const own = ownLogin.toLowerCase();
  return comments.find((comment) => comment.body.startsWith(marker) && comment.author.toLowerCase() === own) ?? null;
}

export type CommentAction = 'created' | 'updated' | 'skipped';

export interface CommentResult {
  action: CommentAction;
  comment: IssueComment | null;
  reason: string;
}

/**
 * Creates or edits the sticky comment according to the mode. `on-failure` creates a comment only
 * while the gate fails, but keeps an existing one current when the gate passes again (else a stale
 * "failed" comment would stay on the pull request).
 */
export async function upsertStickyComment(
  gateway: GitHubGateway,
  request: { issueNumber: number; checkName: string; mode: CommentMode; failing: boolean; body: string },
): Promise<CommentResult> {
  if (request.mode === 'never') return { action: 'skipped', comment: null, reason: 'comment: never' };
  const marker = commentMarker(request.checkName);
  const body = `${marker}\n${request.body}`;
  const existing = findStickyComment(await gateway.listIssueComments(request.issueNumber), marker, await gateway.viewerLogin());
  if (existing) {
    if (existing.body === body) return { action: 'skipped', comment: existing, reason: 'the comment is already up to date' };
    return { action: 'updated', comment: await gateway.updateIssueComment(existing.id, body), reason: 'edited in place' };
  }
  if (request.mode === 'on-failure' && !request.failing) {
    return { action: 'skipped', comment: null, reason: 'comment: on-failure and the gate did not fail' };
  }
  return { action: 'created', comment: await gateway.createIssueComment(request.issueNumber, body), reason: 'no earlier comment' };
}
