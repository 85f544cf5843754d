import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);

// src/config/patterns.ts
import { isAbsolute, join } from "node:path";
function anchorPatterns(patterns, base) {
  return patterns.map((pattern) => pattern.startsWith("!") ? "!" + anchor(pattern.slice(1), base) : anchor(pattern, base));
}
function anchor(pattern, base) {
  return isAbsolute(pattern) ? pattern : join(base, pattern);
}

// src/version.ts
var VERSION = "0.1.0";

export {
  anchorPatterns,
  VERSION
};
