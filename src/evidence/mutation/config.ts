import { z } from 'zod';

// The `mutation:` section of .github/diffgate.yml. Owned by src/evidence/mutation/. Report paths are
// mapped with `coverage.path-prefixes`, as coverage paths are (docs/mutation.md).
export const mutationConfigSchema = z
  .object({
    /** Reports larger than this are refused, one line naming the file: a report is parsed whole. */
    'max-report-bytes': z
      .number({ error: 'expected a byte count' })
      .int('expected a whole number of bytes')
      .min(1, 'expected a byte count ≥ 1')
      .default(512 * 1024 * 1024),
  })
  .strict();

export type MutationConfig = z.infer<typeof mutationConfigSchema>;
