import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  MAX_LIST_LINES,
  renderTerminalSummary
} from "./chunk-VJMHTQAU.js";
import "./chunk-W3KAXV4I.js";
import "./chunk-CZKRUG2Q.js";
import "./chunk-UZ3E5RJO.js";
import "./chunk-IYVMGDPY.js";
import "./chunk-CHOJEBO3.js";
import "./chunk-56ZLCFVV.js";
import "./chunk-UJW5LMBK.js";
import "./chunk-WNPGBMJD.js";
export {
  MAX_LIST_LINES,
  renderTerminalSummary
};
