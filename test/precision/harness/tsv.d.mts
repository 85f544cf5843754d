// Types of tsv.mjs for the TypeScript tests.
export type Row = Record<string, string>;
export function cell(value: unknown): string;
export function formatTsv(columns: string[], rows: Record<string, unknown>[]): string;
export function parseTsv(text: string, file: string): { columns: string[]; rows: Row[] };
