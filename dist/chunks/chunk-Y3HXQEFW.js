import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  configSchema,
  parseAnalysisOptions,
  resolveAnalysisConfig
} from "./chunk-VLTY435N.js";
import {
  mergeGroupOf,
  pullRequestOf
} from "./chunk-NPANWLRP.js";
import {
  require_picomatch
} from "./chunk-XVPPUTRV.js";
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
} from "./chunk-IYVMGDPY.js";
import {
  LEVEL_RANK,
  MUTANT_STATUSES,
  ProjectIndex,
  RULES,
  addedLinesOf,
  buildDependencyFacts,
  buildTestEvidence,
  compareCodePoints,
  compileGlobs,
  external_exports,
  importedModules,
  isAnalysedPath,
  isFixturePath,
  loadParser,
  makeTestFileMatcher,
  minimatch,
  newCodeLines,
  parseSource,
  promiseExports,
  promiseExportsOfModules,
  repositoryPath,
  scannerRuleId,
  setParents,
  testsOwnFramework,
  toRepoPath,
  toRuleId,
  toSha,
  walk
} from "./chunk-CHOJEBO3.js";
import {
  gitFailure,
  launchFailure,
  runGit,
  runGitBuffer,
  runGitLines,
  runGitRaw,
  startGit
} from "./chunk-ECFMFR5X.js";
import {
  InputError,
  describeError,
  isInputError
} from "./chunk-UJW5LMBK.js";
import {
  __callDispose,
  __toESM,
  __using
} from "./chunk-WNPGBMJD.js";

// src/gate.ts
import { resolve as resolve5 } from "node:path";

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
    return this.ask(objectName, (resolve6, reject) => ({ want: "content", resolve: resolve6, reject }));
  }
  /**
   * The id and type of the object a name resolves to (`HEAD^{commit}`, `origin/main`, `<sha>:<path>`);
   * null when git has no such object (`missing`, `ambiguous`). Costs no process of its own: a run
   * resolves every revision through the cat-file it reads files with, instead of one `rev-parse` each.
   */
  resolve(objectName) {
    return this.ask(objectName, (resolve6, reject) => ({ want: "header", resolve: resolve6, reject }));
  }
  ask(objectName, pending) {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error(`the git object reader for ${this.repo} is closed`));
    if (objectName.includes("\n")) return Promise.reject(new Error("object names given to cat-file --batch cannot hold a newline"));
    const child = this.process();
    if (this.pending.length === 0) this.holdProcess(true);
    return new Promise((resolve6, reject) => {
      this.pending.push(pending(resolve6, reject));
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
  /** `using revision = …` closes it when the scope ends, also on errors. */
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
function parseConfig(raw, origin) {
  const result2 = configSchema.safeParse(raw ?? {});
  if (result2.success) return result2.data;
  const issue = result2.error.issues[0];
  const key = issue && issue.path.length > 0 ? issue.path.join(".") : "(top level)";
  throw new InputError(`${origin}: ${key}: ${issue ? external_exports.prettifyError(new external_exports.ZodError([issue])).replace(/^✖ /, "").split("\n")[0] : "invalid"}`);
}
async function loadConfig(request) {
  const diskText = await readConfigFile(request.path, request.required);
  const diskConfig = parseConfig(mergeDeep(await parseConfigText(diskText, request.path), request.overrides), request.path ?? "configuration");
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
    const baseConfig = normalise(baseText) === normalise(diskText) ? diskConfig : parseConfig(mergeDeep(await parseConfigText(baseText, origin), request.overrides), origin);
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
  const loaded = await import("./dist-Z4RGCTL2.js");
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
  /** A `+` line: its head line number and text. */
  addedLine(file, line, text2) {
    let lines = this.addedByFile.get(file);
    if (!lines) this.addedByFile.set(file, lines = []);
    lines.push({ line, text: normaliseCode(text2) });
  }
  /** The moved head lines of each file index, ascending; files with none are absent. */
  finish() {
    const moved = /* @__PURE__ */ new Map();
    let budget = REWRAP_BUDGET_CHARS;
    for (const [file, lines] of this.addedByFile) {
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
    // A submodule's `+Subproject commit …` line is a pointer, not code.
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
function later(promise2) {
  promise2.catch(() => void 0);
  return promise2;
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
function record(value) {
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
    metadata = record(JSON.parse(lines.slice(divider + 1).join("\n")));
  } catch {
    throw new RecordError('the metadata after "---" is not valid JSON');
  }
  if (!metadata) throw new RecordError('the metadata after "---" is not a JSON object');
  const version = text(metadata["schema_version"]);
  if (!version?.startsWith("authorship/3.")) throw new RecordError(`unsupported schema_version ${JSON.stringify(metadata["schema_version"])}`);
  const prompts = record(metadata["prompts"]) ?? {};
  const sessions = record(metadata["sessions"]) ?? {};
  const humans = record(metadata["humans"]) ?? {};
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
    const described = record(prompts[key]) ?? record(sessions[key.split("::")[0] ?? key]);
    const agent = record(described?.["agent_id"]);
    attestations.push({ path, ranges, provenance: "ai", tool: text(agent?.["tool"]), model: text(agent?.["model"]) });
  }
  return { attestations };
}
var CONTRIBUTOR_TYPES = ["human", "ai", "mixed", "unknown"];
function contributorOf(value) {
  const contributor = record(value);
  if (!contributor) return null;
  const type = text(contributor["type"])?.toLowerCase();
  if (!type || !CONTRIBUTOR_TYPES.includes(type)) throw new RecordError(`unknown contributor type ${JSON.stringify(contributor["type"])}`);
  return { type, model: text(contributor["model_id"]) };
}
function parseTraceRecord(line) {
  let parsed;
  try {
    parsed = record(JSON.parse(line));
  } catch {
    throw new RecordError("not valid JSON");
  }
  if (!parsed) throw new RecordError("not a JSON object");
  const files = parsed["files"];
  if (!Array.isArray(files)) throw new RecordError('no "files" array');
  const revision = text(record(parsed["vcs"])?.["revision"]);
  if (!revision) throw new RecordError("no vcs.revision, so its line numbers cannot be placed");
  const tool = text(record(parsed["tool"])?.["name"]);
  const ranges = [];
  for (const file of files) {
    const path = text(record(file)?.["path"]);
    const conversations = record(file)?.["conversations"];
    if (!path || !Array.isArray(conversations)) throw new RecordError('a file entry without "path" or "conversations"');
    for (const conversation of conversations) {
      const outer = contributorOf(record(conversation)?.["contributor"]);
      const conversationRanges = record(conversation)?.["ranges"];
      if (!Array.isArray(conversationRanges)) throw new RecordError(`a conversation in ${path} without "ranges"`);
      for (const range of conversationRanges) {
        const start = record(range)?.["start_line"];
        const end = record(range)?.["end_line"];
        if (!Number.isInteger(start) || !Number.isInteger(end) || start < 1 || end < start) {
          throw new RecordError(`a range in ${path} without valid start_line/end_line`);
        }
        const contributor = contributorOf(record(range)?.["contributor"]) ?? outer;
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
var byCommit = (facts, evidence) => {
  if (facts.agreed) {
    const signal3 = leadingSignal(facts.agreed.commits.flatMap((sha) => evidence.commits.get(sha)?.signals ?? []));
    return { provenance: facts.agreed.provenance, commits: facts.agreed.commits, ...signal3 ? { signal: signal3 } : {} };
  }
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
  const glob2 = aiPaths.matchingPattern(path);
  return glob2 === null ? null : { kind: "config", source: "config:ai-paths", detail: glob2, confidence: "high", id: "config:ai-paths" };
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
  const sameGroup = last !== void 0 && last.path === path && last.provenance === decision.provenance && last.signal === decision.signal && last.commits.length === decision.commits.length && last.commits.every((sha, index2) => sha === decision.commits[index2]);
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
  const history = await readRangeHistory(repo, range, input.revision);
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
import { posix as posix2, sep as sep4 } from "node:path";

// src/evidence/paths.ts
var MAX_NAMED_CANDIDATES = 5;
function createPathMapper(context) {
  const index2 = TrackedPathIndex.of(context.trackedFiles);
  const root = splitPath(context.repoRoot);
  const prefixes = context.prefixes.map(splitPath).filter((prefix) => prefix.segments.length > 0 || prefix.absolute);
  return (rawPath) => asRepoPath(mapWithIndex(rawPath, root, prefixes, index2), rawPath);
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
  const relative6 = path.segments.join("/");
  if (index2.has(relative6) || index2.size === 0) return { path: relative6 };
  const candidates = index2.endingWith(relative6);
  if (candidates.length === 1) return { path: candidates[0] };
  if (candidates.length > 1) return { path: null, reason: ambiguousReason(rawPath, candidates) };
  return { path: relative6 };
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
  /** The recorded values (+line, or −line when covered), in the order recorded. */
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
  for (const report2 of reports) {
    for (const file of report2.files) {
      const mapping = chooseRepoPath(file.candidatePaths, report2.directory, mapPath, tracked);
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
    for (const file of report2.tallied ?? []) {
      const mapping = chooseRepoPath(file.candidatePaths, report2.directory, mapPath, tracked);
      addTally(tallied, mapping, file.candidatePaths, file.tally, file.hasBranches);
    }
  }
  if (keepLines || reports.some((report2) => report2.tallied !== void 0)) merged.tallied = tallied;
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
import { open, readFile as readFile3, stat as stat2 } from "node:fs/promises";
import { isAbsolute as isAbsolute4, relative as relative4, resolve as resolve3 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute as isAbsolute2, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative as relative2, resolve, sep as sep2 } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep2) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative2(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat5) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat5.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat5, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat5 = fs.statSync(resolvedPath);
    if (stat5.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat5, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal: signal2, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal2 && signal2.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat5, resolvedPath) => {
          if (stat5.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep2,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal2) {
    this.options.signal = signal2;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result2 = `${prefix}/${p}`;
      return isDir ? result2.slice(0, -1) : result2;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result2 = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result2 !== "" ? `${result2}/` : result2 || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result2 = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result2.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result2.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result2 = pattern;
  if (pattern[pattern.length - 1] === "/") result2 = pattern.slice(0, -1);
  if (result2[result2.length - 1] !== "*" && opts.expandDirectories) result2 += "/**";
  const escapedCwd = escapePath(cwd);
  result2 = isAbsolute2(result2.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result2) : posix.normalize(result2);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result2)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result2);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result2 = result2.slice(0, (n - i - 1) * 3) + result2.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result2;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative6] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative6) : [];
}

// src/evidence/real-path-guard.ts
import { realpath as realpath2 } from "node:fs/promises";
import { isAbsolute as isAbsolute3, relative as relative3 } from "node:path";
function isInside(folder, path) {
  const rest = relative3(folder, path);
  return rest === "" || !rest.startsWith("..") && !isAbsolute3(rest);
}
async function refuseLinkOutside(file, roots, what) {
  const named = roots.filter((root) => isInside(root, file));
  if (named.length === 0) return;
  const real = await realpath2(file).catch(() => null);
  if (real === null) return;
  const realRoots = await Promise.all(roots.map((root) => realpath2(root).catch(() => root)));
  if (realRoots.some((root) => isInside(root, real))) return;
  throw new InputError(`${what} is a symbolic link (or lies under one) that leads outside the repository and the working directory: refusing to read it`);
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

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index2 = 0; index2 < len; index2++) {
      allmatches.push(match[index2]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions2 = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions2, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result2 = readAttributeStr(xmlData, i);
        if (result2 === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result2.value;
        i = result2.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result2.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count2 = 0;
  for (; i < xmlData.length; i++, count2++) {
    if (xmlData[i].match(/\w/) && count2 < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber2) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber2.line || lineNumber2,
      col: lineNumber2.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index2) {
  const lines = xmlData.substring(0, index2).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true;
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result2 = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result2, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};
var defaultOptions3 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions3, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index: index2 } = this.readElementExp(xmlData, i + 1);
            i = index2;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index: index2 } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index2;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index2) => {
  while (index2 < data.length && /\s/.test(data[index2])) {
    index2++;
  }
  return index2;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str;
        }
      }
    } else {
      return str;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return void 0;
    return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position2 = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position: position2,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep5 = separator || this.separator;
    const isDefault = sep5 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result2 = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep5);
      this._pathStringCache = result2;
      return result2;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep5);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep3 = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep3}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep3}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep3}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep3}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep3}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep3}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep3}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep3}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep3}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep3}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep3}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep3}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep3}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise2(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list) {
  const label = list.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise2(context);
  if (regex) return regex.test(value);
  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index2) => {
    if (newline.length === 2) {
      crlfPositions.push(index2 - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result2 = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result2.entities);
        i = result2.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result2 = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result2) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result2.tagName;
        const rawTagName = result2.rawTagName;
        let tagExp = result2.tagExp;
        let attrExpPresent = result2.attrExpPresent;
        let closeIndex = result2.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result2.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result2.closeIndex;
          } else {
            const result3 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result3) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result3.i;
            tagContent = result3.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result2.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result2.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index2, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index2) low = middle + 1;
    else high = middle;
  }
  return index2 + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result2 = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result2 === false) {
  } else if (typeof result2 === "string") {
    childNode.tagname = result2;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result2 = "";
  let segmentStart = i;
  for (let index2 = i; index2 < len; index2++) {
    const code = xmlData.charCodeAt(index2);
    if (code === 34 || code === 39) {
      index2 = xmlData.indexOf(xmlData[index2], index2 + 1);
      if (index2 === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index2 + 1) === closeCode1) {
          result2 += xmlData.substring(segmentStart, index2);
          return { data: result2, index: index2 };
        }
      } else {
        result2 += xmlData.substring(segmentStart, index2);
        return { data: result2, index: index2 };
      }
    } else if (code === 9) {
      result2 += xmlData.substring(segmentStart, index2) + " ";
      segmentStart = index2 + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result2 = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result2) return;
  let tagExp = result2.data;
  const closeIndex = result2.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result2.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep5 = exp.search(/\s/);
            const name = sep5 === -1 ? exp : exp.substring(0, sep5);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text2;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text2 === void 0) text2 = tagObj[property];
      else text2 += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text2 === "string") {
    if (text2.length > 0) compressedObj[options.textNodeName] = text2;
  } else if (text2 !== void 0) compressedObj[options.textNodeName] = text2;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result2 = validate(xmlData, validationOption);
      if (result2 !== true) {
        throw Error(`${result2.err.msg}:${result2.err.line}:${result2.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/fast-xml-parser/src/fxp.js
var XMLValidator = {
  validate
};

// src/evidence/coverage/xml.ts
var ATTRIBUTE_PREFIX = "@";
var DOCTYPE_WITH_SUBSET = /<!DOCTYPE[^>[]*\[/i;
function parseReportXml(reportPath, text2, arrayTags) {
  const xml = text2.replace(/^\uFEFF/, "");
  if (DOCTYPE_WITH_SUBSET.test(xml)) {
    throw new InputError(
      `coverage report ${reportPath}: its DOCTYPE declares XML entities, which diffgate never expands; remove the DOCTYPE from the report`
    );
  }
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { line, msg } = validation.err;
    throw new InputError(`coverage report ${reportPath}: not well-formed XML (line ${line}: ${msg}); the report looks truncated or corrupt, regenerate it`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTRIBUTE_PREFIX,
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name, _jpath, _isLeaf, isAttribute) => !isAttribute && arrayTags.has(name)
  });
  try {
    return parser.parse(xml);
  } catch (error) {
    throw new InputError(`coverage report ${reportPath}: the XML cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
function childrenOf(node, name) {
  const value = node?.[name];
  if (value === void 0 || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item) => typeof item === "object" && item !== null);
}
function childOf(node, name) {
  return childrenOf(node, name)[0];
}
function attributeOf(node, name) {
  const value = node[ATTRIBUTE_PREFIX + name];
  return typeof value === "string" ? decodeXmlText(value) : void 0;
}
function textsOf(node, name) {
  const value = node?.[name];
  const list = value === void 0 ? [] : Array.isArray(value) ? value : [value];
  return list.map((item) => typeof item === "string" ? item : typeof item === "object" && item !== null ? item["#text"] : void 0).filter((item) => typeof item === "string").map(decodeXmlText);
}
function decodeXmlText(text2) {
  if (!text2.includes("&")) return text2;
  return text2.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_match, entity) => {
    switch (entity) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code = entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : "";
      }
    }
  });
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
  const number = parseLineNumber(attributeOf(line, "num"));
  const trueCount = parseHits(attributeOf(line, "truecount"));
  const falseCount = parseHits(attributeOf(line, "falsecount"));
  const hits = parseHits(attributeOf(line, "count")) ?? (type === "cond" && trueCount !== null ? trueCount + (falseCount ?? 0) : null);
  if (number === null || hits === null) {
    throw new InputError(`coverage report ${reportPath}: a <line> lacks a valid num or count attribute; regenerate the Clover report`);
  }
  addLineHits(file, number, hits);
  if (type !== "cond" || trueCount === null || falseCount === null) return;
  if (openClover) claimBranches(file, number, (trueCount > 0 ? 1 : 0) + (falseCount > 0 ? 1 : 0), 2);
  else claimBranches(file, number, trueCount, trueCount + falseCount);
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
  const number = parseLineNumber(attributeOf(line, "number"));
  const hits = parseHits(attributeOf(line, "hits"));
  if (number === null || hits === null) {
    const shown = `number="${attributeOf(line, "number") ?? ""}" hits="${attributeOf(line, "hits") ?? ""}"`;
    throw new InputError(`coverage report ${reportPath}: a <line> has ${shown}, not a line number and a count; regenerate the report`);
  }
  addLineHits(file, number, hits);
  if (attributeOf(line, "branch") !== "true") return;
  const counts = CONDITION_COVERAGE.exec(attributeOf(line, "condition-coverage") ?? "");
  if (counts) claimBranches(file, number, Number(counts[1]), Number(counts[2]));
}

// src/evidence/json-error.ts
function jsonErrorWithoutText(error) {
  const message = (error instanceof Error ? error.message : String(error)).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?");
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
      throw new InputError(`coverage report ${reportPath}: entry "${key}" is not Istanbul file coverage${hint}`);
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
function readJacoco(reportPath, report2, claimBranches) {
  const files = [];
  for (const pkg of packagesOf(report2)) {
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
  const number = parseLineNumber(attributeOf(line, "nr"));
  const coveredInstructions = parseHits(attributeOf(line, "ci"));
  if (number === null || coveredInstructions === null) {
    throw new InputError(`coverage report ${reportPath}: a <line> lacks a valid nr or ci attribute; regenerate the JaCoCo report`);
  }
  addLineHits(file, number, coveredInstructions);
  const missedBranches = parseHits(attributeOf(line, "mb")) ?? 0;
  const coveredBranches = parseHits(attributeOf(line, "cb")) ?? 0;
  claimBranches(file, number, coveredBranches, missedBranches + coveredBranches);
}

// src/evidence/coverage/lcov.ts
import { createReadStream } from "node:fs";
var RECORD_KEY = /^[A-Za-z_]+$/;
var CHUNK_BYTES = 1 << 20;
var [NEWLINE2, CR, COMMA, COLON, ZERO, NINE, D, A] = [10, 13, 44, 58, 48, 57, 68, 65];
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
  function readBytes(bytes, start, end) {
    if (!readDaBytes(bytes, start, end)) readLine4(bytes.toString("utf8", start, end));
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
  const excludes = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => resolve3(repo, pattern.slice(1)));
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns.filter((each) => !each.startsWith("!"))) {
    const literal = await literalPath(repo, pattern, kind);
    const matches = literal.length === 0 && isDynamicPattern(pattern) ? (
      // Links are not followed: a linked folder could lead anywhere (a link to `/` would walk the disk).
      await glob([pattern], { cwd: repo, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false })
    ) : literal;
    if (matches.length === 0) {
      throw new InputError(`${kind} pattern "${pattern}" matches no file; check the path, or run the tests ${kind === "coverage report" ? "with coverage" : "with mutation testing"} first`);
    }
    for (const match of matches.sort()) {
      const file = resolve3(match);
      if (excludes.some((exclude) => minimatch(file, exclude, { dot: true }))) continue;
      await refuseLinkOutside(file, [resolve3(repo), resolve3(cwd)], `${kind} ${displayPath(repo, file)}`);
      found.add(file);
    }
  }
  return [...found];
}
async function literalPath(repo, pattern, kind) {
  const path = resolve3(repo, pattern);
  const info = await stat2(path).catch(() => null);
  if (info?.isDirectory()) throw new InputError(`${kind} "${pattern}" is a directory; name the report file or a glob`);
  return info ? [path] : [];
}
function displayPath(repo, path) {
  const inside = relative4(repo, path);
  return inside.startsWith("..") || isAbsolute4(inside) ? path : inside;
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
function readXmlReport(shownPath, text2) {
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
    const directory = shownPath === path ? void 0 : posix2.dirname(shownPath.split(sep4).join("/"));
    const keepLines = (candidatePaths2) => {
      const repoPath = chooseRepoPath(candidatePaths2, directory, mapping.mapPath, mapping.tracked).path;
      return repoPath !== null && mapping.keepLines(repoPath);
    };
    const report2 = await readCoverageReport(path, shownPath, { keepLines });
    reportsRead.push({ path: shownPath, format: report2.format });
    parsed.push(directory === void 0 ? report2 : { ...report2, directory });
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
function normalizePath2(path) {
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
  const mapped = mapPath(climbedToAbsolute(normalizePath2(resolved.path)));
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
import { readFile as readFile4, stat as stat3 } from "node:fs/promises";
import { relative as relative5, resolve as resolve4, isAbsolute as isAbsolute5 } from "node:path";
async function expandSarifPatterns(patterns, cwd, repo = cwd) {
  const excludes = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => resolve4(cwd, pattern.slice(1)));
  const files = /* @__PURE__ */ new Set();
  for (const pattern of patterns.filter((each) => !each.startsWith("!"))) {
    const literal = await existingFile(resolve4(cwd, pattern));
    const matches = literal.length === 0 && isDynamicPattern(pattern) ? (
      // Links are not followed: a linked folder could lead anywhere (a link to `/` would walk the disk).
      await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: true, followSymbolicLinks: false })
    ) : literal;
    if (matches.length === 0) {
      throw new InputError(`SARIF input "${pattern}" matches no file; check the path or glob (relative to ${cwd}).`);
    }
    for (const match of matches.sort()) {
      const file = resolve4(match);
      if (excludes.some((exclude) => minimatch(file, exclude, { dot: true }))) continue;
      await refuseLinkOutside(file, [resolve4(repo), resolve4(cwd)], `SARIF input ${displayPath2(file, cwd)}`);
      files.add(file);
    }
  }
  return [...files];
}
async function existingFile(path) {
  try {
    return (await stat3(path)).isFile() ? [path] : [];
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
  return text2 || "log";
}
function displayPath2(absolutePath, cwd) {
  const fromCwd = relative5(cwd, absolutePath);
  return fromCwd && !fromCwd.startsWith("..") && !isAbsolute5(fromCwd) ? fromCwd : absolutePath;
}
var index = external_exports.number().int();
var messageStrings = external_exports.record(external_exports.string(), external_exports.looseObject({ text: external_exports.string().optional() }));
var propertyBag = external_exports.record(external_exports.string(), external_exports.unknown());
var artifactLocation = external_exports.looseObject({
  uri: external_exports.string().optional(),
  uriBaseId: external_exports.string().optional(),
  index: index.optional()
});
var toolComponentReference = external_exports.looseObject({
  name: external_exports.string().optional(),
  index: index.optional(),
  guid: external_exports.string().optional()
});
var reportingDescriptorReference = external_exports.looseObject({
  id: external_exports.string().optional(),
  index: index.optional(),
  toolComponent: toolComponentReference.optional()
});
var reportingDescriptor = external_exports.looseObject({
  id: external_exports.string().optional(),
  helpUri: external_exports.string().optional(),
  defaultConfiguration: external_exports.looseObject({ level: external_exports.string().optional() }).optional(),
  messageStrings: messageStrings.optional(),
  properties: propertyBag.optional()
});
var toolComponent = external_exports.looseObject({
  name: external_exports.string(),
  guid: external_exports.string().optional(),
  rules: external_exports.array(reportingDescriptor).optional(),
  globalMessageStrings: messageStrings.optional()
});
var lineNumber = external_exports.number();
var region = external_exports.looseObject({
  startLine: lineNumber.optional(),
  endLine: lineNumber.optional(),
  startColumn: index.optional(),
  endColumn: index.optional()
});
var location = external_exports.looseObject({
  physicalLocation: external_exports.looseObject({
    artifactLocation: artifactLocation.optional(),
    region: region.optional()
  }).optional(),
  logicalLocations: external_exports.array(external_exports.looseObject({ fullyQualifiedName: external_exports.string().optional(), name: external_exports.string().optional() })).optional()
});
var result = external_exports.looseObject({
  ruleId: external_exports.string().optional(),
  ruleIndex: index.optional(),
  rule: reportingDescriptorReference.optional(),
  kind: external_exports.string().optional(),
  level: external_exports.string().optional(),
  message: external_exports.looseObject({
    text: external_exports.string().optional(),
    markdown: external_exports.string().optional(),
    id: external_exports.string().optional(),
    arguments: external_exports.array(external_exports.string()).optional()
  }).optional(),
  locations: external_exports.array(location).optional(),
  analysisTarget: artifactLocation.optional(),
  suppressions: external_exports.array(external_exports.looseObject({ status: external_exports.string().optional() })).optional(),
  baselineState: external_exports.string().optional(),
  partialFingerprints: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  properties: propertyBag.optional()
});
var run = external_exports.looseObject({
  tool: external_exports.looseObject({ driver: toolComponent, extensions: external_exports.array(toolComponent).optional() }),
  originalUriBaseIds: external_exports.record(external_exports.string(), artifactLocation).optional(),
  artifacts: external_exports.array(external_exports.looseObject({ location: artifactLocation.optional() })).optional(),
  invocations: external_exports.array(
    external_exports.looseObject({
      ruleConfigurationOverrides: external_exports.array(
        external_exports.looseObject({
          descriptor: reportingDescriptorReference,
          configuration: external_exports.looseObject({ level: external_exports.string().optional() })
        })
      ).optional()
    })
  ).optional(),
  results: external_exports.array(result).optional()
});
var sarifLogSchema = external_exports.looseObject({ version: external_exports.string(), runs: external_exports.array(run) });

// src/evidence/sarif/index.ts
async function collectSarifFindings(input) {
  const cwd = input.cwd ?? process.cwd();
  const sarifFiles = [];
  for (const path of await expandSarifPatterns(input.patterns, cwd, input.repo)) sarifFiles.push(await readSarifFile(path, cwd));
  const tracked = TrackedPathIndex.of(input.trackedFiles);
  const context = {
    mode: input.config["filter-mode"],
    mapPath: createPathMapper({ repoRoot: input.repo, trackedFiles: tracked, prefixes: input.config["path-prefixes"] }),
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
import { readFile as readFile5, stat as stat4 } from "node:fs/promises";
import { posix as posix3 } from "node:path";

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
    const report2 = reportFiles.get(changed.path);
    if (!report2) continue;
    const text2 = headText(changed.path);
    if (text2 === null) {
      skipped.push({ path: changed.path, reason: "mutation report names it, but the file could not be read at head" });
      continue;
    }
    if (report2.source !== null && !sameSource(report2.source, text2)) {
      skipped.push({ path: changed.path, reason: "the mutation report was made from another version of this file; run the mutation tests on the head commit" });
      continue;
    }
    const lineCount = text2.split("\n").length;
    const added = new Set(changed.addedLines);
    const byLine = /* @__PURE__ */ new Map();
    let outside = 0;
    for (const mutant of report2.mutants) {
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
var position = external_exports.object({
  line: external_exports.number().int().min(1).max(2 ** 31),
  column: external_exports.number().int().min(1).max(2 ** 31)
});
var mutantSchema = external_exports.object({
  id: external_exports.union([external_exports.string(), external_exports.number()]).transform(String),
  mutatorName: external_exports.string().max(200),
  replacement: external_exports.string().optional(),
  description: external_exports.string().optional(),
  status: external_exports.enum(MUTANT_STATUSES),
  statusReason: external_exports.string().optional(),
  location: external_exports.object({ start: position, end: position })
});
var fileSchema = external_exports.object({
  language: external_exports.string().optional(),
  source: external_exports.string().optional(),
  mutants: external_exports.array(mutantSchema)
});
var reportSchema = external_exports.object({
  schemaVersion: external_exports.string(),
  files: external_exports.record(external_exports.string(), fileSchema),
  projectRoot: external_exports.string().optional()
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
    throw new InputError(`mutation report "${shownPath}" does not follow the mutation-testing-report-schema at ${where.slice(0, 200) || "the top"}: ${issue?.message ?? "invalid"}`);
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
    const size = (await stat4(path)).size;
    const maxBytes = input.maxReportBytes;
    if (size > maxBytes) {
      throw new InputError(`mutation report "${shown}" is ${size} bytes, over the ${maxBytes}-byte limit diffgate reads; run the mutation tests on the changed lines only (diffgate ranges)`);
    }
    const report2 = parseMutationReport(await readFile5(path, "utf8"), shown);
    reports.push({ path: shown, mutants: report2.files.reduce((sum2, file) => sum2 + file.mutants.length, 0) });
    for (const file of report2.files) {
      const candidates = report2.projectRoot && !posix3.isAbsolute(file.reportPath) ? [posix3.join(report2.projectRoot.replace(/\\/g, "/"), file.reportPath), file.reportPath] : [file.reportPath];
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
var testFileMatchers = /* @__PURE__ */ new WeakMap();
function testFileMatcherOf(globs) {
  let matcher = testFileMatchers.get(globs);
  if (!matcher) {
    matcher = makeTestFileMatcher(globs);
    testFileMatchers.set(globs, matcher);
  }
  return matcher;
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
  const isTestFile = testFileMatcherOf(input.config["test-globs"])(path);
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
    setParents(ast);
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
  const kept = reports.filter((report2) => !failed.has(report2.active.rule.meta.id));
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
  for (const report2 of reports) {
    const { rule, level } = report2.active;
    const dedupeKey = `${rule.meta.id}:${report2.startLine}:${report2.endLine}:${report2.descriptor.messageId}:${report2.start}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    const key = `${rule.meta.id}\0${normaliseCode2(report2.code)}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    if (!added.touches(report2.startLine, report2.endLine)) continue;
    const provenance = provenanceOfRange(input.provenance, input.path, report2.startLine, report2.endLine);
    (isSuppressed(suppressed, rule.meta.id, report2.startLine, report2.endLine) ? silenced : findings).push({
      ruleId: rule.meta.id,
      // The rule's level on every line: the policy (`policy.levels`) decides what provenance changes.
      level,
      // A rule configured at `note` informs and does not gate; the tag keeps that known after the
      // policy has changed levels per provenance.
      ...level === "note" ? { tags: [INFORMATIONAL_TAG] } : {},
      path: input.path,
      startLine: report2.startLine,
      endLine: report2.endLine,
      message: formatMessage(rule.meta.messages[report2.descriptor.messageId] ?? "", report2.descriptor.data),
      source: "ast",
      provenance,
      fingerprint: fingerprintOf2(rule.meta.id, input.path, report2.code, occurrence),
      onAddedLine: true,
      messageId: report2.descriptor.messageId
    });
  }
  return { findings, silenced };
}

// src/analysis/module-summaries.ts
var HELD_TREES_SOURCE_BYTES = 8 * 1024 * 1024;
function firstPass(readFiles, project, heldBudget = HELD_TREES_SOURCE_BYTES) {
  const imported = importedModules([...readFiles.values()].map(({ file, source }) => [file.path, source]), project);
  const exports2 = /* @__PURE__ */ new Map();
  const unparsable = /* @__PURE__ */ new Set();
  const held = /* @__PURE__ */ new Map();
  let heldBytes = 0;
  for (const path of imported) {
    const read = readFiles.get(path);
    if (!read) continue;
    const parsed = parseForAnalysis(path, read.source);
    if ("ast" in parsed) exports2.set(path, promiseExports(parsed.ast));
    else unparsable.add(path);
    if (heldBytes + read.source.length <= heldBudget) {
      heldBytes += read.source.length;
      held.set(path, parsed);
    }
  }
  return { imported, exports: exports2, unparsable, held };
}

// src/analysis/index.ts
function selectFiles(files) {
  const analysable = [];
  const skipped = [];
  for (const file of files) {
    if (file.status === "deleted" || file.submodule || !isAnalysedPath(file.path)) continue;
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
    await new Promise((resolve6) => setImmediate(resolve6));
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
  const repo = resolve5(options.repo);
  const objects = new BlobReader(repo);
  try {
    const range = await resolveRange(repo, { base: options.base ?? null, head: options.head ?? null, event: options.event }, objects);
    const loaded = await loadConfig({
      path: options.configPath,
      required: options.configRequired,
      overrides: options.overrides,
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
    revision
  }));
  return { files, warnings, provenance, lookup: makeProvenanceLookup(provenance) };
}
function mayNeedParser(file) {
  return file.status !== "deleted" && !file.binary && !file.submodule && file.addedLines.length > 0 && isAnalysedPath(file.path);
}
async function runGate(options) {
  var _stack = [];
  try {
    const repo = resolve5(options.repo);
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
    const report2 = {
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
    return { report: report2, config, warnings, range, timings };
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
