import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  MAX_LIST_LINES,
  renderTerminalSummary
} from "./chunk-OJ3QU5JN.js";
import "./chunk-GH6D7LZH.js";
import "./chunk-XS4VFLBW.js";
import "./chunk-YNNDIQDB.js";
import "./chunk-IK2T3WPE.js";
export {
  MAX_LIST_LINES,
  renderTerminalSummary
};
