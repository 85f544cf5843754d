// Which commit and which signal made a line `ai` (or `human`), for showing next to a finding:
// `a1b2c3d · Co-authored-by: Claude`. Built from `ProvenanceResult.origins`; pure.
import type { LineOrigin, ProvenanceResult } from '../model.js';
import { parseNameAddress } from './identity.js';
import { withinSpan } from './lookup.js';

export interface OriginLookup {
  /** The origin of one added line, or null when the line has none recorded. */
  (path: string, line: number): LineOrigin | null;
  /** The origin that decides a span: an AI line's first, else a human line's, else any; bounded by the file's added lines, not the span. */
  ofSpan(path: string, startLine: number, endLine: number): LineOrigin | null;
}

const RANK: Record<LineOrigin['provenance'], number> = { ai: 0, human: 1, unknown: 2 };

export function makeOriginLookup(result: Pick<ProvenanceResult, 'origins'>): OriginLookup {
  const byPath = new Map<string, { lines: number[]; origins: Map<number, LineOrigin> }>();
  for (const origin of result.origins ?? []) {
    const file = byPath.get(origin.path) ?? { lines: [], origins: new Map<number, LineOrigin>() };
    for (const line of origin.lines) {
      file.lines.push(line);
      file.origins.set(line, origin);
    }
    byPath.set(origin.path, file);
  }
  for (const file of byPath.values()) file.lines.sort((a, b) => a - b);
  const lookup = (path: string, line: number): LineOrigin | null => byPath.get(path)?.origins.get(line) ?? null;
  const ofSpan = (path: string, startLine: number, endLine: number): LineOrigin | null => {
    const file = byPath.get(path);
    let best: LineOrigin | null = null;
    for (const line of withinSpan(file?.lines ?? [], startLine, endLine)) {
      const origin = file?.origins.get(line) ?? null;
      if (origin && (!best || RANK[origin.provenance] < RANK[best.provenance])) best = origin;
      if (best?.provenance === 'ai') break;
    }
    return best;
  };
  return Object.assign(lookup, { ofSpan });
}

/** The signal in a few words: a trailer without its address, an identity by its name. */
function signalSummary(origin: LineOrigin): string | null {
  const signal = origin.signal;
  if (!signal) return null;
  if (signal.source.startsWith('trailer:')) {
    const key = signal.source.slice('trailer:'.length);
    const value = signal.detail.slice(signal.detail.indexOf(':') + 1);
    return `${key}: ${parseNameAddress(value).name}`;
  }
  if (signal.source === 'author' || signal.source === 'committer') return `${signal.source}: ${parseNameAddress(signal.detail).name}`;
  return `${signal.source}: ${signal.detail}`;
}

/**
 * One short line for a finding: `a1b2c3d · Co-authored-by: Claude`, `a1b2c3d +2 · …` when several
 * commits agreed without blame, `pr:branch: copilot/fix-1` for a pull-request verdict. Untrusted
 * text (names and trailers come from commits): renderers must escape it.
 */
export function describeOrigin(origin: LineOrigin): string {
  const [first, ...rest] = origin.commits;
  const commit = first ? `${first.slice(0, 7)}${rest.length > 0 ? ` +${rest.length}` : ''}` : null;
  const why = signalSummary(origin) ?? (origin.provenance === 'human' ? 'authored by a person' : origin.provenance === 'unknown' ? 'no AI signal, not a person' : null);
  return [commit, why].filter((part): part is string => part !== null).join(' · ');
}
