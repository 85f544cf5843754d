import { z } from 'zod';

// The `publish:` section of .github/diffgate.yml (also set by action inputs). Owned by src/github/.
export const publishConfigSchema = z
  .object({})
  .strict();

export type PublishConfig = z.infer<typeof publishConfigSchema>;
