import { z } from 'zod';

// The `coverage:` section of .github/diffgate.yml. Owned by src/evidence/coverage/.
export const coverageConfigSchema = z
  .object({
    /**
     * Prefixes stripped from report paths written on another machine, tried before the automatic
     * longest-suffix match: e.g. `/home/runner/work/svc/svc/` or a Go module path `github.com/org/repo/`.
     */
    'path-prefixes': z.array(z.string().min(1)).default([]),
    /** Changed files left out of changed-line coverage entirely (globs on repository paths), like diff-cover's `--exclude`. */
    exclude: z.array(z.string().min(1)).default([]),
    /**
     * Changed files no report mentions are listed as `unmentioned` when the reports cover files with the
     * same extension; these globs are never listed (tests and type declarations carry no measured code).
     */
    'ignore-unmentioned': z
      .array(z.string().min(1))
      .default(['**/*.test.*', '**/*.spec.*', '**/__tests__/**', '**/test/**', '**/tests/**', '**/*.d.ts']),
  })
  .strict();

export type CoverageConfig = z.infer<typeof coverageConfigSchema>;
