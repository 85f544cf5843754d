// The identity model: every place an identity appears becomes one `SeenIdentity`, and one
// function decides whether a catalogue identity (a login or an address) is it. Pure functions.

/** An identity as it appears somewhere: a git author, committer or co-author, a PR opener, an API commit author. */
export interface SeenIdentity {
  /** Where it appeared: `author`, `committer`, `trailer:Co-authored-by`, `pr:opener`, `pr:commit-author`, … */
  source: string;
  /** A display name (git's name, a trailer's name); may be empty. */
  name: string;
  /** An email address; may be empty. */
  address: string;
  /** A GitHub login, when the channel reports one (the API, a PR opener); empty otherwise. */
  login: string;
  /** Whether `name` is as good as a login here: git author and committer names are, a co-author's name only when it is a `…[bot]` login. */
  nameIsLogin: boolean;
  /** The text to show as the signal's detail. */
  detail: string;
}

// GitHub's noreply addresses: `login@users.noreply.github.com` (older accounts) and
// `ID+login@users.noreply.github.com`. Only GitHub issues them, so the login inside is GitHub's word.
const NOREPLY = /^(?:\d+\+)?([^@+\s]+)@users\.noreply\.github\.com$/i;

/** The GitHub login inside a noreply address, lower-cased; null for any other address. */
export function noreplyLogin(address: string): string | null {
  const match = NOREPLY.exec(address.trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}

export function isBotLogin(login: string): boolean {
  return login.toLowerCase().endsWith('[bot]');
}

/** Every lower-cased login this identity shows: its reported login, its name where that counts as one, the login in a noreply address. */
export function loginsOf(seen: SeenIdentity): string[] {
  const logins = new Set<string>();
  if (seen.login !== '') logins.add(seen.login.toLowerCase());
  if (seen.nameIsLogin && seen.name !== '') logins.add(seen.name.toLowerCase());
  const fromAddress = noreplyLogin(seen.address);
  if (fromAddress) logins.add(fromAddress);
  return [...logins];
}

/** Whether the identity is this login (case-insensitive) wherever it shows one. */
export function isLogin(seen: SeenIdentity, login: string): boolean {
  return loginsOf(seen).includes(login.toLowerCase());
}

/** Whether the identity has this address (case-insensitive). */
export function hasAddress(seen: SeenIdentity, address: string): boolean {
  return seen.address !== '' && seen.address.toLowerCase() === address.toLowerCase();
}

/** Whether any of the identity's logins or its address is in the set (lower-cased entries). */
export function isListed(seen: SeenIdentity, listed: ReadonlySet<string>): boolean {
  if (seen.address !== '' && listed.has(seen.address.toLowerCase())) return true;
  return loginsOf(seen).some((login) => listed.has(login));
}

/** `Name <address>` of a `Co-authored-by` value; the address is empty when there is none. */
export function parseNameAddress(value: string): { name: string; address: string } {
  // Index arithmetic, not a regex: a lazy name group before `\s*<` backtracks quadratically on long lines.
  const text = value.trim();
  const open = text.lastIndexOf('<');
  const address = open === -1 || !text.endsWith('>') ? '' : text.slice(open + 1, -1);
  if (address === '' || /[\s<>]/.test(address)) return { name: text, address: '' };
  return { name: text.slice(0, open).trim(), address };
}
