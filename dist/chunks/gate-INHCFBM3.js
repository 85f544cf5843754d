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
} from "./chunk-DSZ332UZ.js";
import "./chunk-ECFMFR5X.js";
import "./chunk-MPQSSMOW.js";
import "./chunk-NPANWLRP.js";
import "./chunk-IPTAAPFC.js";
import "./chunk-KL4VJTDU.js";
import "./chunk-BIUDW2PR.js";
import "./chunk-EY7NGBEI.js";
import "./chunk-LT6MFZK7.js";
import "./chunk-UJW5LMBK.js";
import "./chunk-WNPGBMJD.js";
export {
  attributeChange,
  prepareGate,
  runGate
};
