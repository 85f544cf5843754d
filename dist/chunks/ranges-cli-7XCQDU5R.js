import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  chooseHead
} from "./chunk-ULQKTXBM.js";
import {
  CHANGE_FLAGS,
  readEventFile
} from "./chunk-CCYAXE4L.js";
import {
  Revision,
  attributeChange,
  prepareGate
} from "./chunk-KPCNXZ2O.js";
import "./chunk-MQNOW2YC.js";
import "./chunk-BUAQ7KC5.js";
import "./chunk-NPANWLRP.js";
import "./chunk-KL4VJTDU.js";
import {
  plainText
} from "./chunk-IYN4SJJN.js";
import "./chunk-4ZF3IT7S.js";
import {
  makeTestFileMatcher
} from "./chunk-X2I7II4Q.js";
import {
  InputError,
  describeError
} from "./chunk-I2ZRAE2I.js";
import {
  __callDispose,
  __using
} from "./chunk-JWPOZ637.js";

// src/ranges-cli.ts
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/evidence/mutation/ranges.ts
import { extname } from "node:path";
var MUTABLE_EXTENSIONS = /* @__PURE__ */ new Set([".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte"]);
function contiguousRanges(lines) {
  const ranges = [];
  for (const line of lines) {
    const last = ranges[ranges.length - 1];
    if (last && line === last.end + 1) last.end = line;
    else ranges.push({ start: line, end: line });
  }
  return ranges;
}
function mutateRanges(files, options) {
  const ranges = [];
  const left = [];
  for (const file of files) {
    if (file.status === "deleted" || file.binary || file.submodule || file.addedLines.length === 0) continue;
    const extension = extname(file.path).toLowerCase();
    if (!MUTABLE_EXTENSIONS.has(extension)) continue;
    if (file.path.endsWith(".d.ts") || file.path.endsWith(".d.mts") || file.path.endsWith(".d.cts")) {
      left.push({ path: file.path, reason: "a type declaration file has nothing to mutate" });
      continue;
    }
    if (options.isTestFile(file.path)) {
      left.push({ path: file.path, reason: "a test file: mutants in tests say nothing about the code under review" });
      continue;
    }
    if (/[,\n]/.test(file.path) || /:\d+-\d+$/.test(file.path)) {
      left.push({ path: file.path, reason: "its name cannot be written in Stryker's mutate syntax" });
      continue;
    }
    const lines = options.aiOnly ? file.addedLines.filter((line) => options.provenance(file.path, line) === "ai") : file.addedLines;
    for (const range of contiguousRanges(lines)) ranges.push({ path: file.path, ...range });
  }
  return { ranges, left };
}
function entry(range) {
  return `${range.path}:${range.start}-${range.end}`;
}
function formatRanges(ranges, format) {
  switch (format) {
    case "stryker":
      return ranges.map(entry).join(",") + "\n";
    case "lines":
      return ranges.map((range) => entry(range) + "\n").join("");
    case "json":
      return JSON.stringify(ranges.map(entry), null, 2) + "\n";
  }
}

// src/ranges-cli.ts
var RANGES_USAGE = `Usage: diffgate ranges [options]

Print the lines the change adds as StrykerJS mutate entries (src/a.ts:12-30), so a
workflow mutates exactly those lines: stryker run --mutate "$(diffgate ranges)".
Files left out (tests, type declarations) are named on stderr. See docs/mutation.md.

Options:
  --repo DIR        repository to analyse (default: current directory)
  --base REF        compare from the merge-base of REF and head (default: the default branch)
  --head REF        revision to analyse (default: HEAD)
  --include-uncommitted
                    the working tree instead: HEAD plus staged and unstaged changes to tracked files
  --config FILE     policy file, for provenance and test-file settings (default: .github/diffgate.yml, if present)
  --event FILE      a GitHub event payload (JSON): base, head and pull request signals (opener, branch,
                    labels, body) as the gate reads them, so --ai-only agrees with the gate
  --event-name NAME the event's name (default: pull_request when --event is given)
  --ai-only         only the AI-written added lines (as the gate attributes them)
  --format FORMAT   stryker (one comma-separated line, default) | lines (one a line) | json (an array)
  -h, --help        show this help`;
var FORMATS = ["stryker", "json", "lines"];
function parseRangesFlags(argv) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        ...CHANGE_FLAGS,
        "ai-only": { type: "boolean" },
        format: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    }).values;
  } catch (error) {
    throw new InputError(`${describeError(error).split("\n")[0]} (see diffgate ranges --help)`);
  }
}
async function runRangesCommand(argv, streams) {
  var _stack = [];
  try {
    const flags = parseRangesFlags(argv);
    if (flags.help) {
      streams.stdout(RANGES_USAGE + "\n");
      return 0;
    }
    const format = flags.format ?? "stryker";
    if (!FORMATS.includes(format)) throw new InputError(`--format must be one of ${FORMATS.join(", ")} (got "${plainText(flags.format ?? "", 40)}")`);
    const repo = resolve(flags.repo ?? ".");
    const head = await chooseHead(repo, { head: flags.head ?? null, event: flags.event ?? null, includeUncommitted: flags["include-uncommitted"] ?? false });
    if (head.note) streams.stderr(`diffgate ranges: ${head.note}
`);
    const event = await readEventFile(flags.event ?? null, flags["event-name"] ?? null);
    const prepared = await prepareGate({
      repo,
      base: flags.base ?? null,
      head: head.head,
      sarif: [],
      coverage: [],
      baseCoverage: [],
      configPath: flags.config ?? join(repo, ".github", "diffgate.yml"),
      configRequired: flags.config !== void 0,
      overrides: {},
      event
    });
    const _objects = __using(_stack, prepared.objects);
    const revision = __using(_stack, Revision.ofResolvedSha(repo, prepared.range.head, prepared.objects));
    const { files, lookup } = await attributeChange(repo, prepared, event, revision);
    const { ranges, left } = mutateRanges(files, {
      aiOnly: flags["ai-only"] ?? false,
      provenance: lookup,
      isTestFile: makeTestFileMatcher(prepared.loaded.config.analysis["test-globs"])
    });
    streams.stdout(ranges.length === 0 && format !== "json" ? "" : formatRanges(ranges, format));
    for (const entry2 of left) streams.stderr(`diffgate ranges: left out ${plainText(entry2.path)}: ${entry2.reason}
`);
    if (ranges.length === 0) streams.stderr(`diffgate ranges: no ${flags["ai-only"] ? "AI-written " : ""}added lines to mutate
`);
    return 0;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
export {
  RANGES_USAGE,
  runRangesCommand
};
