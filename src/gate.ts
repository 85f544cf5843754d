// runGate: the pipeline, in order. Plain data in, a Report out. No @actions imports here.
import { resolve } from 'node:path';
import type { EventContext } from './event.js';
import { pullRequestOf } from './event.js';
import { isInputError, describeError } from './errors.js';
import type { MissingEvidence, Report } from './model.js';
import { loadConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { collectDiff, resolveRange } from './diff/index.js';
import { Revision } from './git/index.js';
import { attributeProvenance } from './provenance/index.js';
import { makeProvenanceLookup } from './provenance/lookup.js';
import { measureCoverage } from './evidence/coverage/index.js';
import { collectSarifFindings } from './evidence/sarif/index.js';
import { analyzeChanges } from './analysis/index.js';
import { applyCoverageIgnore, applyFindingLevels, decideVerdict, missingEvidenceAction } from './policy/index.js';

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
  /** The YAML config file; null for none. */
  configPath: string | null;
  /** True when the user named the config file explicitly: then it must exist. */
  configRequired: boolean;
  /** Settings from action inputs or CLI flags, merged over the file. */
  overrides: Record<string, unknown>;
  event: EventContext;
}

export interface GateResult {
  report: Report;
  config: Config;
  /** What makes the result less precise (e.g. git skipped rename detection): for the log, not the verdict. */
  warnings: string[];
}

export async function runGate(options: GateOptions): Promise<GateResult> {
  const repo = resolve(options.repo);
  const config = await loadConfig(options.configPath, options.overrides, { required: options.configRequired });
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

  const range = await resolveRange(repo, { base: options.base ?? null, head: options.head ?? null, event: options.event });
  // The one reader of files at head for every stage; `using` ends its cat-file process with the run, also on errors.
  using revision = Revision.ofResolvedSha(repo, range.head);
  const { files, warnings } = await collectDiff(repo, range);
  const trackedFiles = await revision.pathIndex();

  const provenance = await attributeProvenance({
    repo,
    range,
    files,
    mode: config.ai,
    config: config.provenance,
    pullRequest: pullRequestOf(options.event),
    revision,
  });
  const lookup = makeProvenanceLookup(provenance);

  const measuredCoverage = await gather(
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
  // Ignored paths count nowhere: not in the conditions, not in the totals shown.
  const coverage = measuredCoverage && applyCoverageIgnore(measuredCoverage, config.policy);
  const analysis = await analyzeChanges({ repo, range, files, revision, provenance: lookup, config: config.analysis, coverage });

  const findings = applyFindingLevels([...analysis.findings, ...(sarif?.findings ?? [])], config.policy);
  const skipped = [...(provenance.skipped ?? []), ...analysis.skipped];
  const verdict = decideVerdict({ config: config.policy, files, provenance, findings, coverage, missingEvidence, skipped });

  const report: Report = {
    schemaVersion: 1,
    verdict,
    base: range.base,
    head: range.head,
    files,
    provenance,
    coverage,
    findings,
    sarif: sarif?.summary ?? null,
    missingEvidence,
    skipped,
  };
  return { report, config, warnings };
}
