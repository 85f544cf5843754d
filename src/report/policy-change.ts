// The one sentence every rendering gives when a change edits the policy file (#15 item 6): readers
// must see that the gate judged the change by a policy the change did not write, or that it did.
import type { PolicyChange } from '../model.js';

/** Plain text; the caller escapes it for its medium (the path is the configured policy file). */
export function describePolicyChange(change: PolicyChange): string {
  return change.applied
    ? `This change edits the policy file ${change.path}; its version was applied (policy-source: head).`
    : `This change edits the policy file ${change.path}; the base revision's policy was applied, not the change's (policy-source: base).`;
}
