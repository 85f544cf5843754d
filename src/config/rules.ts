// Rule settings are parsed when the configuration is loaded, so a bad rule option stops the run
// (exit 2) before the diff, provenance, coverage and SARIF stages spend any time, and the runner
// receives every rule's typed options instead of parsing them again per file.
import { parseAnalysisOptions, type AnalysisConfig, type ResolvedAnalysisConfig } from '../analysis/config.js';

export function resolveRuleSettings(analysis: AnalysisConfig): ResolvedAnalysisConfig {
  return parseAnalysisOptions(analysis);
}
