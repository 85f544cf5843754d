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
} from "./chunk-LV5QVP3Y.js";
import "./chunk-ECFMFR5X.js";
import "./chunk-XO7IPJ77.js";
import "./chunk-NPANWLRP.js";
import "./chunk-KL4VJTDU.js";
import "./chunk-ILQE63BU.js";
import "./chunk-26WQJQPN.js";
import "./chunk-UJW5LMBK.js";
import "./chunk-WNPGBMJD.js";
export {
  attributeChange,
  prepareGate,
  runGate
};
