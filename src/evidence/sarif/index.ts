// Public surface of SARIF evidence. Owned by src/evidence/sarif/.
import type { FileReader } from '../../git/files.js';
import type { ChangedFile, Finding, SarifSummary } from '../../model.js';
import type { ProvenanceLookup } from '../../provenance/lookup.js';
import { TrackedPathIndex } from '../../git/path-index.js';
import { createPathMapper, memoizePathMapper } from '../paths.js';
import type { ClassifyContext, KeptResult } from './classify.js';
import { classifyResult } from './classify.js';
import type { SarifConfig } from './config.js';
import { fingerprintOf } from './fingerprint.js';
import type { SarifFile } from './read.js';
import { expandSarifPatterns, readSarifFile } from './read.js';
import { uriContextOf } from './uri.js';

export interface SarifInput {
  repo: string;
  /** Paths and globs (relative to the current directory or absolute). */
  patterns: string[];
  files: ChangedFile[];
  /** Paths tracked at head: the head Revision's index (built once per run), or a plain list. */
  trackedFiles: Iterable<string>;
  provenance: ProvenanceLookup;
  config: SarifConfig;
  /**
   * Where the code that fingerprints hash is read: the head Revision in the gate; a WorkingTree
   * only for callers without a head commit. The caller chooses; nothing here falls back.
   */
  code: FileReader;
  /** Where relative patterns start; the current directory by default. */
  cwd?: string;
}

export interface SarifEvidence {
  findings: Finding[];
  summary: SarifSummary;
}

/** Reads every SARIF file and run, maps results onto the diff. Invalid input is an InputError naming the file. */
export async function collectSarifFindings(input: SarifInput): Promise<SarifEvidence> {
  const cwd = input.cwd ?? process.cwd();
  const sarifFiles: SarifFile[] = [];
  // Read and check every file first: one bad file fails the stage before any work is done.
  for (const path of await expandSarifPatterns(input.patterns, cwd, input.repo)) sarifFiles.push(await readSarifFile(path, cwd));

  const tracked = TrackedPathIndex.of(input.trackedFiles);
  const context: ClassifyContext = {
    mode: input.config['filter-mode'],
    mapPath: memoizePathMapper(createPathMapper({ repoRoot: input.repo, trackedFiles: tracked, prefixes: input.config['path-prefixes'] })),
    tracked: new Set(tracked),
    changedByPath: new Map(input.files.map((file) => [file.path, file])),
    provenance: input.provenance,
  };
  const summary: SarifSummary = { inputs: [], kept: 0, outsideFilter: 0, notNew: 0, notFailures: 0, unlocated: [] };
  const kept: KeptResult[] = [];
  for (const sarifFile of sarifFiles) {
    let results = 0;
    const tools = new Set<string>();
    for (const run of sarifFile.log.runs) {
      tools.add(run.tool.driver.name);
      const uriContext = uriContextOf(run);
      for (const result of run.results ?? []) {
        results++;
        const classified = classifyResult(result, run, uriContext, context);
        if (classified.bucket === 'kept') kept.push(classified);
        else if (classified.bucket === 'unlocated') summary.unlocated.push(classified.entry);
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

/**
 * Fills in fingerprints from the code at head (read in one pass) and keeps each result once: the
 * same result twice (one scan uploaded by two matrix jobs) is one finding.
 */
async function fingerprintAndDeduplicate(kept: KeptResult[], code: FileReader): Promise<{ findings: Finding[]; pastTheEnd: SarifSummary['unlocated'] }> {
  const codePaths = kept.filter((entry) => entry.fingerprint.lines !== null).map((entry) => entry.finding.path);
  const linesByPath = new Map([...(await code.readTexts(codePaths))].map(([path, text]) => [path, text.split(/\r?\n/)]));
  const findings: Finding[] = [];
  const pastTheEnd: SarifSummary['unlocated'] = [];
  const seen = new Set<string>();
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

/**
 * A region is clamped to the file's real line count: one that starts past the end is unlocated, one
 * that ends past it ends at the last line. A file that could not be read keeps the region as written.
 */
function clampToFile(entry: KeptResult, fileLines: string[] | null): SarifSummary['unlocated'][number] | null {
  const lines = entry.fingerprint.lines;
  if (lines === null || fileLines === null) return null;
  const lineCount = fileLines.at(-1) === '' ? fileLines.length - 1 : fileLines.length;
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

export type { SarifFilterMode } from './config.js';
