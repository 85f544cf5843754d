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
} from "./chunk-KPCNXZ2O.js";
import "./chunk-MQNOW2YC.js";
import "./chunk-BUAQ7KC5.js";
import "./chunk-NPANWLRP.js";
import "./chunk-KL4VJTDU.js";
import "./chunk-4ZF3IT7S.js";
import "./chunk-X2I7II4Q.js";
import "./chunk-I2ZRAE2I.js";
import "./chunk-JWPOZ637.js";
export {
  attributeChange,
  prepareGate,
  runGate
};
