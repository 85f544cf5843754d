import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  configSchema
} from "./chunk-BUAQ7KC5.js";
import {
  plainText
} from "./chunk-IYN4SJJN.js";
import {
  ZodMiniDefault,
  ZodMiniEnum
} from "./chunk-X2I7II4Q.js";
import {
  InputError
} from "./chunk-I2ZRAE2I.js";
import "./chunk-JWPOZ637.js";

// src/flag-settings.ts
var FLAG_KEYS = {
  "--ai": "ai",
  "--policy-source": "policy-source"
};
function allowedValues(schema) {
  const inner = schema instanceof ZodMiniDefault ? schema.def.innerType : schema;
  return inner instanceof ZodMiniEnum ? inner.options : [];
}
function settingsFromFlags(values) {
  const overrides = {};
  for (const [flag, key] of Object.entries(FLAG_KEYS)) {
    const value = values[flag];
    if (value === null) continue;
    const schema = configSchema.shape[key];
    if (!schema.safeParse(value).success) {
      const allowed = allowedValues(schema);
      throw new InputError(`${flag} must be ${allowed.length > 0 ? `one of ${allowed.join(", ")}` : "a valid value"} (got "${plainText(value, 40)}"; see diffgate --help)`);
    }
    overrides[key] = value;
  }
  return overrides;
}
export {
  settingsFromFlags
};
