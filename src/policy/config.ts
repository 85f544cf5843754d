import { z } from 'zod';
import { globListSchema } from '../config/glob.js';
import { LEVELS } from '../model.js';

// The `policy:` section of .github/diffgate.yml: conditions and thresholds. Owned by src/policy/.
// Every condition is `fail`, `warn` or `off`; conditions about findings and changed-line coverage
// have one setting for AI-written lines (`ai`) and one for all added lines (`all`).
// Defaults live here only. `overrides` entries reuse the same shapes without defaults, so that an
// entry changes only the keys it names.

const conditionLevel = z.enum(['fail', 'warn', 'off'], { error: 'expected one of fail, warn, off' });
const findingLevel = z.enum(LEVELS, { error: 'expected one of error, warning, note' });
const levelOrKeep = z.enum([...LEVELS, 'keep'], { error: 'expected one of error, warning, note, keep' });
const evidenceAction = z.enum(['error', 'fail', 'warn', 'pass'], { error: 'expected one of error, fail, warn, pass' });
const percent = z.number({ error: 'expected a percentage (0-100)' }).min(0, 'expected a percentage (0-100)').max(100, 'expected a percentage (0-100)');
const count = z.number({ error: 'expected a whole number ≥ 0' }).int('expected a whole number ≥ 0').min(0, 'expected a whole number ≥ 0');

/** A message for a value of the wrong type that says what is expected; other issues keep theirs. */
function expected(text: string) {
  return { error: (issue: { code: string }) => (issue.code === 'invalid_type' ? `expected ${text}` : undefined) };
}

/** A shorthand `ai: warn` stands for `ai: { level: warn }`. */
function levelShorthand<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' ? { level: value } : value), schema);
}

type Setting<T extends z.ZodType, D extends boolean> = D extends true ? z.ZodDefault<T> : z.ZodOptional<T>;
type Nested<T extends z.ZodType, D extends boolean> = D extends true ? z.ZodPrefault<T> : z.ZodOptional<T>;

/** `.default(value)` for the top-level policy, `.optional()` inside `overrides` entries. */
function setting<T extends z.ZodType, D extends boolean>(schema: T, value: z.input<T>, withDefaults: D): Setting<T, D> {
  return (withDefaults ? schema.default(value as never) : schema.optional()) as Setting<T, D>;
}

function nested<T extends z.ZodType, D extends boolean>(schema: T, withDefaults: D): Nested<T, D> {
  return (withDefaults ? schema.prefault({} as never) : schema.optional()) as Nested<T, D>;
}

/** How many findings a scope (AI lines or all added lines) may have. */
function countScope<D extends boolean>(level: 'fail' | 'warn' | 'off', withDefaults: D) {
  return levelShorthand(
    z
      .object(
        {
          level: setting(conditionLevel, level, withDefaults),
          max: setting(count, 0, withDefaults),
        },
        expected('fail, warn, off or { level, max }'),
      )
      .strict(),
  );
}

/** A minimum changed-line percentage (coverage, mutation score) for a scope. */
function coverageScope<D extends boolean>(min: number, withDefaults: D, level: 'fail' | 'warn' = 'fail') {
  return levelShorthand(
    z
      .object(
        {
          level: setting(conditionLevel, level, withDefaults),
          min: setting(percent, min, withDefaults),
        },
        expected('fail, warn, off or { level, min }'),
      )
      .strict(),
  );
}

const perRuleLevels = z
  .object({ ai: conditionLevel.optional(), all: conditionLevel.optional() }, expected('fail, warn, off or { ai, all }'))
  .strict();

/** Per-provenance level of findings: `keep` keeps the level the rule or scanner gave. */
function provenanceLevels<D extends boolean>(ai: string, human: string, unknown: string, withDefaults: D) {
  return z
    .object({
      ai: setting(levelOrKeep, ai as never, withDefaults),
      human: setting(levelOrKeep, human as never, withDefaults),
      unknown: setting(levelOrKeep, unknown as never, withDefaults),
    }, expected('a mapping with ai, human and unknown'))
    .strict();
}

/** The settings that can differ per path; `withDefaults` false makes every key optional. */
function pathSettings<D extends boolean>(withDefaults: D) {
  return {
    /** diffgate's `missing-tests` rule: added code with no test evidence. */
    'missing-tests': nested(
      z
        .object({ ai: nested(countScope('fail', withDefaults), withDefaults), all: nested(countScope('warn', withDefaults), withDefaults) }, expected('a mapping with ai and all'))
        .strict(),
      withDefaults,
    ),
    /** Findings of error-handling rules (tagged `error-handling` or listed under `rules`). */
    'error-handling': nested(
      z
        .object({
          ai: nested(countScope('fail', withDefaults), withDefaults),
          all: nested(countScope('warn', withDefaults), withDefaults),
          /** Per rule id: a level for both scopes (`off`) or per scope (`{ ai: fail, all: off }`). */
          rules: setting(
            z.record(z.string().min(1), z.preprocess((value) => (typeof value === 'string' ? { ai: value, all: value } : value), perRuleLevels)),
            {},
            withDefaults,
          ),
        }, expected('a mapping with ai, all and rules'))
        .strict(),
      withDefaults,
    ),
    /** Findings of every other diffgate rule, at or above `min-level`. */
    'rule-findings': nested(
      z
        .object({
          'min-level': setting(findingLevel, 'error', withDefaults),
          ai: nested(countScope('fail', withDefaults), withDefaults),
          all: nested(countScope('fail', withDefaults), withDefaults),
        }, expected('a mapping with min-level, ai and all'))
        .strict(),
      withDefaults,
    ),
    /** Scanner results (SARIF) on added lines, at or above `min-level` or `min-security-severity`. */
    sarif: nested(
      z
        .object({
          'min-level': setting(findingLevel, 'error', withDefaults),
          'min-security-severity': setting(
            z.number({ error: 'expected a security-severity (0-10) or null' }).min(0).max(10).nullable(),
            7,
            withDefaults,
          ),
          ai: nested(countScope('fail', withDefaults), withDefaults),
          all: nested(countScope('fail', withDefaults), withDefaults),
        }, expected('a mapping with min-level, min-security-severity, ai and all'))
        .strict(),
      withDefaults,
    ),
    /** Share of measured added lines that tests cover. */
    'changed-coverage': nested(
      z
        .object({ ai: nested(coverageScope(90, withDefaults), withDefaults), all: nested(coverageScope(80, withDefaults), withDefaults) }, expected('a mapping with ai and all'))
        .strict(),
      withDefaults,
    ),
    /** Changed-line mutation score (docs/mutation.md): AI-written lines fail below 80, all added lines warn below 60. */
    mutation: nested(
      z
        .object({ ai: nested(coverageScope(80, withDefaults), withDefaults), all: nested(coverageScope(60, withDefaults, 'warn'), withDefaults) }, expected('a mapping with ai and all'))
        .strict(),
      withDefaults,
    ),
    /** Changed-line coverage conditions are skipped when fewer added lines than this are measured. */
    'small-change-lines': setting(count, 20, withDefaults),
    /** Finding levels per provenance, per source and per rule id. */
    levels: nested(
      z
        .object({
          ast: nested(provenanceLevels('keep', 'note', 'note', withDefaults), withDefaults),
          sarif: nested(provenanceLevels('keep', 'keep', 'keep', withDefaults), withDefaults),
          coverage: nested(provenanceLevels('keep', 'keep', 'keep', withDefaults), withDefaults),
          mutation: nested(provenanceLevels('keep', 'keep', 'keep', withDefaults), withDefaults),
          /** Per rule id (any source): overrides the source's levels for the provenances it names. */
          rules: setting(
            z.record(
              z.string().min(1),
              z.object({ ai: levelOrKeep.optional(), human: levelOrKeep.optional(), unknown: levelOrKeep.optional() }, expected('a mapping with ai, human, unknown')).strict(),
            ),
            {},
            withDefaults,
          ),
        }, expected('a mapping with ast, sarif, coverage, mutation and rules'))
        .strict(),
      withDefaults,
    ),
  };
}

const pathOverride = z
  .object({
    /** Globs (src/config/glob.ts: last match wins, `!` takes back); the entry applies to the paths they match. */
    paths: globListSchema.min(1, 'expected at least one glob'),
    ...pathSettings(false),
  }, expected('a mapping with paths and the settings to change'))
  .strict();

export const policyConfigSchema = z
  .object({
    ...pathSettings(true),
    /** Project-wide line coverage of the head reports. Off by default: the gate judges the change. */
    'overall-coverage': z
      .object({ level: conditionLevel.default('off'), min: percent.default(80) }, expected('a mapping with level and min'))
      .strict()
      .prefault({}),
    /** Drop in project-wide line coverage against the base reports, in percentage points. */
    'coverage-drop': z
      .object({
        level: conditionLevel.default('warn'),
        max: z.number({ error: 'expected percentage points ≥ 0' }).min(0, 'expected percentage points ≥ 0').default(1),
      }, expected('a mapping with level and max'))
      .strict()
      .prefault({}),
    /** Findings and coverage on paths these globs match do not count (src/config/glob.ts: `!` takes back). */
    ignore: globListSchema.default([]),
    /** Settings for some paths; later entries win over earlier ones, key by key. */
    overrides: z.array(pathOverride, { error: 'expected a list of { paths, … } entries' }).default([]),
    /** What evidence that was asked for but could not be read means. */
    'missing-evidence': z
      .object({
        coverage: evidenceAction.default('error'),
        sarif: evidenceAction.default('error'),
        diff: evidenceAction.default('error'),
        mutation: evidenceAction.default('error'),
      }, expected('a mapping with coverage, sarif, diff and mutation'))
      .strict()
      .prefault({}),
  }, expected('a mapping of policy settings'))
  .strict();

export type PolicyConfig = z.infer<typeof policyConfigSchema>;
export type PathOverride = z.infer<typeof pathOverride>;
/** The settings that can differ per path, fully resolved for one file. */
export type PathPolicy = Pick<
  PolicyConfig,
  'missing-tests' | 'error-handling' | 'rule-findings' | 'sarif' | 'changed-coverage' | 'mutation' | 'small-change-lines' | 'levels'
>;
