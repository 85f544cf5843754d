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
} from "./chunk-LMV3CB7T.js";
import "./chunk-ECFMFR5X.js";
import "./chunk-RDDT3DMB.js";
import "./chunk-NPANWLRP.js";
import "./chunk-3W3PKVLY.js";
import "./chunk-KL4VJTDU.js";
import "./chunk-6LD3ONRK.js";
import "./chunk-Q5RYSRVV.js";
import "./chunk-BOGP2ZFE.js";
import "./chunk-UJW5LMBK.js";
import "./chunk-JWPOZ637.js";
export {
  attributeChange,
  prepareGate,
  runGate
};
