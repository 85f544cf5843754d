// The order findings are shown in everywhere: errors first, AI-written lines first within a level.
import type { Finding, Level } from '../model.js';

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, note: 2 };

function compareFindings(a: Finding, b: Finding): number {
  return (
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    Number(b.provenance === 'ai') - Number(a.provenance === 'ai') ||
    // Findings on added lines before those only near them.
    Number(b.onAddedLine !== false) - Number(a.onAddedLine !== false) ||
    (b.securitySeverity ?? -1) - (a.securitySeverity ?? -1) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.startLine - b.startLine ||
    a.endLine - b.endLine ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)
  );
}

/** Findings in the order to show them: errors first, and AI-written lines first within a level. */
export function rankFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
