import * as z from '../zod.js';
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
const percent = z.number({ error: 'expected a percentage (0-100)' }).check(z.gte(0, 'expected a percentage (0-100)'), z.lte(100, 'expected a percentage (0-100)'));
const count = z.number({ error: 'expected a whole number ≥ 0' }).check(z.int('expected a whole number ≥ 0'), z.gte(0, 'expected a whole number ≥ 0'));

/** A message for a value of the wrong type that says what is expected; other issues keep theirs. */
function expected(text: string) {
  return { error: (issue: { code: string }) => (issue.code === 'invalid_type' ? `expected ${text}` : undefined) };
}

/** A shorthand `ai: warn` stands for `ai: { level: warn }`. */
function levelShorthand<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(z.transform((value) => (typeof value === 'string' ? { level: value } : value)), schema);
}

type Setting<T extends z.ZodMiniType, D extends boolean> = D extends true ? z.ZodMiniDefault<T> : z.ZodMiniOptional<T>;
type Nested<T extends z.ZodMiniType, D extends boolean> = D extends true ? z.ZodMiniPrefault<T> : z.ZodMiniOptional<T>;

/** A default `value` for the top-level policy, optional inside `overrides` entries. */
function setting<T extends z.ZodMiniType, D extends boolean>(schema: T, value: z.input<T>, withDefaults: D): Setting<T, D> {
  return (withDefaults ? z._default(schema, value as never) : z.optional(schema)) as Setting<T, D>;
}

function nested<T extends z.ZodMiniType, D extends boolean>(schema: T, withDefaults: D): Nested<T, D> {
  return (withDefaults ? z.prefault(schema, {} as never) : z.optional(schema)) as Nested<T, D>;
}

/** How many findings a scope (AI lines or all added lines) may have. */
function countScope<D extends boolean>(level: 'fail' | 'warn' | 'off', withDefaults: D) {
  return levelShorthand(
    z.strictObject(
      {
        level: setting(conditionLevel, level, withDefaults),
        max: setting(count, 0, withDefaults),
      },
      expected('fail, warn, off or { level, max }'),
    ),
  );
}

/** A minimum changed-line percentage (coverage, mutation score) for a scope. */
function coverageScope<D extends boolean>(min: number, withDefaults: D, level: 'fail' | 'warn' = 'fail') {
  return levelShorthand(
    z.strictObject(
      {
        level: setting(conditionLevel, level, withDefaults),
        min: setting(percent, min, withDefaults),
      },
      expected('fail, warn, off or { level, min }'),
    ),
  );
}

const perRuleLevels = z.strictObject({ ai: z.optional(conditionLevel), all: z.optional(conditionLevel) }, expected('fail, warn, off or { ai, all }'));

/** Per-provenance level of findings: `keep` keeps the level the rule or scanner gave. */
function provenanceLevels<D extends boolean>(ai: string, human: string, unknown: string, withDefaults: D) {
  return z.strictObject({
    ai: setting(levelOrKeep, ai as never, withDefaults),
    human: setting(levelOrKeep, human as never, withDefaults),
    unknown: setting(levelOrKeep, unknown as never, withDefaults),
  }, expected('a mapping with ai, human and unknown'));
}

/** The settings that can differ per path; `withDefaults` false makes every key optional. */
function pathSettings<D extends boolean>(withDefaults: D) {
  return {
    /** diffgate's `missing-tests` rule: added code with no test evidence. */
    'missing-tests': nested(
      z.strictObject({ ai: nested(countScope('fail', withDefaults), withDefaults), all: nested(countScope('warn', withDefaults), withDefaults) }, expected('a mapping with ai and all')),
      withDefaults,
    ),
    /** Findings of error-handling rules (tagged `error-handling` or listed under `rules`). */
    'error-handling': nested(
      z.strictObject({
        ai: nested(countScope('fail', withDefaults), withDefaults),
        all: nested(countScope('warn', withDefaults), withDefaults),
        /** Per rule id: a level for both scopes (`off`) or per scope (`{ ai: fail, all: off }`). */
        rules: setting(
          z.record(
            z.string().check(z.minLength(1)),
            z.pipe(z.transform((value) => (typeof value === 'string' ? { ai: value, all: value } : value)), perRuleLevels),
          ),
          {},
          withDefaults,
        ),
      }, expected('a mapping with ai, all and rules')),
      withDefaults,
    ),
    /** Findings of every other diffgate rule, at or above `min-level`. */
    'rule-findings': nested(
      z.strictObject({
        'min-level': setting(findingLevel, 'error', withDefaults),
        ai: nested(countScope('fail', withDefaults), withDefaults),
        all: nested(countScope('fail', withDefaults), withDefaults),
      }, expected('a mapping with min-level, ai and all')),
      withDefaults,
    ),
    /** Scanner results (SARIF) on added lines, at or above `min-level` or `min-security-severity`. */
    sarif: nested(
      z.strictObject({
        'min-level': setting(findingLevel, 'error', withDefaults),
        'min-security-severity': setting(
          z.nullable(z.number({ error: 'expected a security-severity (0-10) or null' }).check(z.gte(0), z.lte(10))),
          7,
          withDefaults,
        ),
        ai: nested(countScope('fail', withDefaults), withDefaults),
        all: nested(countScope('fail', withDefaults), withDefaults),
      }, expected('a mapping with min-level, min-security-severity, ai and all')),
      withDefaults,
    ),
    /** Share of measured added lines that tests cover. */
    'changed-coverage': nested(
      z.strictObject({ ai: nested(coverageScope(90, withDefaults), withDefaults), all: nested(coverageScope(80, withDefaults), withDefaults) }, expected('a mapping with ai and all')),
      withDefaults,
    ),
    /** Changed-line mutation score (docs/mutation.md): AI-written lines fail below 80, all added lines warn below 60. */
    mutation: nested(
      z.strictObject({ ai: nested(coverageScope(80, withDefaults), withDefaults), all: nested(coverageScope(60, withDefaults, 'warn'), withDefaults) }, expected('a mapping with ai and all')),
      withDefaults,
    ),
    /** Changed-line coverage conditions are skipped when fewer added lines than this are measured. */
    'small-change-lines': setting(count, 20, withDefaults),
    /** Finding levels per provenance, per source and per rule id. */
    levels: nested(
      z.strictObject({
        ast: nested(provenanceLevels('keep', 'note', 'note', withDefaults), withDefaults),
        sarif: nested(provenanceLevels('keep', 'keep', 'keep', withDefaults), withDefaults),
        coverage: nested(provenanceLevels('keep', 'keep', 'keep', withDefaults), withDefaults),
        mutation: nested(provenanceLevels('keep', 'keep', 'keep', withDefaults), withDefaults),
        /** Per rule id (any source): overrides the source's levels for the provenances it names. */
        rules: setting(
          z.record(
            z.string().check(z.minLength(1)),
            z.strictObject({ ai: z.optional(levelOrKeep), human: z.optional(levelOrKeep), unknown: z.optional(levelOrKeep) }, expected('a mapping with ai, human, unknown')),
          ),
          {},
          withDefaults,
        ),
      }, expected('a mapping with ast, sarif, coverage, mutation and rules')),
      withDefaults,
    ),
  };
}

const pathOverride = z.strictObject({
  /** Globs (src/config/glob.ts: last match wins, `!` takes back); the entry applies to the paths they match. */
  paths: globListSchema.check(z.minLength(1, 'expected at least one glob')),
  ...pathSettings(false),
}, expected('a mapping with paths and the settings to change'));

export const policyConfigSchema = z.strictObject({
  ...pathSettings(true),
  /** Project-wide line coverage of the head reports. Off by default: the gate judges the change. */
  'overall-coverage': z.prefault(
    z.strictObject({ level: z._default(conditionLevel, 'off'), min: z._default(percent, 80) }, expected('a mapping with level and min')),
    {},
  ),
  /** Drop in project-wide line coverage against the base reports, in percentage points. */
  'coverage-drop': z.prefault(
    z.strictObject({
      level: z._default(conditionLevel, 'warn'),
      max: z._default(z.number({ error: 'expected percentage points ≥ 0' }).check(z.gte(0, 'expected percentage points ≥ 0')), 1),
    }, expected('a mapping with level and max')),
    {},
  ),
  /** Findings and coverage on paths these globs match do not count (src/config/glob.ts: `!` takes back). */
  ignore: z._default(globListSchema, []),
  /** Settings for some paths; later entries win over earlier ones, key by key. */
  overrides: z._default(z.array(pathOverride, { error: 'expected a list of { paths, … } entries' }), []),
  /** What evidence that was asked for but could not be read means. */
  'missing-evidence': z.prefault(
    z.strictObject({
      coverage: z._default(evidenceAction, 'error'),
      sarif: z._default(evidenceAction, 'error'),
      diff: z._default(evidenceAction, 'error'),
      mutation: z._default(evidenceAction, 'error'),
    }, expected('a mapping with coverage, sarif, diff and mutation')),
    {},
  ),
}, expected('a mapping of policy settings'));

export type PolicyConfig = z.infer<typeof policyConfigSchema>;
export type PathOverride = z.infer<typeof pathOverride>;
/** The settings that can differ per path, fully resolved for one file. */
export type PathPolicy = Pick<
  PolicyConfig,
  'missing-tests' | 'error-handling' | 'rule-findings' | 'sarif' | 'changed-coverage' | 'mutation' | 'small-change-lines' | 'levels'
>;
