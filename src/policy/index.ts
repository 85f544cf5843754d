// Public surface of the policy stage. Owned by src/policy/.
import type { ChangedFile, ConditionResult, CoverageResult, Finding, MissingEvidence, ProvenanceResult, Skipped, Verdict, VerdictStatus } from '../model.js';
import type { PolicyConfig } from './config.js';
import { makePathPolicies } from './paths.js';
import { applyLevels } from './levels.js';
import { withoutIgnoredCoverage } from './ignore.js';
import {
  changedCoverageConditions,
  errorHandlingConditions,
  missingEvidenceConditions,
  missingTestsConditions,
  overallCoverageConditions,
  ruleFindingConditions,
  sarifConditions,
} from './conditions.js';

export interface PolicyInput {
  config: PolicyConfig;
  files: ChangedFile[];
  provenance: ProvenanceResult;
  findings: Finding[];
  coverage: CoverageResult | null;
  missingEvidence: MissingEvidence[];
  skipped: Skipped[];
}

/**
 * Sets each finding's level from the policy (per provenance, per rule, per path) and drops
 * findings on `ignore`d paths.
 */
export function applyFindingLevels(findings: Finding[], config: PolicyConfig): Finding[] {
  return applyLevels(findings, config);
}

/**
 * Conditions → verdict, with reasons. Every condition is listed (those switched off or not
 * applicable as `skipped`, with why); the verdict is `fail` if any fails, else `warn` if any warns.
 * Findings and coverage on `ignore`d paths do not count.
 */
export function decideVerdict(input: PolicyInput): Verdict {
  const { config } = input;
  const policies = makePathPolicies(config);
  const findings = input.findings.filter((finding) => !policies.isIgnored(finding.path));
  const paths = [
    ...new Set([
      ...input.files.map((file) => file.path),
      ...findings.map((finding) => finding.path),
      ...(input.coverage?.files.map((file) => file.path) ?? []),
    ]),
  ];
  const coverageMissing = input.missingEvidence.some((entry) => entry.kind === 'coverage');
  const sarifMissing = input.missingEvidence.some((entry) => entry.kind === 'sarif');

  const conditions: ConditionResult[] = [
    ...missingEvidenceConditions(input.missingEvidence, config),
    ...missingTestsConditions(findings, paths, policies, config),
    ...errorHandlingConditions(findings, paths, policies, config),
    ...ruleFindingConditions(findings, paths, policies, config),
    ...sarifConditions(findings, sarifMissing, paths, policies, config),
    ...changedCoverageConditions(input.coverage, coverageMissing, paths, policies, config),
    ...overallCoverageConditions(input.coverage, config),
  ];
  return { status: conclude(conditions), conditions };
}

function conclude(conditions: ConditionResult[]): VerdictStatus {
  if (conditions.some((condition) => condition.status === 'fail')) return 'fail';
  if (conditions.some((condition) => condition.status === 'warn')) return 'warn';
  return 'pass';
}

/**
 * The coverage result without `ignore`d paths (totals recounted), so that what the report shows
 * matches what the conditions counted. `decideVerdict` ignores those paths either way.
 */
export function applyCoverageIgnore(coverage: CoverageResult | null, config: PolicyConfig): CoverageResult | null {
  return withoutIgnoredCoverage(coverage, config);
}

export type MissingEvidenceAction = 'error' | 'fail' | 'warn' | 'pass';

/**
 * What to do when evidence that was asked for cannot be read (unreadable SARIF, coverage glob
 * matching nothing, …). `error` stops the gate with an InputError (exit code 2); the others
 * record it and let `decideVerdict` turn it into a condition.
 */
export function missingEvidenceAction(config: PolicyConfig, kind: MissingEvidence['kind']): MissingEvidenceAction {
  return config['missing-evidence'][kind];
}
