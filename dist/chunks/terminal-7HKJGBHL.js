import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  MAX_LIST_LINES,
  renderTerminalSummary
} from "./chunk-6L7ISGLW.js";
import "./chunk-DSUDAPRM.js";
import "./chunk-XS4VFLBW.js";
import "./chunk-OY5BVSKD.js";
import "./chunk-56ZLCFVV.js";
import "./chunk-WNPGBMJD.js";
export {
  MAX_LIST_LINES,
  renderTerminalSummary
};
