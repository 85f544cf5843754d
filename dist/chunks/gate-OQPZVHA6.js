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
} from "./chunk-JRDGNLCZ.js";
import "./chunk-ECFMFR5X.js";
import "./chunk-HBYXTJZI.js";
import "./chunk-NPANWLRP.js";
import "./chunk-3YUQUMPQ.js";
import "./chunk-XDUCNVNT.js";
import "./chunk-XRNSINAP.js";
import "./chunk-UJW5LMBK.js";
import "./chunk-JWPOZ637.js";
export {
  attributeChange,
  prepareGate,
  runGate
};
