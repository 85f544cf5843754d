import { z } from 'zod';
import { globListSchema } from '../../config/glob.js';

// The `coverage:` section of .github/diffgate.yml. Owned by src/evidence/coverage/.
export const coverageConfigSchema = z
  .object({
    /**
     * Prefixes stripped from report paths written on another machine, tried before the automatic
     * longest-suffix match: e.g. `/home/runner/work/svc/svc/` or a Go module path `github.com/org/repo/`.
     */
    'path-prefixes': z.array(z.string().min(1)).default([]),
    /** Changed files left out of changed-line coverage entirely, like diff-cover's `--exclude` (src/config/glob.ts: `!` takes back). */
    exclude: globListSchema.default([]),
    /**
     * Changed files no report mentions are listed as `unmentioned` when the reports cover files with the
     * same extension; these globs are never listed (tests and type declarations carry no measured code).
     */
    'ignore-unmentioned': globListSchema.default(['**/*.test.*', '**/*.spec.*', '**/__tests__/**', '**/test/**', '**/tests/**', '**/*.d.ts']),
  })
  .strict();

export type CoverageConfig = z.infer<typeof coverageConfigSchema>;
