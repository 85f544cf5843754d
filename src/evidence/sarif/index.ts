// Public surface of SARIF evidence. Owned by src/evidence/sarif/.
import type { ChangedFile, Finding, SarifSummary } from '../../model.js';
import type { ProvenanceLookup } from '../../provenance/lookup.js';
import type { SarifConfig } from './config.js';

export interface SarifInput {
  repo: string;
  /** Paths and globs (relative to the current directory or absolute). */
  patterns: string[];
  files: ChangedFile[];
  trackedFiles: string[];
  provenance: ProvenanceLookup;
  config: SarifConfig;
}

export interface SarifEvidence {
  findings: Finding[];
  summary: SarifSummary;
}

/** Reads every SARIF file and run, maps results onto the diff. Invalid input is an InputError naming the file. */
export async function collectSarifFindings(_input: SarifInput): Promise<SarifEvidence> {
  return { findings: [], summary: { inputs: [], kept: 0, outsideFilter: 0, notNew: 0, notFailures: 0, unlocated: [] } };
}
