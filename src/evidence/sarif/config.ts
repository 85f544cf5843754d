import { z } from 'zod';

// The `sarif:` section of .github/diffgate.yml. Owned by src/evidence/sarif/.
export const sarifConfigSchema = z
  .object({})
  .strict();

export type SarifConfig = z.infer<typeof sarifConfigSchema>;
