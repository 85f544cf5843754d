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
  const ref = range.baseRef ? terminalText(range.baseRef, 200) : 'base';
  const tip = range.baseTip ? ` → ${short(range.baseTip)}` : '';
  return `base: ${ref}${tip}, merge-base ${short(range.base)}; head ${short(range.head)}`;
}

/** True when there is nothing to compare: the base resolved to head itself, or head is already in the base. */
export function comparesNothing(range: Pick<ChosenRange, 'base' | 'head'>): boolean {
  return range.base === range.head;
}
