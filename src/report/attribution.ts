// Why a finding's lines count as AI-written, in one line a reviewer can check without `git blame`:
// `3c61862 · Co-Authored-By: Claude`. Derived from what provenance returns (per-line verdicts,
// commit signals, file and pull-request signals); pure.
import type { AiCommit, Finding, FindingAttribution, ProvenanceResult, Signal } from '../model.js';
import { describeOrigin, makeOriginLookup } from '../provenance/origins.js';

export type { FindingAttribution } from '../model.js';

/** The attribution of one finding; built once per report by `makeAttributor` and passed to every renderer. */
export type Attributor = (finding: Pick<Finding, 'path' | 'provenance' | 'startLine' | 'endLine' | 'attribution'>) => FindingAttribution | null;

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
 * The attribution of every finding of one report, from one index of its per-line origins built here,
 * once: null for findings not on AI-written lines. A finding that carries its attribution (a report
 * read back from JSON) keeps it. With per-line origins (a fresh run) the lines' own commit and signal;
 * without them, the pull-request, file or commit signals, naming every AI commit as a candidate when
 * there are several.
 */
export function makeAttributor(provenance: ProvenanceResult): Attributor {
  const origins = provenance.origins ? makeOriginLookup(provenance) : null;
  const commits = provenance.aiCommits.filter((commit) => commit.signals.length > 0);
  const signalsOfFile = new Map(provenance.files.map((file) => [file.path, file.signals?.[0]]));
  const candidates = candidateCommits(commits);
  return (finding) => {
    if (finding.provenance !== 'ai') return null;
    if (finding.attribution) return finding.attribution;
    // Per-line origins (from the gate's provenance stage) name the very commit and signal of the lines.
    const origin = origins?.ofSpan(finding.path, finding.startLine, finding.endLine) ?? null;
    if (origin?.provenance === 'ai') return { commits: origin.commits, ...(origin.signal ? { signal: origin.signal } : {}), text: clip(describeOrigin(origin)) };
    if (provenance.mode === 'all') return { commits: [], text: 'ai: all (every added line counts as AI-written)' };
    const pullRequest = provenance.pullRequestSignals[0];
    if (pullRequest) return { commits: [], signal: pullRequest, text: describeSignal(pullRequest) };
    const fileSignal = signalsOfFile.get(finding.path);
    if (fileSignal) return { commits: [], signal: fileSignal, text: describeSignal(fileSignal) };
    return candidates;
  };
}

/** Without a per-line record: the one AI commit and its signal, or every AI commit as a candidate. */
function candidateCommits(commits: AiCommit[]): FindingAttribution | null {
  if (commits.length === 0) return null;
  const [first] = commits;
  if (commits.length === 1 && first) return { commits: [first.sha], signal: first.signals[0]!, text: `${first.sha.slice(0, 7)} · ${describeSignal(first.signals[0]!)}` };
  const named = commits.slice(0, SHOWN_COMMITS).map((commit) => commit.sha.slice(0, 7));
  const more = commits.length - named.length;
  const text = `${named.join(' or ')}${more > 0 ? ` or ${more} more` : ''} (AI commits in this change; see the AI signals)`;
  return { commits: commits.map((commit) => commit.sha), text };
}

/** How many added lines each AI commit wrote: `own` placed on it alone, `shared` with other commits no record told apart. */
export interface CommitLines {
  own: number;
  shared: number;
}

/**
 * Added AI-written lines per AI commit, from the per-line origins (a fresh run) or as a JSON report
 * recorded them; null when neither says (no per-line record).
 */
export function linesPerCommit(provenance: ProvenanceResult): Map<string, CommitLines> | null {
  if (provenance.origins) {
    const counts = new Map(provenance.aiCommits.map((commit) => [commit.sha, { own: 0, shared: 0 }]));
    for (const origin of provenance.origins) {
      if (origin.provenance !== 'ai') continue;
      for (const sha of origin.commits) {
        const count = counts.get(sha);
        if (!count) continue;
        if (origin.commits.length === 1) count.own += origin.lines.length;
        else count.shared += origin.lines.length;
      }
    }
    return counts;
  }
  if (!provenance.aiCommits.some((commit) => commit.addedLines !== undefined)) return null;
  return new Map(provenance.aiCommits.map((commit) => [commit.sha, { own: commit.addedLines ?? 0, shared: commit.sharedLines ?? 0 }]));
}
