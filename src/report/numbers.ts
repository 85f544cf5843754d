// One number, one format: every rendering (terminal, Markdown, action outputs) shows a percentage
// the same way. The rule: one decimal, rounded toward failing the threshold — coverage down, so a
// shown 80.0% never passes a minimum of 80 that 79.96% misses. It is the rounding the policy uses
// for a condition's `actual`, so a condition row and the totals above it agree.
import type { CoverageCount } from '../model.js';
import { floorPercent } from '../policy/conditions.js';

/** `26.6` for 4/15 (26.666…): one decimal, rounded down. For action outputs and display fields. */
export function percentNumber(value: number): string {
  return floorPercent(value).toFixed(1);
}

/** `26.6%`, or `n/a` when nothing was measured. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : `${percentNumber(value)}%`;
}

/** `26.6% (4/15)`: the percentage and what it counts; `—` when nothing was measured. */
export function formatCoverageCount(count: Pick<CoverageCount, 'measured' | 'covered'>): string {
  if (count.measured === 0) return '—';
  return `${formatPercent((count.covered / count.measured) * 100)} (${count.covered}/${count.measured})`;
}
