// resolveRange on real repositories: explicit refs, event payloads, the default branch, shallow clones.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRange } from '../../src/diff/index.js';
import type { EventContext } from '../../src/event.js';
import { NO_EVENT } from '../../src/event.js';
import { makeRepo, removeRepos, TestRepo } from '../helpers/repo.js';

// Clones are made next to a test repository and removed with it.
const clones: string[] = [];
afterAll(() => {
  removeRepos();
  for (const dir of clones) rmSync(dir, { recursive: true, force: true });
});

function cloneOf(source: TestRepo, suffix: string, options: string[]): TestRepo {
  const clone = new TestRepo(`${source.dir}-${suffix}`);
  clones.push(clone.dir);
  source.git(['clone', '-q', ...options, clone.dir]);
  return clone;
}

interface WebhookDefinition {
  name: string;
  examples: Record<string, unknown>[];
}
const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];

/** A real example payload of `name`, deep-copied so a test can put its own SHAs in. */
function examplePayload(name: string): Record<string, unknown> {
  const example = webhooks.find((definition) => definition.name === name)?.examples[0];
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${name} example`);
  return structuredClone(example);
}

function inputError(text: string): unknown {
  return expect.objectContaining({ name: 'InputError', message: expect.stringContaining(text) });
}

/**
 *   main:    root ── m1 ── m2          (m2 lands on main after the branch point)
 *                     \
 *   feature:           f1 ── f2
 */
describe('resolveRange', () => {
  let repo: TestRepo;
  const sha: Record<string, string> = {};

  beforeAll(() => {
    repo = makeRepo();
    repo.write({ 'a.txt': 'root\n' });
    sha['root'] = repo.commit('root');
    repo.write({ 'a.txt': 'root\nm1\n' });
    sha['m1'] = repo.commit('m1');
    repo.checkout('feature', true);
    repo.write({ 'f.txt': 'f1\n' });
    sha['f1'] = repo.commit('f1');
    repo.write({ 'f.txt': 'f1\nf2\n' });
    sha['f2'] = repo.commit('f2');
    repo.git(['tag', 'v1', sha['f1'] as string]);
    repo.checkout('main');
    repo.write({ 'm.txt': 'm2\n' });
    sha['m2'] = repo.commit('m2');
    repo.checkout('feature');
  });

  it('takes explicit refs (branch, tag, HEAD~N, short SHA) and diffs from their merge-base', async () => {
    // The chosen base is reported too: the ref as given and the commit it named, before the merge-base.
    expect(await resolveRange(repo.dir, { base: 'main', head: 'feature', event: NO_EVENT })).toEqual({ base: sha['m1'], head: sha['f2'], baseRef: 'main', baseTip: sha['m2'] });
    expect(await resolveRange(repo.dir, { base: 'main', head: 'v1', event: NO_EVENT })).toMatchObject({ base: sha['m1'], head: sha['f1'] });
    expect(await resolveRange(repo.dir, { base: 'HEAD~2', head: null, event: NO_EVENT })).toMatchObject({ base: sha['m1'], head: sha['f2'] });
    const shortRoot = (sha['root'] as string).slice(0, 8);
    expect(await resolveRange(repo.dir, { base: shortRoot, head: 'HEAD', event: NO_EVENT })).toMatchObject({ base: sha['root'], head: sha['f2'] });
  });

  it('lets explicit refs win over the event payload', async () => {
    const payload = examplePayload('pull_request');
    const pullRequest = payload['pull_request'] as { base: { sha: string }; head: { sha: string } };
    pullRequest.base.sha = sha['root'] as string;
    pullRequest.head.sha = sha['f1'] as string;
    const event: EventContext = { name: 'pull_request', payload };
    expect(await resolveRange(repo.dir, { base: 'main', head: 'feature', event })).toMatchObject({ base: sha['m1'], head: sha['f2'] });
  });

  it.each(['pull_request', 'pull_request_target'])('reads base and head from a %s payload', async (name) => {
    const payload = examplePayload('pull_request');
    const pullRequest = payload['pull_request'] as { base: { sha: string }; head: { sha: string } };
    // GitHub's base.sha is the base branch tip (m2); the diff starts at the branch point (m1).
    pullRequest.base.sha = sha['m2'] as string;
    pullRequest.head.sha = sha['f1'] as string;
    expect(await resolveRange(repo.dir, { event: { name, payload } })).toMatchObject({ base: sha['m1'], head: sha['f1'] });
  });

  it('reads base and head from a merge_group payload', async () => {
    const payload = examplePayload('merge_group');
    const group = payload['merge_group'] as { base_sha: string; head_sha: string };
    group.base_sha = sha['m1'] as string;
    group.head_sha = sha['f2'] as string;
    expect(await resolveRange(repo.dir, { event: { name: 'merge_group', payload } })).toMatchObject({ base: sha['m1'], head: sha['f2'] });
  });

  it('says which payload commit is missing', async () => {
    const payload = examplePayload('merge_group'); // its SHAs are from GitHub, not from this repository
    const group = payload['merge_group'] as { head_sha: string };
    await expect(resolveRange(repo.dir, { event: { name: 'merge_group', payload } })).rejects.toThrow(
      inputError(`head commit of the merge_group event "${group.head_sha}" is not in the clone at ${repo.dir}: fetch it first (\`git fetch origin ${group.head_sha}\`)`),
    );
  });

  it('defaults to HEAD against the merge-base with local main when there is no remote', async () => {
    expect(await resolveRange(repo.dir, { event: NO_EVENT })).toMatchObject({ base: sha['m1'], head: sha['f2'] });
  });

  it('prefers the remote default branch (origin/HEAD) over local branches', async () => {
    const clone = cloneOf(repo, 'clone', ['--branch', 'feature', repo.dir]);
    // origin/HEAD follows the source's checked-out branch; point it at main like GitHub does,
    // and give the clone a stale local main that must not be used.
    clone.git(['remote', 'set-head', 'origin', 'main']);
    clone.git(['branch', '-q', '-f', 'main', sha['root'] as string]);
    expect(await resolveRange(clone.dir, { event: NO_EVENT })).toMatchObject({ base: sha['m1'], head: sha['f2'] });
  });

  it('says which default branches it looked for when none exists', async () => {
    const lonely = makeRepo();
    lonely.write({ 'x.txt': 'x\n' });
    lonely.commit('x');
    lonely.git(['branch', '-q', '-m', 'trunk']);
    await expect(resolveRange(lonely.dir, { event: NO_EVENT })).rejects.toThrow(inputError('refs/remotes/origin/HEAD, refs/remotes/origin/main'));
    await expect(resolveRange(lonely.dir, { event: NO_EVENT })).rejects.toThrow(inputError('pass --base REF'));
  });

  it('names an unknown ref in a one-line InputError', async () => {
    await expect(resolveRange(repo.dir, { base: 'no-such-branch', event: NO_EVENT })).rejects.toThrow(inputError('unknown base ref "no-such-branch"'));
    await expect(resolveRange(repo.dir, { base: 'main', head: 'nope~3', event: NO_EVENT })).rejects.toThrow(inputError('unknown head ref "nope~3"'));
    const error = await resolveRange(repo.dir, { base: 'no-such-branch', event: NO_EVENT }).catch((caught: unknown) => caught);
    expect(String((error as Error).message)).not.toContain('\n');
  });

  it('treats a ref that looks like an option as a ref', async () => {
    await expect(resolveRange(repo.dir, { base: '--output=/tmp/x', event: NO_EVENT })).rejects.toThrow(inputError('unknown base ref "--output=/tmp/x"'));
  });

  it('refuses histories without a common ancestor', async () => {
    repo.git(['checkout', '-q', '--orphan', 'unrelated']);
    repo.commit('unrelated root');
    repo.checkout('feature');
    await expect(resolveRange(repo.dir, { base: 'unrelated', head: 'feature', event: NO_EVENT })).rejects.toThrow(inputError('share no history'));
  });
});

describe('resolveRange outside a repository', () => {
  it('says when the folder does not exist', async () => {
    const missing = join(tmpdir(), 'diffgate-no-such-folder', 'repo');
    await expect(resolveRange(missing, { base: 'main', event: NO_EVENT })).rejects.toThrow(inputError(`the repository folder ${missing} does not exist`));
  });

  it('passes on git\'s reason when the folder is not a repository', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'diffgate-not-a-repo-'));
    clones.push(folder);
    await expect(resolveRange(folder, { base: 'main', event: NO_EVENT })).rejects.toThrow(inputError('not a git repository'));
  });
});

describe('resolveRange in a shallow clone', () => {
  let origin: TestRepo;
  let shallow: TestRepo;
  let first: string;

  beforeAll(() => {
    origin = makeRepo();
    origin.write({ 'a.txt': '1\n' });
    first = origin.commit('one');
    origin.write({ 'a.txt': '1\n2\n' });
    origin.commit('two');
    origin.checkout('feature', true);
    origin.write({ 'b.txt': 'b\n' });
    origin.commit('feature');
    origin.checkout('main');
    shallow = cloneOf(origin, 'shallow', ['--depth', '1', '--no-single-branch', `file://${origin.dir}`]);
  });

  it('says to set fetch-depth: 0 when the base commit was not fetched', async () => {
    await expect(resolveRange(shallow.dir, { base: first, head: 'HEAD', event: NO_EVENT })).rejects.toThrow(inputError('set `fetch-depth: 0` on actions/checkout'));
    await expect(resolveRange(shallow.dir, { base: first, head: 'HEAD', event: NO_EVENT })).rejects.toThrow(inputError(`"${first}" is not in the shallow clone`));
  });

  it('says to fetch deeper when both tips are there but their merge-base is not', async () => {
    await expect(resolveRange(shallow.dir, { base: 'origin/main', head: 'origin/feature', event: NO_EVENT })).rejects.toThrow(
      inputError('the common ancestor of base ref "origin/main"'),
    );
    await expect(resolveRange(shallow.dir, { base: 'origin/main', head: 'origin/feature', event: NO_EVENT })).rejects.toThrow(
      inputError('git fetch --deepen'),
    );
  });

  it('works again once the history is fetched', async () => {
    shallow.git(['fetch', '-q', '--unshallow']);
    expect(await resolveRange(shallow.dir, { base: 'origin/main', head: 'origin/feature', event: NO_EVENT })).toMatchObject({
      base: origin.git(['rev-parse', 'main']).trim(),
      head: origin.git(['rev-parse', 'feature']).trim(),
    });
  });
});
