// The one place configuration is read: the YAML policy file, with action inputs or CLI flags merged
// over it, validated once by the schema, rule options checked and path policies compiled, before any
// stage runs. The two entry points (cli.ts, github/action.ts) call `loadConfig` and pass the result on.
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { resolveRuleSettings } from './rules.js';
import { Revision, type BlobReader } from '../git/index.js';
import { InputError, printableLine } from '../errors.js';
import type { PolicyChange, Sha } from '../model.js';
import { compilePolicy, type Policy } from '../policy/compile.js';
import { configSchema, type Config, type PolicySource } from './schema.js';

/** A configuration ready for every stage: validated, defaults filled in, rule options checked, globs compiled. */
export interface LoadedConfig {
  config: Config;
  /** `config.policy` compiled once (path overrides, ignore list). */
  policy: Policy;
  /** Set when the head's policy file differs from the base's: reported, applied only with `policy-source: head`. */
  policyChange: PolicyChange | null;
}

export interface ConfigRequest {
  /** The config file on disk (the checkout: the head side); null for none. */
  path: string | null;
  /** The user named the file: then it must exist. */
  required: boolean;
  /** Action inputs or CLI flags, merged over the file. */
  overrides: Record<string, unknown>;
  /**
   * Where overridden settings came from, by key (`publish.comment` → `input comment`): a bad value there is the
   * input's mistake, and the message names the input, not the file it was merged over.
   */
  overrideNames?: Readonly<Record<string, string>>;
  /**
   * The change being judged: the policy is read from its base commit, and it edits the policy when
   * the file differs between base and head. Null when there is no change to read (publish mode
   * reads the default branch's checkout, which is the trusted side).
   */
  /** Where to read the policy file as committed; `objects` is the run's cat-file, if it has one. */
  revisions: { repo: string; base: Sha; head: Sha; objects?: BlobReader } | null;
}

/**
 * Validates a config object; the first problem becomes an InputError naming the key, and where the value came from:
 * the file (`origin`), or the input or flag `overrideNames` gives for that key.
 */
export function parseConfig(raw: unknown, origin: string, overrideNames: Readonly<Record<string, string>> = {}): Config {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // Keys and values come from the file: a quoted key may hold a line break, which must not split the message.
  const key = issue && issue.path.length > 0 ? printableLine(issue.path.join('.')) : '(top level)';
  const message = issue ? printableLine(issue.message, 300) : 'invalid';
  const override = Object.hasOwn(overrideNames, key) ? overrideNames[key] : undefined;
  throw new InputError(override ? `${override} (${key}): ${message}` : `${origin}: ${key}: ${message}`);
}

/**
 * Reads and resolves the configuration. By default the policy comes from the base commit: a pull
 * request cannot loosen the gate that judges it. `policy-source: head` (from the base's file or an
 * input, never from the file the change brings) applies the file on disk instead: the checkout in
 * CI, the working copy on a developer's machine. The file on disk is validated either way, so its
 * author learns of a mistake; a change whose head commit edits the file is reported.
 */
export async function loadConfig(request: ConfigRequest): Promise<LoadedConfig> {
  const diskText = await readConfigFile(request.path, request.required);
  const diskConfig = parseConfig(mergeDeep(await parseConfigText(diskText, request.path), request.overrides), request.path ?? 'configuration', request.overrideNames);
  const revisions = request.revisions;
  const inRepository = revisions && request.path ? pathInRepository(revisions.repo, request.path) : null;

  let config = diskConfig;
  let policyChange: PolicyChange | null = null;
  if (revisions && inRepository !== null) {
    const [baseText, headText] = await Promise.all([
      readConfigAtRevision(revisions, revisions.base, inRepository),
      readConfigAtRevision(revisions, revisions.head, inRepository),
    ]);
    const origin = `${inRepository} at base ${revisions.base.slice(0, 12)}`;
    // Usually the file on disk is the one committed at base: validated once, not twice.
    const baseConfig = normalise(baseText) === normalise(diskText) ? diskConfig : parseConfig(mergeDeep(await parseConfigText(baseText, origin), request.overrides), origin, request.overrideNames);
    const source: PolicySource = baseConfig['policy-source'];
    if (normalise(baseText) !== normalise(headText)) policyChange = { path: inRepository, source, applied: source === 'head' };
    config = source === 'head' ? diskConfig : baseConfig;
  }
  config = { ...config, analysis: resolveRuleSettings(config.analysis) };
  return { config, policy: compilePolicy(config.policy), policyChange };
}

async function readConfigFile(path: string | null, required: boolean): Promise<string | null> {
  if (!path) return null;
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return null;
    throw new InputError(`cannot read config file ${path}: ${code ?? 'unknown error'}`);
  }
}

async function readConfigAtRevision(revisions: { repo: string; objects?: BlobReader }, sha: Sha, path: string): Promise<string | null> {
  // The SHAs are resolved already (the range): no rev-parse, and the run's cat-file when there is one.
  using revision = Revision.ofResolvedSha(revisions.repo, sha, revisions.objects);
  const blob = await revision.readBlob(path);
  return blob === null ? null : blob.toString('utf8');
}

/** The config path relative to the repository folder, POSIX separators; null when it lies outside. */
function pathInRepository(repo: string, path: string): string | null {
  const inside = relative(repo, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return inside.split(sep).join('/');
}

/** Line endings differ between a checkout and the blob on some systems; they do not change the policy. */
function normalise(text: string | null): string | null {
  return text === null ? null : text.replace(/\r\n/g, '\n');
}

async function parseConfigText(text: string | null, origin: string | null): Promise<Record<string, unknown>> {
  if (text === null) return {};
  // The YAML library loads only when there is a file to read (a run without one starts faster).
  const loaded = await import('yaml');
  // A CommonJS package: Node offers its exports as named exports, the bundle only as `default`.
  const parseYaml = typeof loaded.parse === 'function' ? loaded.parse : (loaded as unknown as { default: typeof loaded }).default.parse;
  let parsed: unknown;
  try {
    // Errors throw (one line below); warnings (say, an unknown `!tag`) are not printed: the file is
    // pull-request text, and the schema check that follows says what is wrong with a value.
    parsed = parseYaml(text, { logLevel: 'error' });
  } catch (error) {
    throw new InputError(`${origin}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (parsed !== null && parsed !== undefined && (typeof parsed !== 'object' || Array.isArray(parsed))) {
    throw new InputError(`${origin}: expected a mapping of settings at the top level`);
  }
  return (parsed as Record<string, unknown> | null) ?? {};
}

/** Merges plain objects key by key; `over` wins; arrays and scalars are replaced, undefined ignored. */
export function mergeDeep(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const existing = merged[key];
    if (isPlainObject(existing) && isPlainObject(value)) merged[key] = mergeDeep(existing, value);
    else merged[key] = value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
