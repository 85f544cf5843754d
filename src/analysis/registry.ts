// Every rule the analysis runs, in the order their findings are listed. One file per rule in rules/.
import type { Rule, RuleCategory } from './rule.js';
import { emptyCatch } from './rules/empty-catch.js';
import { floatingPromise } from './rules/floating-promise.js';
import { focusedOrSkippedTest } from './rules/focused-or-skipped-test.js';
import { lostErrorCause } from './rules/lost-error-cause.js';
import { lostExitCode } from './rules/lost-exit-code.js';
import { missingTests } from './rules/missing-tests.js';
import { placeholderCode } from './rules/placeholder-code.js';
import { suppressedCheck } from './rules/suppressed-check.js';
import { swallowedError } from './rules/swallowed-error.js';
import { testWithoutAssertion } from './rules/test-without-assertion.js';
import { throwLiteral } from './rules/throw-literal.js';
import { trivialAssertion } from './rules/trivial-assertion.js';
import { uncheckedFetch } from './rules/unchecked-fetch.js';
import { undeclaredDependency } from './rules/undeclared-dependency.js';
import { unguardedJsonParse } from './rules/unguarded-json-parse.js';

export const RULES: readonly Rule[] = [
  missingTests,
  emptyCatch,
  swallowedError,
  floatingPromise,
  uncheckedFetch,
  unguardedJsonParse,
  throwLiteral,
  lostErrorCause,
  lostExitCode,
  undeclaredDependency,
  placeholderCode,
  suppressedCheck,
  testWithoutAssertion,
  focusedOrSkippedTest,
  trivialAssertion,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}

/** The ids of the registered rules in a category, in registry order: the policy's rule sets come from here. */
export function ruleIdsInCategory(category: RuleCategory): string[] {
  return RULES.filter((rule) => rule.meta.category === category).map((rule) => rule.meta.id);
}
