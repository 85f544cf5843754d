import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  MAX_LIST_LINES,
  renderTerminalSummary
} from "./chunk-KO5HLGYM.js";
import "./chunk-RV5KZ4BZ.js";
import "./chunk-CL2UNNAW.js";
import "./chunk-IYN4SJJN.js";
import "./chunk-XDUCNVNT.js";
import "./chunk-XRNSINAP.js";
import "./chunk-UJW5LMBK.js";
import "./chunk-JWPOZ637.js";
export {
  MAX_LIST_LINES,
  renderTerminalSummary
};
