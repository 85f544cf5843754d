// The policy as the judge uses it: the validated `policy:` settings plus their path globs compiled
// once, when the configuration is loaded, instead of once per stage that asks.
import type { PolicyConfig } from './config.js';
import { makePathPolicies, type PathPolicies } from './paths.js';

export interface Policy {
  config: PolicyConfig;
  paths: PathPolicies;
}

export function compilePolicy(config: PolicyConfig): Policy {
  return { config, paths: makePathPolicies(config) };
}
