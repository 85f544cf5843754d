// Public surface of SARIF evidence. Owned by src/evidence/sarif/.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChangedFile, Finding, SarifSummary } from '../../model.js';
import type { ProvenanceLookup } from '../../provenance/lookup.js';
import { provenanceOfRange } from '../../provenance/lookup.js';
import { readFilesAtRevision } from '../../analysis/facts/blobs.js';
import { createPathMapper } from '../paths.js';
import type { SarifConfig } from './config.js';
import { decideFilter } from './filter.js';
import { fingerprintOf } from './fingerprint.js';
import type { FingerprintInput } from './fingerprint.js';
import { locateResult } from './locate.js';
import type { SarifFile } from './read.js';
import { expandSarifPatterns, readSarifFile } from './read.js';
import { helpUriOf, levelOf, messageOf, ruleContextOf, securitySeverityOf, tagsOf } from './rules.js';
import { isFailure, isNew } from './status.js';
import { uriContextOf } from './uri.js';

export interface SarifInput {
  repo: string;
  /** Paths and globs (relative to the current directory or absolute). */
  patterns: string[];
  files: ChangedFile[];
  trackedFiles: string[];
  provenance: ProvenanceLookup;
  config: SarifConfig;
  /** The head revision: code for fingerprints is read from its git objects. Without it, from the working tree. */
  head?: string | null;
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
  for (const path of await expandSarifPatterns(input.patterns, cwd)) sarifFiles.push(await readSarifFile(path, cwd));

  const summary: SarifSummary = { inputs: [], kept: 0, outsideFilter: 0, notNew: 0, notFailures: 0, unlocated: [] };
  const kept: { finding: Finding; fingerprint: Omit<FingerprintInput, 'fileLines'> }[] = [];
  const mapPath = createPathMapper({ repoRoot: input.repo, trackedFiles: input.trackedFiles, prefixes: input.config['path-prefixes'] });
  const tracked = new Set(input.trackedFiles);
  const changedByPath = new Map(input.files.map((file) => [file.path, file]));

  for (const sarifFile of sarifFiles) {
    let resultCount = 0;
    const tools = new Set<string>();
    for (const run of sarifFile.log.runs) {
      const tool = run.tool.driver.name;
      tools.add(tool);
      const uriContext = uriContextOf(run);
      for (const result of run.results ?? []) {
        resultCount++;
        const rule = ruleContextOf(result, run);
        const level = levelOf(result, rule, run);
        if (!isFailure(result) || level === 'none') {
          summary.notFailures++;
          continue;
        }
        if (!isNew(result)) {
          summary.notNew++;
          continue;
        }
        const located = locateResult(result, uriContext, mapPath);
        if (located.path === null) {
          summary.unlocated.push({ tool, ruleId: rule.ruleId, location: located.uri, reason: located.reason });
          continue;
        }
        // mapToRepoPath keeps untracked paths under the checkout (generated files, image names that
        // look like paths); they are not part of the repository's code at head.
        if (tracked.size > 0 && !tracked.has(located.path)) {
          const reason = `"${located.path}" is not a file tracked at head`;
          summary.unlocated.push({ tool, ruleId: rule.ruleId, location: located.uri, reason });
          continue;
        }
        const changedFile = changedByPath.get(located.path);
        const decision = decideFilter(input.config['filter-mode'], changedFile, located.lines);
        if (!decision.keep) {
          summary.outsideFilter++;
          continue;
        }
        const message = messageOf(result, rule);
        // A file-level result is reported on line 1, where annotations of a whole file go.
        const startLine = located.lines?.startLine ?? 1;
        const endLine = located.lines?.endLine ?? 1;
        const finding: Finding = {
          ruleId: rule.ruleId,
          level,
          path: located.path,
          startLine,
          endLine,
          message,
          source: 'sarif',
          // A file-level result is about the whole file: any AI-written line of it counts.
          provenance: located.lines
            ? provenanceOfRange(input.provenance, located.path, startLine, endLine)
            : provenanceOfRange(input.provenance, located.path, 1, changedFile?.addedLines.at(-1) ?? 1),
          fingerprint: '',
          tool,
          tags: tagsOf(result, rule),
          onAddedLine: decision.onAddedLine,
        };
        const helpUri = helpUriOf(rule);
        if (helpUri !== undefined) finding.helpUri = helpUri;
        const securitySeverity = securitySeverityOf(result, rule);
        if (securitySeverity !== undefined) finding.securitySeverity = securitySeverity;
        const fingerprint = { tool, ruleId: rule.ruleId, path: located.path, lines: located.lines, partialFingerprints: result.partialFingerprints, message };
        kept.push({ finding, fingerprint });
      }
    }
    summary.inputs.push({ path: sarifFile.path, tools: [...tools], results: resultCount });
  }

  // The code the kept findings point at, read in one pass (one git process for the head's objects).
  const codePaths = kept.filter((entry) => entry.fingerprint.lines !== null).map((entry) => entry.finding.path);
  const code = await readCode(input.repo, input.head ?? null, codePaths);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { finding, fingerprint } of kept) {
    const fileLines = code.get(finding.path)?.split(/\r?\n/) ?? null;
    finding.fingerprint = fingerprintOf({ ...fingerprint, fileLines });
    // The same result twice (one scan uploaded by two matrix jobs, a run repeated in one log) is
    // one finding; the copy is not new.
    const key = `${finding.fingerprint}:${finding.startLine}:${finding.endLine}`;
    if (seen.has(key)) {
      summary.notNew++;
      continue;
    }
    seen.add(key);
    findings.push(finding);
  }
  summary.kept = findings.length;
  return { findings, summary };
}

/** Text of each readable file: from the head's git objects when known, else from the checkout. */
async function readCode(repo: string, head: string | null, paths: string[]): Promise<Map<string, string>> {
  if (head !== null) return readFilesAtRevision(repo, head, paths);
  const code = new Map<string, string>();
  for (const path of new Set(paths)) {
    const content = await readFile(join(repo, path)).catch(() => null);
    if (content !== null && !content.includes(0)) code.set(path, content.toString('utf8'));
  }
  return code;
}

export type { SarifFilterMode } from './config.js';
