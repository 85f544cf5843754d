import { z } from 'zod';
import { globListSchema } from '../config/glob.js';

// The `provenance:` section of .github/diffgate.yml. Owned by src/provenance/.
// The top-level `ai: auto|all|none` switch lives in src/config/schema.ts.
const nonEmpty = z.string().trim().min(1);

export const provenanceConfigSchema = z
  .object({
    /** More AI identities: an email address (contains `@`) or a GitHub login. Matched exactly. */
    'ai-identities': z.array(nonEmpty).default([]),
    /** More AI trailers: `Key` (any value) or `Key: value` (exact value). */
    'ai-trailers': z.array(nonEmpty).default([]),
    /** More AI message markers: text a commit message line starts with (the subject too). */
    'ai-markers': z.array(nonEmpty).default([]),
    /** Built-in catalogue entries to switch off, by id (see docs/provenance.md). */
    disable: z.array(nonEmpty).default([]),
    /** Identities (emails or logins) that are never an AI signal, wherever they appear. */
    'never-ai': z.array(nonEmpty).default([]),
    /** Pull request labels that mark every added line as AI-written. */
    'ai-labels': z.array(nonEmpty).default([]),
    /** Path globs (src/config/glob.ts) whose added lines are AI-written. */
    'ai-paths': globListSchema.default([]),
  })
  .strict();

export type ProvenanceConfig = z.infer<typeof provenanceConfigSchema>;
