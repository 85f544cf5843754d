import * as z from '../../zod.js';

// The `mutation:` section of .github/diffgate.yml. Owned by src/evidence/mutation/. Report paths are
// mapped with `coverage.path-prefixes`, as coverage paths are (docs/mutation.md).
export const mutationConfigSchema = z.strictObject({
  /** Reports larger than this are refused, one line naming the file: a report is parsed whole. */
  'max-report-bytes': z._default(
    z.number({ error: 'expected a byte count' }).check(z.int('expected a whole number of bytes'), z.gte(1, 'expected a byte count ≥ 1')),
    512 * 1024 * 1024,
  ),
});

export type MutationConfig = z.infer<typeof mutationConfigSchema>;
