#!/usr/bin/env node
import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  CHANGE_FLAGS,
  readEventFile
} from "./chunks/chunk-CCYAXE4L.js";
import {
  VERSION,
  anchorPatterns
} from "./chunks/chunk-U34RRBCG.js";
import "./chunks/chunk-NPANWLRP.js";
import {
  comparesNothing,
  describeBase
} from "./chunks/chunk-CL2UNNAW.js";
import {
  terminalText,
  withoutWorkflowCommands
} from "./chunks/chunk-IYN4SJJN.js";
import {
  InputError,
  describeError,
  isInputError
} from "./chunks/chunk-I2ZRAE2I.js";
import "./chunks/chunk-JWPOZ637.js";

// diffgate-entry:cli
import module from "node:module";

// src/cli.ts
import { writeFile, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
var USAGE = `Usage: diffgate [options]

Gate a change on evidence: which added lines an AI wrote, tests, error handling,
scanner findings (SARIF) and changed-line coverage.

Options:
  --repo DIR             repository to analyse (default: current directory)
  --base REF             compare from the merge-base of REF and head (default: the default branch)
  --head REF             revision to analyse (default: HEAD)
  --include-uncommitted  analyse the working tree: HEAD plus staged and unstaged changes to tracked
                         files (untracked files are not included), e.g. before a push
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
  --annotate-uncovered   add to --sarif-output one note per range of added lines no test covers
  --allow-empty          accept a base that resolves to head itself (nothing to compare) instead of exit 2
  --quiet                print only the verdict line
  --timings              print how long each step took (to stderr), for a slow run
  -h, --help             show this help
  -v, --version          show the version

Commands:
  diffgate ranges        print the added lines as StrykerJS mutate ranges (diffgate ranges --help)

Exit codes: 0 pass or warn, 1 the gate failed, 2 bad usage or unreadable input.`;
function parseCliFlags(argv) {
  let parsed;
  try {
    parsed = parseArgs({
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
        json: { type: "string" },
        "sarif-output": { type: "string" },
        markdown: { type: "string" },
        "allow-empty": { type: "boolean" },
        "annotate-uncovered": { type: "boolean" },
        quiet: { type: "boolean" },
        timings: { type: "boolean" },
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
    includeUncommitted: values["include-uncommitted"] ?? false,
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
    annotateUncovered: values["annotate-uncovered"] ?? false,
    quiet: values.quiet ?? false,
    timings: values.timings ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  };
}
async function writeOutput(path, content) {
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
    await writeFile(path, content);
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${error.code ?? describeError(error)}`);
  }
}
function stepClock() {
  const steps = [`start ${Math.round(performance.now())} ms`];
  let last = performance.now();
  return {
    step(name, stages = {}) {
      const now = performance.now();
      const detail = Object.entries(stages).flatMap(([stage, ms]) => ms === void 0 ? [] : [`${stage} ${Math.round(ms)}`]);
      steps.push(`${name} ${Math.round(now - last)} ms${detail.length > 0 ? ` (${detail.join(", ")})` : ""}`);
      last = now;
    },
    describe() {
      return `timings: ${steps.join(", ")}; total ${Math.round(performance.now())} ms`;
    }
  };
}
function flushed(stream) {
  if (stream.writableLength === 0 || stream.destroyed) return Promise.resolve();
  return new Promise((done) => {
    stream.write("", () => done());
    for (const event of ["close", "error"]) stream.once(event, () => done());
  });
}
async function exitWhenWritten(code) {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
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
    if (argv[0] === "ranges") return await (await import("./chunks/ranges-cli-7XCQDU5R.js")).runRangesCommand(argv.slice(1), streams);
    const flags = parseCliFlags(argv);
    if (flags.help) {
      streams.stdout(USAGE + "\n");
      return 0;
    }
    if (flags.version) {
      streams.stdout(VERSION + "\n");
      return 0;
    }
    const repo = resolve(flags.repo);
    const clock = stepClock();
    const [{ prepareGate, runGate }, { makeAttributor, renderJson, renderMarkdown, renderSarif }, { renderTerminalSummary }, { settingsFromFlags }, { chooseHead }] = await Promise.all([
      import("./chunks/gate-2O45FB4E.js"),
      import("./chunks/report-JPK3ZOBG.js"),
      import("./chunks/terminal-UHNFJHE2.js"),
      import("./chunks/flag-settings-IP3VJ6GW.js"),
      import("./chunks/change-head-M2LZBSB6.js")
    ]);
    clock.step("load");
    const overrides = settingsFromFlags({ "--ai": flags.ai, "--policy-source": flags.policySource });
    if (flags.annotateUncovered) overrides["publish"] = { "annotate-uncovered": true };
    const head = await chooseHead(repo, { head: flags.head, event: flags.event, includeUncommitted: flags.includeUncommitted });
    const event = await readEventFile(flags.event, flags.eventName);
    const options = {
      repo,
      base: flags.base,
      head: head.head,
      // Report paths are relative to where the user stands, not to --repo (as with any CLI).
      sarif: anchorPatterns(flags.sarif, process.cwd()),
      coverage: anchorPatterns(flags.coverage, process.cwd()),
      baseCoverage: anchorPatterns(flags.baseCoverage, process.cwd()),
      mutation: anchorPatterns(flags.mutation, process.cwd()),
      configPath: flags.config ?? join(repo, ".github", "diffgate.yml"),
      configRequired: flags.config !== null,
      overrides,
      event
    };
    const prepared = await prepareGate(options);
    clock.step("prepare");
    const { report, warnings, range, config, timings } = await runGate({ ...options, prepared });
    clock.step("gate", timings);
    if (comparesNothing(report) && !flags.allowEmpty) {
      throw new InputError(
        `nothing to compare: the base resolved to ${report.head.slice(0, 12)}, the head itself (${describeBase(range ?? report)}); pass --base with the branch to compare against, or --allow-empty`
      );
    }
    let attributor = null;
    const attribute = (finding) => (attributor ??= makeAttributor(report.provenance))(finding);
    if (flags.json) await writeOutput(flags.json, renderJson(report, attribute));
    if (flags.sarifOutput) await writeOutput(flags.sarifOutput, JSON.stringify(renderSarif(report, VERSION, { uncovered: config.publish["annotate-uncovered"] }), null, 2) + "\n");
    if (flags.markdown) await writeOutput(flags.markdown, renderMarkdown(report, { budget: 1024 * 1024, title: "diffgate", attribute }));
    if (head.note && !flags.quiet) streams.stdout(`${head.note}
`);
    streams.stdout(renderTerminalSummary(report, { verbose: !flags.quiet, range, attribute }));
    for (const warning of warnings) streams.stdout(`warning: ${terminalText(warning, 1e3)}
`);
    clock.step("output");
    if (flags.timings) streams.stderr(`${clock.describe()}
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
module.enableCompileCache?.();
await exitWhenWritten(await runCli(process.argv.slice(2)));
