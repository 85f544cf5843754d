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
} from "./chunk-DFEYDSIQ.js";
import "./chunk-ECFMFR5X.js";
import "./chunk-CKVIO7M2.js";
import "./chunk-NPANWLRP.js";
import "./chunk-KL4VJTDU.js";
import "./chunk-OMU5JDA4.js";
import "./chunk-GUF7WTHL.js";
import "./chunk-UJW5LMBK.js";
import "./chunk-WNPGBMJD.js";
export {
  attributeChange,
  prepareGate,
  runGate
};
