// Types of attribute.mjs for the TypeScript tests.
export interface ReportLike {
  findings?: { ruleId: string; level: string; provenance: string; source: string; tags?: string[] }[];
  conditions?: { id: string; status: string; actual: number | null; message?: string }[];
}
export const ERROR_HANDLING_RULES: ReadonlySet<string>;
export function attributeVerdict(report: ReportLike): { drives: string[][]; unattributed: string[] };
