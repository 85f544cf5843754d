import { z } from 'zod';

// The `provenance:` section of .github/diffgate.yml. Owned by src/provenance/.
// Note for zod 4: use `.prefault({})` (not `.default({})`) so inner defaults apply.
export const provenanceConfigSchema = z
  .object({})
  .strict();

export type ProvenanceConfig = z.infer<typeof provenanceConfigSchema>;
