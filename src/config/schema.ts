import { z } from 'zod';
import { provenanceConfigSchema } from '../provenance/config.js';
import { analysisConfigSchema } from '../analysis/config.js';
import { sarifConfigSchema } from '../evidence/sarif/config.js';
import { coverageConfigSchema } from '../evidence/coverage/config.js';
import { policyConfigSchema } from '../policy/config.js';
import { publishConfigSchema } from '../github/config.js';

// One schema for the whole configuration: the YAML file with action inputs / CLI flags merged over it.
// Each section is owned by the stage that reads it; defaults live here and nowhere else.
export const configSchema = z
  .object({
    /** How added lines are attributed: from signals, all AI, or none AI. */
    ai: z.enum(['auto', 'all', 'none']).default('auto'),
    provenance: provenanceConfigSchema.prefault({}),
    analysis: analysisConfigSchema.prefault({}),
    sarif: sarifConfigSchema.prefault({}),
    coverage: coverageConfigSchema.prefault({}),
    policy: policyConfigSchema.prefault({}),
    publish: publishConfigSchema.prefault({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
