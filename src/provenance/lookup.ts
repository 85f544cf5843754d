import type { Provenance, ProvenanceResult } from '../model.js';

export type ProvenanceLookup = (path: string, line: number) => Provenance;

/** A fast per-line lookup over a ProvenanceResult. */
export function makeProvenanceLookup(result: ProvenanceResult): ProvenanceLookup {
  const byPath = new Map<string, { ai: Set<number>; human: Set<number> }>();
  for (const file of result.files) byPath.set(file.path, { ai: new Set(file.aiLines), human: new Set(file.humanLines) });
  return (path, line) => {
    const file = byPath.get(path);
    if (!file) return 'unknown';
    if (file.ai.has(line)) return 'ai';
    if (file.human.has(line)) return 'human';
    return 'unknown';
  };
}

/** The provenance of a range: `ai` if any line is AI-written, else `human` if any is human, else `unknown`. */
export function provenanceOfRange(lookup: ProvenanceLookup, path: string, startLine: number, endLine: number): Provenance {
  let sawHuman = false;
  for (let line = startLine; line <= endLine; line++) {
    const provenance = lookup(path, line);
    if (provenance === 'ai') return 'ai';
    if (provenance === 'human') sawHuman = true;
  }
  return sawHuman ? 'human' : 'unknown';
}
