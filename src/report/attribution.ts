// Why a finding's lines count as AI-written, in one line a reviewer can check without `git blame`:
// `3c61862 · Co-Authored-By: Claude`. Derived from what provenance returns (per-line verdicts,
// commit signals, file and pull-request signals); pure.
import type { Finding, ProvenanceResult, Signal } from '../model.js';
import { describeOrigin, makeOriginLookup } from '../provenance/origins.js';

export interface FindingAttribution {
  /** Full SHAs of the AI-marked commits that may have written the lines (empty for PR- or path-level signals). */
  commits: string[];
  /** `3c61862 · Co-Authored-By: Claude` (untrusted text from commits: escape before posting). */
  text: string;
}

/** One origin index per provenance result: every finding of a report asks the same one. */
const originIndexes = new WeakMap<ProvenanceResult, ReturnType<typeof makeOriginLookup>>();
function originsOf(provenance: ProvenanceResult): ReturnType<typeof makeOriginLookup> {
  let index = originIndexes.get(provenance);
  if (!index) {
    index = makeOriginLookup(provenance);
    originIndexes.set(provenance, index);
  }
  return index;
}

/** Commits shown by name before "and N more". */
const SHOWN_COMMITS = 2;
const MAX_SIGNAL_CHARS = 80;

function clip(text: string): string {
  return text.length > MAX_SIGNAL_CHARS ? `${text.slice(0, MAX_SIGNAL_CHARS - 1)}…` : text;
}

/** A signal as a reader names it: the trailer as written, or where an identity was found. */
export function describeSignal(signal: Signal): string {
  const withoutAddress = signal.detail.replace(/\s*<[^>]*>\s*$/, '');
  if (signal.source.startsWith('trailer:')) {
    const key = signal.source.slice('trailer:'.length);
    return clip(withoutAddress.toLowerCase().startsWith(`${key.toLowerCase()}:`) ? withoutAddress : `${key}: ${withoutAddress}`);
  }
  if (signal.source === 'author' || signal.source === 'committer') return clip(`${signal.source}: ${withoutAddress}`);
  if (signal.source.startsWith('pr:')) return clip(`pull request ${signal.source.slice(3)}: ${signal.detail}`);
  if (signal.source === 'config:ai-paths') return clip(`ai-paths: ${signal.detail}`);
  return clip(`${signal.source}: ${signal.detail}`);
}

/**
 * The commit and signal behind an AI-written finding; null for other findings. With per-line origins
 * (a fresh run) the lines' own commit and signal; without them (a report read back from JSON), the
 * pull-request, file or commit signals, naming every AI commit as a candidate when there are several.
 */
export function attributeFinding(finding: Pick<Finding, 'path' | 'provenance' | 'startLine' | 'endLine'>, provenance: ProvenanceResult): FindingAttribution | null {
  if (finding.provenance !== 'ai') return null;
  // Per-line origins (from the gate's provenance stage) name the very commit and signal of the lines.
  const origin = provenance.origins ? originsOf(provenance).ofSpan(finding.path, finding.startLine, finding.endLine) : null;
  if (origin?.provenance === 'ai') return { commits: origin.commits, text: clip(describeOrigin(origin)) };
  if (provenance.mode === 'all') return { commits: [], text: 'ai: all (every added line counts as AI-written)' };
  const pullRequest = provenance.pullRequestSignals[0];
  if (pullRequest) return { commits: [], text: describeSignal(pullRequest) };
  const fileSignal = provenance.files.find((file) => file.path === finding.path)?.signals?.[0];
  if (fileSignal) return { commits: [], text: describeSignal(fileSignal) };
  const commits = provenance.aiCommits.filter((commit) => commit.signals.length > 0);
  if (commits.length === 0) return null;
  if (commits.length === 1) return { commits: [commits[0]!.sha], text: `${commits[0]!.sha.slice(0, 7)} · ${describeSignal(commits[0]!.signals[0]!)}` };
  const named = commits.slice(0, SHOWN_COMMITS).map((commit) => commit.sha.slice(0, 7));
  const more = commits.length - named.length;
  const text = `${named.join(' or ')}${more > 0 ? ` or ${more} more` : ''} (AI commits in this change; see the AI signals)`;
  return { commits: commits.map((commit) => commit.sha), text };
}
