// The one judge: evidence and a policy in; the findings that count (at their policy levels), the
// coverage that counts, and the verdict with its conditions out. The gate calls it on fresh
// evidence; publish mode calls it on an artifact's evidence with the trusted policy.
import type { ChangedFile, ConditionResult, CoverageResult, Finding, MissingEvidence, MutationSummary, ProvenanceResult, SarifSummary, Skipped, Verdict, VerdictStatus } from '../model.js';
import type { Policy } from './compile.js';
import { applyLevels } from './levels.js';
import { withoutIgnoredCoverage, withoutIgnoredMutation } from './ignore.js';
import {
  changedCoverageConditions,
  errorHandlingConditions,
  missingEvidenceConditions,
  missingTestsConditions,
  mutationConditions,
  overallCoverageConditions,
  ruleFindingConditions,
  sarifConditions,
} from './conditions.js';

/** What the stages found, before the policy: findings at the levels their rule or scanner gave. */
export interface Evidence {
  files: ChangedFile[];
  provenance: ProvenanceResult;
  findings: Finding[];
  coverage: CoverageResult | null;
  /** Changed-line mutation evidence; absent or null without a mutation report. */
  mutation?: MutationSummary | null;
  missingEvidence: MissingEvidence[];
  skipped: Skipped[];
  /** What the SARIF inputs held; with no SARIF file read (`inputs` empty), the sarif conditions are skipped. Undefined: not known. */
  sarif?: SarifSummary | null;
}

export interface Judgement {
  /** Findings outside `policy.ignore`, at the levels the policy sets. */
  findings: Finding[];
  /** Changed-line coverage without ignored paths (totals recounted), so the report shows what was counted. */
  coverage: CoverageResult | null;
  /** Mutation evidence without ignored paths (totals recounted). */
  mutation: MutationSummary | null;
  verdict: Verdict;
}

/** ignore → levels → conditions → verdict. `policy.ignore` is applied here, once. */
export function judge(evidence: Evidence, policy: Policy): Judgement {
  const counted = withoutIgnored(evidence, policy);
  const findings = applyLevels(counted.findings, policy);
  return { findings, coverage: counted.coverage, mutation: counted.mutation ?? null, verdict: verdictOf({ ...counted, findings }, policy) };
}

/** The evidence without what `policy.ignore` names: those paths count nowhere and are not shown. */
export function withoutIgnored(evidence: Evidence, policy: Policy): Evidence {
  const { isIgnored } = policy.paths;
  return {
    ...evidence,
    files: evidence.files.filter((file) => !isIgnored(file.path)),
    findings: evidence.findings.filter((finding) => !isIgnored(finding.path)),
    coverage: withoutIgnoredCoverage(evidence.coverage, policy),
    mutation: withoutIgnoredMutation(evidence.mutation, policy),
  };
}

/**
 * Conditions → verdict, with reasons, on evidence that `withoutIgnored` already filtered. Every
 * condition is listed (those switched off or not applicable as `skipped`, with why); the verdict is
 * `fail` if any fails, else `warn` if any warns.
 */
export function verdictOf(counted: Evidence, policy: Policy): Verdict {
  const { config, paths: policies } = policy;
  const paths = [
    ...new Set([
      ...counted.files.map((file) => file.path),
      ...counted.findings.map((finding) => finding.path),
      ...(counted.coverage?.files.map((file) => file.path) ?? []),
      ...(counted.mutation?.files.map((file) => file.path) ?? []),
    ]),
  ];
  const coverageMissing = counted.missingEvidence.some((entry) => entry.kind === 'coverage');
  const sarifMissing = counted.missingEvidence.some((entry) => entry.kind === 'sarif');
  const mutationMissing = counted.missingEvidence.some((entry) => entry.kind === 'mutation');
  const conditions: ConditionResult[] = [
    ...missingEvidenceConditions(counted.missingEvidence, config),
    ...missingTestsConditions(counted.findings, paths, policies, config),
    ...errorHandlingConditions(counted.findings, paths, policies, config),
    ...ruleFindingConditions(counted.findings, paths, policies, config),
    ...sarifConditions(counted.findings, sarifMissing, paths, policies, config, counted.sarif !== undefined && !sarifMissing && (counted.sarif?.inputs.length ?? 0) === 0),
    ...changedCoverageConditions(counted.coverage, coverageMissing, paths, policies, config),
    ...overallCoverageConditions(counted.coverage, config),
    ...mutationConditions(counted.mutation ?? null, mutationMissing, paths, policies, config),
  ];
  return { status: conclude(conditions), conditions };
}

function conclude(conditions: ConditionResult[]): VerdictStatus {
  if (conditions.some((condition) => condition.status === 'fail')) return 'fail';
  if (conditions.some((condition) => condition.status === 'warn')) return 'warn';
  return 'pass';
}
