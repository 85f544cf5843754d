// Which base was compared, in one line for the CLI and the action log:
// `base: origin/main → 1a2b3c4, merge-base 5d6e7f8`. The ref is untrusted (an event or a flag).
import { terminalText } from './sanitize.js';

export interface ChosenRange {
  base: string;
  head: string;
  baseRef?: string;
  baseTip?: string;
}

export function describeBase(range: ChosenRange): string {
  const short = (sha: string) => terminalText(sha.slice(0, 7), 7);
  // A base given as a SHA (an event's) is the commit itself: no arrow to the same commit.
  const bySha = range.baseRef !== undefined && range.baseTip !== undefined && /^[0-9a-f]{7,64}$/i.test(range.baseRef) && range.baseTip.startsWith(range.baseRef.toLowerCase());
  const ref = bySha || !range.baseRef ? '' : terminalText(range.baseRef, 200);
  const tip = range.baseTip ? (ref ? `${ref} → ${short(range.baseTip)}` : short(range.baseTip)) : ref || 'base';
  return `base: ${tip}, merge-base ${short(range.base)}; head ${short(range.head)}`;
}

/** True when there is nothing to compare: the base resolved to head itself, or head is already in the base. */
export function comparesNothing(range: Pick<ChosenRange, 'base' | 'head'>): boolean {
  return range.base === range.head;
}
