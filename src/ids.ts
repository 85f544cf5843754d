// The three identifiers that cross stages — a file of the repository, a commit, a rule — as branded
// strings. A brand is compile-time only (the JSON report is unchanged): it says the string was made
// by the one function below that checks it, so a stage cannot hand a working-folder path, a ref name
// or a message where a repository path, a full SHA or a rule id is expected.
//
// Where each one is made:
// - RepoPath: `repositoryPath` (null for a path that leaves the repository) or `toRepoPath` (an
//   InputError naming where the path came from): the diff parser, the Revision's reads, the mapper of
//   other tools' paths (src/evidence/paths.ts). Git's tree listing is taken as it is (git prints
//   root-relative, normalised paths).
// - Sha: `toSha` / `isSha`, where a SHA enters from git's output (cat-file, rev-parse, merge-base,
//   log, blame); `shaSchema` when a JSON report is read back.
// - RuleId: a diffgate rule's `meta.id` (kebab-case, checked by `toRuleId` when the rule is created)
//   or a scanner's rule id as its SARIF gives it (`scannerRuleId`: untrusted text, kept verbatim —
//   scanners name rules as they like, `js/sql-injection`, `S1481`, `no-empty`).
// The zod schemas below carry the brands into the model's types (src/model.ts) and check the format
// when a report is read back.
import { posix } from 'node:path';
import * as z from './zod.js';
import { InputError } from './errors.js';

/** A path as the repository root names it: relative, `/`-separated, normalised, inside the repository. */
export type RepoPath = string & z.$brand<'RepoPath'>;
/** A full commit SHA: 40 (SHA-1) or 64 (SHA-256) lowercase hex digits. */
export type Sha = string & z.$brand<'Sha'>;
/** The id of a diffgate rule (kebab-case) or of a scanner's rule (its own text). */
export type RuleId = string & z.$brand<'RuleId'>;

export const repoPathSchema = z
  .string()
  .check(
    z.minLength(1),
    z.refine((path) => repositoryPath(path) === path, { message: 'not a normalised repository-relative path' }),
  )
  .brand<'RepoPath'>();

export const shaSchema = z
  .string()
  .check(z.refine((text) => isSha(text), { message: 'not a full commit SHA' }))
  .brand<'Sha'>();

export const ruleIdSchema = z.string().check(z.minLength(1)).brand<'RuleId'>();

/**
 * A path as the repository root names it (`a/b.ts`), or null for one that leaves the repository.
 * Callers join paths from manifests and imports (`./src/index.ts`, `packages/x/../y`); git's
 * `sha:path` would read `./` and `../` relative to the working folder instead.
 */
export function repositoryPath(path: string): RepoPath | null {
  if (path === '' || path.startsWith('/')) return null;
  const normalised = posix.normalize(path);
  if (normalised === '.' || normalised === '..' || normalised.startsWith('../')) return null;
  return (normalised.endsWith('/') ? normalised.slice(0, -1) : normalised) as RepoPath;
}

/** `path` as a repository path, or an InputError naming where it came from (`source`). */
export function toRepoPath(path: string, source: string): RepoPath {
  const inRepository = repositoryPath(path);
  if (inRepository === null) throw new InputError(`${source}: "${path}" is not a path inside the repository`);
  return inRepository;
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export function isSha(text: string): text is Sha {
  return SHA.test(text);
}

/** `text` as a full SHA, or an InputError naming where it came from (`source`). */
export function toSha(text: string, source: string): Sha {
  if (!isSha(text)) throw new InputError(`${source}: "${text}" is not a full commit SHA (40 or 64 lowercase hex digits)`);
  return text;
}

const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A diffgate rule's id: kebab-case, also its docs page name. A malformed one is a programming error. */
export function toRuleId(id: string): RuleId {
  if (!KEBAB_CASE.test(id)) throw new Error(`rule id "${id}" is not kebab-case`);
  return id as RuleId;
}

/** A scanner's rule id, verbatim: what the SARIF says identifies the rule (untrusted text). */
export function scannerRuleId(id: string): RuleId {
  return id as RuleId;
}
