// Issue #12's last channel: the pull request's commits as the API reports them, read through the
// gateway against the local GitHub emulator (every request checked against GitHub's OpenAPI
// description), and the action's rule for when the channel is read and what a failure leaves.
import { beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/github/api-errors.js';
import { createGitHubGateway, PULL_REQUEST_COMMITS_LIMIT, pullRequestCommitOf, type GitHubGateway } from '../../src/github/gateway.js';
import { readPullRequestCommits } from '../../src/github/pull-request-commits.js';
import type { EventContext } from '../../src/event.js';
import type { GitHubEmulator } from '../helpers/github-emulator.js';
import { useEmulator } from './emulator-hooks.js';

const emulatorOf = useEmulator();
let emulator: GitHubEmulator;
beforeEach(() => {
  emulator = emulatorOf();
});

const PR = 12;
const pullRequestEvent: EventContext = { name: 'pull_request', payload: { pull_request: { number: PR, head: { sha: 'a'.repeat(40) } } } };

function gateway(): GitHubGateway {
  return createGitHubGateway({ token: 't', repository: { owner: emulator.owner, repo: emulator.repo }, apiUrl: emulator.url, retryBaseMs: 5, spaceWrites: false, requestTimeoutMs: 10_000 });
}

/** A distinct full SHA per index. */
function sha(index: number): string {
  return index.toString(16).padStart(40, '0');
}

describe('GitHubGateway.listPullRequestCommits', () => {
  it('maps the linked accounts of each commit, in order; a commit GitHub could not link has none', async () => {
    emulator.addPullRequestCommits(PR, [
      { sha: sha(1), authorLogin: 'devin-ai-integration[bot]', committerLogin: 'web-flow' },
      { sha: sha(2), authorLogin: null, committerLogin: null },
    ]);
    const list = await gateway().listPullRequestCommits(PR);
    expect(list).toEqual({
      commits: [
        { sha: sha(1), authorLogin: 'devin-ai-integration[bot]', committerLogin: 'web-flow' },
        { sha: sha(2), authorLogin: '', committerLogin: '' },
      ],
      capped: false,
    });
    expect(emulator.requestsFor('pulls/list-commits').map((request) => request.query)).toEqual([{ per_page: '100', page: '1' }]);
  });

  it('pages with per_page=100 until a short page, and stops at the 250 commits the API lists at most', async () => {
    emulator.addPullRequestCommits(PR, Array.from({ length: 260 }, (_, index) => ({ sha: sha(index + 1), authorLogin: `person-${index}` })));
    const list = await gateway().listPullRequestCommits(PR);
    expect(list.commits).toHaveLength(PULL_REQUEST_COMMITS_LIMIT);
    expect(list.commits[249]).toEqual({ sha: sha(250), authorLogin: 'person-249', committerLogin: '' });
    expect(list.capped).toBe(true);
    expect(emulator.requestsFor('pulls/list-commits').map((request) => request.query['page'])).toEqual(['1', '2', '3']);
  });

  it('ends on a full last page followed by an empty one', async () => {
    emulator.addPullRequestCommits(PR, Array.from({ length: 100 }, (_, index) => ({ sha: sha(index + 1), authorLogin: 'ada' })));
    const list = await gateway().listPullRequestCommits(PR);
    expect(list).toMatchObject({ capped: false });
    expect(list.commits).toHaveLength(100);
    expect(emulator.requestsFor('pulls/list-commits').map((request) => request.query['page'])).toEqual(['1', '2']);
  });

  it('a 403 is a GitHubApiError naming the permission to grant', async () => {
    emulator.addPullRequestCommits(PR, [{ sha: sha(1) }]);
    emulator.fail({ operationId: 'pulls/list-commits', status: 403, message: 'Resource not accessible by integration' });
    const error = await gateway()
      .listPullRequestCommits(PR)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(403);
    expect((error as Error).message).toMatch(/^cannot list the pull request's commits: the token lacks permission: grant `pull-requests: read`/);
  });
});

describe('pullRequestCommitOf: API text is untrusted', () => {
  it('drops an item without a full commit SHA and reads a login GitHub could not issue as none', () => {
    expect(pullRequestCommitOf({ sha: 'HEAD~1', author: { login: 'devin-ai-integration[bot]' } })).toBeNull();
    expect(pullRequestCommitOf({ sha: sha(1).slice(0, 12) })).toBeNull();
    expect(pullRequestCommitOf(null)).toBeNull();
    expect(pullRequestCommitOf({ sha: sha(1), author: { login: 'x\n::error::injected' }, committer: { login: '@everyone <b>' } })).toEqual({
      sha: sha(1),
      authorLogin: '',
      committerLogin: '',
    });
    expect(pullRequestCommitOf({ sha: sha(1), author: { login: 'Copilot' }, committer: { login: 42 } })).toEqual({ sha: sha(1), authorLogin: 'Copilot', committerLogin: '' });
  });
});

describe('readPullRequestCommits: when the channel is read, and what a failure leaves', () => {
  it('reads on a pull request event with ai: auto; the whole list is no gap', async () => {
    emulator.addPullRequestCommits(PR, [{ sha: sha(1), authorLogin: 'google-labs-jules[bot]' }]);
    expect(await readPullRequestCommits(gateway(), pullRequestEvent, 'auto')).toEqual({
      commits: [{ sha: sha(1), authorLogin: 'google-labs-jules[bot]', committerLogin: '' }],
      gap: null,
    });
  });

  it('asks nothing without a pull request, or when ai: all / none decides every line anyway', async () => {
    emulator.addPullRequestCommits(PR, [{ sha: sha(1) }]);
    expect(await readPullRequestCommits(gateway(), { name: 'push', payload: { after: sha(1) } }, 'auto')).toBeNull();
    expect(await readPullRequestCommits(gateway(), { name: 'merge_group', payload: { merge_group: { head_sha: sha(1) } } }, 'auto')).toBeNull();
    expect(await readPullRequestCommits(gateway(), pullRequestEvent, 'all')).toBeNull();
    expect(await readPullRequestCommits(gateway(), pullRequestEvent, 'none')).toBeNull();
    expect(emulator.requestsFor('pulls/list-commits')).toEqual([]);
  });

  it('a 403, a 404 or no token is a gap that says why, not a failure', async () => {
    emulator.fail({ operationId: 'pulls/list-commits', status: 403, message: 'Resource not accessible by integration' });
    expect(await readPullRequestCommits(gateway(), pullRequestEvent, 'auto')).toEqual({
      commits: [],
      gap: expect.stringMatching(/^PR commits not read: cannot list the pull request's commits: the token lacks permission: grant `pull-requests: read`/),
    });
    // No commits set for the pull request: the emulator answers 404, as GitHub does for a pull request it does not show.
    expect(await readPullRequestCommits(gateway(), pullRequestEvent, 'auto')).toEqual({ commits: [], gap: expect.stringMatching(/^PR commits not read: cannot list the pull request's commits: not found/) });
    expect(await readPullRequestCommits(null, pullRequestEvent, 'auto')).toEqual({ commits: [], gap: 'PR commits not read: no github-token' });
  });

  it('a list at the API cap is read, with a gap saying later commits may be missing', async () => {
    emulator.addPullRequestCommits(PR, Array.from({ length: 300 }, (_, index) => ({ sha: sha(index + 1) })));
    const read = await readPullRequestCommits(gateway(), pullRequestEvent, 'auto');
    expect(read?.commits).toHaveLength(250);
    expect(read?.gap).toMatch(/^PR commits read only in part: the API lists at most 250 commits/);
  });

  it('an error that is not the API\'s (the deadline fence) is not swallowed', async () => {
    const refusing = { ...gateway(), listPullRequestCommits: () => Promise.reject(new Error('the deadline passed: this work was abandoned')) };
    await expect(readPullRequestCommits(refusing, pullRequestEvent, 'auto')).rejects.toThrow(/deadline passed/);
  });
});
