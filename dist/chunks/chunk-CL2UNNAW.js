import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  terminalText
} from "./chunk-IYN4SJJN.js";

// src/report/base.ts
function describeBase(range) {
  const short = (sha) => terminalText(sha.slice(0, 7), 7);
  const bySha = range.baseRef !== void 0 && range.baseTip !== void 0 && /^[0-9a-f]{7,64}$/i.test(range.baseRef) && range.baseTip.startsWith(range.baseRef.toLowerCase());
  const ref = bySha || !range.baseRef ? "" : terminalText(range.baseRef, 200);
  const tip = range.baseTip ? ref ? `${ref} \u2192 ${short(range.baseTip)}` : short(range.baseTip) : ref || "base";
  return `base: ${tip}, merge-base ${short(range.base)}; head ${short(range.head)}`;
}
function comparesNothing(range) {
  return range.base === range.head;
}

export {
  describeBase,
  comparesNothing
};
