import { createRequire as __diffgateCreateRequire } from 'node:module';
const require = __diffgateCreateRequire(import.meta.url);

// src/main.ts
async function run() {
  throw new Error("the action entry is not built yet");
}

// src/cli.ts
async function runCli(_argv) {
  return 2;
}
export {
  run as runAction,
  runCli
};
