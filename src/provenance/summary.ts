import type { ProvenanceResult } from '../model.js';

// Rounded down, so the sentence never claims more than the markers show.
function lowerBoundPercent(part: number, total: number): string {
  const tenths = Math.floor((part * 1000) / total) / 10;
  return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
}

function addedLines(count: number): string {
  return count === 1 ? '1 added line' : `${count} added lines`;
}

/**
 * One honest sentence about AI-written lines, for the renderers and the CLI summary. Markers give
 * a lower bound: lines without a marker may still be AI-written.
 */
export function describeAiShare(result: Pick<ProvenanceResult, 'mode' | 'counts'>): string {
  const { ai, human, unknown } = result.counts;
  const total = ai + human + unknown;
  if (result.mode === 'all') return `Every added line (${total}) is treated as AI-written (ai: all).`;
  if (result.mode === 'none') return `AI attribution is off (ai: none): no added line (of ${total}) is treated as AI-written.`;
  if (total === 0) return 'No added lines to attribute.';
  const breakdown = `${ai} AI, ${human} human, ${unknown} unknown of ${addedLines(total)}`;
  if (ai === 0) return `No AI markers found (${breakdown}); this does not prove that people wrote them.`;
  if (ai === total) return `All added lines are AI-written (${breakdown}).`;
  return `At least ${lowerBoundPercent(ai, total)}% of added lines are AI-written (${breakdown}); lines without a marker may be AI-written too.`;
}
