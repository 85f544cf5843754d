import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  NO_EVENT
} from "./chunk-NPANWLRP.js";
import {
  InputError,
  describeError
} from "./chunk-I2ZRAE2I.js";

// src/event-file.ts
import { readFile } from "node:fs/promises";
async function readEventFile(path, name) {
  if (!path) return NO_EVENT;
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(`cannot read event file ${path}: ${error.code ?? describeError(error)}`);
  }
  let payload;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON: ${describeError(error)}`);
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw new InputError(`${path}: expected a JSON object (a GitHub event payload)`);
  }
  return { name: name ?? "pull_request", payload };
}

// src/change-flags.ts
var CHANGE_FLAGS = {
  repo: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  config: { type: "string" },
  event: { type: "string" },
  "event-name": { type: "string" },
  "include-uncommitted": { type: "boolean" }
};

export {
  readEventFile,
  CHANGE_FLAGS
};
