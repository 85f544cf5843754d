import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);

// src/errors.ts
var InputError = class extends Error {
  name = "InputError";
  constructor(message, options) {
    super(message, options);
  }
};
function isInputError(error) {
  return error instanceof InputError;
}
function describeError(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}
function printableLine(text, max = 200) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?").slice(0, max);
}

export {
  InputError,
  isInputError,
  describeError,
  printableLine
};
