// Finding levels from the policy: per source, per provenance, per rule id, per path.
import type { Finding, Level } from '../model.js';
import type { PolicyConfig } from './config.js';
import { makePathPolicies } from './paths.js';

export const LEVEL_RANK: Record<Level, number> = { note: 0, warning: 1, error: 2 };

/**
 * Sets each finding's level: `levels.rules.<id>.<provenance>` if set, else
 * `levels.<source>.<provenance>`; `keep` keeps the level the rule or scanner gave.
 * Findings on ignored paths are dropped: the user asked for them not to count or show.
 */
export function applyLevels(findings: Finding[], config: PolicyConfig): Finding[] {
  const policies = makePathPolicies(config);
  const leveled: Finding[] = [];
  for (const finding of findings) {
    if (policies.isIgnored(finding.path)) continue;
    const levels = policies.policyFor(finding.path).levels;
    const choice = levels.rules[finding.ruleId]?.[finding.provenance] ?? levels[finding.source][finding.provenance];
    const level = choice === 'keep' ? finding.level : choice;
    leveled.push(level === finding.level ? finding : { ...finding, level });
  }
  return leveled;
}
