import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  readCoverageReports
} from "./chunk-3W3PKVLY.js";
import "./chunk-KL4VJTDU.js";
import "./chunk-BOGP2ZFE.js";
import {
  isInputError
} from "./chunk-UJW5LMBK.js";
import "./chunk-JWPOZ637.js";

// src/evidence/coverage/worker.ts
import { parentPort, workerData } from "node:worker_threads";
async function reply() {
  try {
    return { read: await readCoverageReports(workerData) };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    return { error: { message, input: isInputError(error), ...stack ? { stack } : {} } };
  }
}
parentPort?.postMessage(await reply());
