// One SARIF result → a finding, or the one bucket of the summary it is counted in.
import type * as sarif from 'sarif';
import type { ChangedFile, Finding } from '../../model.js';
import type { ProvenanceLookup } from '../../provenance/lookup.js';
import { provenanceOfRange } from '../../provenance/lookup.js';
import type { PathMapper } from '../paths.js';
import type { SarifFilterMode } from './config.js';
import { decideFilter } from './filter.js';
import type { FingerprintInput } from './fingerprint.js';
import { locateResult } from './locate.js';
import { helpUriOf, levelOf, messageOf, ruleContextOf, securitySeverityOf, tagsOf } from './rules.js';
import { isFailure, isNew } from './status.js';
import type { UriContext } from './uri.js';

export interface ClassifyContext {
  mode: SarifFilterMode;
  mapPath: PathMapper;
  /** Tracked at head; empty when unknown (then every mapped path counts as in the repository). */
  tracked: Set<string>;
  changedByPath: Map<string, ChangedFile>;
  provenance: ProvenanceLookup;
}

/** The finding's fingerprint is filled in later, once the code it points at has been read. */
export interface KeptResult {
  bucket: 'kept';
  finding: Finding;
  fingerprint: Omit<FingerprintInput, 'fileLines'>;
}

export type Classified =
  | { bucket: 'notFailures' | 'notNew' | 'outsideFilter' }
  | { bucket: 'unlocated'; entry: { tool: string; ruleId: string; location: string; reason: string } }
  | KeptResult;

/** Checked in this order: not a failure, not new, not located, outside the filter mode, kept. */
export function classifyResult(result: sarif.Result, run: sarif.Run, uriContext: UriContext, context: ClassifyContext): Classified {
  const tool = run.tool.driver.name;
  const rule = ruleContextOf(result, run);
  const level = levelOf(result, rule, run);
  if (!isFailure(result) || level === 'none') return { bucket: 'notFailures' };
  if (!isNew(result)) return { bucket: 'notNew' };

  const located = locateResult(result, uriContext, context.mapPath);
  if (located.path === null) {
    return { bucket: 'unlocated', entry: { tool, ruleId: rule.ruleId, location: located.uri, reason: located.reason } };
  }
  // mapToRepoPath keeps untracked paths under the checkout (generated files, image names that
  // look like paths); they are not part of the repository's code at head.
  if (context.tracked.size > 0 && !context.tracked.has(located.path)) {
    const reason = `"${located.path}" is not a file tracked at head`;
    return { bucket: 'unlocated', entry: { tool, ruleId: rule.ruleId, location: located.uri, reason } };
  }
  const changedFile = context.changedByPath.get(located.path);
  const decision = decideFilter(context.mode, changedFile, located.lines);
  if (!decision.keep) return { bucket: 'outsideFilter' };

  const message = messageOf(result, rule);
  // A file-level result is reported on line 1, where annotations of a whole file go; its
  // provenance is the whole file's: any AI-written line of it counts.
  const startLine = located.lines?.startLine ?? 1;
  const endLine = located.lines?.endLine ?? 1;
  // Only added lines have a provenance: the lookup never walks past the last one, however far the
  // region claims to reach (an endLine of 2^53 − 1 is valid SARIF).
  const lastAdded = changedFile?.addedLines.at(-1) ?? startLine;
  const provenanceEnd = located.lines ? Math.min(endLine, lastAdded) : lastAdded;
  const finding: Finding = {
    ruleId: rule.ruleId,
    level,
    path: located.path,
    startLine,
    endLine,
    message,
    source: 'sarif',
    provenance: provenanceOfRange(context.provenance, located.path, startLine, provenanceEnd),
    fingerprint: '',
    tool,
    tags: tagsOf(result, rule),
    onAddedLine: decision.onAddedLine,
  };
  const helpUri = helpUriOf(rule);
  if (helpUri !== undefined) finding.helpUri = helpUri;
  const securitySeverity = securitySeverityOf(result, rule);
  if (securitySeverity !== undefined) finding.securitySeverity = securitySeverity;
  const fingerprint = { tool, ruleId: rule.ruleId, path: located.path, lines: located.lines, partialFingerprints: result.partialFingerprints, message };
  return { bucket: 'kept', finding, fingerprint };
}
