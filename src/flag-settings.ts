// Settings given as CLI flags (`--ai all`), checked against the one config schema before they are
// merged over the policy file: a bad value is the flag's mistake, and the message names the flag,
// not the file it would have been merged into.
import * as z from './zod.js';
import { InputError } from './errors.js';
import { configSchema } from './config/schema.js';
import { plainText } from './report/sanitize.js';

/** Each flag that sets a top-level config key, and that key. */
const FLAG_KEYS = {
  '--ai': 'ai',
  '--policy-source': 'policy-source',
} as const;

export type SettingFlag = keyof typeof FLAG_KEYS;

/** The allowed values of an enum setting (behind its default), for the message. */
function allowedValues(schema: z.ZodMiniType): readonly string[] {
  const inner = schema instanceof z.ZodMiniDefault ? (schema.def.innerType as z.ZodMiniType) : schema;
  return inner instanceof z.ZodMiniEnum ? (inner.options as readonly string[]) : [];
}

/** The config overrides the flags set (null = not given); an InputError naming the flag for a bad value. */
export function settingsFromFlags(values: Record<SettingFlag, string | null>): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  for (const [flag, key] of Object.entries(FLAG_KEYS) as [SettingFlag, (typeof FLAG_KEYS)[SettingFlag]][]) {
    const value = values[flag];
    if (value === null) continue;
    const schema = configSchema.shape[key] as z.ZodMiniType;
    if (!schema.safeParse(value).success) {
      const allowed = allowedValues(schema);
      throw new InputError(`${flag} must be ${allowed.length > 0 ? `one of ${allowed.join(', ')}` : 'a valid value'} (got "${plainText(value, 40)}"; see diffgate --help)`);
    }
    overrides[key] = value;
  }
  return overrides;
}
