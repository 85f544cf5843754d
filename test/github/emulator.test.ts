// The emulator's validator must refuse what GitHub refuses, or the other tests prove nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubEmulator } from '../helpers/github-emulator.js';

let emulator: GitHubEmulator;
beforeAll(async () => {
  emulator = await GitHubEmulator.start('o', 'r');
});
afterAll(async () => {
  await emulator.close();
});

async function send(method: string, path: string, body?: unknown, auth = true) {
  const response = await fetch(emulator.url + path, {
    method,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: 'token t' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, link: response.headers.get('link'), data: (await response.json()) as unknown };
}

describe('GitHub emulator validation', () => {
  it('refuses requests that break the OpenAPI description, and records them', async () => {
    emulator.reset();
    const annotation = { path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' };
    const sha = 'a'.repeat(40);
    expect((await send('POST', '/repos/o/r/check-runs', { name: 'x', head_sha: sha, output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } })).status).toBe(422);
    expect((await send('POST', '/repos/o/r/check-runs', { head_sha: sha })).status).toBe(422);
    expect((await send('POST', '/repos/o/r/check-runs', { name: 'x', head_sha: 'main' })).status).toBe(422);
    expect((await send('POST', '/repos/o/r/check-runs', { name: 'x', head_sha: sha, output: { title: 't', summary: 'x'.repeat(65_536) } })).status).toBe(422);
    expect((await send('POST', '/repos/o/r/issues/1/comments', { body: 'x', extra: true })).status).toBe(201);
    expect((await send('POST', '/repos/o/r/issues/1/comments', { text: 'x' })).status).toBe(422);
    expect((await send('GET', '/repos/o/r/issues/1/comments?per_page=abc')).status).toBe(422);
    expect((await send('GET', '/repos/o/r/issues/1/comments?pagesize=10')).status).toBe(422);
    expect((await send('DELETE', '/repos/o/r/issues/comments/1')).status).toBe(404);
    expect((await send('GET', '/repos/o/r/pulls/1', undefined, false)).status).toBe(422);
    expect(emulator.problems()).toHaveLength(9);
    expect(emulator.problems()[0]).toMatch(/^POST \/repos\/o\/r\/check-runs: body: \/output\/annotations must NOT have more than 50 items/);
  });

  it('pages comments with Link headers', async () => {
    emulator.reset();
    for (let index = 0; index < 5; index += 1) emulator.addComment(2, `c${index}`);
    const first = await send('GET', '/repos/o/r/issues/2/comments?per_page=2');
    expect((first.data as unknown[]).length).toBe(2);
    expect(first.link).toContain('page=2>; rel="next"');
    expect(first.link).toContain('page=3>; rel="last"');
    const last = await send('GET', '/repos/o/r/issues/2/comments?per_page=2&page=3');
    expect((last.data as { body: string }[]).map((comment) => comment.body)).toEqual(['c4']);
    expect(last.link).not.toContain('rel="next"');
    expect(emulator.problems()).toEqual([]);
  });
});
