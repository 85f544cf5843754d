// Branded ids for test fixtures, made through the same constructors as the code's (src/ids.ts), so a
// malformed fixture fails loudly instead of passing a brand it would not get in a run.
import { scannerRuleId, toRepoPath, toSha, type RepoPath, type RuleId, type Sha } from '../../src/ids.js';

export function repoPath(path: string): RepoPath {
  return toRepoPath(path, 'a test fixture');
}

export function sha(text: string): Sha {
  return toSha(text, 'a test fixture');
}

/** Any rule id a finding may carry: a diffgate rule's or a scanner's (`no-empty`, `js/sql-injection`). */
export function ruleId(id: string): RuleId {
  return scannerRuleId(id);
}
