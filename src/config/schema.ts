import * as z from '../zod.js';
import { provenanceConfigSchema } from '../provenance/config.js';
import { analysisConfigSchema } from '../analysis/config.js';
import { sarifConfigSchema } from '../evidence/sarif/config.js';
import { coverageConfigSchema } from '../evidence/coverage/config.js';
import { mutationConfigSchema } from '../evidence/mutation/config.js';
import { policyConfigSchema } from '../policy/config.js';
import { publishConfigSchema } from '../github/config.js';

export const POLICY_SOURCES = ['base', 'head'] as const;

// One schema for the whole configuration: the YAML file with action inputs / CLI flags merged over it.
// Each section is owned by the stage that reads it; defaults live here and nowhere else.
export const configSchema = z.strictObject({
  /** How added lines are attributed: from signals, all AI, or none AI. */
  ai: z._default(z.enum(['auto', 'all', 'none']), 'auto'),
  /**
   * Which revision's policy file judges a change: `base` (the target branch: a pull request cannot
   * loosen its own gate) or `head` (the change's own file). Read from the base's file or an input
   * (action input, CLI flag), never from the file the change brings.
   */
  'policy-source': z._default(z.enum(POLICY_SOURCES), 'base'),
  provenance: z.prefault(provenanceConfigSchema, {}),
  analysis: z.prefault(analysisConfigSchema, {}),
  sarif: z.prefault(sarifConfigSchema, {}),
  coverage: z.prefault(coverageConfigSchema, {}),
  mutation: z.prefault(mutationConfigSchema, {}),
  policy: z.prefault(policyConfigSchema, {}),
  publish: z.prefault(publishConfigSchema, {}),
});

export type Config = z.infer<typeof configSchema>;
export type PolicySource = (typeof POLICY_SOURCES)[number];
export type ConfigInput = z.input<typeof configSchema>;
