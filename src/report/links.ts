// Links in posted Markdown: a finding to its line at the head commit, a rule to its docs page, the
// comment to the check run and job summary. Built only from trusted parts (the repository URL the
// runner gives, a SHA, diffgate's docs) plus path segments percent-encoded; a scanner's own help
// link is used only when it is a plain https URL.
import type { Finding } from '../model.js';

export interface ReportLinks {
  /** `https://github.com/owner/repo` (GITHUB_SERVER_URL + GITHUB_REPOSITORY). */
  repositoryUrl?: string;
  /** The check run's page, when one was created. */
  checkRunUrl?: string;
  /** The workflow run's page, where the job summary is. */
  jobSummaryUrl?: string;
  /** Base URL of diffgate's rule docs, ending in `/`. */
  ruleDocsUrl?: string;
}

/** Where docs/rules/<id>.md is published. */
export const RULE_DOCS_BASE_URL = 'https://github.com/diffgate/diffgate/blob/main/docs/rules/';

/** Percent-encodes everything but unreserved characters, so the URL cannot end a Markdown link early. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `https://github.com/o/r/blob/<sha>/src/a.ts#L3-L5`, or null without a repository URL. */
export function fileLineUrl(links: ReportLinks, head: string, finding: Pick<Finding, 'path' | 'startLine' | 'endLine'>): string | null {
  if (!links.repositoryUrl || !/^[0-9a-f]{7,64}$/i.test(head)) return null;
  const path = finding.path.split('/').map(encodeSegment).join('/');
  const lines = finding.endLine > finding.startLine ? `#L${finding.startLine}-L${finding.endLine}` : `#L${finding.startLine}`;
  return `${links.repositoryUrl}/blob/${head}/${path}${lines}`;
}

/** diffgate's docs page for its own rules; a scanner's https help link; else null. */
export function ruleUrl(links: ReportLinks, finding: Pick<Finding, 'ruleId' | 'source' | 'helpUri'>): string | null {
  if (finding.source === 'ast') return `${links.ruleDocsUrl ?? RULE_DOCS_BASE_URL}${encodeSegment(finding.ruleId)}.md`;
  return safeHttpsUrl(finding.helpUri);
}

/** An https URL re-serialised with nothing that could close a Markdown link or inject HTML; null otherwise. */
export function safeHttpsUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Not a URL at all: shown as text, not linked.
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  const text = url.href;
  return /[\s()<>"'`\\[\]]/.test(text) ? null : text;
}
