import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  MAX_LIST_LINES,
  renderTerminalSummary
} from "./chunk-54DKDO4W.js";
import "./chunk-J3YZS54R.js";
import "./chunk-CL2UNNAW.js";
import "./chunk-IYN4SJJN.js";
import "./chunk-7TLQP7XS.js";
import "./chunk-ZONLXGYT.js";
import "./chunk-UJW5LMBK.js";
import "./chunk-WNPGBMJD.js";
export {
  MAX_LIST_LINES,
  renderTerminalSummary
};
