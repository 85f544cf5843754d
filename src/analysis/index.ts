// Public surface of the analysis stage. Owned by src/analysis/.
// The I/O edge: read changed files through the head Revision, build project facts once from the
// project index (and what changed files need from each other: module-summaries.ts), then run the pure
// per-file runner on one file at a time, releasing each tree once its rules ran.
import type { ChangedFile, CoverageResult, Finding, Skipped } from '../model.js';
import type { DiffRange } from '../diff/index.js';
import { newCodeLines } from '../diff/change-set.js';
import { Revision } from '../git/index.js';
import { compareCodePoints } from '../order.js';
import { ProjectIndex } from '../project/index.js';
import type { ProvenanceLookup } from '../provenance/lookup.js';
import { resolveAnalysisConfig, type AnalysisConfig, type ResolvedAnalysisConfig } from './config.js';
import { buildDependencyFacts } from './facts/dependencies.js';
import { buildTestEvidence, type FactsInput } from './facts/tests.js';
import { firstPass, HELD_TREES_SOURCE_BYTES, type ReadFile } from './module-summaries.js';
import { promiseExportsOfModules } from './modules.js';
import { isAnalysedPath, loadParser } from './parse.js';
import type { ProjectFacts, Rule } from './rule.js';
import { analyzeFile, parseForAnalysis, skipReason, type FileAnalysisResult, type PreparedFile } from './run.js';

export { changedSymbols, declaredSymbols, type ChangedSymbol, type SymbolKind } from './symbols.js';
export { analyzeFile, type FileAnalysisInput, type FileAnalysisResult } from './run.js';
export { RULES } from './registry.js';

export interface AnalysisInput {
  repo: string;
  range: DiffRange;
  files: ChangedFile[];
  provenance: ProvenanceLookup;
  /** Best resolved at config load (`parseAnalysisOptions`); a raw section is resolved here, once per run. */
  config: AnalysisConfig | ResolvedAnalysisConfig;
  /** Changed-line coverage when coverage reports were given: evidence for `missing-tests`. */
  coverage: CoverageResult | null;
  /** The run's head Revision (range.head), shared with the other stages; opened (and closed) here when absent. */
  revision?: Revision;
  /** The rules to run instead of the configured ones (tests); all registered rules by default. */
  rules?: readonly Rule[];
  /** Source bytes of early-parsed trees held for their rules (HELD_TREES_SOURCE_BYTES); tests shrink it. */
  heldTreesSourceBytes?: number;
}

export interface AnalysisResult {
  findings: Finding[];
  skipped: Skipped[];
  /** Findings a line directive silenced, for silencing a scanner's report of the same problem. */
  silenced?: Finding[];
}

/** A changed TS/JS file the analysis looks at (it may still skip it: binary, or only moved lines). */
export function isAnalysisCandidate(file: ChangedFile): boolean {
  return file.status !== 'deleted' && !file.submodule && isAnalysedPath(file.path);
}

/** Changed TS/JS files with added lines; binary ones are listed as skipped. */
function selectFiles(files: ChangedFile[]): { analysable: ChangedFile[]; skipped: Skipped[] } {
  const analysable: ChangedFile[] = [];
  const skipped: Skipped[] = [];
  for (const file of files) {
    if (!isAnalysisCandidate(file)) continue;
    // A binary diff has no added lines; say so rather than let the file pass unseen.
    if (file.binary) skipped.push({ path: file.path, reason: 'skipped: git treats this file as binary' });
    else if (newCodeLines(file).length > 0) analysable.push(file);
    // Every added line is code the change removed elsewhere: nothing new for the rules to judge.
    else if (file.addedLines.length > 0) skipped.push({ path: file.path, reason: 'not analysed: all its added lines are moved code (removed elsewhere in this change)' });
  }
  return { analysable, skipped };
}

/** A changed file's text at head; or why it is skipped: absent at head, too big, binary, minified or generated. */
async function readChangedFile(revision: Revision, head: string, file: ChangedFile, maxBytes: number): Promise<ReadFile | Skipped> {
  const content = await revision.readBlob(file.path);
  if (content === null) return { path: file.path, reason: `skipped: not a file at ${head}` };
  if (content.includes(0)) {
    // Checked before the NUL test, as ever: a huge binary file is reported by its size.
    if (content.length > maxBytes) {
      return { path: file.path, reason: `skipped: ${content.length} bytes is over analysis.max-file-bytes (${maxBytes}); raise it to analyse this file` };
    }
    return { path: file.path, reason: 'skipped: binary content (NUL bytes)' };
  }
  const source = content.toString('utf8');
  const reason = skipReason(file.path, source, maxBytes);
  return reason === null ? { file, source } : { path: file.path, reason };
}

/** Parses changed TS/JS at head (once per file) and runs the rules on added code only. */
export async function analyzeChanges(input: AnalysisInput): Promise<AnalysisResult> {
  // Rule ids and options are checked before any file is read, even when no file needs analysing.
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

/** One file's parse (unless held from the first pass) and rules; its tree lives only in this call. */
function analyseOne(
  input: AnalysisInput,
  config: ResolvedAnalysisConfig,
  project: ProjectFacts,
  { file, source }: ReadFile,
  held: PreparedFile | undefined,
): FileAnalysisResult | Skipped {
  const parsed = held ?? parseForAnalysis(file.path, source);
  if ('reason' in parsed) return { path: file.path, reason: parsed.reason };
  return analyzeFile({
    path: file.path,
    source,
    ast: parsed.ast,
    // Moved lines are not new code: the rules judge only what the change wrote.
    addedLines: new Set(newCodeLines(file)),
    provenance: input.provenance,
    project,
    config,
  });
}

/**
 * parse → rules → release, one file at a time, so memory holds one tree (plus the few held early) rather
 * than every changed file's. The cross-module facts the rules need (promise exports) come first, from
 * the text of every file and the trees of the changed files others import only.
 */
async function analyzeRead(
  input: AnalysisInput,
  config: ResolvedAnalysisConfig,
  skipped: Skipped[],
  revision: Revision,
  analysable: ChangedFile[],
): Promise<AnalysisResult> {
  const maxBytes = config['max-file-bytes'];
  // Every changed file asked of the Revision at once: one batch through its cat-file process.
  const outcomes = await Promise.all(analysable.map((file) => readChangedFile(revision, input.range.head, file, maxBytes)));
  // Why each file was not analysed, in the order of the files (a read skip now, a parse failure later).
  const notAnalysed: (Skipped | undefined)[] = outcomes.map((outcome) => ('reason' in outcome ? outcome : undefined));
  const readFiles = new Map<string, ReadFile>();
  for (const outcome of outcomes) if (!('reason' in outcome)) readFiles.set(outcome.file.path, outcome);

  const projectIndex = await ProjectIndex.load(revision, { testGlobs: input.config['test-globs'] });
  const factsInput: FactsInput = { project: projectIndex };
  const early = firstPass(readFiles, projectIndex, input.heldTreesSourceBytes ?? HELD_TREES_SOURCE_BYTES);
  const [tests, dependencies, promiseExports] = await Promise.all([
    buildTestEvidence(factsInput),
    buildDependencyFacts(factsInput),
    promiseExportsOfModules(early.imported, early.exports, (path) => readFiles.has(path) || early.unparsable.has(path), projectIndex),
  ]);
  const project: ProjectFacts = { tests, dependencies, coverage: input.coverage, promiseExports };

  const findings: Finding[] = [];
  const silenced: Finding[] = [];
  const ruleSkips: Skipped[] = [];
  for (const [index, outcome] of outcomes.entries()) {
    if ('reason' in outcome) continue;
    // One turn of the event loop per file: the run never blocks for the whole analysis, and nothing of the
    // previous file (its tree, its rules' state) is kept alive past its turn.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const parsed = early.held.get(outcome.file.path);
    // Released: from here the tree is this turn's only, and garbage once the file's rules ran.
    early.held.delete(outcome.file.path);
    const result = analyseOne(input, config, project, outcome, parsed);
    if ('reason' in result) {
      notAnalysed[index] = result;
      continue;
    }
    // The message id is for rule tests; the report carries the Finding fields only.
    for (const { messageId: _messageId, ...finding } of result.findings) findings.push(finding);
    for (const { messageId: _messageId, ...finding } of result.silenced ?? []) silenced.push(finding);
    ruleSkips.push(...result.skipped);
  }
  for (const skip of notAnalysed) if (skip) skipped.push(skip);
  if (Array.isArray(dependencies.unreadable)) skipped.push(...dependencies.unreadable);
  skipped.push(...ruleSkips);
  findings.sort((a, b) => compareCodePoints(a.path, b.path) || a.startLine - b.startLine || compareCodePoints(a.ruleId, b.ruleId));
  skipped.sort((a, b) => compareCodePoints(a.path, b.path));
  return { findings, skipped, silenced };
}
