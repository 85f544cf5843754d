// Public surface of the policy stage. Owned by src/policy/.
import type { ChangedFile, CoverageResult, Finding, MissingEvidence, ProvenanceResult, Skipped, Verdict } from '../model.js';
import type { PolicyConfig } from './config.js';

export interface PolicyInput {
  config: PolicyConfig;
  files: ChangedFile[];
  provenance: ProvenanceResult;
  findings: Finding[];
  coverage: CoverageResult | null;
  missingEvidence: MissingEvidence[];
  skipped: Skipped[];
}

/** Sets each finding's level from the policy (per provenance, per rule, per path). */
export function applyFindingLevels(findings: Finding[], _config: PolicyConfig): Finding[] {
  return findings;
}

/** Conditions → verdict, with reasons. */
export function decideVerdict(input: PolicyInput): Verdict {
  const failing = input.findings.some((finding) => finding.level === 'error');
  return { status: failing ? 'fail' : 'pass', conditions: [] };
}

export type MissingEvidenceAction = 'error' | 'fail' | 'warn' | 'pass';

/**
 * What to do when evidence that was asked for cannot be read (unreadable SARIF, coverage glob
 * matching nothing, …). `error` stops the gate with an InputError (exit code 2); the others
 * record it and let `decideVerdict` turn it into a condition.
 */
export function missingEvidenceAction(_config: PolicyConfig, _kind: MissingEvidence['kind']): MissingEvidenceAction {
  return 'error';
}
