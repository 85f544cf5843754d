// Finding levels from the policy: per source, per provenance, per rule id, per path.
import { LEVEL_RANK, type Finding, type Level } from '../model.js';
import type { Policy } from './compile.js';

/**
 * Sets each finding's level: `levels.rules.<id>.<provenance>` if set, else
 * `levels.<source>.<provenance>`; `keep` keeps the level the rule or scanner gave.
 * Expects findings on ignored paths to be gone already (judge.ts drops them once).
 */
export function applyLevels(findings: Finding[], policy: Policy): Finding[] {
  return findings.map((finding) => {
    const levels = policy.paths.policyFor(finding.path).levels;
    const levelOf = (source: Finding['source'], ruleId: string, given: Level): Level => {
      const choice = levels.rules[ruleId]?.[finding.provenance] ?? levels[source][finding.provenance];
      return choice === 'keep' ? given : choice;
    };
    let level = levelOf(finding.source, finding.ruleId, finding.level);
    // A scanner result folded into this finding (same problem, same lines) keeps the level the
    // policy gives scanner results: folding two reports into one never hides a failure.
    for (const also of finding.alsoReportedBy ?? []) {
      const scannerLevel = levelOf('sarif', also.ruleId, also.level);
      if (LEVEL_RANK[scannerLevel] > LEVEL_RANK[level]) level = scannerLevel;
    }
    return level === finding.level ? finding : { ...finding, level };
  });
}
