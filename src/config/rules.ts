// Rule settings are checked when the configuration is loaded, so a bad rule option stops the run
// (exit 2) before the diff, provenance, coverage and SARIF stages spend any time.
import { validateRuleSettings } from '../analysis/index.js';
import type { AnalysisConfig } from '../analysis/config.js';

/**
 * Seam for the typed rule contract (#11 part 2): once src/analysis/config.ts exports the parser that
 * returns each rule's typed options, call it here and keep its result in the loaded config so the
 * runner does not parse options again. Until then this runs today's validation (unknown rule ids,
 * options against each rule's schema) and the runner parses the options a second time.
 */
export function checkRuleSettings(analysis: AnalysisConfig): void {
  validateRuleSettings(analysis);
}
