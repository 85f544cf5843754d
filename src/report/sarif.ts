// diffgate's own findings as a SARIF 2.1.0 log, for github/codeql-action/upload-sarif.
// Scanner results that came in as SARIF are not repeated: they are uploaded by their own tool.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { LEVEL_RANK, type Finding, type Level, type Report } from '../model.js';
import { findRule } from '../analysis/registry.js';
import { RULE_DOCS_BASE_URL } from './links.js';
import { rankFindings } from './rank.js';
import { UNCOVERED_RULE_ID, uncoveredFindings } from './uncovered.js';

export { RULE_DOCS_BASE_URL };

export interface SarifOptions {
  /** One-line descriptions by rule id; by default the analysis registry's `meta.description`. */
  ruleDescriptions?: Record<string, string>;
  /** Base URL of the rule docs, ending in `/`. */
  docsBaseUrl?: string;
  /** Also one `uncovered-lines` note per range of added lines no test covers (`publish.annotate-uncovered`). */
  uncovered?: boolean;
}

const UNCOVERED_DESCRIPTION = 'Added lines that no test covers, by the coverage reports given (changed-line coverage).';


function ruleOf(id: string, findings: Finding[], options: SarifOptions): ReportingDescriptor {
  const docsBase = options.docsBaseUrl ?? RULE_DOCS_BASE_URL;
  const helpUri = findings.find((finding) => finding.helpUri)?.helpUri ?? `${docsBase}${encodeURIComponent(id)}.md`;
  const level = findings.reduce<Level>((worst, finding) => (LEVEL_RANK[finding.level] > LEVEL_RANK[worst] ? finding.level : worst), 'note');
  const description = options.ruleDescriptions?.[id] ?? findRule(id)?.meta.description ?? (id === UNCOVERED_RULE_ID ? UNCOVERED_DESCRIPTION : `diffgate rule ${id}`);
  const tags = [...new Set(findings.flatMap((finding) => finding.tags ?? []))];
  return {
    id,
    name: id
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((part) => part[0]!.toUpperCase() + part.slice(1))
      .join(''),
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: { text: `See ${helpUri}`, markdown: `See [the rule's documentation](${helpUri}).` },
    helpUri,
    defaultConfiguration: { level },
    properties: tags.length > 0 ? { tags } : {},
  };
}

/** A SARIF 2.1.0 log of diffgate's own findings (rule findings, not the scanner results it read). */
export function renderSarif(report: Report, toolVersion: string, options: SarifOptions = {}): Log {
  const own = rankFindings([...report.findings.filter((finding) => finding.source !== 'sarif'), ...(options.uncovered ? uncoveredFindings(report) : [])]);
  const byRule = new Map<string, Finding[]>();
  for (const finding of own) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const ruleIds = [...byRule.keys()].sort();
  const rules = ruleIds.map((id) => ruleOf(id, byRule.get(id) ?? [], options));
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));

  const results: Result[] = own.map((finding) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
    level: finding.level,
    message: { text: finding.message || finding.ruleId },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(finding.path), uriBaseId: '%SRCROOT%' },
          region: { startLine: finding.startLine, endLine: Math.max(finding.startLine, finding.endLine) },
        },
      },
    ],
    partialFingerprints: { 'diffgateFingerprint/v1': finding.fingerprint },
    properties: {
      provenance: finding.provenance,
      source: finding.source,
      ...(finding.onAddedLine === undefined ? {} : { onAddedLine: finding.onAddedLine }),
    },
  }));

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'diffgate',
            version: toolVersion,
            semanticVersion: toolVersion,
            informationUri: (options.docsBaseUrl ?? RULE_DOCS_BASE_URL).replace(/docs\/rules\/$/, ''),
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        columnKind: 'utf16CodeUnits',
        results,
        properties: { base: report.base, head: report.head, verdict: report.verdict.status },
      },
    ],
  };
}

/** A relative URI reference for a repository path: each segment percent-encoded, slashes kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
