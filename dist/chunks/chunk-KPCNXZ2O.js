import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  gitFailure,
  launchFailure,
  runGit,
  runGitBuffer,
  runGitLines,
  runGitRaw,
  startGit
} from "./chunk-MQNOW2YC.js";
import {
  configSchema,
  parseAnalysisOptions,
  resolveAnalysisConfig
} from "./chunk-BUAQ7KC5.js";
import {
  mergeGroupOf,
  pullRequestOf
} from "./chunk-NPANWLRP.js";
import {
  attributeOf,
  childOf,
  childrenOf,
  textsOf
} from "./chunk-KL4VJTDU.js";
import {
  addStatus,
  changedCoverageConditions,
  emptyCount,
  errorHandlingConditions,
  hasAddress,
  isBotLogin,
  isListed,
  isLogin,
  isSurvivor,
  makeProvenanceLookup,
  missingEvidenceConditions,
  missingTestsConditions,
  mutationConditions,
  overallCoverageConditions,
  parseNameAddress,
  provenanceOfRange,
  ruleFindingConditions,
  sarifConditions,
  strongerStatus,
  sumCounts
} from "./chunk-4ZF3IT7S.js";
import {
  LEVEL_RANK,
  MUTANT_STATUSES,
  ProjectIndex,
  RULES,
  _enum,
  _gte,
  _lte,
  _maxLength,
  addedLinesOf,
  array,
  buildDependencyFacts,
  buildTestEvidence,
  compareCodePoints,
  compileGlobs,
  importedModules,
  int,
  isAnalysedPath,
  isFixturePath,
  loadParser,
  looseObject,
  makeTestFileMatcher,
  minimatch,
  newCodeLines,
  number,
  object,
  optional,
  parseSource,
  pipe,
  promiseExports,
  promiseExportsOfModules,
  record,
  repositoryPath,
  scannerRuleId,
  string,
  testsOwnFramework,
  toRepoPath,
  toRuleId,
  toSha,
  transform,
  union,
  unknown,
  walk
} from "./chunk-X2I7II4Q.js";
import {
  InputError,
  describeError,
  isInputError,
  printableLine
} from "./chunk-I2ZRAE2I.js";
import {
  __callDispose,
  __using
} from "./chunk-JWPOZ637.js";

// src/gate.ts
import { resolve as resolve3 } from "node:path";

// src/config/load.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, sep } from "node:path";

// src/config/rules.ts
function resolveRuleSettings(analysis) {
  return parseAnalysisOptions(analysis);
}

// src/git/blob-reader.ts
var HEADER = /^([0-9a-f]+) (\w+) (\d+)$/;
var NEWLINE = 10;
var BlobReader = class {
  constructor(repo) {
    this.repo = repo;
  }
  repo;
  child = null;
  pending = [];
  /** Bytes received and not yet consumed, in arrival order (joined only when a whole piece is there). */
  chunks = [];
  buffered = 0;
  /** The object whose content is being received: its type and size, or null while a header is awaited. */
  body = null;
  failure = null;
  closed = false;
  /** The content of a blob; null when the object is missing or is not a blob (a tree, a submodule). */
  read(objectName) {
    return this.ask(objectName, (resolve4, reject) => ({ want: "content", resolve: resolve4, reject }));
  }
  /**
   * The id and type of the object a name resolves to (`HEAD^{commit}`, `origin/main`, `<sha>:<path>`);
   * null when git has no such object (`missing`, `ambiguous`). Costs no process of its own: a run
   * resolves every revision through the cat-file it reads files with, instead of one `rev-parse` each.
   */
  resolve(objectName) {
    return this.ask(objectName, (resolve4, reject) => ({ want: "header", resolve: resolve4, reject }));
  }
  ask(objectName, pending) {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error(`the git object reader for ${this.repo} is closed`));
    if (objectName.includes("\n")) return Promise.reject(new Error("object names given to cat-file --batch cannot hold a newline"));
    const child = this.process();
    if (this.pending.length === 0) this.holdProcess(true);
    return new Promise((resolve4, reject) => {
      this.pending.push(pending(resolve4, reject));
      child.stdin?.write(`${objectName}
`);
    });
  }
  /**
   * An idle cat-file does not keep node running: a reader someone forgot to close (an error path between
   * two steps) must never hang the process. While a read is pending, it does.
   */
  holdProcess(hold) {
    const child = this.child;
    if (!child) return;
    for (const handle of [child, child.stdin, child.stdout, child.stderr]) {
      if (hold) handle?.ref?.();
      else handle?.unref?.();
    }
  }
  /** Ends the process. Reads still waiting are refused. */
  close() {
    if (this.closed) return;
    this.closed = true;
    const child = this.child;
    if (!child) return;
    if (this.pending.length > 0) {
      this.fail(new Error(`the git object reader for ${this.repo} was closed with reads pending`));
      child.kill();
    }
    child.stdin?.end();
  }
  /** `using objects = new BlobReader(repo)` closes it when the scope ends, also on errors. */
  [Symbol.dispose]() {
    this.close();
  }
  process() {
    if (this.child) return this.child;
    const args = ["cat-file", "--batch"];
    const child = startGit(this.repo, args, "pipe");
    this.child = child;
    let stderr = "";
    child.stdout.on("data", (chunk) => this.receive(chunk));
    child.stderr.on("data", (chunk) => {
      if (stderr.length < 4096) stderr += chunk.toString("utf8");
    });
    child.on("error", (error) => this.fail(launchFailure(this.repo, args, error)));
    child.on("close", (code) => {
      if (this.pending.length > 0) this.fail(gitFailure("git cat-file", this.repo, { stderr, exitCode: code ?? 1 }));
    });
    return child;
  }
  fail(error) {
    this.failure ??= error;
    for (const read of this.pending.splice(0)) read.reject(error);
    this.holdProcess(false);
  }
  receive(chunk) {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    try {
      this.drain();
    } catch (error) {
      this.fail(error instanceof Error ? error : new InputError(String(error)));
      this.child?.kill();
    }
  }
  /** All buffered bytes as one Buffer (copied once, when a whole header or body is there). */
  joined() {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
  consume(bytes) {
    const rest = this.joined().subarray(bytes);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
  }
  /** Answers every request whose whole reply has arrived: `<oid> <type> <size>\n<bytes>\n`, or `<name> missing\n`. */
  drain() {
    for (; ; ) {
      const read = this.pending[0];
      if (!read) {
        this.holdProcess(false);
        return;
      }
      if (this.body === null) {
        const newline = this.joined().indexOf(NEWLINE);
        if (newline < 0) return;
        const header = this.joined().toString("utf8", 0, newline);
        this.consume(newline + 1);
        const match = HEADER.exec(header);
        if (!match) {
          this.pending.shift();
          read.resolve(null);
          continue;
        }
        this.body = { oid: match[1], type: match[2], size: Number(match[3]) };
      }
      if (this.buffered < this.body.size + 1) return;
      const { oid, type, size } = this.body;
      const content = read.want === "content" && type === "blob" ? Buffer.from(this.joined().subarray(0, size)) : null;
      this.consume(size + 1);
      this.body = null;
      this.pending.shift();
      if (read.want === "header") read.resolve({ oid, type });
      else read.resolve(content);
    }
  }
};

// src/git/files.ts
function textOf(content) {
  return content === null || content.includes(0) ? null : content.toString("utf8");
}
async function readTextsOf(reader, paths) {
  const wanted = [...new Set(paths)];
  const texts = await Promise.all(wanted.map((path) => reader.readText(path)));
  const found = /* @__PURE__ */ new Map();
  wanted.forEach((path, index2) => {
    const text2 = texts[index2];
    if (text2 !== null && text2 !== void 0) found.set(path, text2);
  });
  return found;
}

// src/git/path-index.ts
var TrackedPathIndex = class _TrackedPathIndex {
  paths;
  tracked;
  suffixes = null;
  lowerCase = null;
  constructor(paths) {
    this.paths = [...paths];
    this.tracked = new Set(this.paths);
  }
  /** The index itself when given one, else a new index of the paths (for callers with a plain list). */
  static of(paths) {
    return paths instanceof _TrackedPathIndex ? paths : new _TrackedPathIndex(paths);
  }
  get size() {
    return this.tracked.size;
  }
  has(path) {
    return this.tracked.has(path);
  }
  [Symbol.iterator]() {
    return this.paths[Symbol.iterator]();
  }
  /** The tracked paths that end with `/<suffix>` (`b/c.ts` of `a/b/c.ts`). */
  endingWith(suffix) {
    if (this.suffixes === null) {
      const bySuffix = /* @__PURE__ */ new Map();
      for (const path of this.paths) {
        for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1)) {
          const rest = path.slice(slash + 1);
          const list = bySuffix.get(rest);
          if (list) list.push(path);
          else bySuffix.set(rest, [path]);
        }
      }
      this.suffixes = bySuffix;
    }
    return this.suffixes.get(suffix) ?? [];
  }
  /** The tracked paths equal to `path` ignoring case, for paths written on case-insensitive Windows file systems. */
  equalIgnoringCase(path) {
    if (this.lowerCase === null) {
      const byLowerCase = /* @__PURE__ */ new Map();
      for (const tracked of this.paths) {
        const lower = tracked.toLowerCase();
        const list = byLowerCase.get(lower);
        if (list) list.push(tracked);
        else byLowerCase.set(lower, [tracked]);
      }
      this.lowerCase = byLowerCase;
    }
    return this.lowerCase.get(path.toLowerCase()) ?? [];
  }
};

// src/git/revision.ts
var Revision = class _Revision {
  constructor(repo, sha, reader) {
    this.repo = repo;
    this.sha = sha;
    this.label = sha;
    this.reader = reader ?? new BlobReader(repo);
    this.ownsReader = reader === void 0;
  }
  repo;
  sha;
  label;
  /** Every path asked of git, in order: at most once each (the memo), for tests and measurements. */
  blobRequests = [];
  blobs = /* @__PURE__ */ new Map();
  reader;
  /** False when the reader is the run's, shared with other revisions: then the run closes it, not this. */
  ownsReader;
  tracked = null;
  index = null;
  /**
   * The commit `revision` names. An unknown revision is an InputError naming it; refs are passed
   * after `--end-of-options`, so a ref from outside can never be read as an option.
   */
  static async open(repo, revision) {
    const result2 = await runGitRaw(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`]);
    const sha = result2.stdout.trim();
    if (result2.exitCode !== 0 || sha === "") {
      const problem = result2.stderr.trim().split("\n")[0];
      throw new InputError(`unknown revision "${revision}" in ${repo}${problem ? `: ${problem}` : ""}`);
    }
    return new _Revision(repo, toSha(sha, `git rev-parse ${revision}`));
  }
  /**
   * The commit of a full SHA that was already resolved and checked (a `DiffRange` end): no git call
   * until a file is read. A SHA that names no commit reads as absent files. With `objects`, reads go
   * through that (already running) cat-file process, which the caller closes.
   */
  static ofResolvedSha(repo, sha, objects) {
    return new _Revision(repo, sha, objects);
  }
  /** A file's bytes at this commit; null when the path is not a file here (absent, a folder, a submodule). */
  readBlob(path) {
    const inRepository = repositoryPath(path);
    if (inRepository === null) return Promise.resolve(null);
    let content = this.blobs.get(inRepository);
    if (!content) {
      this.blobRequests.push(inRepository);
      content = this.request(inRepository);
      this.blobs.set(inRepository, content);
    }
    return content;
  }
  /**
   * Whether the repository has a ref (`refs/notes/ai`), asked of this Revision's cat-file: a question
   * that would otherwise cost a git process, and whose usual answer (no) saves another.
   */
  async hasRef(ref) {
    return await this.reader.resolve(ref) !== null;
  }
  async readText(path) {
    return textOf(await this.readBlob(path));
  }
  readTexts(paths) {
    return readTextsOf(this, paths);
  }
  /** Every file (blob or symlink) tracked at this commit, with POSIX separators, sorted. */
  trackedFiles() {
    this.tracked ??= this.listTree();
    return this.tracked;
  }
  /** The tracked files indexed for path mapping (SARIF, coverage): built once per Revision. */
  pathIndex() {
    this.index ??= this.trackedFiles().then((paths) => new TrackedPathIndex(paths));
    return this.index;
  }
  /** Ends the cat-file process (unless it is a shared one). Reads after this are refused. */
  close() {
    if (this.ownsReader) this.reader.close();
  }
  /** `using revision = \u2026` closes it when the scope ends, also on errors. */
  [Symbol.dispose]() {
    this.close();
  }
  async request(path) {
    const objectName = `${this.sha}:${path}`;
    if (!path.includes("\n")) return this.reader.read(objectName);
    const result2 = await runGitBuffer(this.repo, ["cat-file", "blob", objectName]);
    return result2.exitCode === 0 ? result2.stdout : null;
  }
  async listTree() {
    const output = await runGit(this.repo, ["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", this.sha]);
    const paths = [];
    for (const entry of output.split("\0")) {
      const tab = entry.indexOf("	");
      if (tab < 0) continue;
      const [, type] = entry.slice(0, tab).split(" ");
      if (type === "blob") paths.push(entry.slice(tab + 1));
    }
    return paths.sort();
  }
};
async function withRevision(repo, revision, read) {
  const opened = typeof revision === "string" ? await Revision.open(repo, revision) : revision;
  try {
    return await read(opened);
  } finally {
    opened.close();
  }
}

// src/git/quote.ts
var SIMPLE_ESCAPES = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  "\\": 92
};
function readQuoted(text2, start) {
  const bytes = [];
  let index2 = start + 1;
  while (index2 < text2.length) {
    const char = String.fromCodePoint(text2.codePointAt(index2));
    if (char === '"') return { value: Buffer.from(bytes).toString("utf8"), end: index2 + 1 };
    if (char !== "\\") {
      for (const byte of Buffer.from(char, "utf8")) bytes.push(byte);
      index2 += char.length;
      continue;
    }
    const next = text2[index2 + 1];
    if (next === void 0) break;
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== void 0) {
      bytes.push(simple);
      index2 += 2;
      continue;
    }
    const octal = /^[0-3][0-7]{2}/.exec(text2.slice(index2 + 1, index2 + 4));
    if (!octal) throw new InputError(`unreadable quoted path in git diff output: bad escape "\\${next}" in ${text2.slice(start, start + 80)}`);
    bytes.push(parseInt(octal[0], 8));
    index2 += 4;
  }
  throw new InputError(`unreadable quoted path in git diff output: no closing quote in ${text2.slice(start, start + 80)}`);
}
function readPath(text2) {
  if (!text2.startsWith('"')) return text2;
  const token = readQuoted(text2, 0);
  if (token.end !== text2.length) throw new InputError(`unreadable quoted path in git diff output: text after the closing quote in ${text2.slice(0, 80)}`);
  return token.value;
}

// src/policy/paths.ts
function makePathPolicies(config) {
  const base = {
    "missing-tests": config["missing-tests"],
    "error-handling": config["error-handling"],
    "rule-findings": config["rule-findings"],
    sarif: config.sarif,
    "changed-coverage": config["changed-coverage"],
    mutation: config.mutation,
    "small-change-lines": config["small-change-lines"],
    levels: config.levels
  };
  const overrides = config.overrides.map((entry) => ({ entry, globs: compileGlobs(entry.paths) }));
  const ignored = compileGlobs(config.ignore);
  const cache = /* @__PURE__ */ new Map();
  function matching(path) {
    return overrides.filter((override) => override.globs.matches(path)).map((override) => override.entry);
  }
  return {
    policyFor(path) {
      let policy = cache.get(path);
      if (!policy) {
        policy = base;
        for (const entry of matching(path)) {
          const { paths: _paths, ...settings } = entry;
          policy = mergeDeep(policy, settings);
        }
        cache.set(path, policy);
      }
      return policy;
    },
    isIgnored: (path) => ignored.matches(path),
    overridingGlobs(path, key) {
      return matching(path).filter((entry) => entry[key] !== void 0).flatMap((entry) => entry.paths);
    }
  };
}

// src/policy/compile.ts
function compilePolicy(config) {
  return { config, paths: makePathPolicies(config) };
}

// src/config/load.ts
function parseConfig(raw, origin, overrideNames = {}) {
  const result2 = configSchema.safeParse(raw ?? {});
  if (result2.success) return result2.data;
  const issue = result2.error.issues[0];
  const key = issue && issue.path.length > 0 ? printableLine(issue.path.join(".")) : "(top level)";
  const message = issue ? printableLine(issue.message, 300) : "invalid";
  const override = Object.hasOwn(overrideNames, key) ? overrideNames[key] : void 0;
  throw new InputError(override ? `${override} (${key}): ${message}` : `${origin}: ${key}: ${message}`);
}
async function loadConfig(request) {
  const diskText = await readConfigFile(request.path, request.required);
  const diskConfig = parseConfig(mergeDeep(await parseConfigText(diskText, request.path), request.overrides), request.path ?? "configuration", request.overrideNames);
  const revisions = request.revisions;
  const inRepository = revisions && request.path ? pathInRepository(revisions.repo, request.path) : null;
  let config = diskConfig;
  let policyChange = null;
  if (revisions && inRepository !== null) {
    const [baseText, headText] = await Promise.all([
      readConfigAtRevision(revisions, revisions.base, inRepository),
      readConfigAtRevision(revisions, revisions.head, inRepository)
    ]);
    const origin = `${inRepository} at base ${revisions.base.slice(0, 12)}`;
    const baseConfig = normalise(baseText) === normalise(diskText) ? diskConfig : parseConfig(mergeDeep(await parseConfigText(baseText, origin), request.overrides), origin, request.overrideNames);
    const source = baseConfig["policy-source"];
    if (normalise(baseText) !== normalise(headText)) policyChange = { path: inRepository, source, applied: source === "head" };
    config = source === "head" ? diskConfig : baseConfig;
  }
  config = { ...config, analysis: resolveRuleSettings(config.analysis) };
  return { config, policy: compilePolicy(config.policy), policyChange };
}
async function readConfigFile(path, required) {
  if (!path) return null;
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" && !required) return null;
    throw new InputError(`cannot read config file ${path}: ${code ?? "unknown error"}`);
  }
}
async function readConfigAtRevision(revisions, sha, path) {
  var _stack = [];
  try {
    const revision = __using(_stack, Revision.ofResolvedSha(revisions.repo, sha, revisions.objects));
    const blob = await revision.readBlob(path);
    return blob === null ? null : blob.toString("utf8");
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
function pathInRepository(repo, path) {
  const inside = relative(repo, path);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return null;
  return inside.split(sep).join("/");
}
function normalise(text2) {
  return text2 === null ? null : text2.replace(/\r\n/g, "\n");
}
async function parseConfigText(text2, origin) {
  if (text2 === null) return {};
  const loaded = await import("./dist-25OQLA2S.js");
  const parseYaml = typeof loaded.parse === "function" ? loaded.parse : loaded.default.parse;
  let parsed;
  try {
    parsed = parseYaml(text2, { logLevel: "error" });
  } catch (error) {
    throw new InputError(`${origin}: not valid YAML: ${error.message.split("\n")[0]}`);
  }
  if (parsed !== null && parsed !== void 0 && (typeof parsed !== "object" || Array.isArray(parsed))) {
    throw new InputError(`${origin}: expected a mapping of settings at the top level`);
  }
  return parsed ?? {};
}
function mergeDeep(base, over) {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === void 0) continue;
    const existing = merged[key];
    if (isPlainObject(existing) && isPlainObject(value)) merged[key] = mergeDeep(existing, value);
    else merged[key] = value;
  }
  return merged;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/diff/moved.ts
var MIN_MOVED_CHARS = 20;
var REWRAP_BUDGET_CHARS = 5e7;
function normaliseCode(text2) {
  return text2.replace(/\s+/g, "").replace(/[,;]+$/, "");
}
function withoutSeparators(text2) {
  return text2.replace(/[,;]/g, "");
}
function codeChars(normalised) {
  let count2 = 0;
  for (let index2 = 0; index2 < normalised.length; index2++) {
    const code = normalised.charCodeAt(index2);
    if (code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code > 127) count2 += 1;
  }
  return count2;
}
var MovedLineFinder = class {
  removed = /* @__PURE__ */ new Set();
  /** Per file, its removed lines without separators either, in order: what re-wrapped runs are searched in. */
  removedTextByFile = /* @__PURE__ */ new Map();
  addedByFile = /* @__PURE__ */ new Map();
  /** A `-` line of the file with this index (the parser's order of `diff --git` sections). */
  removedLine(file, text2) {
    const normalised = normaliseCode(text2);
    if (normalised === "") return;
    this.removed.add(normalised);
    let texts = this.removedTextByFile.get(file);
    if (!texts) this.removedTextByFile.set(file, texts = []);
    texts.push(withoutSeparators(normalised));
  }
  /**
   * A `+` line: its head line number and text. The text is normalised in finish(), and only when the change
   * removed any code: a change that only adds (new files, appended lines) moved nothing, and skips that work.
   */
  addedLine(file, line, text2) {
    let lines = this.addedByFile.get(file);
    if (!lines) this.addedByFile.set(file, lines = []);
    lines.push({ line, text: text2 });
  }
  /** The moved head lines of each file index, ascending; files with none are absent. */
  finish() {
    const moved = /* @__PURE__ */ new Map();
    if (this.removed.size === 0) return moved;
    let budget = REWRAP_BUDGET_CHARS;
    for (const [file, rawLines] of this.addedByFile) {
      const lines = rawLines.map((entry) => ({ line: entry.line, text: normaliseCode(entry.text) }));
      const removedText = (this.removedTextByFile.get(file) ?? []).join("");
      const fileMoved = [];
      for (const run2 of consecutiveRuns(lines)) {
        const byLine = movedLineByLine(run2, this.removed);
        if (byLine.length > 0) {
          fileMoved.push(...byLine);
          continue;
        }
        const text2 = withoutSeparators(run2.map((entry) => entry.text).join(""));
        if (run2.length < 2 || removedText.length === 0 || codeChars(text2) < MIN_MOVED_CHARS || budget < removedText.length) continue;
        budget -= removedText.length;
        if (removedText.includes(text2)) fileMoved.push(...run2.map((entry) => entry.line));
      }
      if (fileMoved.length > 0) moved.set(file, fileMoved.sort((a, b) => a - b));
    }
    return moved;
  }
};
function consecutiveRuns(lines) {
  const runs = [];
  for (const entry of lines) {
    const run2 = runs[runs.length - 1];
    const last = run2?.[run2.length - 1];
    if (run2 && last && entry.line === last.line + 1) run2.push(entry);
    else runs.push([entry]);
  }
  return runs;
}
function movedLineByLine(run2, removed) {
  const moved = [];
  let stretch = [];
  let chars = 0;
  const close = () => {
    if (chars >= MIN_MOVED_CHARS) moved.push(...stretch);
    stretch = [];
    chars = 0;
  };
  for (const entry of run2) {
    const weight = codeChars(entry.text);
    if (weight === 0) {
      stretch.push(entry.line);
    } else if (removed.has(entry.text)) {
      stretch.push(entry.line);
      chars += weight;
    } else {
      close();
    }
  }
  close();
  return moved;
}

// src/diff/parse.ts
var GITLINK_MODE = "160000";
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
var INDEX_LINE = /^index [0-9a-f]+\.\.[0-9a-f]+(?: (\d+))?$/;
function newDraft(line, rest) {
  const [headerOld, headerNew] = headerNames(rest);
  return {
    line,
    headerOld: headerOld === null ? null : stripPrefix(headerOld, "a/"),
    headerNew: headerNew === null ? null : stripPrefix(headerNew, "b/"),
    minusPath: void 0,
    plusPath: void 0,
    renameFrom: null,
    renameTo: null,
    copyFrom: null,
    copyTo: null,
    isNew: false,
    isDeleted: false,
    oldMode: null,
    newMode: null,
    gitlink: false,
    binary: false,
    hasHunks: false,
    addedLines: [],
    hunks: [],
    nextNewLine: 1
  };
}
function stripPrefix(path, prefix) {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
function headerNames(rest) {
  try {
    return splitHeaderNames(rest);
  } catch (error) {
    if (error instanceof InputError) return [null, null];
    throw error;
  }
}
function splitHeaderNames(rest) {
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    const after = rest.slice(first.end);
    if (!after.startsWith(" ")) return [first.value, null];
    return [first.value, readPath(after.slice(1))];
  }
  if (rest.endsWith('"')) {
    const split2 = rest.indexOf(' "');
    if (split2 > 0) return [rest.slice(0, split2), readPath(rest.slice(split2 + 1))];
  }
  if (rest.length % 2 === 1) {
    const half = (rest.length - 1) / 2;
    const first = rest.slice(0, half);
    const second = rest.slice(half + 1);
    if (rest[half] === " " && first.slice(2) === second.slice(2)) return [first, second];
  }
  const split = rest.indexOf(" b/");
  if (split >= 0) return [rest.slice(0, split), rest.slice(split + 1)];
  return [null, null];
}
function markerPath(value, prefix) {
  const path = value.endsWith("	") ? value.slice(0, -1) : value;
  if (path === "/dev/null") return null;
  return stripPrefix(readPath(path), prefix);
}
function count(text2, lineNumber2) {
  if (text2 === void 0) return 1;
  const value = Number(text2);
  if (!Number.isSafeInteger(value)) throw new InputError(`git diff output line ${lineNumber2}: hunk line count ${text2} is too large`);
  return value;
}
function toChangedFile(draft) {
  const oldPath = draft.renameFrom ?? draft.copyFrom ?? draft.minusPath ?? draft.headerOld;
  const newPath = draft.renameTo ?? draft.copyTo ?? draft.plusPath ?? draft.headerNew;
  let status = "modified";
  if (draft.isNew || draft.minusPath === null) status = "added";
  else if (draft.isDeleted || draft.plusPath === null) status = "deleted";
  else if (draft.renameFrom !== null || draft.renameTo !== null) status = "renamed";
  else if (draft.copyFrom !== null || draft.copyTo !== null) status = "copied";
  const path = status === "deleted" ? oldPath : newPath;
  if (path === null || path === void 0 || path === "") {
    throw new InputError(`git diff output line ${draft.line}: cannot tell the file name from the 'diff --git' header`);
  }
  const keepsLines = status !== "deleted" && !draft.gitlink;
  const modeChanged = draft.oldMode !== null && draft.newMode !== null && draft.oldMode !== draft.newMode;
  const source = `git diff output line ${draft.line}`;
  return {
    path: toRepoPath(path, source),
    oldPath: (status === "renamed" || status === "copied") && oldPath ? toRepoPath(oldPath, source) : null,
    status,
    // A submodule's `+Subproject commit \u2026` line is a pointer, not code.
    addedLines: keepsLines ? draft.addedLines : [],
    hunks: keepsLines ? draft.hunks : [],
    binary: draft.binary,
    submodule: draft.gitlink,
    modeOnly: status === "modified" && modeChanged && !draft.hasHunks && !draft.binary && !draft.gitlink
  };
}
function mergeTypeChanges(files) {
  const byPath2 = /* @__PURE__ */ new Map();
  for (const file of files) {
    const earlier = byPath2.get(file.path);
    if (!earlier) {
      byPath2.set(file.path, file);
      continue;
    }
    const added = earlier.status === "added" ? earlier : file.status === "added" ? file : null;
    const deleted = earlier.status === "deleted" ? earlier : file.status === "deleted" ? file : null;
    if (!added || !deleted) throw new InputError(`git diff output names ${file.path} twice`);
    byPath2.set(file.path, { ...added, status: "modified", oldPath: null, modeOnly: false });
  }
  return [...byPath2.values()];
}
function comparePaths(left, right) {
  if (left.path === right.path) return 0;
  return left.path < right.path ? -1 : 1;
}
var DiffParser = class {
  state = "start";
  draft = null;
  files = [];
  lineNumber = 0;
  oldRemaining = 0;
  newRemaining = 0;
  newLine = 0;
  moved = new MovedLineFinder();
  push(line) {
    this.lineNumber += 1;
    if (this.state === "hunk") {
      this.hunkLine(line);
      return;
    }
    const text2 = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (text2.startsWith("diff --git ")) {
      this.closeFile();
      this.draft = newDraft(this.lineNumber, text2.slice("diff --git ".length));
      this.state = "header";
      return;
    }
    const draft = this.draft;
    if (this.state === "start" || draft === null) {
      if (text2 === "") return;
      throw this.unexpected(text2, "expected a 'diff --git' header");
    }
    if (this.state === "binary-patch") return;
    if (text2.startsWith("@@")) {
      this.hunkHeader(draft, text2);
      return;
    }
    if (text2.startsWith("\\")) return;
    if (this.state === "between-hunks") throw this.unexpected(text2, "expected a hunk or the next file");
    this.headerLine(draft, text2);
  }
  finish() {
    if (this.state === "hunk") throw new InputError(`git diff output ends inside a hunk (line ${this.lineNumber}): the diff is truncated`);
    this.closeFile();
    for (const [index2, lines] of this.moved.finish()) {
      const file = this.files[index2];
      if (file && file.addedLines.length > 0) this.files[index2] = { ...file, movedLines: lines };
    }
    return mergeTypeChanges(this.files).sort(comparePaths);
  }
  unexpected(text2, expectation) {
    return new InputError(`git diff output line ${this.lineNumber}: ${expectation}, got ${JSON.stringify(text2.slice(0, 80))}`);
  }
  closeFile() {
    if (this.draft) this.files.push(toChangedFile(this.draft));
    this.draft = null;
  }
  headerLine(draft, text2) {
    if (text2.startsWith("--- ")) draft.minusPath = markerPath(text2.slice(4), "a/");
    else if (text2.startsWith("+++ ")) draft.plusPath = markerPath(text2.slice(4), "b/");
    else if (text2.startsWith("rename from ")) draft.renameFrom = readPath(text2.slice("rename from ".length));
    else if (text2.startsWith("rename to ")) draft.renameTo = readPath(text2.slice("rename to ".length));
    else if (text2.startsWith("copy from ")) draft.copyFrom = readPath(text2.slice("copy from ".length));
    else if (text2.startsWith("copy to ")) draft.copyTo = readPath(text2.slice("copy to ".length));
    else if (text2.startsWith("new file mode ")) this.noteMode(draft, "new", text2.slice("new file mode ".length));
    else if (text2.startsWith("deleted file mode ")) this.noteMode(draft, "deleted", text2.slice("deleted file mode ".length));
    else if (text2.startsWith("old mode ")) this.noteMode(draft, "old", text2.slice("old mode ".length));
    else if (text2.startsWith("new mode ")) this.noteMode(draft, "changed", text2.slice("new mode ".length));
    else if (text2.startsWith("index ")) {
      const mode = INDEX_LINE.exec(text2)?.[1];
      if (mode === GITLINK_MODE) draft.gitlink = true;
    } else if (text2.startsWith("Binary files ") && text2.endsWith(" differ")) draft.binary = true;
    else if (text2 === "GIT binary patch") {
      draft.binary = true;
      this.state = "binary-patch";
    }
  }
  noteMode(draft, kind, mode) {
    if (mode === GITLINK_MODE) draft.gitlink = true;
    if (kind === "new") {
      draft.isNew = true;
      draft.newMode = mode;
    } else if (kind === "deleted") {
      draft.isDeleted = true;
      draft.oldMode = mode;
    } else if (kind === "old") draft.oldMode = mode;
    else draft.newMode = mode;
  }
  hunkHeader(draft, text2) {
    const match = HUNK_HEADER.exec(text2);
    if (!match) throw this.unexpected(text2, "malformed hunk header");
    const oldCount = count(match[2], this.lineNumber);
    const newStart = count(match[3], this.lineNumber);
    const newCount = count(match[4], this.lineNumber);
    const firstAllowed = newCount > 0 ? Math.max(draft.nextNewLine, 1) : draft.nextNewLine - 1;
    if (newStart < firstAllowed) throw this.unexpected(text2, `hunk starts before line ${firstAllowed} (hunks must be in order)`);
    if (newCount > 0) draft.hunks.push({ start: newStart, end: newStart + newCount - 1 });
    draft.hasHunks = true;
    draft.nextNewLine = newCount > 0 ? newStart + newCount : newStart + 1;
    this.oldRemaining = oldCount;
    this.newRemaining = newCount;
    this.newLine = newStart;
    this.state = oldCount === 0 && newCount === 0 ? "between-hunks" : "hunk";
  }
  hunkLine(line) {
    const marker = line.charAt(0);
    if (marker === "\\") return;
    const draft = this.draft;
    if (marker === "+") {
      if (this.newRemaining === 0) throw this.unexpected(line, "more added lines than the hunk header counts");
      draft.addedLines.push(this.newLine);
      this.moved.addedLine(this.files.length, this.newLine, line.slice(1));
      this.newLine += 1;
      this.newRemaining -= 1;
    } else if (marker === "-") {
      if (this.oldRemaining === 0) throw this.unexpected(line, "more removed lines than the hunk header counts");
      this.moved.removedLine(this.files.length, line.slice(1));
      this.oldRemaining -= 1;
    } else if (marker === " " || line === "") {
      if (this.oldRemaining === 0 || this.newRemaining === 0) throw this.unexpected(line, "more context lines than the hunk header counts");
      this.oldRemaining -= 1;
      this.newRemaining -= 1;
      this.newLine += 1;
    } else {
      throw this.unexpected(line, 'expected a hunk line (" ", "+", "-" or "\\")');
    }
    if (this.oldRemaining === 0 && this.newRemaining === 0) this.state = "between-hunks";
  }
};

// src/diff/collect.ts
var CONTEXT_LINES = 3;
var RENAME_LIMIT = 1e3;
function diffArguments(range, copiesFromUntouched) {
  return [
    "-c",
    "core.quotePath=true",
    "-c",
    "diff.suppressBlankEmpty=false",
    "diff",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-relative",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    `--unified=${CONTEXT_LINES}`,
    "--inter-hunk-context=0",
    "--diff-algorithm=myers",
    "--indent-heuristic",
    "--find-renames",
    "--find-copies",
    // Copies are found also from files the change leaves untouched (a module copied verbatim).
    ...copiesFromUntouched ? ["--find-copies-harder"] : [],
    `-l${RENAME_LIMIT}`,
    "--submodule=short",
    "--ignore-submodules=none",
    "--end-of-options",
    range.base,
    range.head,
    "--"
  ];
}
var WARNING = /^warning: (.*)$/;
var MISSING_OBJECT = /unable to read [0-9a-f]{40,64}|could not fetch [0-9a-f]{40,64}/;
var COPIES_SKIPPED_WARNING = "copies from files this change does not touch were not looked for: the repository lacks their contents (a partial clone)";
async function collectDiff(repo, range) {
  let parser = new DiffParser();
  let result2 = await runGitLines(repo, diffArguments(range, true), (line) => parser.push(line));
  const extraWarnings = [];
  if (result2.exitCode !== 0 && MISSING_OBJECT.test(result2.stderr)) {
    parser = new DiffParser();
    result2 = await runGitLines(repo, diffArguments(range, false), (line) => parser.push(line));
    extraWarnings.push(COPIES_SKIPPED_WARNING);
  }
  if (result2.exitCode !== 0) throw gitFailure(`git diff ${range.base} ${range.head}`, repo, result2);
  const warnings = result2.stderr.split("\n").map((line) => WARNING.exec(line.trim())?.[1]).filter((warning) => warning !== void 0 && !warning.includes("diff.renameLimit"));
  return { files: parser.finish(), warnings: [...extraWarnings, ...warnings] };
}

// src/diff/range.ts
var DEFAULT_BRANCH_CANDIDATES = [
  "refs/remotes/origin/HEAD",
  "refs/remotes/origin/main",
  "refs/remotes/origin/master",
  "refs/heads/main",
  "refs/heads/master"
];
var FETCH_ADVICE = "set `fetch-depth: 0` on actions/checkout, or fetch deeper (e.g. `git fetch --deepen=100`)";
function present(value) {
  return typeof value === "string" && value.trim() !== "";
}
function eventRefs(event) {
  if (event.name === "merge_group") {
    const group = mergeGroupOf(event);
    if (group && present(group.baseSha) && present(group.headSha)) return { base: group.baseSha, head: group.headSha };
  }
  if (event.name === "pull_request" || event.name === "pull_request_target") {
    const pullRequest = pullRequestOf(event);
    if (pullRequest && present(pullRequest.baseSha) && present(pullRequest.headSha)) return { base: pullRequest.baseSha, head: pullRequest.headSha };
  }
  return null;
}
async function isShallow(repo) {
  return (await runGit(repo, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}
async function commitOf(objects, repo, requested) {
  try {
    const header = await objects.resolve(`${requested.ref}^{commit}`);
    return header?.type === "commit" ? toSha(header.oid, "git cat-file") : null;
  } catch (error) {
    const problem = describeError(error).split("\n")[0] ?? "";
    if (/not a git repository/i.test(problem)) throw new InputError(`not a git repository: ${repo}`);
    if (isInputError(error) && !problem.startsWith("git cat-file failed")) throw error;
    throw new InputError(`cannot resolve ${requested.origin} "${requested.ref}" in ${repo}: ${problem}`);
  }
}
async function resolveCommit(repo, requested, sha) {
  if (sha !== null) return sha;
  if (await isShallow(repo)) {
    throw new InputError(`${requested.origin} "${requested.ref}" is not in the shallow clone at ${repo}: ${FETCH_ADVICE}`);
  }
  if (requested.fromEvent) {
    throw new InputError(`${requested.origin} "${requested.ref}" is not in the clone at ${repo}: fetch it first (\`git fetch origin ${requested.ref}\`)`);
  }
  throw new InputError(`unknown ${requested.origin} "${requested.ref}" in ${repo}: no branch, tag or commit has that name (fetch it, or check the spelling)`);
}
async function findDefaultBranch(repo, candidates) {
  const found = await Promise.all(candidates);
  const index2 = found.findIndex((sha) => sha !== null);
  if (index2 >= 0) return { ref: DEFAULT_BRANCH_CANDIDATES[index2], sha: found[index2] };
  throw new InputError(
    // The action has no `base` input: it compares what the event names, and needs the branches fetched.
    `no base to compare with in ${repo}: none of ${DEFAULT_BRANCH_CANDIDATES.join(", ")} exists; pass --base REF, or fetch the default branch (\`fetch-depth: 0\` on actions/checkout)`
  );
}
function later(promise) {
  promise.catch(() => void 0);
  return promise;
}
async function mergeBase(repo, base, head) {
  const result2 = await runGitRaw(repo, ["merge-base", base.sha, head]);
  const sha = result2.stdout.trim();
  if (result2.exitCode === 0 && sha !== "") return toSha(sha, "git merge-base");
  const problem = result2.stderr.trim().split("\n")[0];
  if (problem) throw new InputError(`cannot find the merge-base of ${base.origin} "${base.ref}" and ${head} in ${repo}: ${problem}`);
  if (await isShallow(repo)) {
    throw new InputError(`the common ancestor of ${base.origin} "${base.ref}" and ${head} is not in the shallow clone at ${repo}: ${FETCH_ADVICE}`);
  }
  throw new InputError(`${base.origin} "${base.ref}" and head ${head} share no history in ${repo}: pass a --base on the same history`);
}
async function resolveRange(repo, request, objects) {
  var _stack = [];
  try {
    if (objects) return resolveWith(objects, repo, request);
    const own = __using(_stack, new BlobReader(repo));
    return await resolveWith(own, repo, request);
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
async function resolveWith(objects, repo, request) {
  const fromEvent = eventRefs(request.event);
  const headRequest = present(request.head) ? { ref: request.head, origin: "head ref" } : fromEvent ? { ref: fromEvent.head, origin: `head commit of the ${request.event.name} event`, fromEvent: true } : { ref: "HEAD", origin: "head ref" };
  const explicitBase = present(request.base) ? { ref: request.base, origin: "base ref" } : fromEvent ? { ref: fromEvent.base, origin: `base commit of the ${request.event.name} event`, fromEvent: true } : null;
  const headSha = later(commitOf(objects, repo, headRequest));
  const baseSha = explicitBase ? later(commitOf(objects, repo, explicitBase)) : null;
  const candidates = explicitBase ? [] : DEFAULT_BRANCH_CANDIDATES.map((ref) => later(commitOf(objects, repo, { ref, origin: "default branch" })));
  const defaultBranch = explicitBase ? null : await findDefaultBranch(repo, candidates);
  const head = await resolveCommit(repo, headRequest, await headSha);
  const baseRequest = explicitBase ?? { ref: defaultBranch.ref, origin: "default branch" };
  const base = defaultBranch ? defaultBranch.sha : await resolveCommit(repo, baseRequest, await baseSha);
  return { base: await mergeBase(repo, { ...baseRequest, sha: base }, head), head, baseRef: baseRequest.ref, baseTip: base };
}

// src/provenance/git.ts
var GIT_AI_NOTES_REF = "refs/notes/ai";
var AGENT_TRACE_PATH = ".agent-trace/traces.jsonl";
var FIELD = "";
var COMMIT_FORMAT = ["%H", "%P", "%an", "%ae", "%cn", "%ce", "%B"].join("%x1f");
function parseCommitLog(output) {
  const commits = [];
  for (const entry of output.split("\0")) {
    if (entry.trim() === "") continue;
    const fields = entry.replace(/^\n/, "").split(FIELD);
    const [sha, parents, authorName, authorEmail, committerName, committerEmail] = fields;
    if (!sha || fields.length < 7) continue;
    commits.push({
      sha: toSha(sha, "git log"),
      parents: parents ? parents.split(" ") : [],
      author: { name: authorName ?? "", email: authorEmail ?? "" },
      committer: { name: committerName ?? "", email: committerEmail ?? "" },
      message: fields.slice(6).join(FIELD)
    });
  }
  return commits;
}
async function readCommits(repo, range) {
  const output = await runGit(repo, ["log", "-z", "--reverse", "--no-mailmap", `--format=${COMMIT_FORMAT}`, `${range.base}..${range.head}`]);
  return parseCommitLog(output);
}
async function readTouchedPaths(repo, range) {
  const output = await runGit(repo, ["log", "-z", "--no-renames", "--no-merges", "--format=%x01%H", "--name-status", `${range.base}..${range.head}`]);
  return parseTouchedPaths(output);
}
function parseTouchedPaths(output) {
  const touched = /* @__PURE__ */ new Map();
  for (const chunk of output.split("")) {
    const end = chunk.indexOf("\0");
    if (end <= 0) continue;
    const sha = toSha(chunk.slice(0, end), "git log --name-status");
    const fields = chunk.slice(end + 1).replace(/^\n/, "").split("\0");
    for (let index2 = 0; index2 + 1 < fields.length; index2 += 2) {
      const status = fields[index2] ?? "";
      const path = fields[index2 + 1] ?? "";
      if (status.startsWith("D")) return null;
      touched.set(path, [...touched.get(path) ?? [], sha]);
    }
  }
  return touched;
}
async function readGitAiNotes(repo, range, head) {
  if (head && !await head.hasRef(GIT_AI_NOTES_REF)) return /* @__PURE__ */ new Map();
  const output = await runGit(repo, ["log", "-z", `--notes=${GIT_AI_NOTES_REF}`, "--format=%H%x1f%N", `${range.base}..${range.head}`]);
  const notes = /* @__PURE__ */ new Map();
  for (const entry of output.split("\0")) {
    const separator = entry.indexOf(FIELD);
    if (separator === -1) continue;
    const note = entry.slice(separator + 1);
    if (note.trim() !== "") notes.set(entry.slice(0, separator).trim(), note);
  }
  return notes;
}
async function readAgentTrace(repo, head, files) {
  const read = async (reader) => (await reader.readBlob(AGENT_TRACE_PATH))?.toString("utf8") ?? null;
  return files ? read(files) : withRevision(repo, Revision.ofResolvedSha(repo, head), read);
}
var unquoteGitPath = readPath;
var BLAME_HEADER = /^([0-9a-f]{40,64}) (\d+) (\d+)(?: \d+)?$/;
function parseBlamePorcelain(output) {
  const lines = [];
  const pathOf = /* @__PURE__ */ new Map();
  const boundaries = /* @__PURE__ */ new Set();
  let current = null;
  for (const row of output.split("\n")) {
    if (row.startsWith("	")) {
      if (current) {
        lines.push({
          line: current.line,
          sha: current.sha,
          originalLine: current.originalLine,
          originalPath: pathOf.get(current.sha) ?? "",
          boundary: boundaries.has(current.sha)
        });
      }
      current = null;
      continue;
    }
    const header = current ? null : BLAME_HEADER.exec(row);
    if (header?.[1]) {
      current = { sha: toSha(header[1], "git blame"), originalLine: Number(header[2]), line: Number(header[3]) };
    } else if (current && row === "boundary") {
      boundaries.add(current.sha);
    } else if (current && row.startsWith("filename ")) {
      pathOf.set(current.sha, unquoteGitPath(row.slice("filename ".length)));
    }
  }
  return lines;
}
function toRanges(lines) {
  const ranges = [];
  for (const line of lines) {
    const last = ranges[ranges.length - 1];
    if (last && line === last.end + 1) last.end = line;
    else ranges.push({ start: line, end: line });
  }
  return ranges;
}
var MAX_BLAME_RANGES = 100;
async function blameLines(repo, range, path, lines) {
  const ranges = toRanges(lines);
  const lineArgs = ranges.length <= MAX_BLAME_RANGES ? ranges.flatMap((r) => ["-L", `${r.start},${r.end}`]) : [];
  const output = await runGit(repo, ["blame", "--porcelain", ...lineArgs, `${range.base}..${range.head}`, "--", path]);
  return parseBlamePorcelain(output);
}

// src/provenance/records.ts
var RecordError = class extends Error {
  name = "RecordError";
};
function parseLineRanges(text2) {
  return text2.split(",").map((part) => {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!match?.[1]) throw new RecordError(`bad line range "${part}"`);
    const start = Number(match[1]);
    const end = match[2] === void 0 ? start : Number(match[2]);
    if (start < 1 || end < start) throw new RecordError(`bad line range "${part}"`);
    return { start, end };
  });
}
function record2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}
function text(value) {
  return typeof value === "string" && value !== "" ? value : null;
}
function unquotePath(path) {
  return path.length >= 2 && path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1) : path;
}
function parseGitAiNote(note) {
  const lines = note.split(/\r?\n/);
  const divider = lines.indexOf("---");
  if (divider === -1) throw new RecordError('no "---" line between attestations and metadata');
  let metadata;
  try {
    metadata = record2(JSON.parse(lines.slice(divider + 1).join("\n")));
  } catch {
    throw new RecordError('the metadata after "---" is not valid JSON');
  }
  if (!metadata) throw new RecordError('the metadata after "---" is not a JSON object');
  const version = text(metadata["schema_version"]);
  if (!version?.startsWith("authorship/3.")) throw new RecordError(`unsupported schema_version ${JSON.stringify(metadata["schema_version"])}`);
  const prompts = record2(metadata["prompts"]) ?? {};
  const sessions = record2(metadata["sessions"]) ?? {};
  const humans = record2(metadata["humans"]) ?? {};
  const attestations = [];
  let path = null;
  for (const line of lines.slice(0, divider)) {
    if (line.trim() === "") continue;
    if (!line.startsWith(" ")) {
      path = unquotePath(line);
      continue;
    }
    const entry = /^ {2}(\S+) (\S+)$/.exec(line);
    if (!entry?.[1] || !entry[2] || path === null) throw new RecordError(`unreadable attestation line "${line.trim()}"`);
    const key = entry[1];
    const ranges = parseLineRanges(entry[2]);
    if (key.startsWith("h_") || key in humans) {
      attestations.push({ path, ranges, provenance: "human", tool: null, model: null });
      continue;
    }
    const described = record2(prompts[key]) ?? record2(sessions[key.split("::")[0] ?? key]);
    const agent = record2(described?.["agent_id"]);
    attestations.push({ path, ranges, provenance: "ai", tool: text(agent?.["tool"]), model: text(agent?.["model"]) });
  }
  return { attestations };
}
var CONTRIBUTOR_TYPES = ["human", "ai", "mixed", "unknown"];
function contributorOf(value) {
  const contributor = record2(value);
  if (!contributor) return null;
  const type = text(contributor["type"])?.toLowerCase();
  if (!type || !CONTRIBUTOR_TYPES.includes(type)) throw new RecordError(`unknown contributor type ${JSON.stringify(contributor["type"])}`);
  return { type, model: text(contributor["model_id"]) };
}
function parseTraceRecord(line) {
  let parsed;
  try {
    parsed = record2(JSON.parse(line));
  } catch {
    throw new RecordError("not valid JSON");
  }
  if (!parsed) throw new RecordError("not a JSON object");
  const files = parsed["files"];
  if (!Array.isArray(files)) throw new RecordError('no "files" array');
  const revision = text(record2(parsed["vcs"])?.["revision"]);
  if (!revision) throw new RecordError("no vcs.revision, so its line numbers cannot be placed");
  const tool = text(record2(parsed["tool"])?.["name"]);
  const ranges = [];
  for (const file of files) {
    const path = text(record2(file)?.["path"]);
    const conversations = record2(file)?.["conversations"];
    if (!path || !Array.isArray(conversations)) throw new RecordError('a file entry without "path" or "conversations"');
    for (const conversation of conversations) {
      const outer = contributorOf(record2(conversation)?.["contributor"]);
      const conversationRanges = record2(conversation)?.["ranges"];
      if (!Array.isArray(conversationRanges)) throw new RecordError(`a conversation in ${path} without "ranges"`);
      for (const range of conversationRanges) {
        const start = record2(range)?.["start_line"];
        const end = record2(range)?.["end_line"];
        if (!Number.isInteger(start) || !Number.isInteger(end) || start < 1 || end < start) {
          throw new RecordError(`a range in ${path} without valid start_line/end_line`);
        }
        const contributor = contributorOf(record2(range)?.["contributor"]) ?? outer;
        ranges.push({
          revision,
          path,
          start,
          end,
          contributor: contributor?.type ?? "unknown",
          model: contributor?.model ?? null,
          tool
        });
      }
    }
  }
  return ranges;
}
function provenanceOfContributor(type) {
  if (type === "ai" || type === "mixed") return "ai";
  return type;
}

// src/provenance/line-records.ts
function hasRecords(records) {
  return records.notes.size > 0 || records.traces.size > 0;
}
function inRanges(ranges, line) {
  return ranges.some((range) => line >= range.start && line <= range.end);
}
function recordVerdict(records, blame, headPath) {
  const verdicts = [];
  const note = records.notes.get(blame.sha);
  if (note) {
    const attestation = note.attestations.find((a) => a.path === blame.originalPath && inRanges(a.ranges, blame.originalLine));
    const provenance = attestation?.provenance ?? "human";
    const detail = attestation?.provenance === "ai" ? [attestation.tool, attestation.model].filter(Boolean).join(" ") || "AI session" : "not attested as AI";
    verdicts.push({
      provenance,
      signal: { kind: "line-record", source: GIT_AI_NOTES_REF, detail: `${blame.sha.slice(0, 12)}: ${detail}`, tool: attestation?.tool ?? void 0, confidence: "high", id: "git-ai-note" }
    });
  }
  const candidates = [
    ...(records.traces.get(blame.sha) ?? []).filter((t) => t.path === blame.originalPath && blame.originalLine >= t.start && blame.originalLine <= t.end),
    ...(blame.sha === records.head ? [] : records.traces.get(records.head) ?? []).filter(
      (t) => t.path === headPath && blame.line >= t.start && blame.line <= t.end
    )
  ];
  for (const trace of candidates) {
    verdicts.push({
      provenance: provenanceOfContributor(trace.contributor),
      signal: {
        kind: "line-record",
        source: AGENT_TRACE_PATH,
        detail: `${trace.contributor}${trace.model ? ` ${trace.model}` : ""}: ${trace.path} ${trace.start}-${trace.end} at ${trace.revision.slice(0, 12)}`,
        ...trace.tool ? { tool: trace.tool } : {},
        confidence: "high",
        id: "agent-trace"
      }
    });
  }
  for (const wanted of ["ai", "human", "unknown"]) {
    const verdict = verdicts.find((v) => v.provenance === wanted);
    if (verdict) return verdict;
  }
  return null;
}
function parseNotes(raw, skipped) {
  const notes = /* @__PURE__ */ new Map();
  for (const [sha, text2] of raw) {
    try {
      notes.set(sha, parseGitAiNote(text2));
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      skipped.push({ path: `${GIT_AI_NOTES_REF}:${sha}`, reason: `git-ai note ignored: ${error.message}` });
    }
  }
  return notes;
}
function parseTraces(text2, commits, head, skipped) {
  const traces = /* @__PURE__ */ new Map();
  if (text2 === null) return traces;
  const shas = [...commits.map((commit) => commit.sha), head];
  const childrenOf2 = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    const parent = commit.parents[0];
    if (parent) childrenOf2.set(parent, [...childrenOf2.get(parent) ?? [], commit.sha]);
  }
  const add = (sha, range) => {
    traces.set(sha, [...traces.get(sha) ?? [], range]);
  };
  text2.split("\n").forEach((line, index2) => {
    if (line.trim() === "") return;
    let ranges;
    try {
      ranges = parseTraceRecord(line);
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      skipped.push({ path: `${AGENT_TRACE_PATH}:${index2 + 1}`, reason: `Agent Trace record ignored: ${error.message}` });
      return;
    }
    for (const range of ranges) {
      const revision = range.revision.toLowerCase();
      if (revision.length < 7) continue;
      const own = shas.find((sha) => sha.startsWith(revision));
      if (own) add(own, range);
      for (const [parent, children] of childrenOf2) if (parent.startsWith(revision)) for (const child of children) add(child, range);
    }
  });
  return traces;
}

// src/provenance/decide.ts
function commitVerdict(signals, authoredByPerson) {
  if (signals.length > 0) return { provenance: "ai", signals };
  return { provenance: authoredByPerson ? "human" : "unknown", signals: [] };
}
function leadingSignal(signals) {
  return signals.find((signal2) => signal2.confidence === "high") ?? signals[0];
}
var byPullRequest = (_facts, evidence) => {
  const signal2 = evidence.pullRequestSignals[0];
  return signal2 ? { provenance: "ai", commits: [], signal: signal2 } : null;
};
var byPath = (facts) => facts.pathSignal ? { provenance: "ai", commits: [], signal: facts.pathSignal } : null;
function blamedInRange(facts, evidence) {
  const blame = facts.blame;
  return blame && !blame.boundary && evidence.commits.has(blame.sha) ? blame : null;
}
var byLineRecord = (facts, evidence) => {
  const blame = blamedInRange(facts, evidence);
  const recorded = blame ? recordVerdict(evidence.records, blame, facts.path) : null;
  return blame && recorded ? { provenance: recorded.provenance, commits: [blame.sha], signal: recorded.signal } : null;
};
var agreedDecisions = /* @__PURE__ */ new WeakMap();
function agreedDecision(agreed, evidence) {
  const known = agreedDecisions.get(agreed);
  if (known?.evidence === evidence) return known.decision;
  const signal2 = leadingSignal(agreed.commits.flatMap((sha) => evidence.commits.get(sha)?.signals ?? []));
  const decision = { provenance: agreed.provenance, commits: agreed.commits, ...signal2 ? { signal: signal2 } : {} };
  agreedDecisions.set(agreed, { evidence, decision });
  return decision;
}
var byCommit = (facts, evidence) => {
  if (facts.agreed) return agreedDecision(facts.agreed, evidence);
  const blame = blamedInRange(facts, evidence);
  const verdict = blame ? evidence.commits.get(blame.sha) : void 0;
  if (!blame || !verdict) return null;
  const signal2 = leadingSignal(verdict.signals);
  return { provenance: verdict.provenance, commits: [blame.sha], ...signal2 ? { signal: signal2 } : {} };
};
var DECIDERS = [byPullRequest, byPath, byLineRecord, byCommit];
function decideLine(facts, evidence) {
  for (const decider of DECIDERS) {
    const decision = decider(facts, evidence);
    if (decision) return decision;
  }
  return { provenance: "unknown", commits: [] };
}
function pathSignal(path, aiPaths) {
  const glob = aiPaths.matchingPattern(path);
  return glob === null ? null : { kind: "config", source: "config:ai-paths", detail: glob, confidence: "high", id: "config:ai-paths" };
}
function rangeAgreement(commits, evidence) {
  if (hasRecords(evidence.records)) return null;
  const verdicts = new Set(commits.map((commit) => evidence.commits.get(commit.sha)?.provenance ?? "unknown"));
  const [only] = [...verdicts];
  return verdicts.size === 1 && only ? { provenance: only, commits: commits.map((commit) => commit.sha) } : null;
}
function worthReadingTouchedPaths(commits, evidence) {
  return evidence.pullRequestSignals.length === 0 && rangeAgreement(commits, evidence) === null && !hasRecords(evidence.records) && commits.every((commit) => commit.parents.length <= 1);
}
function fileAgreement(file, touched, evidence) {
  if (!touched || file.status !== "added" && file.status !== "modified") return null;
  const shas = touched.get(file.path) ?? [];
  const verdicts = new Set(shas.map((sha) => evidence.commits.get(sha)?.provenance ?? "unknown"));
  const [only] = [...verdicts];
  return verdicts.size === 1 && only ? { provenance: only, commits: shas } : null;
}

// src/provenance/read.ts
async function readRangeHistory(repo, range, files) {
  const head = files instanceof Revision ? files : void 0;
  const [commits, notes, trace] = await Promise.all([readCommits(repo, range), readGitAiNotes(repo, range, head), readAgentTrace(repo, range.head, files)]);
  return { commits, notes, trace };
}
var BLAME_CONCURRENCY = 4;
async function mapLimited(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index2 = next++;
      results[index2] = await work(items[index2]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
async function blameFiles(repo, range, files, skipped) {
  const blames = await mapLimited(files, BLAME_CONCURRENCY, async (file) => {
    try {
      return await blameLines(repo, range, file.path, file.addedLines);
    } catch (error) {
      if (!isInputError(error)) throw error;
      skipped.push({ path: file.path, reason: `authorship unknown: ${describeError(error)}` });
      return [];
    }
  });
  return new Map(files.map((file, index2) => [file.path, blames[index2] ?? []]));
}

// src/provenance/catalogue.ts
var AI_SIGNALS = [
  // GitHub Copilot. Its accounts share the login `Copilot`; only the numeric id in the noreply
  // address tells the coding agent from review suggestions, so these are exact addresses.
  { id: "copilot-agent-login", tool: "copilot", match: "login", value: "copilot-swe-agent[bot]", confidence: "high" },
  {
    id: "copilot-agent-address",
    tool: "copilot",
    match: "address",
    value: "198982749+Copilot@users.noreply.github.com",
    confidence: "high",
    formerIds: ["copilot-agent-email", "copilot-agent-coauthor"]
  },
  { id: "copilot-agent-opener", tool: "copilot", match: "pr-opener", value: "Copilot", confidence: "high" },
  { id: "copilot-agent-branch", tool: "copilot", match: "branch-prefix", value: "copilot/", confidence: "high" },
  { id: "copilot-agent-pr-body", tool: "copilot", match: "pr-body-marker", value: "<!-- START COPILOT CODING AGENT SUFFIX -->", confidence: "high" },
  { id: "copilot-cli-address", tool: "copilot", match: "address", value: "223556219+Copilot@users.noreply.github.com", confidence: "high", formerIds: ["copilot-cli-coauthor"] },
  // Review suggestions and Autofix: a person may have written or chosen the change.
  {
    id: "copilot-suggestion-address",
    tool: "copilot",
    match: "address",
    value: "175728472+Copilot@users.noreply.github.com",
    confidence: "low",
    formerIds: ["copilot-suggestion-email", "copilot-suggestion-coauthor"]
  },
  { id: "copilot-autofix-login", tool: "copilot", match: "login", value: "github-advanced-security[bot]", confidence: "low" },
  // VS Code added this trailer to commits without AI use for a while.
  { id: "copilot-vscode-address", tool: "copilot", match: "address", value: "copilot@github.com", confidence: "low", formerIds: ["copilot-vscode-coauthor"] },
  // Claude Code
  { id: "claude-code-address", tool: "claude-code", match: "address", value: "noreply@anthropic.com", confidence: "high", formerIds: ["claude-code-coauthor", "claude-code-email"] },
  { id: "claude-code-footer", tool: "claude-code", match: "body-marker", value: "Generated with [Claude Code]", confidence: "high" },
  { id: "claude-code-session", tool: "claude-code", match: "trailer", value: "Claude-Session", confidence: "high" },
  { id: "claude-app-login", tool: "claude-code", match: "login", value: "claude[bot]", confidence: "high", formerIds: ["claude-app-email"] },
  { id: "claude-branch", tool: "claude-code", match: "branch-prefix", value: "claude/", confidence: "high" },
  { id: "claude-code-pr-body", tool: "claude-code", match: "pr-body-marker", value: "Generated with [Claude Code]", confidence: "high" },
  // Cursor
  { id: "cursor-agent-address", tool: "cursor", match: "address", value: "cursoragent@cursor.com", confidence: "high", formerIds: ["cursor-agent-email", "cursor-coauthor"] },
  { id: "cursor-made-with", tool: "cursor", match: "trailer", value: "Made-with", trailerValue: "Cursor", confidence: "high" },
  { id: "cursor-branch", tool: "cursor", match: "branch-prefix", value: "cursor/", confidence: "high" },
  { id: "cursor-pr-body", tool: "cursor", match: "pr-body-marker", value: "Made with [Cursor]", confidence: "high" },
  // Aider
  { id: "aider-name-suffix", tool: "aider", match: "name-suffix", value: " (aider)", confidence: "high" },
  { id: "aider-subject", tool: "aider", match: "subject-prefix", value: "aider: ", confidence: "high" },
  { id: "aider-address", tool: "aider", match: "address", value: "aider@aider.chat", confidence: "high", formerIds: ["aider-coauthor"] },
  { id: "aider-address-legacy", tool: "aider", match: "address", value: "noreply@aider.dev", confidence: "high", formerIds: ["aider-coauthor-legacy"] },
  // Devin
  { id: "devin-login", tool: "devin", match: "login", value: "devin-ai-integration[bot]", confidence: "high", formerIds: ["devin-email"] },
  { id: "devin-branch", tool: "devin", match: "branch-prefix", value: "devin/", confidence: "high" },
  { id: "devin-pr-body", tool: "devin", match: "pr-body-marker", value: "Link to Devin run", confidence: "high" },
  // Jules
  { id: "jules-login", tool: "jules", match: "login", value: "google-labs-jules[bot]", confidence: "high", formerIds: ["jules-email"] },
  // OpenAI Codex
  { id: "codex-address", tool: "codex", match: "address", value: "noreply@openai.com", confidence: "high", formerIds: ["codex-email", "codex-coauthor"] },
  { id: "codex-address-alt", tool: "codex", match: "address", value: "codex@openai.com", confidence: "high", formerIds: ["codex-email-alt", "codex-coauthor-alt"] },
  { id: "codex-branch", tool: "codex", match: "branch-prefix", value: "codex/", confidence: "high" },
  // OpenHands (formerly OpenDevin): its agent commits and co-authors with these addresses.
  { id: "openhands-address", tool: "openhands", match: "address", value: "openhands@all-hands.dev", confidence: "high" },
  { id: "openhands-address-legacy", tool: "openhands", match: "address", value: "opendevin@all-hands.dev", confidence: "high" },
  // Continue (its cloud agents and CLI)
  { id: "continue-login", tool: "continue", match: "login", value: "continue[bot]", confidence: "high" },
  { id: "continue-address", tool: "continue", match: "address", value: "noreply@continue.dev", confidence: "high" },
  { id: "continue-agent-address", tool: "continue", match: "address", value: "agent@continue.dev", confidence: "high" },
  { id: "continue-footer", tool: "continue", match: "body-marker", value: "Generated with [Continue]", confidence: "high" },
  { id: "continue-footer-plain", tool: "continue", match: "body-marker", value: "Generated with Continue", confidence: "high" },
  // Cline and Roo Code cloud agents
  { id: "cline-cloud-login", tool: "cline", match: "login", value: "cline-cloud[bot]", confidence: "high" },
  { id: "cline-agent-login", tool: "cline", match: "login", value: "cline-agent", confidence: "high" },
  { id: "roomote-login", tool: "roo-code", match: "login", value: "roomote[bot]", confidence: "high" },
  { id: "roomote-address", tool: "roo-code", match: "address", value: "roomote@roocode.com", confidence: "high" },
  // Other coding agents that commit as GitHub Apps
  { id: "opencode-login", tool: "opencode", match: "login", value: "opencode-agent[bot]", confidence: "high" },
  { id: "gemini-cli-login", tool: "gemini-cli", match: "login", value: "gemini-cli[bot]", confidence: "high" },
  { id: "factory-droid-login", tool: "factory", match: "login", value: "factory-droid[bot]", confidence: "high" },
  { id: "amazon-q-login", tool: "amazon-q", match: "login", value: "amazon-q-developer[bot]", confidence: "high" },
  { id: "sweep-login", tool: "sweep", match: "login", value: "sweep-ai[bot]", confidence: "high" },
  // Tool-neutral policy trailers (`Assisted-by: <agent>:<model>`)
  { id: "assisted-by", tool: "policy", match: "trailer", value: "Assisted-by", confidence: "high" },
  { id: "generated-by", tool: "policy", match: "trailer", value: "Generated-by", confidence: "high" }
];
var NON_AI_BOTS = [
  { login: "dependabot[bot]" },
  { login: "renovate[bot]" },
  { login: "github-actions[bot]" },
  { email: "actions@github.com" },
  { login: "copilot-pull-request-reviewer[bot]" },
  { login: "gemini-code-assist[bot]" },
  { login: "cursor[bot]" },
  { login: "chatgpt-codex-connector[bot]" }
];

// src/provenance/signals.ts
var CUSTOM_TOOL = "custom";
function customEntries(config) {
  const entries = [];
  for (const identity of config["ai-identities"]) {
    const match = identity.includes("@") ? "address" : "login";
    entries.push({ id: `config:${identity}`, tool: CUSTOM_TOOL, match, value: identity, confidence: "high" });
  }
  for (const trailer of config["ai-trailers"]) {
    const colon = trailer.indexOf(":");
    const key = (colon === -1 ? trailer : trailer.slice(0, colon)).trim();
    const value = colon === -1 ? void 0 : trailer.slice(colon + 1).trim();
    entries.push({
      id: `config:${trailer}`,
      tool: CUSTOM_TOOL,
      match: "trailer",
      value: key,
      ...value ? { trailerValue: value } : {},
      confidence: "high"
    });
  }
  for (const marker of config["ai-markers"]) {
    entries.push({ id: `config:${marker}`, tool: CUSTOM_TOOL, match: "body-marker", value: marker, confidence: "high" });
  }
  return entries;
}
function isDisabled(entry, disabled) {
  return disabled.has(entry.id) || (entry.formerIds ?? []).some((id) => disabled.has(id));
}
function buildSignalRules(config) {
  const disabled = new Set(config.disable);
  const knownIds = new Set(AI_SIGNALS.flatMap((entry) => [entry.id, ...entry.formerIds ?? []]));
  const unknownIds = config.disable.filter((id) => !knownIds.has(id));
  if (unknownIds.length > 0) {
    throw new InputError(
      `provenance.disable in the config names unknown signal ids: ${unknownIds.join(", ")} (see docs/provenance.md for the ids)`
    );
  }
  return {
    entries: [...AI_SIGNALS.filter((entry) => !isDisabled(entry, disabled)), ...customEntries(config)],
    neverAi: new Set(config["never-ai"].map((identity) => identity.toLowerCase())),
    aiLabels: new Set(config["ai-labels"].map((label) => label.toLowerCase()))
  };
}
var TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9-]*):[ \t]*(.*)$/;
function parseTrailers(message) {
  const trailers = [];
  for (const line of message.split(/\r?\n/)) {
    const text2 = line.trimEnd();
    const match = TRAILER_LINE.exec(text2);
    if (match?.[1] !== void 0) trailers.push({ key: match[1], value: (match[2] ?? "").trim(), line: text2 });
  }
  return trailers;
}
var LEADING_EMOJI = new RegExp("^\\p{Extended_Pictographic}\\uFE0F?[ \\t]*", "u");
var CO_AUTHOR_KEY = "co-authored-by";
function same(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
function formatIdentity(identity) {
  return `${identity.name} <${identity.email}>`;
}
var MAX_DETAIL_CHARS = 300;
function signal(entry, kind, source, detail) {
  const short = detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS - 1)}\u2026` : detail;
  return { kind, source, detail: short, tool: entry.tool, confidence: entry.confidence, id: entry.id };
}
function gitIdentity(source, identity) {
  return { source, name: identity.name, address: identity.email, login: "", nameIsLogin: true, detail: formatIdentity(identity) };
}
function coAuthors(trailers) {
  return trailers.filter((trailer) => trailer.key.toLowerCase() === CO_AUTHOR_KEY).map((trailer) => {
    const { name, address } = parseNameAddress(trailer.value);
    return { source: `trailer:${trailer.key}`, name, address, login: "", nameIsLogin: isBotLogin(name), detail: trailer.line };
  });
}
function commitIdentities(commit, trailers, linked) {
  const sameIdentity = same(commit.author.name, commit.committer.name) && same(commit.author.email, commit.committer.email);
  const seen = [gitIdentity("author", commit.author), ...sameIdentity ? [] : [gitIdentity("committer", commit.committer)]];
  seen.push(...coAuthors(trailers));
  if (linked) {
    for (const [source, login] of [
      ["pr:commit-author", linked.authorLogin],
      ["pr:commit-committer", linked.committerLogin]
    ]) {
      if (login !== "") seen.push({ source, name: "", address: "", login, nameIsLogin: false, detail: login });
    }
  }
  return seen;
}
function isIdentity(entry, seen) {
  if (entry.match === "address") return hasAddress(seen, entry.value);
  if (entry.match === "login") return isLogin(seen, entry.value);
  return false;
}
function identitySignals(entry, seen, rules, kind) {
  return seen.filter((identity) => isIdentity(entry, identity) && !isListed(identity, rules.neverAi)).map((identity) => signal(entry, kind, identity.source, identity.detail));
}
function commitSignals(commit, rules, linked) {
  const signals = [];
  const lines = commit.message.split(/\r?\n/);
  const subject = lines[0] ?? "";
  const trailers = parseTrailers(commit.message);
  const seen = commitIdentities(commit, trailers, linked);
  const gitPeople = seen.filter((identity) => identity.source === "author" || identity.source === "committer");
  for (const entry of rules.entries) {
    switch (entry.match) {
      case "address":
      case "login":
        signals.push(...identitySignals(entry, seen, rules, "commit"));
        break;
      case "name-suffix":
        for (const identity of gitPeople) {
          if (identity.name.endsWith(entry.value)) signals.push(signal(entry, "commit", identity.source, identity.detail));
        }
        break;
      case "trailer":
        for (const trailer of trailers) {
          if (!same(trailer.key, entry.value)) continue;
          if (entry.trailerValue !== void 0 && !same(trailer.value, entry.trailerValue)) continue;
          signals.push(signal(entry, "commit", `trailer:${trailer.key}`, trailer.line));
        }
        break;
      case "subject-prefix":
        if (subject.toLowerCase().startsWith(entry.value.toLowerCase())) signals.push(signal(entry, "commit", "subject", subject));
        break;
      case "body-marker":
        for (const line of lines) {
          const text2 = line.replace(LEADING_EMOJI, "");
          if (text2.toLowerCase().startsWith(entry.value.toLowerCase())) signals.push(signal(entry, "commit", "message", line.trimEnd()));
        }
        break;
      default:
        break;
    }
  }
  return signals;
}
function pullRequestSignals(pullRequest, rules) {
  const signals = [];
  const opener = pullRequest.author;
  const openers = opener === "" ? [] : [{ source: "pr:opener", name: "", address: "", login: opener, nameIsLogin: false, detail: opener }];
  for (const entry of rules.entries) {
    switch (entry.match) {
      case "login":
        signals.push(...identitySignals(entry, openers, rules, "pull-request"));
        break;
      case "pr-opener":
        if (opener !== "" && same(opener, entry.value) && !rules.neverAi.has(opener.toLowerCase())) {
          signals.push(signal(entry, "pull-request", "pr:opener", opener));
        }
        break;
      case "branch-prefix":
        if (pullRequest.headRef.startsWith(entry.value)) signals.push(signal(entry, "pull-request", "pr:branch", pullRequest.headRef));
        break;
      case "pr-body-marker":
        if (pullRequest.body.includes(entry.value)) signals.push(signal(entry, "pull-request", "pr:body", entry.value));
        break;
      default:
        break;
    }
  }
  for (const label of pullRequest.labels) {
    if (rules.aiLabels.has(label.toLowerCase())) {
      signals.push({ kind: "pull-request", source: "pr:label", detail: label, confidence: "high", id: "config:ai-labels" });
    }
  }
  return signals;
}
var NON_AI_BOT_LOGINS = new Set(NON_AI_BOTS.flatMap((bot) => bot.login ? [bot.login.toLowerCase()] : []));
var NON_AI_BOT_EMAILS = new Set(NON_AI_BOTS.flatMap((bot) => bot.email ? [bot.email.toLowerCase()] : []));
function isPerson(identity) {
  const name = identity.name.toLowerCase();
  const email = identity.email.toLowerCase();
  if (name.endsWith("[bot]") || NON_AI_BOT_LOGINS.has(name)) return false;
  if (NON_AI_BOT_EMAILS.has(email) || /\[bot\]@users\.noreply\.github\.com$/.test(email)) return false;
  return true;
}

// src/provenance/index.ts
function filesWithLines(files) {
  return files.filter((file) => file.status !== "deleted" && !file.binary && !file.submodule && file.addedLines.length > 0);
}
function uniform(input, provenance) {
  const files = filesWithLines(input.files);
  const total = files.reduce((sum2, file) => sum2 + file.addedLines.length, 0);
  return {
    mode: input.mode,
    aiCommits: [],
    pullRequestSignals: [],
    files: files.map((file) => ({
      path: file.path,
      aiLines: provenance === "ai" ? [...file.addedLines] : [],
      humanLines: provenance === "human" ? [...file.addedLines] : []
    })),
    counts: { ai: provenance === "ai" ? total : 0, human: provenance === "human" ? total : 0, unknown: 0 }
  };
}
function withSignal(signals, signal2) {
  return signals.some((s) => s.source === signal2.source && s.detail === signal2.detail) ? signals : [...signals, signal2];
}
function addOrigin(origins, path, line, decision) {
  const last = origins[origins.length - 1];
  const sameGroup = last !== void 0 && last.path === path && last.provenance === decision.provenance && last.signal === decision.signal && // Lines decided by one agreed verdict share its commits array: no need to compare them sha by sha.
  (last.commits === decision.commits || last.commits.length === decision.commits.length && last.commits.every((sha, index2) => sha === decision.commits[index2]));
  if (sameGroup) {
    last.lines.push(line);
    return;
  }
  origins.push({ path, lines: [line], provenance: decision.provenance, commits: decision.commits, ...decision.signal ? { signal: decision.signal } : {} });
}
async function attributeProvenance(input) {
  if (input.mode === "all") return uniform(input, "ai");
  if (input.mode === "none") return uniform(input, "human");
  const { repo, range } = input;
  const rules = buildSignalRules(input.config);
  const skipped = [];
  if (input.pullRequestCommitsGap) skipped.push({ path: `pulls/${input.pullRequest?.number ?? "?"}/commits`, reason: input.pullRequestCommitsGap });
  const files = filesWithLines(input.files);
  const history = await (input.history ?? readRangeHistory(repo, range, input.revision));
  const linked = new Map((input.pullRequestCommits ?? []).map((commit) => [commit.sha, commit]));
  const verdicts = new Map(
    history.commits.map((commit) => [commit.sha, commitVerdict(commitSignals(commit, rules, linked.get(commit.sha)), isPerson(commit.author))])
  );
  const evidence = {
    pullRequestSignals: input.pullRequest ? pullRequestSignals(input.pullRequest, rules) : [],
    records: {
      notes: parseNotes(history.notes, skipped),
      traces: parseTraces(history.trace, history.commits, range.head, skipped),
      head: range.head
    },
    commits: verdicts
  };
  const rangeAgreed = rangeAgreement(history.commits, evidence);
  const touched = worthReadingTouchedPaths(history.commits, evidence) ? await readTouchedPaths(repo, range) : null;
  const agreedOf = new Map(files.map((file) => [file.path, rangeAgreed ?? fileAgreement(file, touched, evidence)]));
  const toBlame = evidence.pullRequestSignals.length > 0 ? [] : files.filter((file) => !agreedOf.get(file.path));
  const blames = await blameFiles(repo, range, toBlame, skipped);
  const noteSignals = /* @__PURE__ */ new Map();
  const result2 = [];
  const origins = [];
  const counts = { ai: 0, human: 0, unknown: 0 };
  const aiPaths = compileGlobs(input.config["ai-paths"]);
  for (const file of files) {
    const blameByLine = new Map((blames.get(file.path) ?? []).map((blame) => [blame.line, blame]));
    const filePathSignal = pathSignal(file.path, aiPaths);
    const agreed = agreedOf.get(file.path) ?? null;
    let fileSignals = filePathSignal ? [filePathSignal] : [];
    const aiLines = [];
    const humanLines = [];
    for (const line of file.addedLines) {
      const decision = decideLine({ path: file.path, line, pathSignal: filePathSignal, agreed, blame: blameByLine.get(line) }, evidence);
      const signal2 = decision.signal;
      if (signal2?.kind === "line-record") {
        const sha = decision.commits[0] ?? "";
        if (signal2.source !== GIT_AI_NOTES_REF) fileSignals = withSignal(fileSignals, signal2);
        else if (decision.provenance === "ai") noteSignals.set(sha, withSignal(noteSignals.get(sha) ?? [], signal2));
      }
      counts[decision.provenance]++;
      if (decision.provenance === "ai") aiLines.push(line);
      else if (decision.provenance === "human") humanLines.push(line);
      addOrigin(origins, file.path, line, decision);
    }
    result2.push({ path: file.path, aiLines, humanLines, ...fileSignals.length > 0 ? { signals: fileSignals } : {} });
  }
  const aiCommits = history.commits.map((commit) => ({ sha: commit.sha, signals: [...verdicts.get(commit.sha)?.signals ?? [], ...noteSignals.get(commit.sha) ?? []] })).filter((commit) => commit.signals.length > 0);
  return {
    mode: input.mode,
    aiCommits,
    pullRequestSignals: evidence.pullRequestSignals,
    files: result2,
    counts,
    ...skipped.length > 0 ? { skipped } : {},
    origins
  };
}

// src/evidence/coverage/index.ts
import { posix, sep as sep2 } from "node:path";

// src/evidence/paths.ts
var MAX_NAMED_CANDIDATES = 5;
function createPathMapper(context) {
  const index2 = TrackedPathIndex.of(context.trackedFiles);
  const root = splitPath(context.repoRoot);
  const prefixes = context.prefixes.map(splitPath).filter((prefix) => prefix.segments.length > 0 || prefix.absolute);
  return (rawPath) => asRepoPath(mapWithIndex(rawPath, root, prefixes, index2), rawPath);
}
function memoizePathMapper(mapPath) {
  const answers = /* @__PURE__ */ new Map();
  return (rawPath) => {
    let answer = answers.get(rawPath);
    if (answer === void 0) {
      answer = mapPath(rawPath);
      answers.set(rawPath, answer);
    }
    return answer;
  };
}
function asRepoPath(mapping, rawPath) {
  if (mapping.path === null) return mapping;
  const inRepository = repositoryPath(mapping.path);
  return inRepository === null ? { path: null, reason: `"${rawPath}" is outside the repository` } : { path: inRepository };
}
function splitPath(rawPath) {
  let path = rawPath.trim().replace(/\\/g, "/");
  let root = "";
  let absolute = false;
  const drive = /^\/?([A-Za-z]):(\/|$)/.exec(path);
  if (drive) {
    root = `${drive[1].toLowerCase()}:`;
    absolute = true;
    path = path.slice(drive[0].length);
  } else if (path.startsWith("//")) {
    const host = path.slice(2).split("/")[0] ?? "";
    root = `//${host.toLowerCase()}`;
    absolute = true;
    path = path.slice(2 + host.length);
  } else if (path.startsWith("/")) {
    absolute = true;
  }
  const segments = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && segments.length > 0 && segments[segments.length - 1] !== "..") segments.pop();
    else if (segment === ".." && absolute) continue;
    else segments.push(segment);
  }
  return { absolute, root, segments };
}
function stripPrefix2(path, prefix) {
  if (path.absolute !== prefix.absolute || path.root !== prefix.root) return null;
  if (prefix.segments.length > path.segments.length) return null;
  for (let i = 0; i < prefix.segments.length; i++) if (prefix.segments[i] !== path.segments[i]) return null;
  return path.segments.slice(prefix.segments.length);
}
function mapWithIndex(rawPath, root, prefixes, index2) {
  const path = splitPath(rawPath);
  if (path.segments.length === 0) return { path: null, reason: `"${rawPath}" names no file` };
  const stripped = prefixes.map((prefix) => stripPrefix2(path, prefix)).filter((rest) => rest !== null && rest.length > 0);
  const strippedPaths = stripped.filter((rest) => whyNotRepoPath(rest) === null).map((rest) => rest.join("/"));
  const viaPrefix = strippedPaths.find((candidate) => index2.has(candidate)) ?? strippedPaths[0];
  if (viaPrefix !== void 0) return { path: viaPrefix };
  if (path.absolute) {
    const underRoot = stripPrefix2(path, root);
    if (underRoot !== null) {
      if (underRoot.length === 0) return { path: null, reason: `"${rawPath}" is the repository root, not a file` };
      const whyNot2 = whyNotRepoPath(underRoot);
      return whyNot2 === null ? { path: underRoot.join("/") } : { path: null, reason: `"${rawPath}" ${whyNot2}` };
    }
    for (let start = 0; start < path.segments.length; start++) {
      const suffix = path.segments.slice(start).join("/");
      if (index2.has(suffix)) return { path: suffix };
    }
    if (path.root !== "") {
      for (let start = 0; start < path.segments.length; start++) {
        const candidates2 = index2.equalIgnoringCase(path.segments.slice(start).join("/"));
        if (candidates2.length === 1) return { path: candidates2[0] };
        if (candidates2.length > 1) return { path: null, reason: ambiguousReason(rawPath, candidates2) };
      }
    }
    return {
      path: null,
      reason: `"${rawPath}" is outside the repository checkout and no tracked file matches its end; configure a path prefix to strip`
    };
  }
  const whyNot = whyNotRepoPath(path.segments);
  if (whyNot !== null) return { path: null, reason: `"${rawPath}" ${whyNot}` };
  const relative5 = path.segments.join("/");
  if (index2.has(relative5) || index2.size === 0) return { path: relative5 };
  const candidates = index2.endingWith(relative5);
  if (candidates.length === 1) return { path: candidates[0] };
  if (candidates.length > 1) return { path: null, reason: ambiguousReason(rawPath, candidates) };
  return { path: relative5 };
}
function whyNotRepoPath(segments) {
  if (segments[0] === "..") return "leaves the repository";
  if (/^[A-Za-z]:/.test(segments[0] ?? "")) return "is relative to a Windows drive's current folder";
  return null;
}
function ambiguousReason(rawPath, candidates) {
  const named = candidates.slice(0, MAX_NAMED_CANDIDATES).join(", ");
  const more = candidates.length > MAX_NAMED_CANDIDATES ? ` and ${candidates.length - MAX_NAMED_CANDIDATES} more` : "";
  return `"${rawPath}" is ambiguous: it could be ${named}${more}; configure a path prefix to choose`;
}

// src/evidence/coverage/changed.ts
import { extname } from "node:path";
function countOf(measured, covered) {
  return { measured, covered, percent: measured === 0 ? null : covered / measured * 100 };
}
function measureChangedLines(changedFiles, merged, provenance, config) {
  const coverage = merged.files;
  const excluded = compileGlobs(config.exclude);
  const neverUnmentioned = compileGlobs(config["ignore-unmentioned"]);
  const tallied = merged.tallied;
  const reportPaths = [...coverage.keys(), ...merged.unmapped.keys(), ...tallied?.files.keys() ?? [], ...tallied?.unmapped.keys() ?? []];
  const coveredExtensions = new Set(reportPaths.map((path) => extname(path).toLowerCase()));
  const hasBranchData = [...coverage.values()].some((file) => file.branches.size > 0) || [...tallied?.files.values() ?? []].some((file) => file.hasBranches);
  const files = [];
  const unmentioned = [];
  const totals = { measured: 0, covered: 0, aiMeasured: 0, aiCovered: 0, branches: 0, branchesCovered: 0 };
  for (const changed of changedFiles) {
    if (changed.status === "deleted" || changed.binary || changed.submodule || changed.addedLines.length === 0) continue;
    if (excluded.matches(changed.path)) continue;
    const data = coverage.get(changed.path);
    if (!data) {
      if (coveredExtensions.has(extname(changed.path).toLowerCase()) && !neverUnmentioned.matches(changed.path)) {
        unmentioned.push(changed.path);
      }
      continue;
    }
    const file = measureFile(changed, data, provenance);
    if (file.measured === 0) continue;
    files.push(file);
    totals.measured += file.measured;
    totals.covered += file.covered;
    totals.aiMeasured += file.ai.measured;
    totals.aiCovered += file.ai.covered;
    totals.branches += file.branches?.measured ?? 0;
    totals.branchesCovered += file.branches?.covered ?? 0;
  }
  files.sort((a, b) => compareCodePoints(a.path, b.path));
  unmentioned.sort(compareCodePoints);
  return {
    changed: countOf(totals.measured, totals.covered),
    ai: countOf(totals.aiMeasured, totals.aiCovered),
    branches: hasBranchData ? countOf(totals.branches, totals.branchesCovered) : null,
    files,
    unmentioned
  };
}
function measureFile(changed, data, provenance) {
  const coveredLines = [];
  const uncoveredLines = [];
  let aiMeasured = 0;
  let aiCovered = 0;
  let branches = 0;
  let branchesCovered = 0;
  for (const line of changed.addedLines) {
    const hits = data.lines.get(line);
    if (hits !== void 0) {
      const covered = hits > 0;
      (covered ? coveredLines : uncoveredLines).push(line);
      if (provenance(changed.path, line) === "ai") {
        aiMeasured++;
        if (covered) aiCovered++;
      }
    }
    for (const taken of data.branches.get(line)?.values() ?? []) {
      branches++;
      if (taken) branchesCovered++;
    }
  }
  const file = {
    path: changed.path,
    measured: coveredLines.length + uncoveredLines.length,
    covered: coveredLines.length,
    coveredLines,
    uncoveredLines,
    ai: countOf(aiMeasured, aiCovered)
  };
  if (data.branches.size > 0) file.branches = countOf(branches, branchesCovered);
  return file;
}

// src/evidence/coverage/report.ts
function newReportFile(candidatePaths2) {
  return { candidatePaths: candidatePaths2, lines: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map() };
}
function addLineHits(file, line, hits) {
  file.lines.set(line, (file.lines.get(line) ?? 0) + hits);
}
function addBranch(file, line, branchId, taken) {
  let onLine = file.branches.get(line);
  if (!onLine) {
    onLine = /* @__PURE__ */ new Map();
    file.branches.set(line, onLine);
  }
  onLine.set(branchId, (onLine.get(branchId) ?? false) || taken);
}
function addBranchCounts(file, line, covered, total) {
  for (let i = 0; i < total; i++) addBranch(file, line, `#${i}`, i < covered);
}
function parseLineNumber(text2) {
  const line = Number(text2);
  return Number.isInteger(line) && line > 0 ? line : null;
}
function parseHits(text2) {
  if (text2 === void 0 || text2 === null || text2 === "") return null;
  const hits = Number(text2);
  return Number.isFinite(hits) ? Math.max(0, hits) : null;
}

// src/evidence/coverage/tally.ts
var LineTally = class {
  values = new Float64Array(16);
  size = 0;
  /** True while every line is above the one before: then lines are distinct and counting needs no sort. */
  ascending = true;
  /** Records a line; `hits > 0` means covered. A line recorded twice counts once, covered if either covers it. */
  add(line, hits) {
    if (this.size === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    if (this.size > 0 && line <= Math.abs(this.values[this.size - 1])) this.ascending = false;
    this.values[this.size++] = hits > 0 ? -line : line;
  }
  /** Whether lines were recorded in ascending order, each once (as LCOV writes them). */
  get isAscending() {
    return this.ascending;
  }
  /** The recorded values (+line, or \u2212line when covered), in the order recorded. */
  entries() {
    return this.values.subarray(0, this.size);
  }
};
function countAscending(values) {
  let covered = 0;
  for (const value of values) if (value < 0) covered++;
  return { measured: values.length, covered };
}
function countTallies(tallies) {
  const [only] = tallies;
  if (tallies.length === 1 && only?.isAscending) return countAscending(only.entries());
  const all = new Float64Array(tallies.reduce((sum2, tally) => sum2 + tally.entries().length, 0));
  let offset = 0;
  for (const tally of tallies) {
    all.set(tally.entries(), offset);
    offset += tally.entries().length;
  }
  all.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  let measured = 0;
  let covered = 0;
  let previous = 0;
  for (const value of all) {
    const line = Math.abs(value);
    if (line === previous) continue;
    previous = line;
    measured++;
    if (value < 0) covered++;
  }
  return { measured, covered };
}

// src/evidence/coverage/merge.ts
function mergeReports(reports, mapPath, tracked, keepLines) {
  const merged = { files: /* @__PURE__ */ new Map(), unmapped: /* @__PURE__ */ new Map() };
  const tallied = { files: /* @__PURE__ */ new Map(), unmapped: /* @__PURE__ */ new Map() };
  const owned = /* @__PURE__ */ new Set();
  for (const report of reports) {
    for (const file of report.files) {
      const mapping = chooseRepoPath(file.candidatePaths, report.directory, mapPath, tracked);
      if (keepLines && (mapping.path === null || !keepLines(mapping.path))) {
        const tally = new LineTally();
        for (const [line, hits] of file.lines) tally.add(line, hits);
        addTally(tallied, mapping, file.candidatePaths, tally, file.branches.size > 0);
      } else if (mapping.path !== null) {
        mergeInto(merged.files, mapping.path, file, owned, (copy) => copy);
      } else {
        const reason = mapping.reason;
        mergeInto(merged.unmapped, file.candidatePaths[0] ?? "", file, owned, (copy) => ({ ...copy, reason }));
      }
    }
    for (const file of report.tallied ?? []) {
      const mapping = chooseRepoPath(file.candidatePaths, report.directory, mapPath, tracked);
      addTally(tallied, mapping, file.candidatePaths, file.tally, file.hasBranches);
    }
  }
  if (keepLines || reports.some((report) => report.tallied !== void 0)) merged.tallied = tallied;
  return merged;
}
function addTally(into, mapping, candidatePaths2, tally, hasBranches) {
  const existing = mapping.path !== null ? into.files.get(mapping.path) : into.unmapped.get(candidatePaths2[0] ?? "");
  if (existing) {
    existing.tallies.push(tally);
    existing.hasBranches ||= hasBranches;
  } else if (mapping.path !== null) {
    into.files.set(mapping.path, { tallies: [tally], hasBranches });
  } else {
    into.unmapped.set(candidatePaths2[0] ?? "", { tallies: [tally], hasBranches, reason: mapping.reason });
  }
}
function chooseRepoPath(candidates, reportDirectory, mapPath, tracked) {
  const underReport = reportDirectory === void 0 ? [] : candidates.filter(isRelative).flatMap((path) => underFolders(reportDirectory, path));
  const nearest = underReport.map(mapPath).find((mapping) => mapping.path !== null && tracked.has(mapping.path));
  if (nearest) return nearest;
  const mappings = candidates.map(mapPath);
  const trackedMapping = mappings.find((mapping) => mapping.path !== null && tracked.has(mapping.path));
  const anyMapping = mappings.find((mapping) => mapping.path !== null);
  return trackedMapping ?? anyMapping ?? mappings[0] ?? { path: null, reason: "the report names no path" };
}
function isRelative(path) {
  return !/^([\\/]|[A-Za-z]:)/.test(path);
}
function underFolders(directory, path) {
  const folders = directory.split("/").filter((segment) => segment !== "" && segment !== ".");
  const joined = [];
  for (let depth = folders.length; depth > 0; depth--) joined.push(`${folders.slice(0, depth).join("/")}/${path}`);
  return joined;
}
function mergeInto(target, key, file, owned, entry) {
  const existing = target.get(key);
  if (!existing) {
    target.set(key, entry({ lines: file.lines, branches: file.branches }));
    return;
  }
  let into = existing;
  if (!owned.has(existing)) {
    into = entry({ lines: new Map(existing.lines), branches: new Map([...existing.branches].map(([line, ids]) => [line, new Map(ids)])) });
    owned.add(into);
    target.set(key, into);
  }
  for (const [line, hits] of file.lines) addLineHits(into, line, hits);
  for (const [line, branches] of file.branches) for (const [id, taken] of branches) addBranch(into, line, id, taken);
}

// src/evidence/coverage/read.ts
import { open, readFile as readFile3, stat } from "node:fs/promises";
import { isAbsolute as isAbsolute3, relative as relative3, resolve } from "node:path";

// src/evidence/real-path-guard.ts
import { realpath } from "node:fs/promises";
import { isAbsolute as isAbsolute2, relative as relative2 } from "node:path";
function isInside(folder, path) {
  const rest = relative2(folder, path);
  return rest === "" || !rest.startsWith("..") && !isAbsolute2(rest);
}
async function refuseLinkOutside(file, roots, what) {
  const named = roots.filter((root) => isInside(root, file));
  if (named.length === 0) return;
  const real = await realpath(file).catch(() => null);
  if (real === null) return;
  const realRoots = await Promise.all(roots.map((root) => realpath(root).catch(() => root)));
  if (realRoots.some((root) => isInside(root, real))) return;
  throw new InputError(`${what} is a symbolic link (or lies under one) that leads outside the repository and the working directory: refusing to read it`);
}

// src/evidence/report-glob.ts
async function globReportFiles(pattern, cwd) {
  const { glob, isDynamicPattern } = await import("./dist-GALBU4HL.js");
  if (!isDynamicPattern(pattern)) return null;
  return glob([pattern], { cwd, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false });
}

// src/evidence/coverage/branch-budget.ts
var MIN_BRANCH_BUDGET = 1e4;
function branchBudget(reportPath, reportBytes) {
  let left = Math.max(MIN_BRANCH_BUDGET, reportBytes);
  return (file, line, coveredCount, totalCount) => {
    const total = Math.floor(totalCount);
    const covered = Math.min(Math.floor(coveredCount), total);
    if (total <= 0) return;
    if (total > left) {
      throw new InputError(
        `coverage report ${reportPath}: line ${line} claims ${total} branches, more than a report of ${reportBytes} bytes can describe; the report is corrupt, regenerate it`
      );
    }
    left -= total;
    addBranchCounts(file, line, covered, total);
  };
}

// src/evidence/coverage/clover.ts
function readClover(reportPath, coverage, claimBranches) {
  const project = childOf(coverage, "project");
  const fileNodes = [...childrenOf(project, "file"), ...childrenOf(project, "package").flatMap((pkg) => childrenOf(pkg, "file"))];
  const openClover = /^[4-9]/.test(attributeOf(coverage, "clover") ?? "");
  const files = [];
  for (const fileNode of fileNodes) {
    const path = attributeOf(fileNode, "path") ?? attributeOf(fileNode, "name");
    if (!path) continue;
    const file = newReportFile([path]);
    for (const line of childrenOf(fileNode, "line")) readLine(reportPath, file, line, openClover, claimBranches);
    files.push(file);
  }
  return { format: "clover", files };
}
function readLine(reportPath, file, line, openClover, claimBranches) {
  const type = attributeOf(line, "type");
  if (type !== "stmt" && type !== "cond") return;
  const number2 = parseLineNumber(attributeOf(line, "num"));
  const trueCount = parseHits(attributeOf(line, "truecount"));
  const falseCount = parseHits(attributeOf(line, "falsecount"));
  const hits = parseHits(attributeOf(line, "count")) ?? (type === "cond" && trueCount !== null ? trueCount + (falseCount ?? 0) : null);
  if (number2 === null || hits === null) {
    throw new InputError(`coverage report ${reportPath}: a <line> lacks a valid num or count attribute; regenerate the Clover report`);
  }
  addLineHits(file, number2, hits);
  if (type !== "cond" || trueCount === null || falseCount === null) return;
  if (openClover) claimBranches(file, number2, (trueCount > 0 ? 1 : 0) + (falseCount > 0 ? 1 : 0), 2);
  else claimBranches(file, number2, trueCount, trueCount + falseCount);
}

// src/evidence/coverage/cobertura.ts
var CONDITION_COVERAGE = /\((\d+)\s*\/\s*(\d+)\)/;
function readCobertura(reportPath, coverage, claimBranches) {
  const sources = textsOf(childOf(coverage, "sources"), "source").map((source) => source.trim()).filter((source) => source !== "");
  const files = [];
  for (const pkg of childrenOf(childOf(coverage, "packages"), "package")) {
    for (const cls of childrenOf(childOf(pkg, "classes"), "class")) {
      const filename = attributeOf(cls, "filename")?.trim();
      if (!filename) continue;
      const file = newReportFile(candidatePaths(filename, sources));
      for (const line of childrenOf(childOf(cls, "lines"), "line")) readLine2(reportPath, file, line, claimBranches);
      files.push(file);
    }
  }
  return { format: "cobertura", files };
}
function candidatePaths(filename, sources) {
  if (isAbsolutePath(filename)) return [filename];
  return [...sources.map((source) => `${source.replace(/[\\/]+$/, "")}/${filename}`), filename];
}
function isAbsolutePath(path) {
  return path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(path);
}
function readLine2(reportPath, file, line, claimBranches) {
  const number2 = parseLineNumber(attributeOf(line, "number"));
  const hits = parseHits(attributeOf(line, "hits"));
  if (number2 === null || hits === null) {
    const shown = `number="${printableLine(attributeOf(line, "number") ?? "", 40)}" hits="${printableLine(attributeOf(line, "hits") ?? "", 40)}"`;
    throw new InputError(`coverage report ${reportPath}: a <line> has ${shown}, not a line number and a count; regenerate the report`);
  }
  addLineHits(file, number2, hits);
  if (attributeOf(line, "branch") !== "true") return;
  const counts = CONDITION_COVERAGE.exec(attributeOf(line, "condition-coverage") ?? "");
  if (counts) claimBranches(file, number2, Number(counts[1]), Number(counts[2]));
}

// src/evidence/json-error.ts
function jsonErrorWithoutText(error) {
  const message = printableLine(error instanceof Error ? error.message : String(error), Infinity);
  if (/^Unexpected token\b/.test(message) || /"[^]*"/.test(message)) {
    const position2 = /at position \d+( \(line \d+ column \d+\))?/.exec(message)?.[0];
    return `unexpected character${position2 ? ` ${position2}` : ""}`;
  }
  return message.slice(0, 200);
}

// src/evidence/coverage/istanbul.ts
function readIstanbulJson(reportPath, text2) {
  let document;
  try {
    document = JSON.parse(text2.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError(
      `coverage report ${reportPath}: invalid JSON (${jsonErrorWithoutText(error)}); the report looks truncated or corrupt, regenerate it`
    );
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw new InputError(`coverage report ${reportPath}: JSON that is not Istanbul coverage-final.json (expected an object keyed by file path)`);
  }
  const files = [];
  for (const [key, entry] of Object.entries(document)) {
    const data = fileCoverageOf(entry);
    if (!data) {
      const hint = key === "total" ? " (this is a coverage-summary.json, which has no per-line data: pass coverage-final.json)" : "";
      throw new InputError(`coverage report ${reportPath}: entry "${printableLine(key, 120)}" is not Istanbul file coverage${hint}`);
    }
    files.push(readFile2(typeof data.path === "string" && data.path !== "" ? data.path : key, data));
  }
  return { format: "istanbul-json", files };
}
function fileCoverageOf(entry) {
  if (typeof entry !== "object" || entry === null) return null;
  const candidate = "statementMap" in entry ? entry : entry.data;
  if (typeof candidate !== "object" || candidate === null) return null;
  const { statementMap, s } = candidate;
  if (typeof statementMap !== "object" || statementMap === null || typeof s !== "object" || s === null) return null;
  return candidate;
}
function readFile2(path, data) {
  const file = newReportFile([path]);
  for (const [id, location2] of Object.entries(data.statementMap)) {
    const line = parseLineNumber(location2?.start?.line);
    const hits = parseHits(data.s[id]);
    if (line === null || hits === null) continue;
    file.lines.set(line, Math.max(file.lines.get(line) ?? 0, hits));
  }
  for (const [id, meta] of Object.entries(data.branchMap ?? {})) {
    const line = parseLineNumber(meta?.loc?.start?.line ?? meta?.line ?? meta?.locations?.[0]?.start?.line);
    const counts = data.b?.[id];
    if (line === null || !Array.isArray(counts)) continue;
    counts.forEach((count2, index2) => addBranch(file, line, `${id}:${index2}`, (parseHits(count2) ?? 0) > 0));
  }
  return file;
}

// src/evidence/coverage/jacoco.ts
function readJacoco(reportPath, report, claimBranches) {
  const files = [];
  for (const pkg of packagesOf(report)) {
    const packagePath = (attributeOf(pkg, "name") ?? "").replace(/\/+$/, "");
    for (const sourcefile of childrenOf(pkg, "sourcefile")) {
      const name = attributeOf(sourcefile, "name");
      if (!name) continue;
      const file = newReportFile([packagePath ? `${packagePath}/${name}` : name]);
      for (const line of childrenOf(sourcefile, "line")) readLine3(reportPath, file, line, claimBranches);
      files.push(file);
    }
  }
  return { format: "jacoco", files };
}
function packagesOf(node) {
  return [...childrenOf(node, "package"), ...childrenOf(node, "group").flatMap(packagesOf)];
}
function readLine3(reportPath, file, line, claimBranches) {
  const number2 = parseLineNumber(attributeOf(line, "nr"));
  const coveredInstructions = parseHits(attributeOf(line, "ci"));
  if (number2 === null || coveredInstructions === null) {
    throw new InputError(`coverage report ${reportPath}: a <line> lacks a valid nr or ci attribute; regenerate the JaCoCo report`);
  }
  addLineHits(file, number2, coveredInstructions);
  const missedBranches = parseHits(attributeOf(line, "mb")) ?? 0;
  const coveredBranches = parseHits(attributeOf(line, "cb")) ?? 0;
  claimBranches(file, number2, coveredBranches, missedBranches + coveredBranches);
}

// src/evidence/coverage/lcov.ts
import { createReadStream } from "node:fs";
var RECORD_KEY = /^[A-Za-z_]+$/;
var CHUNK_BYTES = 1 << 20;
var [NEWLINE2, CR, COMMA, COLON, ZERO, NINE, D, A, DASH, UPPER_A, UPPER_Z] = [10, 13, 44, 58, 48, 57, 68, 65, 45, 65, 90];
var SKIPPED_KEYS = /* @__PURE__ */ new Set(["TN", "VER", "FN", "FNDA", "FNF", "FNH", "FNL", "FNA", "LF", "LH", "BRF", "BRH"]);
var MAX_DIGITS = 15;
async function readLcov(reportPath, shownPath = reportPath, options = {}) {
  const files = [];
  const tallied = [];
  let kept = null;
  let tallying = null;
  let lineNumber2 = 0;
  function fail(what) {
    throw new InputError(`coverage report ${shownPath}, line ${lineNumber2}: ${what}; regenerate the LCOV report`);
  }
  function readRecord(rawLine) {
    lineNumber2++;
    const line = lineNumber2 === 1 ? rawLine.replace(/^\uFEFF/, "").trim() : rawLine.trim();
    if (line === "") return;
    if (line.startsWith("DA:")) {
      if (!kept && !tallying) fail("DA record before any SF record");
      const firstComma = line.indexOf(",", 3);
      const secondComma = firstComma === -1 ? -1 : line.indexOf(",", firstComma + 1);
      const daLine = parseLineNumber(line.slice(3, firstComma === -1 ? void 0 : firstComma));
      const hits = firstComma === -1 ? null : parseHits(line.slice(firstComma + 1, secondComma === -1 ? void 0 : secondComma));
      if (daLine === null || hits === null) fail(`malformed DA record "${line.slice(3)}"`);
      if (kept) addLineHits(kept, daLine, hits);
      else tallying?.tally.add(daLine, hits);
      return;
    }
    if (line === "end_of_record") {
      if (!kept && !tallying) fail("end_of_record without a source file");
      kept = null;
      tallying = null;
      return;
    }
    const colon = line.indexOf(":");
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (colon <= 0 || !RECORD_KEY.test(key)) fail("not an LCOV record");
    if (key === "SF") {
      const candidatePaths2 = [value];
      if (!options.keepLines || options.keepLines(candidatePaths2)) {
        kept = newReportFile(candidatePaths2);
        tallying = null;
        files.push(kept);
      } else {
        kept = null;
        tallying = { candidatePaths: candidatePaths2, tally: new LineTally(), hasBranches: false };
        tallied.push(tallying);
      }
      return;
    }
    if (key === "BRDA") {
      if (!kept && !tallying) fail("BRDA record before any SF record");
      const fields = value.split(",");
      const brLine = parseLineNumber(fields[0]);
      const taken = fields[fields.length - 1];
      if (brLine === null || fields.length < 4 || taken === void 0) fail(`malformed BRDA record "${value}"`);
      const takenCount = taken === "-" ? 0 : parseHits(taken);
      if (takenCount === null) fail(`malformed BRDA record "${value}"`);
      if (kept) addBranch(kept, brLine, fields.slice(1, -1).join(","), takenCount > 0);
      else if (tallying) tallying.hasBranches = true;
    }
  }
  function readLine4(text2) {
    const withoutCr = text2.endsWith("\r") ? text2.slice(0, -1) : text2;
    if (!withoutCr.includes("\r")) readRecord(withoutCr);
    else for (const part of withoutCr.split("\r")) readRecord(part);
  }
  function readDaBytes(bytes, start, end) {
    if (bytes[start] !== D || bytes[start + 1] !== A || bytes[start + 2] !== COLON) return false;
    const last = bytes[end - 1] === CR ? end - 1 : end;
    let at = start + 3;
    let daLine = 0;
    for (; at < last && bytes[at] >= ZERO && bytes[at] <= NINE; at++) daLine = daLine * 10 + bytes[at] - ZERO;
    const lineDigits = at - start - 3;
    if (lineDigits === 0 || lineDigits > MAX_DIGITS || daLine === 0 || bytes[at] !== COMMA) return false;
    const hitsStart = ++at;
    let hits = 0;
    for (; at < last && bytes[at] >= ZERO && bytes[at] <= NINE; at++) hits = hits * 10 + bytes[at] - ZERO;
    if (at !== last || at === hitsStart || at - hitsStart > MAX_DIGITS) return false;
    lineNumber2++;
    if (kept) addLineHits(kept, daLine, hits);
    else if (tallying) tallying.tally.add(daLine, hits);
    else fail("DA record before any SF record");
    return true;
  }
  function readOtherBytes(bytes, start, end) {
    const last = bytes[end - 1] === CR ? end - 1 : end;
    let at = start;
    while (at < last && bytes[at] >= UPPER_A && bytes[at] <= UPPER_Z) at++;
    if (at === start || at - start > 4 || bytes[at] !== COLON) return false;
    for (let each = at + 1; each < last; each++) if (bytes[each] === CR) return false;
    const key = bytes.toString("latin1", start, at);
    if (SKIPPED_KEYS.has(key)) {
      lineNumber2++;
      return true;
    }
    if (key !== "BRDA" || kept || !tallying) return false;
    let brLine = 0;
    let digitsEnd = at + 1;
    for (; digitsEnd < last && bytes[digitsEnd] >= ZERO && bytes[digitsEnd] <= NINE; digitsEnd++) {
      brLine = brLine * 10 + bytes[digitsEnd] - ZERO;
    }
    if (digitsEnd === at + 1 || digitsEnd - at - 1 > MAX_DIGITS || brLine === 0 || bytes[digitsEnd] !== COMMA) return false;
    let commas = 0;
    let lastComma = -1;
    for (let each = digitsEnd; each < last; each++) {
      if (bytes[each] === COMMA) {
        commas++;
        lastComma = each;
      }
    }
    if (commas < 3) return false;
    const takenStart = lastComma + 1;
    const dash = last - takenStart === 1 && bytes[takenStart] === DASH;
    if (!dash) {
      if (takenStart === last || last - takenStart > MAX_DIGITS) return false;
      for (let each = takenStart; each < last; each++) if (bytes[each] < ZERO || bytes[each] > NINE) return false;
    }
    lineNumber2++;
    tallying.hasBranches = true;
    return true;
  }
  function readBytes(bytes, start, end) {
    if (!readDaBytes(bytes, start, end) && !readOtherBytes(bytes, start, end)) readLine4(bytes.toString("utf8", start, end));
  }
  const pending = [];
  for await (const chunk of createReadStream(reportPath, { highWaterMark: CHUNK_BYTES })) {
    const bytes = chunk;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE2); end !== -1; end = bytes.indexOf(NEWLINE2, start)) {
      if (pending.length === 0) readBytes(bytes, start, end);
      else {
        pending.push(bytes.subarray(start, end));
        const joined = Buffer.concat(pending);
        pending.length = 0;
        readBytes(joined, 0, joined.length);
      }
      start = end + 1;
    }
    if (start < bytes.length) pending.push(bytes.subarray(start));
  }
  if (pending.length > 0) {
    const rest = Buffer.concat(pending);
    readBytes(rest, 0, rest.length);
  }
  if (kept || tallying) fail("the report ends inside a record (no end_of_record): it looks truncated");
  return options.keepLines ? { format: "lcov", files, tallied } : { format: "lcov", files };
}

// src/evidence/coverage/read.ts
var SNIFF_BYTES = 4096;
var XML_ARRAY_TAGS = /* @__PURE__ */ new Set(["source", "package", "class", "line", "sourcefile", "file", "group"]);
var FORMATS_HINT = "LCOV, Cobertura XML, JaCoCo XML, Clover XML or Istanbul coverage-final.json";
async function expandReportPatterns(repo, patterns, cwd = process.cwd(), kind = "coverage report") {
  const excludes = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => resolve(repo, pattern.slice(1)));
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns.filter((each) => !each.startsWith("!"))) {
    const literal = await literalPath(repo, pattern, kind);
    const matches = literal.length > 0 ? literal : await globReportFiles(pattern, repo) ?? [];
    if (matches.length === 0) {
      throw new InputError(`${kind} pattern "${pattern}" matches no file; check the path, or run the tests ${kind === "coverage report" ? "with coverage" : "with mutation testing"} first`);
    }
    for (const match of matches.sort()) {
      const file = resolve(match);
      if (excludes.some((exclude) => minimatch(file, exclude, { dot: true }))) continue;
      await refuseLinkOutside(file, [resolve(repo), resolve(cwd)], `${kind} ${displayPath(repo, file)}`);
      found.add(file);
    }
  }
  return [...found];
}
async function literalPath(repo, pattern, kind) {
  const path = resolve(repo, pattern);
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new InputError(`${kind} "${pattern}" is a directory; name the report file or a glob`);
  return info ? [path] : [];
}
function displayPath(repo, path) {
  const inside = relative3(repo, path);
  return inside.startsWith("..") || isAbsolute3(inside) ? path : inside;
}
async function readCoverageReport(path, shownPath, options = {}) {
  const head = await readHead(path);
  if (head.includes("\0")) throw new InputError(`coverage report ${shownPath} is a binary file, not a coverage report (${FORMATS_HINT})`);
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (start === "") throw new InputError(`coverage report ${shownPath} is empty; run the tests with coverage again`);
  if (start.startsWith("{") || start.startsWith("[")) return readIstanbulJson(shownPath, await readFile3(path, "utf8"));
  if (start.startsWith("<")) return readXmlReport(shownPath, await readFile3(path, "utf8"));
  if (/^mode: *(set|count|atomic)\b/.test(start)) {
    throw new InputError(`coverage report ${shownPath} is a Go coverprofile, which diffgate does not read; convert it to LCOV (e.g. with gcov2lcov) or Cobertura (gocover-cobertura)`);
  }
  if (/^(TN|SF|VER):/.test(start)) return readLcov(path, shownPath, options);
  throw new InputError(`coverage report ${shownPath} is not in a format diffgate reads (${FORMATS_HINT})`);
}
async function readHead(path) {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}
async function readXmlReport(shownPath, text2) {
  const { parseReportXml } = await import("./xml-C7PBDLP5.js");
  const document = parseReportXml(shownPath, text2, XML_ARRAY_TAGS);
  const rootName = Object.keys(document).find((key) => !key.startsWith("?") && !key.startsWith("#"));
  const root = rootName ? document[rootName] : void 0;
  const rootNode = typeof root === "object" && root !== null ? root : {};
  const claimBranches = branchBudget(shownPath, Buffer.byteLength(text2, "utf8"));
  if (rootName === "report") return readJacoco(shownPath, rootNode, claimBranches);
  if (rootName === "coverage") {
    if (attributeOf(rootNode, "clover") !== void 0 || "project" in rootNode) return readClover(shownPath, rootNode, claimBranches);
    return readCobertura(shownPath, rootNode, claimBranches);
  }
  throw new InputError(`coverage report ${shownPath} is XML with root <${rootName ?? "?"}>, not a coverage format diffgate reads (${FORMATS_HINT})`);
}

// src/evidence/coverage/index.ts
var MAX_UNMAPPED_EXAMPLES = 20;
async function measureCoverage(input) {
  if (input.patterns.length === 0) return null;
  const mapPath = createPathMapper({ repoRoot: input.repo, trackedFiles: input.trackedFiles, prefixes: input.config["path-prefixes"] });
  const tracked = new Set(input.trackedFiles);
  const reports = [];
  const changedPaths = new Set(input.files.filter((file) => file.addedLines.length > 0).map((file) => file.path));
  const head = await readMerged(input.repo, input.patterns, { mapPath, tracked, keepLines: (path) => changedPaths.has(path) }, reports);
  const base = input.basePatterns.length > 0 ? await readMerged(input.repo, input.basePatterns, { mapPath, tracked, keepLines: () => false }, []) : null;
  const changed = measureChangedLines(input.files, head, input.provenance, input.config);
  const headOverall = overallOf(head);
  const baseOverall = base ? overallOf(base) : null;
  const delta = headOverall.percent !== null && baseOverall?.percent != null ? headOverall.percent - baseOverall.percent : null;
  const unmappedPaths = [...head.unmapped.entries(), ...head.tallied?.unmapped.entries() ?? []];
  return {
    ...changed,
    overall: { head: headOverall, base: baseOverall, delta },
    reports,
    unmapped: {
      count: unmappedPaths.length,
      examples: unmappedPaths.slice(0, MAX_UNMAPPED_EXAMPLES).map(([path, file]) => ({ path, reason: file.reason }))
    }
  };
}
async function readMerged(repo, patterns, mapping, reportsRead) {
  const parsed = [];
  for (const path of await expandReportPatterns(repo, patterns)) {
    const shownPath = displayPath(repo, path);
    const directory = shownPath === path ? void 0 : posix.dirname(shownPath.split(sep2).join("/"));
    const keepLines = (candidatePaths2) => {
      const repoPath = chooseRepoPath(candidatePaths2, directory, mapping.mapPath, mapping.tracked).path;
      return repoPath !== null && mapping.keepLines(repoPath);
    };
    const report = await readCoverageReport(path, shownPath, { keepLines });
    reportsRead.push({ path: shownPath, format: report.format });
    parsed.push(directory === void 0 ? report : { ...report, directory });
  }
  return mergeReports(parsed, mapping.mapPath, mapping.tracked, mapping.keepLines);
}
function overallOf(coverage) {
  let measured = 0;
  let covered = 0;
  for (const file of [...coverage.files.values(), ...coverage.unmapped.values()]) {
    measured += file.lines.size;
    for (const hits of file.lines.values()) if (hits > 0) covered++;
  }
  for (const file of [...coverage.tallied?.files.values() ?? [], ...coverage.tallied?.unmapped.values() ?? []]) {
    const count2 = countTallies(file.tallies);
    measured += count2.measured;
    covered += count2.covered;
  }
  return countOf(measured, covered);
}

// src/evidence/sarif/filter.ts
function decideFilter(mode, file, lines) {
  const onAddedLine = file !== void 0 && touchesAddedLines(file, lines);
  switch (mode) {
    case "added":
      return { keep: onAddedLine, onAddedLine };
    case "diff_context":
      return { keep: onAddedLine || file !== void 0 && lines !== null && touchesHunk(file, lines), onAddedLine };
    case "file":
      return { keep: file !== void 0 && file.status !== "deleted", onAddedLine };
    case "nofilter":
      return { keep: true, onAddedLine };
  }
}
function touchesAddedLines(file, lines) {
  if (file.status === "deleted") return false;
  if (lines === null) return file.status === "added" && file.addedLines.length > 0;
  return addedLinesOf(file.addedLines).touches(lines.startLine, lines.endLine);
}
function touchesHunk(file, lines) {
  if (file.status === "deleted") return false;
  return file.hunks.some((hunk) => hunk.start <= lines.endLine && lines.startLine <= hunk.end);
}

// src/evidence/sarif/uri.ts
function uriContextOf(run2) {
  return { originalUriBaseIds: run2.originalUriBaseIds ?? {}, artifacts: run2.artifacts ?? [] };
}
function resolveArtifactLocation(location2, context) {
  let uri = location2.uri;
  let uriBaseId = location2.uriBaseId;
  if (uri === void 0 && location2.index !== void 0) {
    const artifact = context.artifacts[location2.index]?.location;
    uri = artifact?.uri;
    uriBaseId ??= artifact?.uriBaseId;
  }
  if (uri === void 0) return { path: null, reason: "the location has no uri" };
  return resolveUri(uri, uriBaseId, context, []);
}
function resolveUri(uri, uriBaseId, context, seen) {
  const own = uriToPath(uri);
  if (own.path === null || isAbsolutePath2(own.path) || uriBaseId === void 0) return own;
  const base = resolveBase(uriBaseId, context, seen);
  if (base.path === null) return base;
  return { path: joinPaths(base.path, own.path) };
}
function resolveBase(uriBaseId, context, seen) {
  if (seen.includes(uriBaseId)) {
    return { path: null, reason: `uriBaseId ${[...seen, uriBaseId].join(" \u2192 ")} refers to itself` };
  }
  const declared = Object.hasOwn(context.originalUriBaseIds, uriBaseId) ? context.originalUriBaseIds[uriBaseId] : void 0;
  if (declared === void 0) return { path: "" };
  const chained = [...seen, uriBaseId];
  if (declared.uri === void 0) {
    return declared.uriBaseId === void 0 ? { path: "" } : resolveBase(declared.uriBaseId, context, chained);
  }
  return resolveUri(declared.uri, declared.uriBaseId, context, chained);
}
function uriToPath(uri) {
  const trimmed = uri.trim();
  if (trimmed === "") return { path: null, reason: "the uri is empty" };
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1];
  if (scheme !== void 0 && scheme.length > 1) {
    if (scheme.toLowerCase() !== "file") return { path: null, reason: `not a file URI (${scheme.toLowerCase()}:)` };
    return fileUriToPath(trimmed);
  }
  const decoded = percentDecode(withoutQueryAndFragment(trimmed.replace(/\\/g, "/")));
  if (decoded === null) return { path: null, reason: "the uri has a malformed %-escape" };
  return { path: decoded };
}
function fileUriToPath(uri) {
  const rest = withoutQueryAndFragment(uri.slice("file:".length).replace(/\\/g, "/"));
  let path;
  if (rest.startsWith("//")) {
    const afterAuthority = rest.slice(2);
    const slash = afterAuthority.indexOf("/");
    const host = slash === -1 ? afterAuthority : afterAuthority.slice(0, slash);
    const hostPath = slash === -1 ? "/" : afterAuthority.slice(slash);
    path = host === "" || host.toLowerCase() === "localhost" ? hostPath : `//${host}${hostPath}`;
  } else {
    path = rest.startsWith("/") ? rest : `/${rest}`;
  }
  const decoded = percentDecode(path);
  if (decoded === null) return { path: null, reason: "the uri has a malformed %-escape" };
  return { path: /^\/[a-zA-Z]:(\/|$)/.test(decoded) ? decoded.slice(1) : decoded };
}
function withoutQueryAndFragment(uri) {
  const cut = uri.search(/[?#]/);
  return cut === -1 ? uri : uri.slice(0, cut);
}
function percentDecode(text2) {
  try {
    return decodeURIComponent(text2);
  } catch {
    return null;
  }
}
function isAbsolutePath2(path) {
  return path.startsWith("/") || /^[a-zA-Z]:(\/|$)/.test(path);
}
function joinPaths(base, relativePath) {
  if (base === "") return relativePath;
  return `${base.replace(/\/+$/, "")}/${relativePath}`;
}
function normalizePath(path) {
  const root = /^(\/\/[^/]+\/|[a-zA-Z]:\/|\/)/.exec(path)?.[0] ?? "";
  const segments = [];
  for (const segment of path.slice(root.length).split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && segments.length > 0 && segments[segments.length - 1] !== "..") segments.pop();
    else if (segment !== ".." || root === "") segments.push(segment);
  }
  return root + segments.join("/");
}

// src/evidence/sarif/locate.ts
function locateResult(result2, uriContext, mapPath) {
  const location2 = result2.locations?.[0];
  const physical = location2?.physicalLocation;
  const artifact = physical?.artifactLocation ?? (location2 === void 0 ? result2.analysisTarget : void 0);
  if (!artifact) {
    const logical = location2?.logicalLocations?.[0];
    const logicalName = logical?.fullyQualifiedName ?? logical?.name;
    return logicalName ? { path: null, uri: logicalName, reason: "only a logical location (no file)" } : { path: null, uri: "", reason: "no location" };
  }
  const shownUri = describeArtifactLocation(artifact, uriContext);
  const resolved = resolveArtifactLocation(artifact, uriContext);
  if (resolved.path === null) return { path: null, uri: shownUri, reason: resolved.reason };
  const mapped = mapPath(climbedToAbsolute(normalizePath(resolved.path)));
  if (mapped.path === null) return { path: null, uri: shownUri, reason: mapped.reason };
  const lines = lineSpanOf(physical?.region);
  if (typeof lines === "string") return { path: null, uri: shownUri, reason: lines };
  return { path: mapped.path, uri: shownUri, lines };
}
function climbedToAbsolute(path) {
  if (!path.startsWith("../") && path !== "..") return path;
  return `/${path.replace(/^(\.\.\/)+/, "").replace(/^\.\.$/, "")}`;
}
function lineSpanOf(region2) {
  const startLine = region2?.startLine;
  if (startLine === void 0 || startLine < 1) return null;
  if (!Number.isSafeInteger(startLine)) return `region.startLine ${startLine} is not a line number`;
  const endLine = region2?.endLine;
  if (endLine === void 0 || endLine < startLine) return { startLine, endLine: startLine };
  if (!Number.isSafeInteger(endLine)) return `region.endLine ${endLine} is not a line number`;
  return { startLine, endLine };
}
function describeArtifactLocation(artifact, uriContext) {
  const uri = artifact.uri ?? (artifact.index !== void 0 ? uriContext.artifacts[artifact.index]?.location?.uri : void 0);
  return uri ?? (artifact.index !== void 0 ? `artifacts[${artifact.index}]` : "");
}

// src/evidence/sarif/rules.ts
function ruleContextOf(result2, run2) {
  const reference = result2.rule;
  const component = componentOf(reference?.toolComponent, run2.tool);
  const rules = component.rules ?? [];
  const ruleIndex = reference?.index ?? result2.ruleIndex;
  const id = result2.ruleId ?? reference?.id;
  let rule = ruleIndex !== void 0 && ruleIndex >= 0 ? rules[ruleIndex] : void 0;
  if (rule === void 0 && id !== void 0) rule = findRuleById(rules, id);
  return { ruleId: scannerRuleId(id ?? rule?.id ?? "unknown"), rule, component };
}
function componentOf(reference, tool) {
  if (!reference) return tool.driver;
  const namesDriver = reference.index === void 0 && (reference.guid !== void 0 && reference.guid === tool.driver.guid || reference.name !== void 0 && reference.name === tool.driver.name);
  if (namesDriver) return tool.driver;
  const extensions = tool.extensions ?? [];
  const byIndex = reference.index !== void 0 ? extensions[reference.index] : void 0;
  const found = byIndex ?? extensions.find((extension) => reference.guid !== void 0 && extension.guid === reference.guid) ?? extensions.find((extension) => reference.name !== void 0 && extension.name === reference.name);
  return found ?? tool.driver;
}
function findRuleById(rules, id) {
  for (let candidate = id; ; ) {
    const rule = rules.find((each) => each.id === candidate);
    if (rule) return rule;
    const slash = candidate.lastIndexOf("/");
    if (slash <= 0) return void 0;
    candidate = candidate.slice(0, slash);
  }
}
var LEVELS = /* @__PURE__ */ new Set(["error", "warning", "note", "none"]);
function levelOf(result2, context, run2) {
  const candidates = [result2.level, overrideLevel(context, run2), context.rule?.defaultConfiguration?.level];
  const level = candidates.find((value) => value !== void 0 && LEVELS.has(value));
  return level ?? "warning";
}
function overrideLevel(context, run2) {
  for (const invocation of run2.invocations ?? []) {
    for (const override of invocation.ruleConfigurationOverrides ?? []) {
      const descriptor = override.descriptor;
      const sameComponent = componentOf(descriptor.toolComponent, run2.tool) === context.component;
      const rules = context.component.rules ?? [];
      const sameRule = descriptor.index !== void 0 && context.rule !== void 0 && rules[descriptor.index] === context.rule || descriptor.id !== void 0 && (descriptor.id === context.ruleId || descriptor.id === context.rule?.id);
      if (sameComponent && sameRule && override.configuration.level !== void 0) return override.configuration.level;
    }
  }
  return void 0;
}
function messageOf(result2, context) {
  const message = result2.message;
  if (!message) return "";
  const template = message.text ?? message.markdown ?? (message.id !== void 0 ? context.rule?.messageStrings?.[message.id]?.text ?? context.component.globalMessageStrings?.[message.id]?.text : void 0);
  if (template === void 0) return message.id ? `(message ${message.id})` : "";
  return fillArguments(template, message.arguments ?? []);
}
function fillArguments(template, args) {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index2) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    return args[Number(index2)] ?? match;
  });
}
function helpUriOf(context) {
  const helpUri = context.rule?.helpUri;
  if (helpUri === void 0) return void 0;
  try {
    const url = new URL(helpUri);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : void 0;
  } catch {
    return void 0;
  }
}
function tagsOf(result2, context) {
  const tags = [...tagList(context.rule?.properties), ...tagList(result2.properties)];
  return [...new Set(tags)];
}
function tagList(properties) {
  const tags = properties?.tags;
  return Array.isArray(tags) ? tags.filter((tag) => typeof tag === "string") : [];
}
function securitySeverityOf(result2, context) {
  return severityFrom(result2.properties) ?? severityFrom(context.rule?.properties);
}
function severityFrom(properties) {
  const raw = properties?.["security-severity"];
  const value = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : NaN;
  return Number.isFinite(value) && value >= 0 && value <= 10 ? value : void 0;
}

// src/evidence/sarif/status.ts
function isFailure(result2) {
  return (result2.kind ?? "fail") === "fail";
}
function isNew(result2) {
  const accepted = (result2.suppressions ?? []).some((suppression) => (suppression.status ?? "accepted") === "accepted");
  const inBaseline = result2.baselineState === "unchanged" || result2.baselineState === "absent";
  return !accepted && !inBaseline;
}

// src/evidence/sarif/classify.ts
function classifyResult(result2, run2, uriContext, context) {
  const tool = run2.tool.driver.name;
  const rule = ruleContextOf(result2, run2);
  const level = levelOf(result2, rule, run2);
  if (!isFailure(result2) || level === "none") return { bucket: "notFailures" };
  if (!isNew(result2)) return { bucket: "notNew" };
  const located = locateResult(result2, uriContext, context.mapPath);
  if (located.path === null) {
    return { bucket: "unlocated", entry: { tool, ruleId: rule.ruleId, location: located.uri, reason: located.reason } };
  }
  if (context.tracked.size > 0 && !context.tracked.has(located.path)) {
    const reason = `"${located.path}" is not a file tracked at head`;
    return { bucket: "unlocated", entry: { tool, ruleId: rule.ruleId, location: located.uri, reason } };
  }
  const changedFile = context.changedByPath.get(located.path);
  const decision = decideFilter(context.mode, changedFile, located.lines);
  if (!decision.keep) return { bucket: "outsideFilter" };
  const message = messageOf(result2, rule);
  const startLine = located.lines?.startLine ?? 1;
  const endLine = located.lines?.endLine ?? 1;
  const lastAdded = changedFile?.addedLines.at(-1) ?? startLine;
  const provenanceEnd = located.lines ? Math.min(endLine, lastAdded) : lastAdded;
  const finding = {
    ruleId: rule.ruleId,
    level,
    path: located.path,
    startLine,
    endLine,
    message,
    source: "sarif",
    provenance: provenanceOfRange(context.provenance, located.path, startLine, provenanceEnd),
    fingerprint: "",
    tool,
    tags: tagsOf(result2, rule),
    onAddedLine: decision.onAddedLine
  };
  const helpUri = helpUriOf(rule);
  if (helpUri !== void 0) finding.helpUri = helpUri;
  const securitySeverity = securitySeverityOf(result2, rule);
  if (securitySeverity !== void 0) finding.securitySeverity = securitySeverity;
  const fingerprint = { tool, ruleId: rule.ruleId, path: located.path, lines: located.lines, partialFingerprints: result2.partialFingerprints, message };
  return { bucket: "kept", finding, fingerprint };
}

// src/evidence/sarif/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprintOf(input) {
  const code = input.lines && input.fileLines ? normalizedCode(input.fileLines, input.lines) : "";
  const partial = Object.entries(input.partialFingerprints ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, value]) => `${key}=${value}`).join("\n");
  const basis = code !== "" ? `code:${code}` : partial !== "" ? `partial:${partial}` : "message";
  return createHash("sha256").update([input.tool, input.ruleId, input.path, basis, input.message].join("\0")).digest("hex").slice(0, 32);
}
function normalizedCode(fileLines, lines) {
  return fileLines.slice(lines.startLine - 1, lines.endLine).map((line) => line.replace(/\s+/g, " ").trim()).filter((line) => line !== "").join("\n");
}

// src/evidence/sarif/read.ts
import { readFile as readFile4, stat as stat2 } from "node:fs/promises";
import { relative as relative4, resolve as resolve2, isAbsolute as isAbsolute4 } from "node:path";
async function expandSarifPatterns(patterns, cwd, repo = cwd) {
  const excludes = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => resolve2(cwd, pattern.slice(1)));
  const files = /* @__PURE__ */ new Set();
  for (const pattern of patterns.filter((each) => !each.startsWith("!"))) {
    const literal = await existingFile(resolve2(cwd, pattern));
    const matches = literal.length > 0 ? literal : await globReportFiles(pattern, cwd) ?? [];
    if (matches.length === 0) {
      throw new InputError(`SARIF input "${pattern}" matches no file; check the path or glob (relative to ${cwd}).`);
    }
    for (const match of matches.sort()) {
      const file = resolve2(match);
      if (excludes.some((exclude) => minimatch(file, exclude, { dot: true }))) continue;
      await refuseLinkOutside(file, [resolve2(repo), resolve2(cwd)], `SARIF input ${displayPath2(file, cwd)}`);
      files.add(file);
    }
  }
  return [...files];
}
async function existingFile(path) {
  try {
    return (await stat2(path)).isFile() ? [path] : [];
  } catch {
    return [];
  }
}
async function readSarifFile(absolutePath, cwd) {
  const shownPath = displayPath2(absolutePath, cwd);
  let text2;
  try {
    text2 = await readFile4(absolutePath, "utf8");
  } catch (error) {
    throw new InputError(`Cannot read SARIF file ${shownPath}: ${error.code ?? String(error)}.`);
  }
  return { path: shownPath, log: parseSarifText(text2, shownPath) };
}
function parseSarifText(text2, name) {
  const json = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new InputError(`${name} is not valid JSON (${describeJsonError(error, json)}); pass a SARIF 2.1.0 file.`);
  }
  checkVersion(parsed, name);
  if (parsed.runs === null) {
    throw new InputError(`${name} has "runs": null, meaning the tool did not run; check the scanner's step.`);
  }
  const checked = sarifLogSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue ? formatIssuePath(issue.path) : "log";
    throw new InputError(`${name} is not a readable SARIF log: ${where}: ${issue?.message ?? "invalid"}; check that the tool wrote SARIF 2.1.0.`);
  }
  return parsed;
}
function isSupportedVersion(version) {
  return version === "2.1.0" || typeof version === "string" && /^2\.2(\.\d+)?$/.test(version);
}
function checkVersion(parsed, name) {
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new InputError(`${name} is not a SARIF log: the top level is not a JSON object.`);
  }
  const version = parsed.version;
  if (!isSupportedVersion(version)) {
    const shown = version === void 0 ? "no version" : `version ${JSON.stringify(version)}`;
    throw new InputError(`${name} has ${shown}; diffgate reads SARIF 2.1.0 (convert older logs with \`sarif transform\`).`);
  }
}
function describeJsonError(error, json) {
  const message = jsonErrorWithoutText(error);
  if (json.trim() === "") return "the file is empty";
  const match = /at position (\d+)/.exec(message);
  if (!match) return message;
  const position2 = Number(match[1]);
  const before = json.slice(0, position2);
  const line = before.split("\n").length;
  const column = position2 - before.lastIndexOf("\n");
  return `${message.replace(/\s*in JSON at position \d+.*$/, "")} at line ${line}, column ${column}`;
}
function formatIssuePath(path) {
  let text2 = "";
  for (const key of path) text2 += typeof key === "number" ? `[${key}]` : `${text2 ? "." : ""}${String(key)}`;
  return printableLine(text2) || "log";
}
function displayPath2(absolutePath, cwd) {
  const fromCwd = relative4(cwd, absolutePath);
  return fromCwd && !fromCwd.startsWith("..") && !isAbsolute4(fromCwd) ? fromCwd : absolutePath;
}
var index = number().check(int());
var messageStrings = record(string(), looseObject({ text: optional(string()) }));
var propertyBag = record(string(), unknown());
var artifactLocation = looseObject({
  uri: optional(string()),
  uriBaseId: optional(string()),
  index: optional(index)
});
var toolComponentReference = looseObject({
  name: optional(string()),
  index: optional(index),
  guid: optional(string())
});
var reportingDescriptorReference = looseObject({
  id: optional(string()),
  index: optional(index),
  toolComponent: optional(toolComponentReference)
});
var reportingDescriptor = looseObject({
  id: optional(string()),
  helpUri: optional(string()),
  defaultConfiguration: optional(looseObject({ level: optional(string()) })),
  messageStrings: optional(messageStrings),
  properties: optional(propertyBag)
});
var toolComponent = looseObject({
  name: string(),
  guid: optional(string()),
  rules: optional(array(reportingDescriptor)),
  globalMessageStrings: optional(messageStrings)
});
var lineNumber = number();
var region = looseObject({
  startLine: optional(lineNumber),
  endLine: optional(lineNumber),
  startColumn: optional(index),
  endColumn: optional(index)
});
var location = looseObject({
  physicalLocation: optional(
    looseObject({
      artifactLocation: optional(artifactLocation),
      region: optional(region)
    })
  ),
  logicalLocations: optional(array(looseObject({ fullyQualifiedName: optional(string()), name: optional(string()) })))
});
var result = looseObject({
  ruleId: optional(string()),
  ruleIndex: optional(index),
  rule: optional(reportingDescriptorReference),
  kind: optional(string()),
  level: optional(string()),
  message: optional(
    looseObject({
      text: optional(string()),
      markdown: optional(string()),
      id: optional(string()),
      arguments: optional(array(string()))
    })
  ),
  locations: optional(array(location)),
  analysisTarget: optional(artifactLocation),
  suppressions: optional(array(looseObject({ status: optional(string()) }))),
  baselineState: optional(string()),
  partialFingerprints: optional(record(string(), string())),
  properties: optional(propertyBag)
});
var run = looseObject({
  tool: looseObject({ driver: toolComponent, extensions: optional(array(toolComponent)) }),
  originalUriBaseIds: optional(record(string(), artifactLocation)),
  artifacts: optional(array(looseObject({ location: optional(artifactLocation) }))),
  invocations: optional(
    array(
      looseObject({
        ruleConfigurationOverrides: optional(
          array(
            looseObject({
              descriptor: reportingDescriptorReference,
              configuration: looseObject({ level: optional(string()) })
            })
          )
        )
      })
    )
  ),
  results: optional(array(result))
});
var sarifLogSchema = looseObject({ version: string(), runs: array(run) });

// src/evidence/sarif/index.ts
async function collectSarifFindings(input) {
  const cwd = input.cwd ?? process.cwd();
  const sarifFiles = [];
  for (const path of await expandSarifPatterns(input.patterns, cwd, input.repo)) sarifFiles.push(await readSarifFile(path, cwd));
  const tracked = TrackedPathIndex.of(input.trackedFiles);
  const context = {
    mode: input.config["filter-mode"],
    mapPath: memoizePathMapper(createPathMapper({ repoRoot: input.repo, trackedFiles: tracked, prefixes: input.config["path-prefixes"] })),
    tracked: new Set(tracked),
    changedByPath: new Map(input.files.map((file) => [file.path, file])),
    provenance: input.provenance
  };
  const summary = { inputs: [], kept: 0, outsideFilter: 0, notNew: 0, notFailures: 0, unlocated: [] };
  const kept = [];
  for (const sarifFile of sarifFiles) {
    let results = 0;
    const tools = /* @__PURE__ */ new Set();
    for (const run2 of sarifFile.log.runs) {
      tools.add(run2.tool.driver.name);
      const uriContext = uriContextOf(run2);
      for (const result2 of run2.results ?? []) {
        results++;
        const classified = classifyResult(result2, run2, uriContext, context);
        if (classified.bucket === "kept") kept.push(classified);
        else if (classified.bucket === "unlocated") summary.unlocated.push(classified.entry);
        else summary[classified.bucket]++;
      }
    }
    summary.inputs.push({ path: sarifFile.path, tools: [...tools], results });
  }
  const { findings, pastTheEnd } = await fingerprintAndDeduplicate(kept, input.code);
  summary.unlocated.push(...pastTheEnd);
  summary.notNew += kept.length - findings.length - pastTheEnd.length;
  summary.kept = findings.length;
  return { findings, summary };
}
async function fingerprintAndDeduplicate(kept, code) {
  const codePaths = kept.filter((entry) => entry.fingerprint.lines !== null).map((entry) => entry.finding.path);
  const linesByPath = new Map([...await code.readTexts(codePaths)].map(([path, text2]) => [path, text2.split(/\r?\n/)]));
  const findings = [];
  const pastTheEnd = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry of kept) {
    const fileLines = linesByPath.get(entry.finding.path) ?? null;
    const outside = clampToFile(entry, fileLines);
    if (outside !== null) {
      pastTheEnd.push(outside);
      continue;
    }
    const { finding, fingerprint } = entry;
    finding.fingerprint = fingerprintOf({ ...fingerprint, fileLines });
    const key = `${finding.fingerprint}:${finding.startLine}:${finding.endLine}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return { findings, pastTheEnd };
}
function clampToFile(entry, fileLines) {
  const lines = entry.fingerprint.lines;
  if (lines === null || fileLines === null) return null;
  const lineCount = fileLines.at(-1) === "" ? fileLines.length - 1 : fileLines.length;
  const { finding } = entry;
  if (lines.startLine > lineCount) {
    const reason = `region starts at line ${lines.startLine}, past the end of the file (${lineCount} lines)`;
    return { tool: entry.fingerprint.tool, ruleId: finding.ruleId, location: finding.path, reason };
  }
  if (lines.endLine > lineCount) {
    entry.fingerprint.lines = { startLine: lines.startLine, endLine: lineCount };
    finding.endLine = lineCount;
  }
  return null;
}

// src/evidence/mutation/index.ts
import { readFile as readFile5, stat as stat3 } from "node:fs/promises";
import { posix as posix2 } from "node:path";

// src/evidence/mutation/changed.ts
function mergeReportFiles(files) {
  const merged = /* @__PURE__ */ new Map();
  for (const file of files) {
    let entry = merged.get(file.path);
    if (!entry) {
      entry = { file: { ...file, mutants: [] }, byKey: /* @__PURE__ */ new Map() };
      merged.set(file.path, entry);
    }
    if (entry.file.source === null && file.source !== null) entry.file.source = file.source;
    for (const mutant of file.mutants) {
      const key = [mutant.startLine, mutant.startColumn, mutant.endLine, mutant.endColumn, mutant.mutatorName, mutant.replacement].join("\0");
      const seen = entry.byKey.get(key);
      entry.byKey.set(key, seen ? { ...seen, status: strongerStatus(seen.status, mutant.status) } : mutant);
    }
  }
  const result2 = /* @__PURE__ */ new Map();
  for (const [path, { file, byKey }] of merged) result2.set(path, { ...file, mutants: [...byKey.values()] });
  return result2;
}
function sameSource(a, b) {
  return a.replace(/\r\n/g, "\n") === b.replace(/\r\n/g, "\n");
}
function measureChangedMutants(changedFiles, reportFiles, headText, provenance) {
  const all = emptyCount();
  const ai = emptyCount();
  const files = [];
  const skipped = [];
  for (const changed of changedFiles) {
    if (changed.status === "deleted" || changed.binary || changed.addedLines.length === 0) continue;
    const report = reportFiles.get(changed.path);
    if (!report) continue;
    const text2 = headText(changed.path);
    if (text2 === null) {
      skipped.push({ path: changed.path, reason: "mutation report names it, but the file could not be read at head" });
      continue;
    }
    if (report.source !== null && !sameSource(report.source, text2)) {
      skipped.push({ path: changed.path, reason: "the mutation report was made from another version of this file; run the mutation tests on the head commit" });
      continue;
    }
    const lineCount = text2.split("\n").length;
    const added = new Set(changed.addedLines);
    const byLine = /* @__PURE__ */ new Map();
    let outside = 0;
    for (const mutant of report.mutants) {
      if (mutant.startLine > lineCount || mutant.endLine < mutant.startLine) {
        outside++;
        continue;
      }
      if (!added.has(mutant.startLine)) continue;
      const list = byLine.get(mutant.startLine);
      if (list) list.push(mutant);
      else byLine.set(mutant.startLine, [mutant]);
    }
    if (outside > 0) {
      skipped.push({ path: changed.path, reason: `${outside} mutant(s) in the report lie outside the file's ${lineCount} lines; left out` });
    }
    const file = { path: changed.path, all: emptyCount(), ai: emptyCount(), lines: [] };
    for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
      const mutants = byLine.get(line) ?? [];
      const lineProvenance = provenance(changed.path, line);
      file.lines.push({ line, provenance: lineProvenance, mutants });
      for (const mutant of mutants) {
        addStatus(file.all, mutant.status);
        addStatus(all, mutant.status);
        if (lineProvenance === "ai") {
          addStatus(file.ai, mutant.status);
          addStatus(ai, mutant.status);
        }
      }
    }
    if (file.lines.length > 0) files.push(file);
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { all, ai, files, skipped };
}

// src/evidence/mutation/report.ts
var position = object({
  line: number().check(int(), _gte(1), _lte(2 ** 31)),
  column: number().check(int(), _gte(1), _lte(2 ** 31))
});
var mutantSchema = object({
  id: pipe(union([string(), number()]), transform(String)),
  mutatorName: string().check(_maxLength(200)),
  replacement: optional(string()),
  description: optional(string()),
  status: _enum(MUTANT_STATUSES),
  statusReason: optional(string()),
  location: object({ start: position, end: position })
});
var fileSchema = object({
  language: optional(string()),
  source: optional(string()),
  mutants: array(mutantSchema)
});
var reportSchema = object({
  schemaVersion: string(),
  files: record(string(), fileSchema),
  projectRoot: optional(string())
});
function parseMutationReport(text2, shownPath) {
  let json;
  try {
    json = JSON.parse(text2);
  } catch {
    throw new InputError(`mutation report "${shownPath}" is not JSON; give the JSON report of StrykerJS (reporters: ["json"]) or another tool writing the mutation-testing-report-schema`);
  }
  const version = typeof json === "object" && json !== null ? json.schemaVersion : void 0;
  if (typeof version !== "string" || !/^1(\.\d+)*$/.test(version)) {
    throw new InputError(
      `mutation report "${shownPath}" has schemaVersion ${JSON.stringify(version ?? null)?.slice(0, 40)}; diffgate reads mutation-testing-report-schema version 1`
    );
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map((key) => typeof key === "number" ? `[${key}]` : `.${String(key)}`).join("") : "";
    throw new InputError(`mutation report "${shownPath}" does not follow the mutation-testing-report-schema at ${printableLine(where) || "the top"}: ${issue?.message ?? "invalid"}`);
  }
  return {
    projectRoot: parsed.data.projectRoot ?? null,
    files: Object.entries(parsed.data.files).map(([reportPath, file]) => ({
      reportPath,
      source: file.source ?? null,
      mutants: file.mutants.map((mutant) => ({
        id: mutant.id,
        mutatorName: mutant.mutatorName,
        replacement: mutant.replacement ?? null,
        status: mutant.status,
        startLine: mutant.location.start.line,
        startColumn: mutant.location.start.column,
        endLine: mutant.location.end.line,
        endColumn: mutant.location.end.column
      }))
    }))
  };
}

// src/evidence/mutation/survivors.ts
var TELLING_MUTATORS = [
  "EqualityOperator",
  "ConditionalExpression",
  "LogicalOperator",
  "ArithmeticOperator",
  "UnaryOperator",
  "UpdateOperator",
  "BooleanLiteral",
  "OptionalChaining",
  "MethodExpression",
  "AssignmentOperator",
  "ArrowFunction",
  "ArrayDeclaration",
  "ObjectLiteral",
  "BlockStatement",
  "Regex"
];
var ARID_MUTATORS = /* @__PURE__ */ new Set(["StringLiteral"]);
var LOGGING_LINE = /^\s*(?:await\s+)?(?:console|logger|log|this\.logger|this\.log|core)\s*\.\s*(?:log|info|debug|warn|warning|error|trace|notice|startGroup|endGroup)\s*\(/;
var MAX_ORIGINAL_LENGTH = 80;
function rank(mutant) {
  const telling = TELLING_MUTATORS.indexOf(mutant.mutatorName);
  const mutatorRank = telling === -1 ? TELLING_MUTATORS.length : telling;
  return (mutant.status === "Survived" ? 0 : 100) + mutatorRank;
}
function originalCode(lines, mutant) {
  const first = lines[mutant.startLine - 1] ?? "";
  const text2 = mutant.startLine === mutant.endLine ? first.slice(mutant.startColumn - 1, Math.max(mutant.startColumn - 1, mutant.endColumn - 1)) : `${first.slice(mutant.startColumn - 1)} \u2026`;
  const oneLine = text2.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_ORIGINAL_LENGTH ? `${oneLine.slice(0, MAX_ORIGINAL_LENGTH - 1)}\u2026` : oneLine;
}
function isAridLine(lineText) {
  return LOGGING_LINE.test(lineText);
}
function survivingMutants(path, lines, headLines) {
  const result2 = [];
  for (const { line, provenance, mutants } of lines) {
    if (isAridLine(headLines[line - 1] ?? "")) continue;
    const survivors = mutants.filter((mutant) => isSurvivor(mutant.status) && !ARID_MUTATORS.has(mutant.mutatorName));
    if (survivors.length === 0) continue;
    const best = survivors.reduce((a, b) => rank(b) < rank(a) ? b : a);
    result2.push({ path, line, provenance, mutant: best, original: originalCode(headLines, best), othersOnLine: survivors.length - 1 });
  }
  return result2;
}
function survivorMessage(survivor) {
  const { mutant, original } = survivor;
  const replacement = mutant.replacement === null ? null : mutant.replacement.replace(/\s+/g, " ").trim().slice(0, MAX_ORIGINAL_LENGTH);
  const change = replacement === null ? `with \`${original}\` changed by ${mutant.mutatorName}` : `read \`${replacement}\` instead of \`${original}\``;
  const more = survivor.othersOnLine > 0 ? ` (${survivor.othersOnLine} more surviving mutant${survivor.othersOnLine === 1 ? "" : "s"} on this line)` : "";
  return mutant.status === "NoCoverage" ? `No test runs this line: if it ${change}, no test would fail (${mutant.mutatorName})${more}` : `If this line ${change}, no test would fail (${mutant.mutatorName})${more}`;
}

// src/evidence/mutation/index.ts
var MAX_UNMAPPED_EXAMPLES2 = 20;
var MUTABLE = /\.(?:[cm]?[jt]sx?|vue|svelte)$/i;
async function measureMutation(input) {
  if (input.patterns.length === 0) return null;
  const mapPath = createPathMapper({ repoRoot: input.repo, trackedFiles: input.trackedFiles, prefixes: input.pathPrefixes });
  const reports = [];
  const mapped = [];
  const unmapped = [];
  for (const path of await expandReportPatterns(input.repo, input.patterns, process.cwd(), "mutation report")) {
    const shown = displayPath(input.repo, path);
    const size = (await stat3(path)).size;
    const maxBytes = input.maxReportBytes;
    if (size > maxBytes) {
      throw new InputError(`mutation report "${shown}" is ${size} bytes, over the ${maxBytes}-byte limit diffgate reads; run the mutation tests on the changed lines only (diffgate ranges)`);
    }
    const report = parseMutationReport(await readFile5(path, "utf8"), shown);
    reports.push({ path: shown, mutants: report.files.reduce((sum2, file) => sum2 + file.mutants.length, 0) });
    for (const file of report.files) {
      const candidates = report.projectRoot && !posix2.isAbsolute(file.reportPath) ? [posix2.join(report.projectRoot.replace(/\\/g, "/"), file.reportPath), file.reportPath] : [file.reportPath];
      let reason = "not in the repository";
      let repoPath = null;
      for (const candidate of candidates) {
        const mapping = mapPath(candidate);
        if (mapping.path !== null) {
          repoPath = mapping.path;
          break;
        }
        reason = mapping.reason;
      }
      if (repoPath === null) unmapped.push({ path: file.reportPath, reason });
      else mapped.push({ ...file, path: repoPath });
    }
  }
  const merged = mergeReportFiles(mapped);
  const texts = /* @__PURE__ */ new Map();
  for (const file of input.files) if (merged.has(file.path)) texts.set(file.path, await input.headText(file.path));
  const changed = measureChangedMutants(input.files, merged, (path) => texts.get(path) ?? null, input.provenance);
  const survivors = [];
  const files = [];
  for (const file of changed.files) {
    const lines = (texts.get(file.path) ?? "").split("\n");
    const found = survivingMutants(file.path, file.lines, lines);
    survivors.push(...found);
    files.push({ path: file.path, all: file.all, ai: file.ai, survivingLines: found.map((survivor) => survivor.line) });
  }
  const unmentioned = input.files.filter((file) => file.status !== "deleted" && !file.binary && file.addedLines.length > 0 && MUTABLE.test(file.path) && !input.isTestFile(file.path) && !merged.has(file.path)).map((file) => file.path).sort();
  return {
    all: changed.all,
    ai: changed.ai,
    files,
    survivors,
    unmentioned,
    skipped: changed.skipped,
    reports,
    unmapped: { count: unmapped.length, examples: unmapped.slice(0, MAX_UNMAPPED_EXAMPLES2) }
  };
}

// src/analysis/fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
function normaliseCode2(code) {
  return code.replace(/\s+/g, " ").replace(/ ?([^\w$ ]) ?/g, "$1").trim();
}
function fingerprintOf2(ruleId, path, code, occurrence = 0) {
  return createHash2("sha256").update(`${ruleId}\0${path}\0${normaliseCode2(code)}\0${occurrence}`).digest("hex").slice(0, 32);
}

// src/evidence/mutation/findings.ts
var SURVIVING_MUTANT_RULE = toRuleId("surviving-mutant");
var SURVIVING_MUTANT_HELP = "https://github.com/diffgate/diffgate/blob/main/docs/mutation.md#surviving-mutants-as-findings-surviving-mutant";
function survivingMutantFindings(result2) {
  const seen = /* @__PURE__ */ new Map();
  return result2.survivors.map((survivor) => {
    const code = `${survivor.original}\0${survivor.mutant.mutatorName}\0${survivor.mutant.replacement ?? ""}`;
    const key = `${survivor.path}\0${code}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      ruleId: SURVIVING_MUTANT_RULE,
      level: "note",
      path: survivor.path,
      startLine: survivor.line,
      endLine: survivor.line,
      message: survivorMessage(survivor),
      source: "mutation",
      provenance: survivor.provenance,
      fingerprint: fingerprintOf2(SURVIVING_MUTANT_RULE, survivor.path, code, occurrence),
      helpUri: SURVIVING_MUTANT_HELP,
      onAddedLine: true
    };
  });
}
function mutationSummary(result2) {
  return {
    all: result2.all,
    ai: result2.ai,
    files: result2.files,
    survivors: result2.survivors.map((survivor) => ({
      path: survivor.path,
      line: survivor.line,
      provenance: survivor.provenance,
      mutator: survivor.mutant.mutatorName,
      status: survivor.mutant.status,
      original: survivor.original,
      replacement: survivor.mutant.replacement
    })),
    unmentioned: result2.unmentioned,
    skipped: result2.skipped,
    reports: result2.reports,
    unmapped: result2.unmapped
  };
}

// src/analysis/run.ts
var MINIFIED_LONG_LINE = 1e3;
var MINIFIED_MEAN_LINE_LENGTH = 200;
var MINIFIED_ANY_LINE = 1e4;
var GENERATED_HEADER_CHARS = 2048;
var INFORMATIONAL_TAG = "informational";
function skipReason(path, source, maxFileBytes) {
  const bytes = Buffer.byteLength(source, "utf8");
  if (bytes > maxFileBytes) {
    return `skipped: ${bytes} bytes is over analysis.max-file-bytes (${maxFileBytes}); raise it to analyse this file`;
  }
  if (/\.min\.[cm]?js$/i.test(path)) return "skipped: minified (.min.js file)";
  const lines = source.split("\n");
  const longest = lines.reduce((max, line) => Math.max(max, line.length), 0);
  const nonEmpty = lines.filter((line) => line.trim() !== "");
  const meanLength = nonEmpty.length === 0 ? 0 : nonEmpty.reduce((sum2, line) => sum2 + line.length, 0) / nonEmpty.length;
  if (longest >= MINIFIED_ANY_LINE || longest >= MINIFIED_LONG_LINE && meanLength >= MINIFIED_MEAN_LINE_LENGTH) {
    return `skipped: looks minified (a ${longest}-character line, ${Math.round(meanLength)} characters per line on average)`;
  }
  const header = leadingComments(source.slice(0, GENERATED_HEADER_CHARS));
  if (/@generated\b/.test(header)) return "skipped: generated (`@generated` in the header comment)";
  if (/\b(?:auto-?generated|generated by|code generated)\b/i.test(header) && /\bdo not (?:edit|modify|make direct changes)\b/i.test(header)) {
    return "skipped: generated (the header comment says it is generated and not to be edited)";
  }
  if (/(?:^|\n)[\s/*#!]*this file (?:is|was|has been) (?:auto-?generated|automatically generated|generated by)\b/i.test(header)) {
    return "skipped: generated (the header comment says the file is generated)";
  }
  return null;
}
function parseForAnalysis(path, source) {
  const parsed = parseSource(path, source);
  if (parsed.ok) return { ast: parsed.ast };
  return { reason: `does not parse: ${parsed.message}${parsed.line === null ? "" : ` (line ${parsed.line})`}` };
}
function prepareFile(path, source, maxFileBytes) {
  const reason = skipReason(path, source, maxFileBytes);
  return reason ? { reason } : parseForAnalysis(path, source);
}
function leadingComments(head) {
  const header = /^(?:#![^\n]*\n)?(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(head);
  return header?.[0] ?? "";
}
function formatMessage(template, data = {}) {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name) => name in data ? String(data[name]) : whole);
}
var DIRECTIVE = /^[\s*]*(diffgate|eslint)-disable-(next-line|line)\b([^\n]*)$/;
function suppressedLines(comments, rules) {
  const byLine = /* @__PURE__ */ new Map();
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.value);
    if (!match) continue;
    const [, tool, where, rest = ""] = match;
    const names = (rest.split(/\s--\s|\s--$/)[0] ?? "").split(/[\s,]+/).filter((name) => name !== "");
    let ids;
    if (tool === "diffgate") ids = names.length === 0 ? ["*"] : names;
    else ids = rules.filter((rule) => rule.meta.eslintEquivalents?.some((name) => names.includes(name))).map((rule) => rule.meta.id);
    const line = where === "next-line" ? comment.loc.end.line + 1 : comment.loc.start.line;
    const silenced = byLine.get(line) ?? /* @__PURE__ */ new Set();
    for (const id of ids) silenced.add(id);
    byLine.set(line, silenced);
  }
  return byLine;
}
var SUPPRESSION_RULE = "suppressed-check";
function isSuppressed(suppressed, ruleId, startLine, endLine) {
  for (let line = startLine; line <= endLine; line++) {
    const silenced = suppressed.get(line);
    if (silenced && (silenced.has("*") && ruleId !== SUPPRESSION_RULE || silenced.has(ruleId))) return true;
  }
  return false;
}
function linesOfText(source, start, end) {
  return source.split("\n").slice(start - 1, end).join("\n");
}
function scopeFilter(path, isTestFile, ast, project) {
  const fixture = isFixturePath(path);
  let frameworkOwnTests = null;
  return (scope) => {
    if (!scope.fixtures && fixture) return false;
    if (scope.tests === "never") return !isTestFile;
    if (scope.tests === "both") return true;
    if (!isTestFile) return false;
    if (frameworkOwnTests === null) {
      const ownPackages = new Set(project.dependencies.packages.flatMap((manifest) => manifest.name ? [manifest.name] : []));
      frameworkOwnTests = testsOwnFramework(ast, ownPackages);
    }
    return !frameworkOwnTests;
  };
}
function analyzeFile(input) {
  const { path, source, addedLines } = input;
  const active = input.config.activeRules;
  if (active.length === 0 || addedLines.size === 0) return { findings: [], skipped: [] };
  let ast = input.ast;
  if (!ast) {
    const prepared = prepareFile(path, source, input.config["max-file-bytes"]);
    if ("reason" in prepared) return { findings: [], skipped: [{ path, reason: prepared.reason }] };
    ast = prepared.ast;
  }
  const isTestFile = makeTestFileMatcher(input.config["test-globs"])(path);
  const inScope = scopeFilter(path, isTestFile, ast, input.project);
  const added = addedLinesOf([...addedLines].sort((a, b) => a - b));
  const isAddedLine = (line) => added.has(line);
  const touchesAddedLines2 = (node) => added.touches(node.loc.start.line, node.loc.end.line);
  const getText = (node) => source.slice(node.range[0], node.range[1]);
  const reports = [];
  const visitors = { enter: /* @__PURE__ */ new Map(), exit: /* @__PURE__ */ new Map() };
  const failed = /* @__PURE__ */ new Map();
  const guarded = (id, run2) => {
    if (failed.has(id)) return;
    try {
      run2();
    } catch (error) {
      failed.set(id, describeError(error));
    }
  };
  try {
    for (const rule of active) {
      if (!inScope(rule.rule.meta.scope)) continue;
      const id = rule.rule.meta.id;
      const context = {
        path,
        source,
        ast,
        isTestFile,
        addedLines,
        isAddedLine,
        touchesAddedLines: touchesAddedLines2,
        getText,
        project: input.project,
        options: rule.options,
        report(descriptor) {
          if (!(descriptor.messageId in rule.rule.meta.messages)) {
            throw new Error(`reported unknown message id "${descriptor.messageId}"`);
          }
          if (descriptor.node) {
            const node = descriptor.node;
            reports.push({ active: rule, descriptor, startLine: node.loc.start.line, endLine: node.loc.end.line, start: node.range[0], code: getText(node) });
          } else if (descriptor.lines) {
            const { start, end } = descriptor.lines;
            const code = linesOfText(source, start, end);
            const offset = source.split("\n").slice(0, start - 1).join("\n").length;
            reports.push({ active: rule, descriptor, startLine: start, endLine: end, start: offset, code });
          } else {
            throw new Error("reported without a node or lines");
          }
        }
      };
      guarded(id, () => {
        for (const [key, visitor] of Object.entries(rule.rule.create(context))) {
          if (typeof visitor !== "function") continue;
          const exit = key.endsWith(":exit");
          const type = exit ? key.slice(0, -":exit".length) : key;
          const table = exit ? visitors.exit : visitors.enter;
          const call = (node) => guarded(id, () => visitor(node));
          table.set(type, [...table.get(type) ?? [], call]);
        }
      });
    }
    walk(ast, visitors);
  } catch (error) {
    return { findings: [], skipped: [{ path, reason: `analysis failed: ${describeError(error)}` }] };
  }
  const skipped = [...failed].map(([id, message]) => ({
    path,
    reason: `rule ${id} failed on this file, so its findings here are missing: ${message}`
  }));
  const kept = reports.filter((report) => !failed.has(report.active.rule.meta.id));
  const suppressed = suppressedLines(
    ast.comments ?? [],
    active.map((activeRule) => activeRule.rule)
  );
  return { ...toFindings(input, added, kept, suppressed), skipped };
}
function toFindings(input, added, reports, suppressed) {
  reports.sort((a, b) => a.start - b.start || a.startLine - b.startLine || a.endLine - b.endLine);
  const seen = /* @__PURE__ */ new Set();
  const occurrences = /* @__PURE__ */ new Map();
  const findings = [];
  const silenced = [];
  for (const report of reports) {
    const { rule, level } = report.active;
    const dedupeKey = `${rule.meta.id}:${report.startLine}:${report.endLine}:${report.descriptor.messageId}:${report.start}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    const key = `${rule.meta.id}\0${normaliseCode2(report.code)}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    if (!added.touches(report.startLine, report.endLine)) continue;
    const provenance = provenanceOfRange(input.provenance, input.path, report.startLine, report.endLine);
    (isSuppressed(suppressed, rule.meta.id, report.startLine, report.endLine) ? silenced : findings).push({
      ruleId: rule.meta.id,
      // The rule's level on every line: the policy (`policy.levels`) decides what provenance changes.
      level,
      // A rule configured at `note` informs and does not gate; the tag keeps that known after the
      // policy has changed levels per provenance.
      ...level === "note" ? { tags: [INFORMATIONAL_TAG] } : {},
      path: input.path,
      startLine: report.startLine,
      endLine: report.endLine,
      message: formatMessage(rule.meta.messages[report.descriptor.messageId] ?? "", report.descriptor.data),
      source: "ast",
      provenance,
      fingerprint: fingerprintOf2(rule.meta.id, input.path, report.code, occurrence),
      onAddedLine: true,
      messageId: report.descriptor.messageId
    });
  }
  return { findings, silenced };
}

// src/analysis/module-summaries.ts
var HELD_TREES_SOURCE_BYTES = 8 * 1024 * 1024;
function firstPass(readFiles, project, heldBudget = HELD_TREES_SOURCE_BYTES) {
  const imported = importedModules([...readFiles.values()].map(({ file, source }) => [file.path, source]), project);
  const exports = /* @__PURE__ */ new Map();
  const unparsable = /* @__PURE__ */ new Set();
  const held = /* @__PURE__ */ new Map();
  let heldBytes = 0;
  for (const path of imported) {
    const read = readFiles.get(path);
    if (!read) continue;
    const parsed = parseForAnalysis(path, read.source);
    if ("ast" in parsed) exports.set(path, promiseExports(parsed.ast));
    else unparsable.add(path);
    if (heldBytes + read.source.length <= heldBudget) {
      heldBytes += read.source.length;
      held.set(path, parsed);
    }
  }
  return { imported, exports, unparsable, held };
}

// src/analysis/index.ts
function isAnalysisCandidate(file) {
  return file.status !== "deleted" && !file.submodule && isAnalysedPath(file.path);
}
function selectFiles(files) {
  const analysable = [];
  const skipped = [];
  for (const file of files) {
    if (!isAnalysisCandidate(file)) continue;
    if (file.binary) skipped.push({ path: file.path, reason: "skipped: git treats this file as binary" });
    else if (newCodeLines(file).length > 0) analysable.push(file);
    else if (file.addedLines.length > 0) skipped.push({ path: file.path, reason: "not analysed: all its added lines are moved code (removed elsewhere in this change)" });
  }
  return { analysable, skipped };
}
async function readChangedFile(revision, head, file, maxBytes) {
  const content = await revision.readBlob(file.path);
  if (content === null) return { path: file.path, reason: `skipped: not a file at ${head}` };
  if (content.includes(0)) {
    if (content.length > maxBytes) {
      return { path: file.path, reason: `skipped: ${content.length} bytes is over analysis.max-file-bytes (${maxBytes}); raise it to analyse this file` };
    }
    return { path: file.path, reason: "skipped: binary content (NUL bytes)" };
  }
  const source = content.toString("utf8");
  const reason = skipReason(file.path, source, maxBytes);
  return reason === null ? { file, source } : { path: file.path, reason };
}
async function analyzeChanges(input) {
  const config = resolveAnalysisConfig(input.config, input.rules);
  const { analysable, skipped } = selectFiles(input.files);
  if (analysable.length === 0) return { findings: [], skipped };
  await loadParser();
  const revision = input.revision ?? Revision.ofResolvedSha(input.repo, input.range.head);
  try {
    return await analyzeRead(input, config, skipped, revision, analysable);
  } finally {
    if (revision !== input.revision) revision.close();
  }
}
function analyseOne(input, config, project, { file, source }, held) {
  const parsed = held ?? parseForAnalysis(file.path, source);
  if ("reason" in parsed) return { path: file.path, reason: parsed.reason };
  return analyzeFile({
    path: file.path,
    source,
    ast: parsed.ast,
    // Moved lines are not new code: the rules judge only what the change wrote.
    addedLines: new Set(newCodeLines(file)),
    provenance: input.provenance,
    project,
    config
  });
}
async function analyzeRead(input, config, skipped, revision, analysable) {
  const maxBytes = config["max-file-bytes"];
  const outcomes = await Promise.all(analysable.map((file) => readChangedFile(revision, input.range.head, file, maxBytes)));
  const notAnalysed = outcomes.map((outcome) => "reason" in outcome ? outcome : void 0);
  const readFiles = /* @__PURE__ */ new Map();
  for (const outcome of outcomes) if (!("reason" in outcome)) readFiles.set(outcome.file.path, outcome);
  const projectIndex = await ProjectIndex.load(revision, { testGlobs: input.config["test-globs"] });
  const factsInput = { project: projectIndex };
  const early = firstPass(readFiles, projectIndex, input.heldTreesSourceBytes ?? HELD_TREES_SOURCE_BYTES);
  const [tests, dependencies, promiseExports2] = await Promise.all([
    buildTestEvidence(factsInput),
    buildDependencyFacts(factsInput),
    promiseExportsOfModules(early.imported, early.exports, (path) => readFiles.has(path) || early.unparsable.has(path), projectIndex)
  ]);
  const project = { tests, dependencies, coverage: input.coverage, promiseExports: promiseExports2 };
  const findings = [];
  const silenced = [];
  const ruleSkips = [];
  for (const [index2, outcome] of outcomes.entries()) {
    if ("reason" in outcome) continue;
    await new Promise((resolve4) => setImmediate(resolve4));
    const parsed = early.held.get(outcome.file.path);
    early.held.delete(outcome.file.path);
    const result2 = analyseOne(input, config, project, outcome, parsed);
    if ("reason" in result2) {
      notAnalysed[index2] = result2;
      continue;
    }
    for (const { messageId: _messageId, ...finding } of result2.findings) findings.push(finding);
    for (const { messageId: _messageId, ...finding } of result2.silenced ?? []) silenced.push(finding);
    ruleSkips.push(...result2.skipped);
  }
  for (const skip of notAnalysed) if (skip) skipped.push(skip);
  if (Array.isArray(dependencies.unreadable)) skipped.push(...dependencies.unreadable);
  skipped.push(...ruleSkips);
  findings.sort((a, b) => compareCodePoints(a.path, b.path) || a.startLine - b.startLine || compareCodePoints(a.ruleId, b.ruleId));
  skipped.sort((a, b) => compareCodePoints(a.path, b.path));
  return { findings, skipped, silenced };
}

// src/findings/equivalents.ts
var LEVEL_RANK2 = { note: 0, warning: 1, error: 2 };
function eslintEquivalents(rules = RULES) {
  return new Map(rules.filter((rule) => rule.meta.eslintEquivalents?.length).map((rule) => [rule.meta.id, new Set(rule.meta.eslintEquivalents)]));
}
function isEslint(finding) {
  return finding.source === "sarif" && (finding.tool ?? "").toLowerCase() === "eslint";
}
function overlaps(a, b) {
  return a.path === b.path && a.startLine <= b.endLine && b.startLine <= a.endLine;
}
function equivalentOf(result2, own, equivalents) {
  if (!isEslint(result2)) return void 0;
  return (own.get(result2.path) ?? []).find((candidate) => equivalents.get(candidate.ruleId)?.has(result2.ruleId) && overlaps(candidate, result2));
}
function byPathOf(findings, equivalents) {
  const byPath2 = /* @__PURE__ */ new Map();
  for (const finding of findings) if (finding.source === "ast" && equivalents.has(finding.ruleId)) byPath2.set(finding.path, [...byPath2.get(finding.path) ?? [], finding]);
  return byPath2;
}
function withoutSilencedEquivalents(results, silenced, equivalents = eslintEquivalents()) {
  const own = byPathOf(silenced, equivalents);
  const kept = [];
  const dropped = [];
  for (const result2 of results) (equivalentOf(result2, own, equivalents) ? dropped : kept).push(result2);
  return { kept, silenced: dropped };
}
function mergeEquivalentFindings(findings, equivalents = eslintEquivalents()) {
  const byPath2 = byPathOf(findings, equivalents);
  const folded = /* @__PURE__ */ new Map();
  const absorbed = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    const own = equivalentOf(finding, byPath2, equivalents);
    if (!own) continue;
    absorbed.add(finding);
    folded.set(own, [...folded.get(own) ?? [], { tool: finding.tool ?? "ESLint", ruleId: finding.ruleId, level: finding.level, startLine: finding.startLine, endLine: finding.endLine }]);
  }
  return findings.filter((finding) => !absorbed.has(finding)).map((finding) => {
    const also = folded.get(finding);
    if (!also) return finding;
    const level = also.reduce((worst, entry) => LEVEL_RANK2[entry.level] > LEVEL_RANK2[worst] ? entry.level : worst, finding.level);
    return { ...finding, level, alsoReportedBy: also };
  });
}

// src/policy/levels.ts
function applyLevels(findings, policy) {
  return findings.map((finding) => {
    const levels = policy.paths.policyFor(finding.path).levels;
    const levelOf2 = (source, ruleId, given) => {
      const choice = levels.rules[ruleId]?.[finding.provenance] ?? levels[source][finding.provenance];
      return choice === "keep" ? given : choice;
    };
    let level = levelOf2(finding.source, finding.ruleId, finding.level);
    for (const also of finding.alsoReportedBy ?? []) {
      const scannerLevel = levelOf2("sarif", also.ruleId, also.level);
      if (LEVEL_RANK[scannerLevel] > LEVEL_RANK[level]) level = scannerLevel;
    }
    return level === finding.level ? finding : { ...finding, level };
  });
}

// src/policy/ignore.ts
function countOf2(measured, covered) {
  return { measured, covered, percent: measured === 0 ? null : covered / measured * 100 };
}
function sum(files, pick) {
  let measured = 0;
  let covered = 0;
  for (const file of files) {
    const count2 = pick(file);
    measured += count2?.measured ?? 0;
    covered += count2?.covered ?? 0;
  }
  return countOf2(measured, covered);
}
function withoutIgnoredCoverage(coverage, policy) {
  if (!coverage || policy.config.ignore.length === 0) return coverage;
  const { isIgnored } = policy.paths;
  const files = coverage.files.filter((file) => !isIgnored(file.path));
  if (files.length === coverage.files.length && !coverage.unmentioned.some(isIgnored)) return coverage;
  return {
    ...coverage,
    changed: sum(files, (file) => file),
    ai: sum(files, (file) => file.ai),
    branches: coverage.branches && sum(files, (file) => file.branches),
    files,
    unmentioned: coverage.unmentioned.filter((path) => !isIgnored(path))
  };
}
function withoutIgnoredMutation(mutation, policy) {
  if (!mutation) return null;
  if (policy.config.ignore.length === 0) return mutation;
  const { isIgnored } = policy.paths;
  const files = mutation.files.filter((file) => !isIgnored(file.path));
  if (files.length === mutation.files.length && !mutation.unmentioned.some(isIgnored)) return mutation;
  return {
    ...mutation,
    all: sumCounts(files.map((file) => file.all)),
    ai: sumCounts(files.map((file) => file.ai)),
    files,
    survivors: mutation.survivors.filter((survivor) => !isIgnored(survivor.path)),
    unmentioned: mutation.unmentioned.filter((path) => !isIgnored(path)),
    skipped: mutation.skipped.filter((entry) => !isIgnored(entry.path))
  };
}

// src/policy/judge.ts
function judge(evidence, policy) {
  const counted = withoutIgnored(evidence, policy);
  const findings = applyLevels(counted.findings, policy);
  return { findings, coverage: counted.coverage, mutation: counted.mutation ?? null, verdict: verdictOf({ ...counted, findings }, policy) };
}
function withoutIgnored(evidence, policy) {
  const { isIgnored } = policy.paths;
  return {
    ...evidence,
    files: evidence.files.filter((file) => !isIgnored(file.path)),
    findings: evidence.findings.filter((finding) => !isIgnored(finding.path)),
    coverage: withoutIgnoredCoverage(evidence.coverage, policy),
    mutation: withoutIgnoredMutation(evidence.mutation, policy)
  };
}
function verdictOf(counted, policy) {
  const { config, paths: policies } = policy;
  const paths = [
    .../* @__PURE__ */ new Set([
      ...counted.files.map((file) => file.path),
      ...counted.findings.map((finding) => finding.path),
      ...counted.coverage?.files.map((file) => file.path) ?? [],
      ...counted.mutation?.files.map((file) => file.path) ?? []
    ])
  ];
  const coverageMissing = counted.missingEvidence.some((entry) => entry.kind === "coverage");
  const sarifMissing = counted.missingEvidence.some((entry) => entry.kind === "sarif");
  const mutationMissing = counted.missingEvidence.some((entry) => entry.kind === "mutation");
  const conditions = [
    ...missingEvidenceConditions(counted.missingEvidence, config),
    ...missingTestsConditions(counted.findings, paths, policies, config),
    ...errorHandlingConditions(counted.findings, paths, policies, config),
    ...ruleFindingConditions(counted.findings, paths, policies, config),
    ...sarifConditions(counted.findings, sarifMissing, paths, policies, config, counted.sarif !== void 0 && !sarifMissing && (counted.sarif?.inputs.length ?? 0) === 0),
    ...changedCoverageConditions(counted.coverage, coverageMissing, paths, policies, config),
    ...overallCoverageConditions(counted.coverage, config),
    ...mutationConditions(counted.mutation ?? null, mutationMissing, paths, policies, config)
  ];
  return { status: conclude(conditions), conditions };
}
function conclude(conditions) {
  if (conditions.some((condition) => condition.status === "fail")) return "fail";
  if (conditions.some((condition) => condition.status === "warn")) return "warn";
  return "pass";
}

// src/policy/index.ts
function missingEvidenceAction(config, kind) {
  return config["missing-evidence"][kind];
}

// src/gate.ts
async function prepareGate(options) {
  const repo = resolve3(options.repo);
  const objects = new BlobReader(repo);
  try {
    const range = await resolveRange(repo, { base: options.base ?? null, head: options.head ?? null, event: options.event }, objects);
    const loaded = await loadConfig({
      path: options.configPath,
      required: options.configRequired,
      overrides: options.overrides,
      ...options.overrideNames ? { overrideNames: options.overrideNames } : {},
      revisions: { repo, base: range.base, head: range.head, objects }
    });
    return { range, loaded, objects };
  } catch (error) {
    objects.close();
    throw error;
  }
}
async function timed(timings, stage, run2) {
  const start = performance.now();
  try {
    return await run2();
  } finally {
    if (timings) timings[stage] = (timings[stage] ?? 0) + (performance.now() - start);
  }
}
async function attributeChange(repo, prepared, event, revision, pullRequestCommits, timings) {
  const { range, loaded } = prepared;
  const history = loaded.config.ai === "auto" ? readRangeHistory(repo, range, revision) : void 0;
  history?.catch(() => void 0);
  const { files, warnings } = await timed(timings, "diff", () => collectDiff(repo, range));
  if (files.some(mayNeedParser)) loadParser().catch(() => void 0);
  const provenance = await timed(timings, "provenance", () => attributeProvenance({
    repo,
    range,
    files,
    mode: loaded.config.ai,
    config: loaded.config.provenance,
    pullRequest: pullRequestOf(event),
    ...pullRequestCommits ? { pullRequestCommits: pullRequestCommits.commits } : {},
    ...pullRequestCommits?.gap ? { pullRequestCommitsGap: pullRequestCommits.gap } : {},
    revision,
    ...history ? { history } : {}
  }));
  return { files, warnings, provenance, lookup: makeProvenanceLookup(provenance) };
}
function mayNeedParser(file) {
  return isAnalysisCandidate(file) && !file.binary && file.addedLines.length > 0;
}
async function runGate(options) {
  var _stack = [];
  try {
    const repo = resolve3(options.repo);
    const { range, loaded, objects } = options.prepared ?? await prepareGate(options);
    const _objects = __using(_stack, objects);
    const { config } = loaded;
    const missingEvidence = [];
    async function gather(kind, read, fallback) {
      try {
        return await read();
      } catch (error) {
        if (!isInputError(error) || missingEvidenceAction(config.policy, kind) === "error") throw error;
        missingEvidence.push({ kind, detail: describeError(error) });
        return fallback;
      }
    }
    const revision = __using(_stack, Revision.ofResolvedSha(repo, range.head, objects));
    revision.pathIndex().catch(() => void 0);
    const timings = {};
    const { files, warnings, provenance, lookup } = await attributeChange(repo, { range, loaded }, options.event, revision, options.pullRequestCommits, timings);
    const evidenceStart = performance.now();
    const trackedFiles = await revision.pathIndex();
    const coverage = await gather(
      "coverage",
      () => measureCoverage({
        repo,
        patterns: options.coverage,
        basePatterns: options.baseCoverage,
        files,
        trackedFiles,
        provenance: lookup,
        config: config.coverage
      }),
      null
    );
    const sarif = await gather(
      "sarif",
      // Fingerprints hash the code at head as committed, never the working tree: the Revision.
      () => collectSarifFindings({ repo, code: revision, patterns: options.sarif, files, trackedFiles, provenance: lookup, config: config.sarif }),
      null
    );
    const mutation = await gather(
      "mutation",
      () => measureMutation({
        repo,
        patterns: options.mutation ?? [],
        files,
        trackedFiles,
        headText: (path) => revision.readText(path),
        provenance: lookup,
        pathPrefixes: config.coverage["path-prefixes"],
        isTestFile: makeTestFileMatcher(config.analysis["test-globs"]),
        maxReportBytes: config.mutation["max-report-bytes"]
      }),
      null
    );
    timings.evidence = performance.now() - evidenceStart;
    const analysis = await timed(timings, "analysis", () => analyzeChanges({ repo, range, files, revision, provenance: lookup, config: config.analysis, coverage }));
    const policyStart = performance.now();
    const skipped = [...provenance.skipped ?? [], ...analysis.skipped];
    const scanner = withoutSilencedEquivalents(sarif?.findings ?? [], analysis.silenced ?? []);
    const sarifSummary = sarif && (scanner.silenced.length > 0 ? { ...sarif.summary, kept: sarif.summary.kept - scanner.silenced.length, silenced: scanner.silenced.length } : sarif.summary);
    const findings = mergeEquivalentFindings([...analysis.findings, ...scanner.kept]).concat(mutation ? survivingMutantFindings(mutation) : []);
    const judged = judge(
      { files, provenance, findings, coverage, mutation: mutation && mutationSummary(mutation), missingEvidence, skipped, sarif: sarifSummary ?? null },
      loaded.policy
    );
    const report = {
      schemaVersion: 1,
      verdict: judged.verdict,
      base: range.base,
      head: range.head,
      files,
      provenance,
      coverage: judged.coverage,
      mutation: judged.mutation,
      findings: judged.findings,
      sarif: sarifSummary ?? null,
      missingEvidence,
      skipped,
      ...loaded.policyChange ? { policyChange: loaded.policyChange } : {}
    };
    timings.policy = performance.now() - policyStart;
    return { report, config, warnings, range, timings };
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}

export {
  Revision,
  loadConfig,
  judge,
  prepareGate,
  attributeChange,
  runGate
};
