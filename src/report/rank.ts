// The order findings are shown in everywhere: errors first, AI-written lines first within a level.
import { LEVEL_RANK, type Finding } from '../model.js';
import { compareCodePoints } from '../order.js';

function compareFindings(a: Finding, b: Finding): number {
  return (
    LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
    Number(b.provenance === 'ai') - Number(a.provenance === 'ai') ||
    // Findings on added lines before those only near them.
    Number(b.onAddedLine !== false) - Number(a.onAddedLine !== false) ||
    (b.securitySeverity ?? -1) - (a.securitySeverity ?? -1) ||
    compareCodePoints(a.path, b.path) ||
    a.startLine - b.startLine ||
    a.endLine - b.endLine ||
    compareCodePoints(a.ruleId, b.ruleId) ||
    compareCodePoints(a.fingerprint, b.fingerprint)
  );
}

/** Findings in the order to show them: errors first, and AI-written lines first within a level. */
export function rankFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
