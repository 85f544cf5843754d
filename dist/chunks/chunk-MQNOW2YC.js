import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  InputError
} from "./chunk-I2ZRAE2I.js";

// src/git/run.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
function gitEnvironment() {
  const env = { ...process.env, GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
  delete env["GIT_EXTERNAL_DIFF"];
  delete env["GIT_DIFF_OPTS"];
  return env;
}
var MAX_GIT_OUTPUT_BYTES = 1024 * 1024 * 1024;
var MAX_LINE_CHARS = 64 * 1024;
function launchFailure(repo, args, error) {
  const code = error?.code;
  if (code === "ENOENT") {
    if (!existsSync(repo)) return new InputError(`the repository folder ${repo} does not exist: check --repo`);
    return new InputError(`git is not installed or not on PATH (needed to read ${repo})`);
  }
  return new InputError(`git ${args[0]} could not run in ${repo}: ${error instanceof Error ? error.message : String(error)}`);
}
function gitFailure(what, repo, result) {
  const firstLine = result.stderr.trim().split("\n")[0] ?? "";
  return new InputError(`${what} failed in ${repo}: ${firstLine || `exit code ${result.exitCode}`}`);
}
function startGit(repo, args, stdin) {
  const child = spawn("git", args, { cwd: repo, env: gitEnvironment(), stdio: [stdin, "pipe", "pipe"] });
  child.stdin?.on("error", () => void 0);
  return child;
}
function collectStderr(child) {
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    if (stderr.length < MAX_LINE_CHARS) stderr += chunk.toString("utf8");
  });
  return () => stderr;
}
function runGitBuffer(repo, args, input) {
  return new Promise((resolve, reject) => {
    const child = startGit(repo, args, input === void 0 ? "ignore" : "pipe");
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_GIT_OUTPUT_BYTES) {
        tooLarge = true;
        child.kill();
      } else chunks.push(chunk);
    });
    const stderr = collectStderr(child);
    child.on("error", (error) => reject(launchFailure(repo, args, error)));
    child.on("close", (code) => {
      if (tooLarge) reject(new InputError(`git output for "git ${args[0]}" in ${repo} is larger than ${MAX_GIT_OUTPUT_BYTES} bytes`));
      else resolve({ stdout: Buffer.concat(chunks), stderr: stderr(), exitCode: code ?? 1 });
    });
    if (input !== void 0) child.stdin?.end(input);
  });
}
async function runGitRaw(repo, args, input) {
  const result = await runGitBuffer(repo, args, input);
  return { stdout: result.stdout.toString("utf8"), stderr: result.stderr, exitCode: result.exitCode };
}
async function runGit(repo, args, input) {
  const result = await runGitRaw(repo, args, input);
  if (result.exitCode !== 0) throw gitFailure(`git ${args[0]}`, repo, result);
  return result.stdout;
}
function runGitLines(repo, args, onLine) {
  return new Promise((resolve, reject) => {
    const child = startGit(repo, args, "ignore");
    const decoder = new StringDecoder("utf8");
    let partial = "";
    let failure = null;
    const deliver = (line) => {
      if (failure !== null) return;
      try {
        onLine(line);
      } catch (error) {
        failure = error;
        child.kill();
      }
    };
    const take = (text) => {
      let start = 0;
      for (; ; ) {
        const newline = text.indexOf("\n", start);
        const end = newline < 0 ? text.length : newline;
        if (partial.length < MAX_LINE_CHARS) partial += text.slice(start, Math.min(end, start + MAX_LINE_CHARS - partial.length));
        if (newline < 0) return;
        deliver(partial);
        partial = "";
        start = newline + 1;
      }
    };
    child.stdout.on("data", (chunk) => take(decoder.write(chunk)));
    const stderr = collectStderr(child);
    child.on("error", (error) => reject(launchFailure(repo, args, error)));
    child.on("close", (code) => {
      take(decoder.end());
      if (partial !== "") deliver(partial);
      if (failure !== null) reject(failure);
      else resolve({ stderr: stderr(), exitCode: code ?? 1 });
    });
  });
}

export {
  launchFailure,
  gitFailure,
  startGit,
  runGitBuffer,
  runGitRaw,
  runGit,
  runGitLines
};
