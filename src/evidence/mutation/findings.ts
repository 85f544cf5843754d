// Surviving mutants as findings (`surviving-mutant`, source `mutation`), and the mutation result as
// the report's plain `mutation` section. Pure: the gate passes them to the one judge like every
// other finding, so `policy.ignore` and `policy.levels` apply to them.
import { fingerprintOf } from '../../analysis/fingerprint.js';
import { toRuleId } from '../../ids.js';
import type { Finding, MutationSummary } from '../../model.js';
import type { MutationResult } from './index.js';
import { survivorMessage } from './survivors.js';

export const SURVIVING_MUTANT_RULE = toRuleId('surviving-mutant');
/** The rule's documentation: how mutants are chosen and the score is counted. */
export const SURVIVING_MUTANT_HELP = 'https://github.com/diffgate/diffgate/blob/main/docs/mutation.md#surviving-mutants-as-findings-surviving-mutant';

/**
 * One finding per surviving mutant shown (at most one a line). Level `note`: a survivor has not been
 * measured against the false-positive bar louder rules meet; the score conditions gate. The
 * fingerprint hashes the mutated code and the mutation, not the line number, so it survives lines moving.
 */
export function survivingMutantFindings(result: MutationResult): Finding[] {
  const seen = new Map<string, number>();
  return result.survivors.map((survivor) => {
    const code = `${survivor.original}\0${survivor.mutant.mutatorName}\0${survivor.mutant.replacement ?? ''}`;
    const key = `${survivor.path}\0${code}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      ruleId: SURVIVING_MUTANT_RULE,
      level: 'note',
      path: survivor.path,
      startLine: survivor.line,
      endLine: survivor.line,
      message: survivorMessage(survivor),
      source: 'mutation',
      provenance: survivor.provenance,
      fingerprint: fingerprintOf(SURVIVING_MUTANT_RULE, survivor.path, code, occurrence),
      helpUri: SURVIVING_MUTANT_HELP,
      onAddedLine: true,
    };
  });
}

/** The report's `mutation` section: counts, files and the survivors shown, as plain data. */
export function mutationSummary(result: MutationResult): MutationSummary {
  return {
    all: result.all,
    ai: result.ai,
    files: result.files,
    survivors: result.survivors.map((survivor) => ({
      path: survivor.path,
      line: survivor.line,
      provenance: survivor.provenance,
      mutator: survivor.mutant.mutatorName,
      status: survivor.mutant.status,
      original: survivor.original,
      replacement: survivor.mutant.replacement,
    })),
    unmentioned: result.unmentioned,
    skipped: result.skipped,
    reports: result.reports,
    unmapped: result.unmapped,
  };
}
