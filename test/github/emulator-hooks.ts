// One local GitHub emulator per test file: started before, closed after, and after every test the
// requests GitHub would have refused fail that test, then the state is reset.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { GitHubEmulator } from '../helpers/github-emulator.js';

/** Registers the hooks; call the returned function inside a test to get the running emulator. */
export function useEmulator(): () => GitHubEmulator {
  let emulator: GitHubEmulator | null = null;
  beforeAll(async () => {
    emulator = await GitHubEmulator.start();
  });
  afterAll(async () => {
    await emulator?.close();
  });
  afterEach(() => {
    expect(emulator!.problems()).toEqual([]);
    emulator!.reset();
  });
  return () => emulator!;
}
