import * as z from '../../zod.js';

// The `sarif:` section of .github/diffgate.yml. Owned by src/evidence/sarif/.
export const SARIF_FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;
export type SarifFilterMode = (typeof SARIF_FILTER_MODES)[number];

export const sarifConfigSchema = z.strictObject({
  /**
   * Which results become findings, like reviewdog's `-filter-mode`: `added` (the region overlaps
   * added lines), `diff_context` (anywhere in a changed hunk), `file` (any changed file),
   * `nofilter` (anywhere in the repository).
   */
  'filter-mode': z._default(z.enum(SARIF_FILTER_MODES), 'added'),
  /**
   * Prefixes stripped from absolute paths written on another machine, tried before the automatic
   * longest-suffix match: e.g. `/home/runner/work/svc/svc/`.
   */
  'path-prefixes': z._default(z.array(z.string().check(z.minLength(1))), []),
});

export type SarifConfig = z.infer<typeof sarifConfigSchema>;
