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
} from "./chunk-S2DEA2A6.js";
import "./chunk-E36SKLGY.js";
import "./chunk-NPANWLRP.js";
import "./chunk-XVPPUTRV.js";
import "./chunk-GKNLRTSN.js";
import "./chunk-N2V5OFR3.js";
import "./chunk-56ZLCFVV.js";
import "./chunk-ECFMFR5X.js";
import "./chunk-UJW5LMBK.js";
import "./chunk-WNPGBMJD.js";
export {
  attributeChange,
  prepareGate,
  runGate
};
