// Which policy applies to a path: the top-level settings with every matching `overrides` entry
// merged over them in order (later entries win, key by key), and whether the path is ignored.
// Compiled once when the configuration is loaded (see compile.ts).
import { compileGlobs } from '../config/glob.js';
import { mergeDeep } from '../config/load.js';
import type { PathOverride, PathPolicy, PolicyConfig } from './config.js';

export type PathSettingKey = keyof PathPolicy;

export interface PathPolicies {
  /** The settings for one path (cached per path). */
  policyFor(path: string): PathPolicy;
  isIgnored(path: string): boolean;
  /** The globs of the overrides that match `path` and set `key`, in order; empty when none does. */
  overridingGlobs(path: string, key: PathSettingKey): string[];
}

export function makePathPolicies(config: PolicyConfig): PathPolicies {
  const base: PathPolicy = {
    'missing-tests': config['missing-tests'],
    'error-handling': config['error-handling'],
    'rule-findings': config['rule-findings'],
    sarif: config.sarif,
    'changed-coverage': config['changed-coverage'],
    mutation: config.mutation,
    'small-change-lines': config['small-change-lines'],
    levels: config.levels,
  };
  const overrides = config.overrides.map((entry) => ({ entry, globs: compileGlobs(entry.paths) }));
  const ignored = compileGlobs(config.ignore);
  const cache = new Map<string, PathPolicy>();

  function matching(path: string): PathOverride[] {
    return overrides.filter((override) => override.globs.matches(path)).map((override) => override.entry);
  }

  return {
    policyFor(path) {
      let policy = cache.get(path);
      if (!policy) {
        policy = base;
        for (const entry of matching(path)) {
          const { paths: _paths, ...settings } = entry;
          policy = mergeDeep(policy as unknown as Record<string, unknown>, settings) as unknown as PathPolicy;
        }
        cache.set(path, policy);
      }
      return policy;
    },
    isIgnored: (path) => ignored.matches(path),
    overridingGlobs(path, key) {
      return matching(path)
        .filter((entry) => entry[key] !== undefined)
        .flatMap((entry) => entry.paths);
    },
  };
}
