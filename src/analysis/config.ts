import { z } from 'zod';
import { globListSchema } from '../config/glob.js';
import { LEVELS } from '../model.js';

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

/** One rule's setting: `off`, or a level for AI-written lines and the rule's own options. */
export const ruleSettingSchema = z.union([
  z.literal('off'),
  z
    .object({
      /** The rule's level; `policy.levels` then adjusts it per provenance (by default `note` off AI-written lines). */
      level: z.enum(LEVELS).optional(),
      /** Options the rule defines (validated by the rule's own schema). */
      options: z.record(z.string(), z.unknown()).optional(),
    })
    .strict(),
]);

export type RuleSetting = z.infer<typeof ruleSettingSchema>;

export const analysisConfigSchema = z
  .object({
    /** Which files count as tests (evidence for missing-tests; scope of the test rules). */
    'test-globs': globListSchema.default(DEFAULT_TEST_GLOBS),
    /** Files larger than this are skipped, with the reason recorded. */
    'max-file-bytes': z.number().int().positive().default(512 * 1024),
    /** Per-rule settings keyed by rule id; rules not named run with their defaults. */
    rules: z.record(z.string(), ruleSettingSchema).default({}),
  })
  .strict();

export type AnalysisConfig = z.infer<typeof analysisConfigSchema>;
