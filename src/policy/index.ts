// Public surface of the policy stage. Owned by src/policy/. `judge` is what the gate and publish mode
// call; the other functions are its steps, exported for tests that look at one step at a time.
import type { CoverageResult, Finding, MissingEvidence, Verdict } from '../model.js';
import { compilePolicy, type Policy } from './compile.js';
import type { PolicyConfig } from './config.js';
import { judge, verdictOf, withoutIgnored, type Evidence } from './judge.js';
import { applyLevels } from './levels.js';
import { withoutIgnoredCoverage } from './ignore.js';

export { compilePolicy, judge, type Evidence, type Policy };
export type { Judgement } from './judge.js';

export interface PolicyInput extends Evidence {
  config: PolicyConfig;
}

/** One step of `judge`: the findings outside `ignore`, at the levels the policy sets. */
export function applyFindingLevels(findings: Finding[], config: PolicyConfig): Finding[] {
  const policy = compilePolicy(config);
  return applyLevels(findings.filter((finding) => !policy.paths.isIgnored(finding.path)), policy);
}

/** One step of `judge`: the verdict for findings whose levels are already set (ignored paths do not count). */
export function decideVerdict(input: PolicyInput): Verdict {
  const policy = compilePolicy(input.config);
  return verdictOf(withoutIgnored(input, policy), policy);
}

/** One step of `judge`: the coverage without ignored paths, totals recounted. */
export function applyCoverageIgnore(coverage: CoverageResult | null, config: PolicyConfig): CoverageResult | null {
  return withoutIgnoredCoverage(coverage, compilePolicy(config));
}

export type MissingEvidenceAction = PolicyConfig['missing-evidence']['coverage'];

/**
 * What to do when evidence that was asked for cannot be read (unreadable SARIF, coverage glob
 * matching nothing, …). `error` stops the gate with an InputError (exit code 2); the others
 * record it and let the judge turn it into a condition.
 */
export function missingEvidenceAction(config: PolicyConfig, kind: MissingEvidence['kind']): MissingEvidenceAction {
  return config['missing-evidence'][kind];
}
