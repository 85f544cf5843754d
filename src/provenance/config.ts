import * as z from '../zod.js';
import { globListSchema } from '../config/glob.js';

// The `provenance:` section of .github/diffgate.yml. Owned by src/provenance/.
// The top-level `ai: auto|all|none` switch lives in src/config/schema.ts.
const nonEmpty = z.string().check(z.trim(), z.minLength(1));

export const provenanceConfigSchema = z.strictObject({
  /** More AI identities: an email address (contains `@`) or a GitHub login. Matched exactly. */
  'ai-identities': z._default(z.array(nonEmpty), []),
  /** More AI trailers: `Key` (any value) or `Key: value` (exact value). */
  'ai-trailers': z._default(z.array(nonEmpty), []),
  /** More AI message markers: text a commit message line starts with (the subject too). */
  'ai-markers': z._default(z.array(nonEmpty), []),
  /** Built-in catalogue entries to switch off, by id (see docs/provenance.md). */
  disable: z._default(z.array(nonEmpty), []),
  /** Identities (emails or logins) that are never an AI signal, wherever they appear. */
  'never-ai': z._default(z.array(nonEmpty), []),
  /** Pull request labels that mark every added line as AI-written. */
  'ai-labels': z._default(z.array(nonEmpty), []),
  /** Path globs (src/config/glob.ts) whose added lines are AI-written. */
  'ai-paths': z._default(globListSchema, []),
});

export type ProvenanceConfig = z.infer<typeof provenanceConfigSchema>;
