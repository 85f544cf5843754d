// Public surface of the analysis stage. Owned by src/analysis/.
// The I/O edge: read changed files from git, build project facts once, then run the pure per-file runner.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { ChangedFile, CoverageResult, Finding, Skipped } from '../model.js';
import type { DiffRange } from '../diff/index.js';
import { listTrackedFiles, readFileAtRevision } from '../diff/index.js';
import { InputError } from '../errors.js';
import { compareCodePoints } from '../order.js';
import type { ProvenanceLookup } from '../provenance/lookup.js';
import type { AnalysisConfig } from './config.js';
import { readFilesAtRevision } from '../diff/blobs.js';
import { buildDependencyFacts } from './facts/dependencies.js';
import { buildTestEvidence, type FactsInput } from './facts/tests.js';
import { collectPromiseExports } from './modules.js';
import { isAnalysedPath } from './parse.js';
import { RULES } from './registry.js';
import type { ProjectFacts, Rule } from './rule.js';
import { activateRules, analyzeFile, prepareFile } from './run.js';

export { changedSymbols, declaredSymbols, type ChangedSymbol, type SymbolKind } from './symbols.js';
export { analyzeFile, type FileAnalysisInput, type FileAnalysisResult } from './run.js';
export { RULES } from './registry.js';

export interface AnalysisInput {
  repo: string;
  range: DiffRange;
  files: ChangedFile[];
  provenance: ProvenanceLookup;
  config: AnalysisConfig;
  /** Changed-line coverage when coverage reports were given: evidence for `missing-tests`. */
  coverage: CoverageResult | null;
  /** Every path tracked at head, when the caller already has it (else read from git). */
  trackedFiles?: string[];
  /** The rules to run; all registered rules by default. */
  rules?: readonly Rule[];
}

export interface AnalysisResult {
  findings: Finding[];
  skipped: Skipped[];
}

// How many files the batch read left out are read alone at once: enough to hide process start-up, few enough for a 2-core runner.
const READ_CONCURRENCY = 8;

/**
 * Checks `analysis.rules` up front, even when no file needs analysing: an unknown id (a typo would
 * silently leave a rule on) or invalid options are an InputError.
 */
export function validateRuleSettings(config: AnalysisConfig, rules: readonly Rule[] = RULES): void {
  const known = new Set([...RULES, ...rules].map((rule) => rule.meta.id));
  for (const id of Object.keys(config.rules)) {
    if (!known.has(id)) {
      throw new InputError(`analysis.rules names an unknown rule "${id}"; known rules: ${[...known].sort().join(', ')} (see docs/analysis.md)`);
    }
  }
  activateRules(rules, config);
}

/** Changed TS/JS files with added lines; binary ones are listed as skipped. */
function selectFiles(files: ChangedFile[]): { analysable: ChangedFile[]; skipped: Skipped[] } {
  const analysable: ChangedFile[] = [];
  const skipped: Skipped[] = [];
  for (const file of files) {
    if (file.status === 'deleted' || file.submodule || !isAnalysedPath(file.path)) continue;
    // A binary diff has no added lines; say so rather than let the file pass unseen.
    if (file.binary) skipped.push({ path: file.path, reason: 'skipped: git treats this file as binary' });
    else if (file.addedLines.length > 0) analysable.push(file);
  }
  return { analysable, skipped };
}

async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

interface PreparedFile {
  file: ChangedFile;
  source: string;
  ast: TSESTree.Program;
}

/**
 * A changed file the batch read did not return, read alone to say why: absent at head, binary, or
 * (rarely) readable after all.
 */
async function prepareChangedFile(input: AnalysisInput, file: ChangedFile): Promise<PreparedFile | Skipped> {
  const { repo, range, config } = input;
  const content = await readFileAtRevision(repo, range.head, file.path);
  if (content === null) return { path: file.path, reason: `skipped: not a file at ${range.head}` };
  const maxBytes = config['max-file-bytes'];
  // Checked before decoding, so a huge file costs no decoding or parse.
  if (content.length > maxBytes) {
    return { path: file.path, reason: `skipped: ${content.length} bytes is over analysis.max-file-bytes (${maxBytes}); raise it to analyse this file` };
  }
  if (content.includes(0)) return { path: file.path, reason: 'skipped: binary content (NUL bytes)' };
  const source = content.toString('utf8');
  const prepared = prepareFile(file.path, source, maxBytes);
  return 'reason' in prepared ? { path: file.path, reason: prepared.reason } : { file, source, ast: prepared.ast };
}

/** Parses changed TS/JS at head (once per file) and runs the rules on added code only. */
export async function analyzeChanges(input: AnalysisInput): Promise<AnalysisResult> {
  const rules = input.rules ?? RULES;
  validateRuleSettings(input.config, rules);
  const { analysable, skipped } = selectFiles(input.files);
  if (analysable.length === 0) return { findings: [], skipped };

  // One `git cat-file --batch` for all changed files; the few it leaves out are read alone for the reason.
  const texts = await readFilesAtRevision(input.repo, input.range.head, analysable.map((file) => file.path));
  const maxBytes = input.config['max-file-bytes'];
  const prepared: PreparedFile[] = [];
  const unread: ChangedFile[] = [];
  for (const file of analysable) {
    const source = texts.get(file.path);
    if (source === undefined) {
      unread.push(file);
      continue;
    }
    const outcome = prepareFile(file.path, source, maxBytes);
    if ('ast' in outcome) prepared.push({ file, source, ast: outcome.ast });
    else skipped.push({ path: file.path, reason: outcome.reason });
  }
  for (const outcome of await mapLimited(unread, READ_CONCURRENCY, (file) => prepareChangedFile(input, file))) {
    if ('ast' in outcome) prepared.push(outcome);
    else skipped.push(outcome);
  }

  const trackedFiles = input.trackedFiles ?? (await listTrackedFiles(input.repo, input.range.head));
  const factsInput: FactsInput = {
    repo: input.repo,
    head: input.range.head,
    trackedFiles,
    files: input.files,
    testGlobs: input.config['test-globs'],
  };
  const [tests, dependencies, promiseExports] = await Promise.all([
    buildTestEvidence(factsInput),
    buildDependencyFacts(factsInput),
    collectPromiseExports(
      new Map(prepared.map(({ file, ast }) => [file.path, ast])),
      new Set(trackedFiles),
      (paths) => readFilesAtRevision(input.repo, input.range.head, paths),
    ),
  ]);
  const project: ProjectFacts = { tests, dependencies, coverage: input.coverage, promiseExports };
  if (Array.isArray(dependencies.unreadable)) skipped.push(...dependencies.unreadable);

  const findings: Finding[] = [];
  for (const { file, source, ast } of prepared) {
    const result = analyzeFile({
      path: file.path,
      source,
      ast,
      addedLines: new Set(file.addedLines),
      provenance: input.provenance,
      rules,
      project,
      config: input.config,
    });
    // The message id is for rule tests; the report carries the Finding fields only.
    for (const { messageId: _messageId, ...finding } of result.findings) findings.push(finding);
    skipped.push(...result.skipped);
  }
  findings.sort((a, b) => compareCodePoints(a.path, b.path) || a.startLine - b.startLine || compareCodePoints(a.ruleId, b.ruleId));
  skipped.sort((a, b) => compareCodePoints(a.path, b.path));
  return { findings, skipped };
}
