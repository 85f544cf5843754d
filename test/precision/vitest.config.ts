// Runs the precision study's measuring script (not part of `npm test`): see test/precision/README.md.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/precision/measure.ts'],
    testTimeout: 3_600_000,
    pool: 'forks',
  },
});
