// Finding levels from the policy: per source, per provenance, per rule id, per path.
import type { Finding } from '../model.js';
import type { Policy } from './compile.js';

/**
 * Sets each finding's level: `levels.rules.<id>.<provenance>` if set, else
 * `levels.<source>.<provenance>`; `keep` keeps the level the rule or scanner gave.
 * Expects findings on ignored paths to be gone already (judge.ts drops them once).
 */
export function applyLevels(findings: Finding[], policy: Policy): Finding[] {
  return findings.map((finding) => {
    const levels = policy.paths.policyFor(finding.path).levels;
    const choice = levels.rules[finding.ruleId]?.[finding.provenance] ?? levels[finding.source][finding.provenance];
    const level = choice === 'keep' ? finding.level : choice;
    return level === finding.level ? finding : { ...finding, level };
  });
}
