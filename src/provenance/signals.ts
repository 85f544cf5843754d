// Matching commits and pull requests against the catalogue. Pure functions over plain data.
import type { Signal } from '../model.js';
import { InputError } from '../errors.js';
import type { PullRequestInfo } from '../event.js';
import type { CatalogueEntry } from './catalogue.js';
import { AI_SIGNALS, NON_AI_BOTS } from './catalogue.js';
import type { ProvenanceConfig } from './config.js';
import type { SeenIdentity } from './identity.js';
import { hasAddress, isBotLogin, isListed, isLogin, parseNameAddress } from './identity.js';
import type { Sha } from '../ids.js';

export interface Identity {
  name: string;
  email: string;
}

export interface CommitInfo {
  sha: Sha;
  parents: string[];
  author: Identity;
  committer: Identity;
  /** The full message: subject, body and trailers. Untrusted text. */
  message: string;
}

/** The active rules: the built-in catalogue minus what the config switched off, plus what it added. */
export interface SignalRules {
  entries: CatalogueEntry[];
  /** Lower-cased identities that never count as an AI signal. */
  neverAi: Set<string>;
  /** Lower-cased PR labels that mark the pull request as AI-written. */
  aiLabels: Set<string>;
}

const CUSTOM_TOOL = 'custom';

function customEntries(config: ProvenanceConfig): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  for (const identity of config['ai-identities']) {
    const match = identity.includes('@') ? 'address' : 'login';
    entries.push({ id: `config:${identity}`, tool: CUSTOM_TOOL, match, value: identity, confidence: 'high' });
  }
  for (const trailer of config['ai-trailers']) {
    const colon = trailer.indexOf(':');
    const key = (colon === -1 ? trailer : trailer.slice(0, colon)).trim();
    const value = colon === -1 ? undefined : trailer.slice(colon + 1).trim();
    entries.push({
      id: `config:${trailer}`,
      tool: CUSTOM_TOOL,
      match: 'trailer',
      value: key,
      ...(value ? { trailerValue: value } : {}),
      confidence: 'high',
    });
  }
  for (const marker of config['ai-markers']) {
    entries.push({ id: `config:${marker}`, tool: CUSTOM_TOOL, match: 'body-marker', value: marker, confidence: 'high' });
  }
  return entries;
}

/** Whether `provenance.disable` switches this entry off, by its id or an id it absorbed. */
function isDisabled(entry: CatalogueEntry, disabled: ReadonlySet<string>): boolean {
  return disabled.has(entry.id) || (entry.formerIds ?? []).some((id) => disabled.has(id));
}

export function buildSignalRules(config: ProvenanceConfig): SignalRules {
  const disabled = new Set(config.disable);
  const knownIds = new Set(AI_SIGNALS.flatMap((entry) => [entry.id, ...(entry.formerIds ?? [])]));
  const unknownIds = config.disable.filter((id) => !knownIds.has(id));
  if (unknownIds.length > 0) {
    // A typo here would silently keep a signal on: say so instead.
    throw new InputError(
      `provenance.disable in the config names unknown signal ids: ${unknownIds.join(', ')} (see docs/provenance.md for the ids)`,
    );
  }
  return {
    entries: [...AI_SIGNALS.filter((entry) => !isDisabled(entry, disabled)), ...customEntries(config)],
    neverAi: new Set(config['never-ai'].map((identity) => identity.toLowerCase())),
    aiLabels: new Set(config['ai-labels'].map((label) => label.toLowerCase())),
  };
}

export interface Trailer {
  key: string;
  value: string;
  /** The whole line, for the signal's detail. */
  line: string;
}

// `Key: value` at the very start of a line. Quoted (`> Key:`) and indented lines do not count;
// anywhere in the message does, because squash merges put trailers after a `---------` separator.
// (No lazy `.*?` before `\s*$`: on a long run of spaces that backtracks quadratically.)
const TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9-]*):[ \t]*(.*)$/;

export function parseTrailers(message: string): Trailer[] {
  const trailers: Trailer[] = [];
  for (const line of message.split(/\r?\n/)) {
    const text = line.trimEnd();
    const match = TRAILER_LINE.exec(text);
    if (match?.[1] !== undefined) trailers.push({ key: match[1], value: (match[2] ?? '').trim(), line: text });
  }
  return trailers;
}

/** The address inside the last `<…>` of a trailer value (`Name <address>`), lower-cased; null without one. */
export function trailerAddress(value: string): string | null {
  const { address } = parseNameAddress(value);
  return address === '' ? null : address.toLowerCase();
}

const LEADING_EMOJI = /^\p{Extended_Pictographic}\uFE0F?[ \t]*/u;
const CO_AUTHOR_KEY = 'co-authored-by';

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function formatIdentity(identity: Identity): string {
  return `${identity.name} <${identity.email}>`;
}

// Enough to check a signal by hand; a commit message line can be any length.
const MAX_DETAIL_CHARS = 300;

function signal(entry: CatalogueEntry, kind: Signal['kind'], source: string, detail: string): Signal {
  const short = detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS - 1)}…` : detail;
  return { kind, source, detail: short, tool: entry.tool, confidence: entry.confidence, id: entry.id };
}

/** A commit as the pull request's commits API reports it: the GitHub accounts GitHub linked to its author and committer. */
export interface PullRequestCommit {
  sha: string;
  /** The author's GitHub login, when GitHub linked one (empty otherwise). */
  authorLogin: string;
  committerLogin: string;
}

function gitIdentity(source: string, identity: Identity): SeenIdentity {
  return { source, name: identity.name, address: identity.email, login: '', nameIsLogin: true, detail: formatIdentity(identity) };
}

/** Every co-author a commit message names, case-insensitive on the key (`Co-Authored-By` is common). */
function coAuthors(trailers: Trailer[]): SeenIdentity[] {
  return trailers
    .filter((trailer) => trailer.key.toLowerCase() === CO_AUTHOR_KEY)
    .map((trailer) => {
      const { name, address } = parseNameAddress(trailer.value);
      // A co-author's name is free text; only a `…[bot]` login there names an account.
      return { source: `trailer:${trailer.key}`, name, address, login: '', nameIsLogin: isBotLogin(name), detail: trailer.line };
    });
}

/** Where identities appear in a commit: author, committer (when another), co-authors, and the accounts the API linked. */
export function commitIdentities(commit: CommitInfo, trailers: Trailer[], linked?: PullRequestCommit): SeenIdentity[] {
  // The committer is usually the author: one signal per identity, not two.
  const sameIdentity = same(commit.author.name, commit.committer.name) && same(commit.author.email, commit.committer.email);
  const seen: SeenIdentity[] = [gitIdentity('author', commit.author), ...(sameIdentity ? [] : [gitIdentity('committer', commit.committer)])];
  seen.push(...coAuthors(trailers));
  if (linked) {
    for (const [source, login] of [
      ['pr:commit-author', linked.authorLogin],
      ['pr:commit-committer', linked.committerLogin],
    ] as const) {
      if (login !== '') seen.push({ source, name: '', address: '', login, nameIsLogin: false, detail: login });
    }
  }
  return seen;
}

/** Whether a `login` or `address` entry is this identity. */
function isIdentity(entry: CatalogueEntry, seen: SeenIdentity): boolean {
  if (entry.match === 'address') return hasAddress(seen, entry.value);
  if (entry.match === 'login') return isLogin(seen, entry.value);
  return false;
}

/** Signals for the identities that appear, one per entry and identity; `never-ai` identities are skipped wherever they appear. */
function identitySignals(entry: CatalogueEntry, seen: SeenIdentity[], rules: SignalRules, kind: Signal['kind']): Signal[] {
  return seen.filter((identity) => isIdentity(entry, identity) && !isListed(identity, rules.neverAi)).map((identity) => signal(entry, kind, identity.source, identity.detail));
}

/** The AI signals a commit carries (empty when none). `linked` is what the pull request's commits API says about it, when known. */
export function commitSignals(commit: CommitInfo, rules: SignalRules, linked?: PullRequestCommit): Signal[] {
  const signals: Signal[] = [];
  const lines = commit.message.split(/\r?\n/);
  const subject = lines[0] ?? '';
  const trailers = parseTrailers(commit.message);
  const seen = commitIdentities(commit, trailers, linked);
  const gitPeople = seen.filter((identity) => identity.source === 'author' || identity.source === 'committer');
  for (const entry of rules.entries) {
    switch (entry.match) {
      case 'address':
      case 'login':
        signals.push(...identitySignals(entry, seen, rules, 'commit'));
        break;
      case 'name-suffix':
        for (const identity of gitPeople) {
          if (identity.name.endsWith(entry.value)) signals.push(signal(entry, 'commit', identity.source, identity.detail));
        }
        break;
      case 'trailer':
        for (const trailer of trailers) {
          if (!same(trailer.key, entry.value)) continue;
          if (entry.trailerValue !== undefined && !same(trailer.value, entry.trailerValue)) continue;
          signals.push(signal(entry, 'commit', `trailer:${trailer.key}`, trailer.line));
        }
        break;
      case 'subject-prefix':
        if (subject.toLowerCase().startsWith(entry.value.toLowerCase())) signals.push(signal(entry, 'commit', 'subject', subject));
        break;
      case 'body-marker':
        for (const line of lines) {
          const text = line.replace(LEADING_EMOJI, '');
          if (text.toLowerCase().startsWith(entry.value.toLowerCase())) signals.push(signal(entry, 'commit', 'message', line.trimEnd()));
        }
        break;
      default:
        break;
    }
  }
  return signals;
}

/** Signals that mark the whole pull request: opener, head branch, body markers, labels. */
export function pullRequestSignals(pullRequest: PullRequestInfo, rules: SignalRules): Signal[] {
  const signals: Signal[] = [];
  const opener = pullRequest.author;
  const openers: SeenIdentity[] = opener === '' ? [] : [{ source: 'pr:opener', name: '', address: '', login: opener, nameIsLogin: false, detail: opener }];
  for (const entry of rules.entries) {
    switch (entry.match) {
      case 'login':
        signals.push(...identitySignals(entry, openers, rules, 'pull-request'));
        break;
      case 'pr-opener':
        if (opener !== '' && same(opener, entry.value) && !rules.neverAi.has(opener.toLowerCase())) {
          signals.push(signal(entry, 'pull-request', 'pr:opener', opener));
        }
        break;
      case 'branch-prefix':
        if (pullRequest.headRef.startsWith(entry.value)) signals.push(signal(entry, 'pull-request', 'pr:branch', pullRequest.headRef));
        break;
      case 'pr-body-marker':
        if (pullRequest.body.includes(entry.value)) signals.push(signal(entry, 'pull-request', 'pr:body', entry.value));
        break;
      default:
        break;
    }
  }
  for (const label of pullRequest.labels) {
    if (rules.aiLabels.has(label.toLowerCase())) {
      signals.push({ kind: 'pull-request', source: 'pr:label', detail: label, confidence: 'high', id: 'config:ai-labels' });
    }
  }
  return signals;
}

const NON_AI_BOT_LOGINS = new Set(NON_AI_BOTS.flatMap((bot) => (bot.login ? [bot.login.toLowerCase()] : [])));
const NON_AI_BOT_EMAILS = new Set(NON_AI_BOTS.flatMap((bot) => (bot.email ? [bot.email.toLowerCase()] : [])));

/**
 * Whether an author is a person. GitHub Apps (`…[bot]` names and noreply addresses) and the
 * listed automation accounts are not: what they commit without an AI signal is `unknown`.
 */
export function isPerson(identity: Identity): boolean {
  const name = identity.name.toLowerCase();
  const email = identity.email.toLowerCase();
  if (name.endsWith('[bot]') || NON_AI_BOT_LOGINS.has(name)) return false;
  if (NON_AI_BOT_EMAILS.has(email) || /\[bot\]@users\.noreply\.github\.com$/.test(email)) return false;
  return true;
}
