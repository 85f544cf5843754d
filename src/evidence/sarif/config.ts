import { z } from 'zod';

// The `sarif:` section of .github/diffgate.yml. Owned by src/evidence/sarif/.
export const SARIF_FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;
export type SarifFilterMode = (typeof SARIF_FILTER_MODES)[number];

export const sarifConfigSchema = z
  .object({
    /**
     * Which results become findings, like reviewdog's `-filter-mode`: `added` (the region overlaps
     * added lines), `diff_context` (anywhere in a changed hunk), `file` (any changed file),
     * `nofilter` (anywhere in the repository).
     */
    'filter-mode': z.enum(SARIF_FILTER_MODES).default('added'),
    /**
     * Prefixes stripped from absolute paths written on another machine, tried before the automatic
     * longest-suffix match: e.g. `/home/runner/work/svc/svc/`.
     */
    'path-prefixes': z.array(z.string().min(1)).default([]),
  })
  .strict();

export type SarifConfig = z.infer<typeof sarifConfigSchema>;
