// Whether a result is a failure, and whether it is new. Results that are neither are counted, not kept.
import type * as sarif from 'sarif';

/** `kind` absent means `fail`; any other kind (pass, open, review, notApplicable, …) is not a failure. */
export function isFailure(result: sarif.Result): boolean {
  return (result.kind ?? 'fail') === 'fail';
}

/**
 * Not new: suppressed by an accepted suppression (status absent or `accepted`; `underReview` and
 * `rejected` do not count), or already present in the baseline (`unchanged`, `absent`).
 */
export function isNew(result: sarif.Result): boolean {
  const accepted = (result.suppressions ?? []).some((suppression) => (suppression.status ?? 'accepted') === 'accepted');
  const inBaseline = result.baselineState === 'unchanged' || result.baselineState === 'absent';
  return !accepted && !inBaseline;
}
