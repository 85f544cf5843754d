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
} from "./chunk-UKEUJ6M2.js";
import "./chunk-ECFMFR5X.js";
import "./chunk-3OHYLJDB.js";
import "./chunk-NPANWLRP.js";
import "./chunk-KL4VJTDU.js";
import "./chunk-D2RC7K64.js";
import "./chunk-IZ2OVHRY.js";
import "./chunk-UJW5LMBK.js";
import "./chunk-WNPGBMJD.js";
export {
  attributeChange,
  prepareGate,
  runGate
};
