import { z } from 'zod';

// The `analysis:` section of .github/diffgate.yml. Owned by src/analysis/.
export const DEFAULT_TEST_GLOBS = [
  '**/*.test.*',
  '**/*.spec.*',
  '**/__tests__/**',
  'test/**',
  'tests/**',
  '**/test/**',
  '**/tests/**',
];

export const analysisConfigSchema = z
  .object({
    /** Which files count as tests (evidence for missing-tests; scope of the test rules). */
    'test-globs': z.array(z.string().min(1)).default(DEFAULT_TEST_GLOBS),
    /** Files larger than this are skipped, with the reason recorded. */
    'max-file-bytes': z.number().int().positive().default(512 * 1024),
  })
  .strict();

export type AnalysisConfig = z.infer<typeof analysisConfigSchema>;
