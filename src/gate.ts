// runGate: the pipeline, in order. Plain data in, a Report out. No @actions imports here.
import { resolve } from 'node:path';
import type { EventContext } from './event.js';
import { pullRequestOf } from './event.js';
import { isInputError, describeError } from './errors.js';
import type { ChangedFile, MissingEvidence, Report } from './model.js';
import { loadConfig, type LoadedConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { collectDiff, resolveRange, type DiffRange } from './diff/index.js';
import { BlobReader, Revision } from './git/index.js';
import { attributeProvenance, readRangeHistory, type PullRequestCommitsRead } from './provenance/index.js';
import { makeProvenanceLookup } from './provenance/lookup.js';
import { measureCoverage } from './evidence/coverage/index.js';
import { collectSarifFindings } from './evidence/sarif/index.js';
import { measureMutation } from './evidence/mutation/index.js';
import { mutationSummary, survivingMutantFindings } from './evidence/mutation/findings.js';
import { makeTestFileMatcher } from './project/index.js';
import { analyzeChanges, isAnalysisCandidate } from './analysis/index.js';
import { loadParser } from './analysis/parse.js';
import { mergeEquivalentFindings, withoutSilencedEquivalents } from './findings/equivalents.js';
import { judge, missingEvidenceAction } from './policy/index.js';

export interface GateOptions {
  /** The repository's working directory (any folder inside it works for git). */
  repo: string;
  base?: string | null;
  head?: string | null;
  /** SARIF paths and globs. */
  sarif: string[];
  /** Head coverage paths and globs. */
  coverage: string[];
  /** Base coverage paths and globs, for the change in overall coverage. */
  baseCoverage: string[];
  /** Mutation report paths and globs (mutation-testing-report-schema); absent or empty for none. */
  mutation?: string[];
  /** The YAML config file; null for none. */
  configPath: string | null;
  /** True when the user named the config file explicitly: then it must exist. */
  configRequired: boolean;
  /** Settings from action inputs or CLI flags, merged over the file. */
  overrides: Record<string, unknown>;
  /** Which input set each overridden key, for messages (see ConfigRequest.overrideNames). */
  overrideNames?: Readonly<Record<string, string>>;
  event: EventContext;
  /** The pull request's commits as the API reports them (the action reads them; the CLI has no API). */
  pullRequestCommits?: PullRequestCommitsRead;
  /**
   * The range and configuration the entry point already resolved and loaded (`prepareGate`), so
   * that the configuration is read once per run; without them runGate does it (tests, scripts).
   */
  prepared?: PreparedGate;
}

export interface PreparedGate {
  range: DiffRange;
  loaded: LoadedConfig;
  /**
   * The cat-file that resolved the range and read the policy file, kept for the head Revision: one
   * git process fewer per run. Whoever runs the gate closes it (runGate does); an idle one never keeps
   * node running, so one left open on an error path costs nothing.
   */
  objects?: BlobReader;
}

/**
 * The first steps of a run, before any stage: which two commits, and the configuration (the
 * policy read from the base commit). Entry points call it to fail on bad settings (exit 2)
 * before the diff, provenance, coverage and SARIF stages start.
 */
export async function prepareGate(options: Omit<GateOptions, 'prepared'>): Promise<PreparedGate> {
  const repo = resolve(options.repo);
  // One cat-file answers every question of this step (the refs, the policy file at base and head) and
  // then reads the head's files for the stages.
  const objects = new BlobReader(repo);
  try {
    const range = await resolveRange(repo, { base: options.base ?? null, head: options.head ?? null, event: options.event }, objects);
    const loaded = await loadConfig({
      path: options.configPath,
      required: options.configRequired,
      overrides: options.overrides,
      ...(options.overrideNames ? { overrideNames: options.overrideNames } : {}),
      revisions: { repo, base: range.base, head: range.head, objects },
    });
    return { range, loaded, objects };
  } catch (error) {
    objects.close();
    throw error;
  }
}

export interface GateResult {
  report: Report;
  config: Config;
  /** What makes the result less precise (e.g. git skipped rename detection): for the log, not the verdict. */
  warnings: string[];
  /** The commits compared and how the base was chosen, for the log. */
  range?: DiffRange;
  /** Milliseconds each stage took, for the action log's groups (absent on a result not made by runGate). */
  timings?: StageTimings;
}

/** Milliseconds per stage of a run (evidence: coverage, SARIF and mutation together). */
export type StageTimings = Partial<Record<'diff' | 'provenance' | 'evidence' | 'analysis' | 'policy', number>>;

/** Runs one stage and adds its wall time to `timings` (also when it throws). */
async function timed<T>(timings: StageTimings | undefined, stage: keyof StageTimings, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    if (timings) timings[stage] = (timings[stage] ?? 0) + (performance.now() - start);
  }
}

/**
 * The change and who wrote each added line: the diff and provenance stages, shared by the gate and
 * `diffgate ranges --ai-only` so both attribute lines the same way.
 */
export async function attributeChange(
  repo: string,
  prepared: PreparedGate,
  event: EventContext,
  revision: Revision,
  pullRequestCommits?: PullRequestCommitsRead,
  timings?: StageTimings,
) {
  const { range, loaded } = prepared;
  // The range's history needs only the range: git reads it while the diff streams in, on the second core,
  // and each git process costs less to start while the heap is still small (fork copies the page tables).
  // The handler only keeps a failure from being unhandled while the diff runs; provenance awaits the read itself.
  const history = loaded.config.ai === 'auto' ? readRangeHistory(repo, range, revision) : undefined;
  history?.catch(() => undefined);
  const { files, warnings } = await timed(timings, 'diff', () => collectDiff(repo, range));
  // The parser is the largest module by far. Loading starts now, so that its compilation fills the time the
  // next stages spend waiting on git and on reading reports; the analysis awaits the same load.
  if (files.some(mayNeedParser)) loadParser().catch(() => undefined);
  const provenance = await timed(timings, 'provenance', () => attributeProvenance({
    repo,
    range,
    files,
    mode: loaded.config.ai,
    config: loaded.config.provenance,
    pullRequest: pullRequestOf(event),
    ...(pullRequestCommits ? { pullRequestCommits: pullRequestCommits.commits } : {}),
    ...(pullRequestCommits?.gap ? { pullRequestCommitsGap: pullRequestCommits.gap } : {}),
    revision,
    ...(history ? { history } : {}),
  }));
  return { files, warnings, provenance, lookup: makeProvenanceLookup(provenance) };
}

/** A file the analysis may parse (it decides exactly, later): the parser is worth loading early. */
function mayNeedParser(file: ChangedFile): boolean {
  return isAnalysisCandidate(file) && !file.binary && file.addedLines.length > 0;
}

export async function runGate(options: GateOptions): Promise<GateResult> {
  const repo = resolve(options.repo);
  const { range, loaded, objects } = options.prepared ?? (await prepareGate(options));
  // The run's cat-file ends with the run, also on errors.
  using _objects = objects;
  const { config } = loaded;
  const missingEvidence: MissingEvidence[] = [];

  // Evidence that cannot be read is an InputError (exit 2) unless the policy says to record it.
  async function gather<T>(kind: MissingEvidence['kind'], read: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (!isInputError(error) || missingEvidenceAction(config.policy, kind) === 'error') throw error;
      missingEvidence.push({ kind, detail: describeError(error) });
      return fallback;
    }
  }

  // The one reader of files at head for every stage; `using` ends its cat-file process with the run, also on errors.
  using revision = Revision.ofResolvedSha(repo, range.head, objects);
  // Every evidence reader and the analysis need the tree at head: git lists it while the diff runs. A failure
  // is reported where the list is awaited.
  revision.pathIndex().catch(() => undefined);
  const timings: StageTimings = {};
  const { files, warnings, provenance, lookup } = await attributeChange(repo, { range, loaded }, options.event, revision, options.pullRequestCommits, timings);
  const evidenceStart = performance.now();
  const trackedFiles = await revision.pathIndex();

  const coverage = await gather(
    'coverage',
    () =>
      measureCoverage({
        repo,
        patterns: options.coverage,
        basePatterns: options.baseCoverage,
        files,
        trackedFiles,
        provenance: lookup,
        config: config.coverage,
      }),
    null,
  );
  const sarif = await gather(
    'sarif',
    // Fingerprints hash the code at head as committed, never the working tree: the Revision.
    () => collectSarifFindings({ repo, code: revision, patterns: options.sarif, files, trackedFiles, provenance: lookup, config: config.sarif }),
    null,
  );
  // After coverage: the same added lines, asked whether a test would notice them changed.
  const mutation = await gather(
    'mutation',
    () =>
      measureMutation({
        repo,
        patterns: options.mutation ?? [],
        files,
        trackedFiles,
        headText: (path) => revision.readText(path),
        provenance: lookup,
        pathPrefixes: config.coverage['path-prefixes'],
        isTestFile: makeTestFileMatcher(config.analysis['test-globs']),
        maxReportBytes: config.mutation['max-report-bytes'],
      }),
    null,
  );
  timings.evidence = performance.now() - evidenceStart;
  const analysis = await timed(timings, 'analysis', () => analyzeChanges({ repo, range, files, revision, provenance: lookup, config: config.analysis, coverage }));
  const policyStart = performance.now();

  const skipped = [...(provenance.skipped ?? []), ...analysis.skipped];
  // Ignored paths count nowhere: not in the conditions, not in the findings or totals shown.
  // A directive that silenced a diffgate rule silences the scanner's report of the same problem too; then the rest fold.
  const scanner = withoutSilencedEquivalents(sarif?.findings ?? [], analysis.silenced ?? []);
  const sarifSummary = sarif && (scanner.silenced.length > 0 ? { ...sarif.summary, kept: sarif.summary.kept - scanner.silenced.length, silenced: scanner.silenced.length } : sarif.summary);
  const findings = mergeEquivalentFindings([...analysis.findings, ...scanner.kept]).concat(mutation ? survivingMutantFindings(mutation) : []);
  const judged = judge(
    { files, provenance, findings, coverage, mutation: mutation && mutationSummary(mutation), missingEvidence, skipped, sarif: sarifSummary ?? null },
    loaded.policy,
  );

  const report: Report = {
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
    ...(loaded.policyChange ? { policyChange: loaded.policyChange } : {}),
  };
  timings.policy = performance.now() - policyStart;
  return { report, config, warnings, range, timings };
}
