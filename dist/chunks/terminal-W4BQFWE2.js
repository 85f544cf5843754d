import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  MAX_LIST_LINES,
  renderTerminalSummary
} from "./chunk-3CO7I4S6.js";
import "./chunk-LLYUZQC6.js";
import "./chunk-CL2UNNAW.js";
import "./chunk-IYN4SJJN.js";
import "./chunk-BIUDW2PR.js";
import "./chunk-EY7NGBEI.js";
import "./chunk-LT6MFZK7.js";
import "./chunk-UJW5LMBK.js";
import "./chunk-WNPGBMJD.js";
export {
  MAX_LIST_LINES,
  renderTerminalSummary
};
