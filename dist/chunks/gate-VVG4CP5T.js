import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  attributeChange,
  prepareGate,
  runGate
} from "./chunk-CENQAA7U.js";
import "./chunk-SJ47V45F.js";
import "./chunk-UJW5LMBK.js";
import "./chunk-YNNDIQDB.js";
import "./chunk-IK2T3WPE.js";
export {
  attributeChange,
  prepareGate,
  runGate
};
