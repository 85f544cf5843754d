// Public surface of the analysis stage. Owned by src/analysis/.
// The I/O edge: read changed files through the head Revision, build project facts once from the
// project index, then run the pure per-file runner.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
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
import { collectPromiseExports } from './modules.js';
import { isAnalysedPath, loadParser } from './parse.js';
import type { ProjectFacts, Rule } from './rule.js';
import { analyzeFile, prepareFile } from './run.js';

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
}

export interface AnalysisResult {
  findings: Finding[];
  skipped: Skipped[];
  /** Findings a line directive silenced, for silencing a scanner's report of the same problem. */
  silenced?: Finding[];
}

/** Changed TS/JS files with added lines; binary ones are listed as skipped. */
function selectFiles(files: ChangedFile[]): { analysable: ChangedFile[]; skipped: Skipped[] } {
  const analysable: ChangedFile[] = [];
  const skipped: Skipped[] = [];
  for (const file of files) {
    if (file.status === 'deleted' || file.submodule || !isAnalysedPath(file.path)) continue;
    // A binary diff has no added lines; say so rather than let the file pass unseen.
    if (file.binary) skipped.push({ path: file.path, reason: 'skipped: git treats this file as binary' });
    else if (newCodeLines(file).length > 0) analysable.push(file);
    // Every added line is code the change removed elsewhere: nothing new for the rules to judge.
    else if (file.addedLines.length > 0) skipped.push({ path: file.path, reason: 'not analysed: all its added lines are moved code (removed elsewhere in this change)' });
  }
  return { analysable, skipped };
}

interface PreparedFile {
  file: ChangedFile;
  source: string;
  ast: TSESTree.Program;
}

/** A changed file's text at head, parsed; or why it is skipped: absent at head, too big, binary, or unparsable. */
async function prepareChangedFile(revision: Revision, head: string, file: ChangedFile, maxBytes: number): Promise<PreparedFile | Skipped> {
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
  const prepared = prepareFile(file.path, source, maxBytes);
  return 'reason' in prepared ? { path: file.path, reason: prepared.reason } : { file, source, ast: prepared.ast };
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
    return await analyzePrepared(input, config, skipped, revision, analysable);
  } finally {
    if (revision !== input.revision) revision.close();
  }
}

async function analyzePrepared(
  input: AnalysisInput,
  config: ResolvedAnalysisConfig,
  skipped: Skipped[],
  revision: Revision,
  analysable: ChangedFile[],
): Promise<AnalysisResult> {
  // Every changed file asked of the Revision at once: one batch through its cat-file process.
  const prepared: PreparedFile[] = [];
  for (const outcome of await Promise.all(analysable.map((file) => prepareChangedFile(revision, input.range.head, file, input.config['max-file-bytes'])))) {
    if ('ast' in outcome) prepared.push(outcome);
    else skipped.push(outcome);
  }

  const projectIndex = await ProjectIndex.load(revision, { testGlobs: input.config['test-globs'] });
  const factsInput: FactsInput = { project: projectIndex };
  const [tests, dependencies, promiseExports] = await Promise.all([
    buildTestEvidence(factsInput),
    buildDependencyFacts(factsInput),
    collectPromiseExports(new Map(prepared.map(({ file, source, ast }) => [file.path, { source, ast }])), projectIndex),
  ]);
  const project: ProjectFacts = { tests, dependencies, coverage: input.coverage, promiseExports };
  if (Array.isArray(dependencies.unreadable)) skipped.push(...dependencies.unreadable);

  const findings: Finding[] = [];
  const silenced: Finding[] = [];
  for (const { file, source, ast } of prepared) {
    const result = analyzeFile({
      path: file.path,
      source,
      ast,
      // Moved lines are not new code: the rules judge only what the change wrote.
      addedLines: new Set(newCodeLines(file)),
      provenance: input.provenance,
      project,
      config,
    });
    // The message id is for rule tests; the report carries the Finding fields only.
    for (const { messageId: _messageId, ...finding } of result.findings) findings.push(finding);
    for (const { messageId: _messageId, ...finding } of result.silenced ?? []) silenced.push(finding);
    skipped.push(...result.skipped);
  }
  findings.sort((a, b) => compareCodePoints(a.path, b.path) || a.startLine - b.startLine || compareCodePoints(a.ruleId, b.ruleId));
  skipped.sort((a, b) => compareCodePoints(a.path, b.path));
  return { findings, skipped, silenced };
}
