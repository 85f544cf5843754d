// The provenance census: over a history, which identities, trailers and footers look like an AI
// agent but are not in the catalogue — the way to find the catalogue's gaps. Pure; the script
// scripts/provenance-census.mjs reads the history and prints the result. Not part of the gate.
import { NON_AI_BOTS } from './catalogue.js';
import type { SeenIdentity } from './identity.js';
import { isBotLogin, loginsOf } from './identity.js';
import type { CommitInfo, SignalRules } from './signals.js';
import { commitIdentities, commitSignals, parseTrailers } from './signals.js';

export type CensusKind = 'identity' | 'trailer' | 'footer';

export interface CensusRow {
  kind: CensusKind;
  /** Where it was seen: `author`, `committer`, `trailer:Co-authored-by`, `trailer`, `message`. */
  where: string;
  /** What was seen, normalised for counting (an identity as `name <address>`, a trailer key, a footer's words). */
  value: string;
  /** Commits it appears in. */
  commits: number;
  /** One commit to check it against. */
  example: string;
}

export interface Census {
  commits: number;
  /** Commits with at least one catalogue signal. */
  marked: number;
  /** Catalogue ids that matched, with their commit counts. */
  known: { id: string; commits: number }[];
  /** What looks like an agent but no catalogue entry knows, most frequent first. */
  unknown: CensusRow[];
}

// Words that make an identity, trailer or footer worth a look. A census is read by a person, so
// this errs on the side of listing too much.
const AGENTISH =
  /\b(?:ai|agent|agents|assistant|bot|claude|copilot|cursor|codex|devin|jules|gemini|gpt|llm|openhands|opendevin|aider|cline|roo|roomote|continue|sweep|factory|droid|amazon-q|codeium|windsurf|tabnine|qodo|coderabbit|autofix|openai|anthropic|model)\b/i;
const AGENTISH_TRAILER_KEY = /(?:^|-)(?:generated|assisted|ai|agent|model|llm|prompt|session|tool|with)(?:-|$)/i;
// Trailer keys people use for their own purposes; never an agent's mark by themselves.
const ORDINARY_TRAILER_KEYS = new Set(['signed-off-by', 'reviewed-by', 'acked-by', 'tested-by', 'reported-by', 'suggested-by', 'change-id', 'fixes', 'closes', 'refs', 'see-also', 'cc', 'co-authored-by']);
// A footer line such as "🤖 Generated with [Tool](https://…)" or "Created by Tool".
const FOOTER = /^\W{0,4}((?:partly |partially )?(?:generated|created|written|authored|made|co-created|assisted) (?:with|by|using)) (.{1,80})$/i;

const NON_AI = new Set(NON_AI_BOTS.flatMap((bot) => [bot.login, bot.email].filter((value): value is string => value !== undefined).map((value) => value.toLowerCase())));

// GitHub's web-flow committer on every merge made in the browser: not an author.
const WEB_FLOW = 'noreply@github.com';

function looksLikeAgent(seen: SeenIdentity): boolean {
  const address = seen.address.toLowerCase();
  if (address === WEB_FLOW || NON_AI.has(address) || loginsOf(seen).some((login) => NON_AI.has(login))) return false;
  // The local part only: a domain such as `….ai` says where a person works, not what wrote the code.
  const local = address.split('@')[0] ?? '';
  return loginsOf(seen).some(isBotLogin) || AGENTISH.test(seen.name) || AGENTISH.test(local) || local === 'noreply';
}

/** A footer's tool, without links: `Generated with [Claude Code](https://…)` → `Generated with Claude Code`. */
function footerOf(line: string): string | null {
  const match = FOOTER.exec(line.trim());
  if (!match?.[1] || !match[2]) return null;
  const tool = match[2].replace(/\]\([^)]*\)/g, ']').replace(/[[\]]/g, '').replace(/\s*\(?https?:\/\/\S*\)?/g, '').trim();
  if (!AGENTISH.test(tool) && !AGENTISH.test(match[2])) return null;
  return `${match[1]} ${tool}`;
}

class Tally {
  private readonly rows = new Map<string, CensusRow>();

  add(kind: CensusKind, where: string, value: string, sha: string, counted: Set<string>): void {
    const key = `${kind}\u0000${where}\u0000${value.toLowerCase()}`;
    if (counted.has(key)) return;
    counted.add(key);
    const row = this.rows.get(key);
    if (row) row.commits++;
    else this.rows.set(key, { kind, where, value, commits: 1, example: sha });
  }

  sorted(): CensusRow[] {
    return [...this.rows.values()].sort((a, b) => b.commits - a.commits || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
}

/** The census of a list of commits under the given rules (the catalogue, plus a config's additions). */
export function takeCensus(commits: readonly CommitInfo[], rules: SignalRules): Census {
  const tally = new Tally();
  const known = new Map<string, number>();
  let marked = 0;
  for (const commit of commits) {
    const signals = commitSignals(commit, rules);
    if (signals.length > 0) marked++;
    const ids = new Set(signals.flatMap((signal) => (signal.id ? [signal.id] : [])));
    for (const id of ids) known.set(id, (known.get(id) ?? 0) + 1);
    // A place that already gave a signal is known; what else is there is the census.
    const explained = new Set(signals.map((signal) => `${signal.source}\u0000${signal.detail}`));
    const counted = new Set<string>();
    const trailers = parseTrailers(commit.message);
    for (const seen of commitIdentities(commit, trailers)) {
      if (explained.has(`${seen.source}\u0000${seen.detail}`) || !looksLikeAgent(seen)) continue;
      const where = seen.source.startsWith('trailer:') ? 'trailer:Co-authored-by' : seen.source;
      tally.add('identity', where, `${seen.name} <${seen.address}>`, commit.sha, counted);
    }
    for (const trailer of trailers) {
      const key = trailer.key.toLowerCase();
      if (ORDINARY_TRAILER_KEYS.has(key) || explained.has(`trailer:${trailer.key}\u0000${trailer.line}`)) continue;
      if (AGENTISH_TRAILER_KEY.test(trailer.key)) tally.add('trailer', 'trailer', trailer.key, commit.sha, counted);
    }
    for (const line of commit.message.split(/\r?\n/)) {
      if (explained.has(`message\u0000${line.trimEnd()}`)) continue;
      const footer = footerOf(line);
      if (footer) tally.add('footer', 'message', footer, commit.sha, counted);
    }
  }
  return {
    commits: commits.length,
    marked,
    known: [...known].map(([id, count]) => ({ id, commits: count })).sort((a, b) => b.commits - a.commits || (a.id < b.id ? -1 : 1)),
    unknown: tally.sorted(),
  };
}
