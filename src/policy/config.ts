import { z } from 'zod';

// The `policy:` section of .github/diffgate.yml: conditions and thresholds. Owned by src/policy/.
export const policyConfigSchema = z
  .object({})
  .strict();

export type PolicyConfig = z.infer<typeof policyConfigSchema>;
