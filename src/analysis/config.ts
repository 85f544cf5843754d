import { z } from 'zod';

// The `analysis:` section of .github/diffgate.yml. Owned by src/analysis/.
export const analysisConfigSchema = z
  .object({})
  .strict();

export type AnalysisConfig = z.infer<typeof analysisConfigSchema>;
