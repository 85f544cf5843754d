import * as z from '../../zod.js';
import { globListSchema } from '../../config/glob.js';

// The `coverage:` section of .github/diffgate.yml. Owned by src/evidence/coverage/.
export const coverageConfigSchema = z.strictObject({
  /**
   * Prefixes stripped from report paths written on another machine, tried before the automatic
   * longest-suffix match: e.g. `/home/runner/work/svc/svc/` or a Go module path `github.com/org/repo/`.
   */
  'path-prefixes': z._default(z.array(z.string().check(z.minLength(1))), []),
  /** Changed files left out of changed-line coverage entirely, like diff-cover's `--exclude` (src/config/glob.ts: `!` takes back). */
  exclude: z._default(globListSchema, []),
  /**
   * Changed files no report mentions are listed as `unmentioned` when the reports cover files with the
   * same extension; these globs are never listed (tests and type declarations carry no measured code).
   */
  'ignore-unmentioned': z._default(globListSchema, ['**/*.test.*', '**/*.spec.*', '**/__tests__/**', '**/test/**', '**/tests/**', '**/*.d.ts']),
});

export type CoverageConfig = z.infer<typeof coverageConfigSchema>;
