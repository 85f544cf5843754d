// Types of summarise.mjs for the TypeScript tests.
import type { Row } from './tsv.mjs';

export interface Counts {
  findings: number;
  labelled: number;
  yes: number;
  no: number;
  unsure: number;
}
export interface Rated extends Counts {
  rate: number | null;
  worstRate: number | null;
  perThousandLines: number | null;
}
export interface Summary {
  commits: { listed: number; analysed: number; aiCommits: number };
  addedLines: number;
  aiLines: number;
  rows: (Rated & { rule: string; level: string })[];
  total: Rated;
  agreement: Agreement | null;
  verdicts: { nonPass: number; unattributed: number; undecided: number; onlyNo: number; withYes: number; unsure: number; decided: number; unfairShare: number | null };
}
export interface Agreement {
  pairs: number;
  equal: number;
  observed: number;
  kappa: number | null;
  disagreements: number;
}
export function agreement(findings: Row[]): Agreement | null;
export function falsePositiveRate(counts: Counts): number | null;
export function worstCaseRate(counts: Counts): number | null;
export function summarise(findings: Row[], commits: Row[], column?: string): Summary;
export function renderMarkdown(summary: Summary): string;
