import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  chooseHead
} from "./chunk-ULQKTXBM.js";
import "./chunk-MQNOW2YC.js";
import "./chunk-I2ZRAE2I.js";
import "./chunk-JWPOZ637.js";
export {
  chooseHead
};
