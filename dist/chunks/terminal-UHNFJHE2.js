import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  MAX_LIST_LINES,
  renderTerminalSummary
} from "./chunk-ODKDNT2X.js";
import "./chunk-LEQONBCP.js";
import "./chunk-CL2UNNAW.js";
import "./chunk-IYN4SJJN.js";
import "./chunk-4ZF3IT7S.js";
import "./chunk-X2I7II4Q.js";
import "./chunk-I2ZRAE2I.js";
import "./chunk-JWPOZ637.js";
export {
  MAX_LIST_LINES,
  renderTerminalSummary
};
