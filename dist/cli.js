#!/usr/bin/env node
import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  VERSION,
  anchorPatterns
} from "./chunks/chunk-U34RRBCG.js";
import {
  NO_EVENT,
  Revision,
  attributeChange,
  prepareGate
} from "./chunks/chunk-CENQAA7U.js";
import "./chunks/chunk-SJ47V45F.js";
import {
  InputError,
  describeError,
  isInputError
} from "./chunks/chunk-UJW5LMBK.js";
import {
  comparesNothing,
  describeBase,
  plainText,
  terminalText,
  withoutWorkflowCommands
} from "./chunks/chunk-XS4VFLBW.js";
import {
  makeTestFileMatcher
} from "./chunks/chunk-YNNDIQDB.js";
import {
  __callDispose,
  __using
} from "./chunks/chunk-IK2T3WPE.js";

// src/cli.ts
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join as join2, resolve as resolve2 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

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
  --config FILE     policy file, for provenance and test-file settings (default: .github/diffgate.yml, if present)
  --ai-only         only the AI-written added lines (as the gate attributes them)
  --format FORMAT   stryker (one comma-separated line, default) | lines (one a line) | json (an array)
  -h, --help        show this help`;
var CHANGE_FLAGS = {
  repo: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  config: { type: "string" }
};
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
    const prepared = await prepareGate({
      repo,
      base: flags.base ?? null,
      head: flags.head ?? null,
      sarif: [],
      coverage: [],
      baseCoverage: [],
      configPath: flags.config ?? join(repo, ".github", "diffgate.yml"),
      configRequired: flags.config !== void 0,
      overrides: {},
      event: NO_EVENT
    });
    const revision = __using(_stack, Revision.ofResolvedSha(repo, prepared.range.head));
    const { files, lookup } = await attributeChange(repo, prepared, NO_EVENT, revision);
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

// src/cli.ts
var USAGE = `Usage: diffgate [options]

Gate a change on evidence: which added lines an AI wrote, tests, error handling,
scanner findings (SARIF) and changed-line coverage.

Options:
  --repo DIR             repository to analyse (default: current directory)
  --base REF             compare from the merge-base of REF and head (default: the default branch)
  --head REF             revision to analyse (default: HEAD)
  --sarif PATH           SARIF file or glob; repeat for more
  --coverage PATH        coverage report or glob (LCOV, Cobertura, Istanbul JSON, JaCoCo, Clover); repeat
  --base-coverage PATH   coverage report of the base revision, for the change in overall coverage; repeat
  --mutation PATH        mutation report or glob (mutation-testing-report-schema, e.g. StrykerJS JSON); repeat
  --config FILE          policy file (default: .github/diffgate.yml in the repository, if present)
  --ai MODE              auto (from signals, default) | all (every added line is AI) | none
  --policy-source REV    base (default: the policy file as committed at the base) | head (the file on disk)
  --event FILE           a GitHub event payload (JSON) to read base, head and pull request signals from
  --event-name NAME      the event's name (default: pull_request when --event is given)
  --json FILE            write the JSON report (schemaVersion 1)
  --sarif-output FILE    write diffgate's findings as SARIF 2.1.0
  --markdown FILE        write the Markdown summary
  --allow-empty          accept a base that resolves to head itself (nothing to compare) instead of exit 2
  --quiet                print only the verdict line
  -h, --help             show this help
  -v, --version          show the version

Commands:
  diffgate ranges        print the added lines as StrykerJS mutate ranges (diffgate ranges --help)

Exit codes: 0 pass or warn, 1 the gate failed, 2 bad usage or unreadable input.`;
function parseCliFlags(argv) {
  let parsed;
  try {
    parsed = parseArgs2({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        ...CHANGE_FLAGS,
        sarif: { type: "string", multiple: true },
        coverage: { type: "string", multiple: true },
        "base-coverage": { type: "string", multiple: true },
        mutation: { type: "string", multiple: true },
        ai: { type: "string" },
        "policy-source": { type: "string" },
        event: { type: "string" },
        "event-name": { type: "string" },
        json: { type: "string" },
        "sarif-output": { type: "string" },
        markdown: { type: "string" },
        "allow-empty": { type: "boolean" },
        quiet: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new InputError(`${describeError(error).split("\n")[0]} (see diffgate --help)`);
  }
  const values = parsed.values;
  const nonEmpty = (value, flag) => {
    if (value === void 0) return null;
    if (value.trim() === "") throw new InputError(`${flag} needs a value (see diffgate --help)`);
    return value;
  };
  return {
    repo: nonEmpty(values.repo, "--repo") ?? ".",
    base: nonEmpty(values.base, "--base"),
    head: nonEmpty(values.head, "--head"),
    sarif: values.sarif ?? [],
    coverage: values.coverage ?? [],
    baseCoverage: values["base-coverage"] ?? [],
    mutation: values.mutation ?? [],
    config: nonEmpty(values.config, "--config"),
    ai: nonEmpty(values.ai, "--ai"),
    policySource: nonEmpty(values["policy-source"], "--policy-source"),
    event: nonEmpty(values.event, "--event"),
    eventName: nonEmpty(values["event-name"], "--event-name"),
    json: nonEmpty(values.json, "--json"),
    sarifOutput: nonEmpty(values["sarif-output"], "--sarif-output"),
    markdown: nonEmpty(values.markdown, "--markdown"),
    allowEmpty: values["allow-empty"] ?? false,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  };
}
async function readEvent(path, name) {
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
async function writeOutput(path, content) {
  try {
    await mkdir(dirname(resolve2(path)), { recursive: true });
    await writeFile(path, content);
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${error.code ?? describeError(error)}`);
  }
}
var processStreams = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
};
function guarded(streams) {
  return { stdout: (text) => streams.stdout(withoutWorkflowCommands(text)), stderr: (text) => streams.stderr(withoutWorkflowCommands(text)) };
}
async function runCli(argv, rawStreams = processStreams) {
  const streams = guarded(rawStreams);
  try {
    if (argv[0] === "ranges") return await runRangesCommand(argv.slice(1), streams);
    const flags = parseCliFlags(argv);
    if (flags.help) {
      streams.stdout(USAGE + "\n");
      return 0;
    }
    if (flags.version) {
      streams.stdout(VERSION + "\n");
      return 0;
    }
    const repo = resolve2(flags.repo);
    const event = await readEvent(flags.event, flags.eventName);
    const overrides = {};
    if (flags.ai !== null) overrides["ai"] = flags.ai;
    if (flags.policySource !== null) overrides["policy-source"] = flags.policySource;
    const [{ prepareGate: prepareGate2, runGate }, { renderJson, renderMarkdown, renderSarif }, { renderTerminalSummary }] = await Promise.all([
      import("./chunks/gate-VVG4CP5T.js"),
      import("./chunks/report-2ZINKGJQ.js"),
      import("./chunks/terminal-DPTXCYHH.js")
    ]);
    const options = {
      repo,
      base: flags.base,
      head: flags.head,
      // Report paths are relative to where the user stands, not to --repo (as with any CLI).
      sarif: anchorPatterns(flags.sarif, process.cwd()),
      coverage: anchorPatterns(flags.coverage, process.cwd()),
      baseCoverage: anchorPatterns(flags.baseCoverage, process.cwd()),
      mutation: anchorPatterns(flags.mutation, process.cwd()),
      configPath: flags.config ?? join2(repo, ".github", "diffgate.yml"),
      configRequired: flags.config !== null,
      overrides,
      event
    };
    const prepared = await prepareGate2(options);
    const { report, warnings, range } = await runGate({ ...options, prepared });
    if (comparesNothing(report) && !flags.allowEmpty) {
      throw new InputError(
        `nothing to compare: the base resolved to ${report.head.slice(0, 12)}, the head itself (${describeBase(range ?? report)}); pass --base with the branch to compare against, or --allow-empty`
      );
    }
    if (flags.json) await writeOutput(flags.json, renderJson(report));
    if (flags.sarifOutput) await writeOutput(flags.sarifOutput, JSON.stringify(renderSarif(report, VERSION), null, 2) + "\n");
    if (flags.markdown) await writeOutput(flags.markdown, renderMarkdown(report, { budget: 1024 * 1024, title: "diffgate" }));
    streams.stdout(renderTerminalSummary(report, { verbose: !flags.quiet, range }));
    for (const warning of warnings) streams.stdout(`warning: ${terminalText(warning, 1e3)}
`);
    return report.verdict.status === "fail" ? 1 : 0;
  } catch (error) {
    if (isInputError(error)) {
      streams.stderr(`diffgate: ${terminalText(error.message, 2e3)}
`);
      return 2;
    }
    streams.stderr(`diffgate: internal error: ${terminalText(describeError(error).split("\n")[0] ?? "", 2e3)} (set DIFFGATE_DEBUG=1 for details)
`);
    if (process.env["DIFFGATE_DEBUG"]) streams.stderr(`${error?.stack ?? String(error)}
`);
    return 2;
  }
}

// diffgate-entry:cli
process.exitCode = await runCli(process.argv.slice(2));
