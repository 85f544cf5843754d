// The CLI entry: parse flags, call runGate, write files, return the exit code.
// Exit 0: pass or warn · 1: the gate failed · 2: bad usage or unreadable input (one line on stderr).
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, describeError, isInputError } from './errors.js';
import { readEventFile } from './event-file.js';
import type { GateOptions } from './gate.js';
import type { Attributor } from './report/attribution.js';
import { anchorPatterns } from './config/patterns.js';
import { comparesNothing, describeBase } from './report/base.js';
import { terminalText, withoutWorkflowCommands } from './report/sanitize.js';
import { VERSION } from './version.js';
import { CHANGE_FLAGS } from './change-flags.js';

export const USAGE = `Usage: diffgate [options]

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

interface CliFlags {
  repo: string;
  base: string | null;
  head: string | null;
  includeUncommitted: boolean;
  sarif: string[];
  coverage: string[];
  baseCoverage: string[];
  mutation: string[];
  config: string | null;
  ai: string | null;
  policySource: string | null;
  event: string | null;
  eventName: string | null;
  json: string | null;
  sarifOutput: string | null;
  markdown: string | null;
  allowEmpty: boolean;
  annotateUncovered: boolean;
  quiet: boolean;
  timings: boolean;
  help: boolean;
  version: boolean;
}

export function parseCliFlags(argv: string[]): CliFlags {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        ...CHANGE_FLAGS,
        sarif: { type: 'string', multiple: true },
        coverage: { type: 'string', multiple: true },
        'base-coverage': { type: 'string', multiple: true },
        mutation: { type: 'string', multiple: true },
        ai: { type: 'string' },
        'policy-source': { type: 'string' },
        json: { type: 'string' },
        'sarif-output': { type: 'string' },
        markdown: { type: 'string' },
        'allow-empty': { type: 'boolean' },
        'annotate-uncovered': { type: 'boolean' },
        quiet: { type: 'boolean' },
        timings: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs messages are already one clear line ("Unknown option '--x'").
    throw new InputError(`${describeError(error).split('\n')[0]} (see diffgate --help)`);
  }
  const values = parsed.values;
  const nonEmpty = (value: string | undefined, flag: string): string | null => {
    if (value === undefined) return null;
    if (value.trim() === '') throw new InputError(`${flag} needs a value (see diffgate --help)`);
    return value;
  };
  return {
    repo: nonEmpty(values.repo, '--repo') ?? '.',
    base: nonEmpty(values.base, '--base'),
    head: nonEmpty(values.head, '--head'),
    includeUncommitted: values['include-uncommitted'] ?? false,
    sarif: values.sarif ?? [],
    coverage: values.coverage ?? [],
    baseCoverage: values['base-coverage'] ?? [],
    mutation: values.mutation ?? [],
    config: nonEmpty(values.config, '--config'),
    ai: nonEmpty(values.ai, '--ai'),
    policySource: nonEmpty(values['policy-source'], '--policy-source'),
    event: nonEmpty(values.event, '--event'),
    eventName: nonEmpty(values['event-name'], '--event-name'),
    json: nonEmpty(values.json, '--json'),
    sarifOutput: nonEmpty(values['sarif-output'], '--sarif-output'),
    markdown: nonEmpty(values.markdown, '--markdown'),
    allowEmpty: values['allow-empty'] ?? false,
    annotateUncovered: values['annotate-uncovered'] ?? false,
    quiet: values.quiet ?? false,
    timings: values.timings ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

async function writeOutput(path: string, content: string): Promise<void> {
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
    await writeFile(path, content);
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? describeError(error)}`);
  }
}

/**
 * Milliseconds per step of a run, for `--timings`: node's own start (before the CLI's first line), loading the
 * pipeline's code, preparing (range and configuration), the gate with each stage as runGate measured it, and
 * writing the outputs.
 */
function stepClock() {
  const steps: string[] = [`start ${Math.round(performance.now())} ms`];
  let last = performance.now();
  return {
    step(name: string, stages: Record<string, number | undefined> = {}): void {
      const now = performance.now();
      const detail = Object.entries(stages).flatMap(([stage, ms]) => (ms === undefined ? [] : [`${stage} ${Math.round(ms)}`]));
      steps.push(`${name} ${Math.round(now - last)} ms${detail.length > 0 ? ` (${detail.join(', ')})` : ''}`);
      last = now;
    },
    describe(): string {
      return `timings: ${steps.join(', ')}; total ${Math.round(performance.now())} ms`;
    },
  };
}

export interface CliStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Resolves once `stream` holds nothing unwritten (at once where writes are synchronous: files, and pipes on Linux). */
export function flushed(stream: NodeJS.WritableStream & { writableLength: number; destroyed: boolean }): Promise<void> {
  if (stream.writableLength === 0 || stream.destroyed) return Promise.resolve();
  return new Promise((done) => {
    // Not the 'drain' event: a stream emits it only after a write that filled its buffer, so a short output
    // still on its way would be waited for forever. An empty write's callback runs once every chunk before it
    // is out. A reader that went away (EPIPE) ends the wait too, by 'close' or 'error': a destroyed stream
    // calls the buffered writes' callbacks only after the write in flight returns, which may be never.
    stream.write('', () => done());
    for (const event of ['close', 'error']) stream.once(event, () => done());
  });
}

/**
 * Ends the process with `code` as soon as stdout and stderr are written out. Left to itself, Node tears the
 * whole process down after the last await (the heap, the parser's WebAssembly memory and its finalizers):
 * 10–30 ms of every run that nobody waits for gladly (bench/RESULTS.md, item 26). Only the CLI's entry file
 * calls it; tests call runCli.
 */
export async function exitWhenWritten(code: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

const processStreams: CliStreams = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Every line the CLI prints may hold untrusted text and may be read by an Actions runner: no workflow command gets through. */
function guarded(streams: CliStreams): CliStreams {
  return { stdout: (text) => streams.stdout(withoutWorkflowCommands(text)), stderr: (text) => streams.stderr(withoutWorkflowCommands(text)) };
}

export async function runCli(argv: string[], rawStreams: CliStreams = processStreams): Promise<number> {
  const streams = guarded(rawStreams);
  try {
    // Loaded on demand like the gate: `--help` and `--version` start without the pipeline.
    if (argv[0] === 'ranges') return await (await import('./ranges-cli.js')).runRangesCommand(argv.slice(1), streams);
    const flags = parseCliFlags(argv);
    if (flags.help) {
      streams.stdout(USAGE + '\n');
      return 0;
    }
    if (flags.version) {
      streams.stdout(VERSION + '\n');
      return 0;
    }
    const repo = resolve(flags.repo);
    const clock = stepClock();
    // Imported here, not at the top: `--help` and `--version` start without loading the pipeline.
    const [{ prepareGate, runGate }, { makeAttributor, renderJson, renderMarkdown, renderSarif }, { renderTerminalSummary }, { settingsFromFlags }, { chooseHead }] = await Promise.all([
      import('./gate.js'),
      import('./report/index.js'),
      import('./report/terminal.js'),
      import('./flag-settings.js'),
      import('./change-head.js'),
    ]);
    clock.step('load');
    const overrides = settingsFromFlags({ '--ai': flags.ai, '--policy-source': flags.policySource });
    if (flags.annotateUncovered) overrides['publish'] = { 'annotate-uncovered': true };
    const head = await chooseHead(repo, { head: flags.head, event: flags.event, includeUncommitted: flags.includeUncommitted });
    const event = await readEventFile(flags.event, flags.eventName);
    const options: GateOptions = {
      repo,
      base: flags.base,
      head: head.head,
      // Report paths are relative to where the user stands, not to --repo (as with any CLI).
      sarif: anchorPatterns(flags.sarif, process.cwd()),
      coverage: anchorPatterns(flags.coverage, process.cwd()),
      baseCoverage: anchorPatterns(flags.baseCoverage, process.cwd()),
      mutation: anchorPatterns(flags.mutation, process.cwd()),
      configPath: flags.config ?? join(repo, '.github', 'diffgate.yml'),
      configRequired: flags.config !== null,
      overrides,
      event,
    };
    // The configuration is loaded once, before any stage runs: a bad setting exits 2 straight away.
    const prepared = await prepareGate(options);
    clock.step('prepare');
    const { report, warnings, range, config, timings } = await runGate({ ...options, prepared });
    clock.step('gate', timings);
    if (comparesNothing(report) && !flags.allowEmpty) {
      throw new InputError(
        `nothing to compare: the base resolved to ${report.head.slice(0, 12)}, the head itself (${describeBase(range ?? report)}); pass --base with the branch to compare against, or --allow-empty`,
      );
    }
    // One attributor for every renderer: building it indexes every added line's origin (200k lines on a huge
    // change), so it is built once, and only when a renderer asks.
    let attributor: Attributor | null = null;
    const attribute: Attributor = (finding) => (attributor ??= makeAttributor(report.provenance))(finding);
    if (flags.json) await writeOutput(flags.json, renderJson(report, attribute));
    if (flags.sarifOutput) await writeOutput(flags.sarifOutput, JSON.stringify(renderSarif(report, VERSION, { uncovered: config.publish['annotate-uncovered'] }), null, 2) + '\n');
    if (flags.markdown) await writeOutput(flags.markdown, renderMarkdown(report, { budget: 1024 * 1024, title: 'diffgate', attribute }));
    if (head.note && !flags.quiet) streams.stdout(`${head.note}\n`);
    streams.stdout(renderTerminalSummary(report, { verbose: !flags.quiet, range, attribute }));
    for (const warning of warnings) streams.stdout(`warning: ${terminalText(warning, 1_000)}\n`);
    clock.step('output');
    if (flags.timings) streams.stderr(`${clock.describe()}\n`);
    return report.verdict.status === 'fail' ? 1 : 0;
  } catch (error) {
    if (isInputError(error)) {
      streams.stderr(`diffgate: ${terminalText(error.message, 2_000)}\n`);
      return 2;
    }
    // A bug of ours: still one line, and the stack only on request.
    streams.stderr(`diffgate: internal error: ${terminalText(describeError(error).split('\n')[0] ?? '', 2_000)} (set DIFFGATE_DEBUG=1 for details)\n`);
    if (process.env['DIFFGATE_DEBUG']) streams.stderr(`${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}
