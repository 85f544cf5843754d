// The GitHub emulator for one test file: started before, checked after each test (any request
// GitHub would refuse fails the test), closed after; and a gateway to it without waits.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createGitHubGateway, type GitHubGateway } from '../../src/github/gateway.js';
import { GitHubEmulator } from './github-emulator.js';

export function useEmulatedGitHub(): { emulator: () => GitHubEmulator; gateway: () => GitHubGateway } {
  let emulator: GitHubEmulator;
  beforeAll(async () => {
    emulator = await GitHubEmulator.start();
  });
  afterAll(async () => emulator.close());
  afterEach(() => {
    expect(emulator.problems()).toEqual([]);
    emulator.reset();
  });
  return {
    emulator: () => emulator,
    gateway: () =>
      createGitHubGateway({ token: 'test-token', repository: { owner: emulator.owner, repo: emulator.repo }, apiUrl: emulator.url, retryBaseMs: 5, spaceWrites: false }),
  };
}
