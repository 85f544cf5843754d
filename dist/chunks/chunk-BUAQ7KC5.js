import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  $ZodArray,
  $ZodDefault,
  $ZodEnum,
  $ZodObject,
  $ZodOptional,
  LEVELS,
  RULES,
  _default,
  _enum,
  _gte,
  _lte,
  _maxLength,
  _minLength,
  _positive,
  _trim,
  array,
  boolean,
  globListSchema,
  int,
  literal,
  nullable,
  number,
  optional,
  pipe,
  prefault,
  record,
  safeParse,
  strictObject,
  string,
  transform,
  union,
  unknown
} from "./chunk-X2I7II4Q.js";
import {
  InputError,
  printableLine
} from "./chunk-I2ZRAE2I.js";

// src/provenance/config.ts
var nonEmpty = string().check(_trim(), _minLength(1));
var provenanceConfigSchema = strictObject({
  /** More AI identities: an email address (contains `@`) or a GitHub login. Matched exactly. */
  "ai-identities": _default(array(nonEmpty), []),
  /** More AI trailers: `Key` (any value) or `Key: value` (exact value). */
  "ai-trailers": _default(array(nonEmpty), []),
  /** More AI message markers: text a commit message line starts with (the subject too). */
  "ai-markers": _default(array(nonEmpty), []),
  /** Built-in catalogue entries to switch off, by id (see docs/provenance.md). */
  disable: _default(array(nonEmpty), []),
  /** Identities (emails or logins) that are never an AI signal, wherever they appear. */
  "never-ai": _default(array(nonEmpty), []),
  /** Pull request labels that mark every added line as AI-written. */
  "ai-labels": _default(array(nonEmpty), []),
  /** Path globs (src/config/glob.ts) whose added lines are AI-written. */
  "ai-paths": _default(globListSchema, [])
});

// src/analysis/config.ts
var DEFAULT_TEST_GLOBS = [
  "**/*.test.*",
  "**/*.spec.*",
  "**/__tests__/**",
  "test/**",
  "tests/**",
  "**/test/**",
  "**/tests/**"
];
var ruleSettingSchema = pipe(
  transform((value) => typeof value === "string" && LEVELS.includes(value) ? { level: value } : value),
  union(
    [
      literal("off"),
      strictObject({
        /** The rule's level; `policy.levels` then adjusts it per provenance (by default `note` off AI-written lines). */
        level: optional(_enum(LEVELS)),
        /** Options the rule defines (validated by the rule's own schema). */
        options: optional(record(string(), unknown()))
      })
    ],
    // Without it zod says only "Invalid input": the message names what a setting may be.
    { error: `expected "off", a level (${LEVELS.join(" | ")}) or { level: ${LEVELS.join(" | ")}, options: {\u2026} }` }
  )
);
var analysisConfigSchema = strictObject({
  /** Which files count as tests (evidence for missing-tests; scope of the test rules). */
  "test-globs": _default(globListSchema, DEFAULT_TEST_GLOBS),
  /** Files larger than this are skipped, with the reason recorded. */
  "max-file-bytes": _default(number().check(int(), _positive()), 512 * 1024),
  /** Per-rule settings keyed by rule id; rules not named run with their defaults. */
  rules: _default(record(string(), ruleSettingSchema), {})
});
function parseAnalysisOptions(analysis, rules = RULES) {
  const known = new Set([...RULES, ...rules].map((rule) => rule.meta.id));
  for (const id of Object.keys(analysis.rules)) {
    if (!known.has(id)) {
      throw new InputError(`analysis.rules names an unknown rule "${printableLine(id, 100)}"; known rules: ${[...known].sort().join(", ")} (see docs/analysis.md)`);
    }
  }
  const activeRules = [];
  for (const rule of rules) {
    const setting2 = analysis.rules[rule.meta.id];
    if (setting2 === "off") continue;
    activeRules.push({ rule, level: setting2?.level ?? rule.meta.defaultLevel, options: parseRuleOptions(rule, setting2?.options) });
  }
  return { ...analysis, activeRules };
}
function resolveAnalysisConfig(analysis, rules) {
  return "activeRules" in analysis && rules === void 0 ? analysis : parseAnalysisOptions(analysis, rules);
}
function parseRuleOptions(rule, raw) {
  const key = `analysis.rules.${rule.meta.id}.options`;
  const schema = rule.meta.options;
  if (!schema) {
    if (raw && Object.keys(raw).length > 0) throw new InputError(`${key}: this rule takes no options (see docs/rules/${rule.meta.id}.md)`);
    return {};
  }
  const parsed = safeParse(schema, raw ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `.${printableLine(issue.path.map(String).join("."))}` : "";
  const allowed = allowedOptions(schema);
  const accepts = allowed.length > 0 ? `; options: ${allowed.join(", ")}` : "";
  throw new InputError(`${key}${where} is invalid: ${printableLine(issue?.message ?? "bad value", 300)}${accepts} (see docs/rules/${rule.meta.id}.md)`);
}
function allowedOptions(schema) {
  if (!(schema instanceof $ZodObject)) return [];
  return Object.entries(schema._zod.def.shape).map(([name, option]) => `${name} (${describeOption(option)})`);
}
function describeOption(option) {
  if (option instanceof $ZodDefault) {
    const inner = describeOption(option._zod.def.innerType);
    return `${inner}, default ${JSON.stringify(option._zod.def.defaultValue)}`;
  }
  if (option instanceof $ZodOptional) return describeOption(option._zod.def.innerType);
  if (option instanceof $ZodEnum) return Object.values(option._zod.def.entries).map((value) => JSON.stringify(value)).join(" | ");
  if (option instanceof $ZodArray) return `list of ${describeOption(option._zod.def.element)}`;
  return option._zod.def.type;
}

// src/evidence/sarif/config.ts
var SARIF_FILTER_MODES = ["added", "diff_context", "file", "nofilter"];
var sarifConfigSchema = strictObject({
  /**
   * Which results become findings, like reviewdog's `-filter-mode`: `added` (the region overlaps
   * added lines), `diff_context` (anywhere in a changed hunk), `file` (any changed file),
   * `nofilter` (anywhere in the repository).
   */
  "filter-mode": _default(_enum(SARIF_FILTER_MODES), "added"),
  /**
   * Prefixes stripped from absolute paths written on another machine, tried before the automatic
   * longest-suffix match: e.g. `/home/runner/work/svc/svc/`.
   */
  "path-prefixes": _default(array(string().check(_minLength(1))), [])
});

// src/evidence/coverage/config.ts
var coverageConfigSchema = strictObject({
  /**
   * Prefixes stripped from report paths written on another machine, tried before the automatic
   * longest-suffix match: e.g. `/home/runner/work/svc/svc/` or a Go module path `github.com/org/repo/`.
   */
  "path-prefixes": _default(array(string().check(_minLength(1))), []),
  /** Changed files left out of changed-line coverage entirely, like diff-cover's `--exclude` (src/config/glob.ts: `!` takes back). */
  exclude: _default(globListSchema, []),
  /**
   * Changed files no report mentions are listed as `unmentioned` when the reports cover files with the
   * same extension; these globs are never listed (tests and type declarations carry no measured code).
   */
  "ignore-unmentioned": _default(globListSchema, ["**/*.test.*", "**/*.spec.*", "**/__tests__/**", "**/test/**", "**/tests/**", "**/*.d.ts"])
});

// src/evidence/mutation/config.ts
var mutationConfigSchema = strictObject({
  /** Reports larger than this are refused, one line naming the file: a report is parsed whole. */
  "max-report-bytes": _default(
    number({ error: "expected a byte count" }).check(int("expected a whole number of bytes"), _gte(1, "expected a byte count \u2265 1")),
    512 * 1024 * 1024
  )
});

// src/policy/config.ts
var conditionLevel = _enum(["fail", "warn", "off"], { error: "expected one of fail, warn, off" });
var findingLevel = _enum(LEVELS, { error: "expected one of error, warning, note" });
var levelOrKeep = _enum([...LEVELS, "keep"], { error: "expected one of error, warning, note, keep" });
var evidenceAction = _enum(["error", "fail", "warn", "pass"], { error: "expected one of error, fail, warn, pass" });
var percent = number({ error: "expected a percentage (0-100)" }).check(_gte(0, "expected a percentage (0-100)"), _lte(100, "expected a percentage (0-100)"));
var count = number({ error: "expected a whole number \u2265 0" }).check(int("expected a whole number \u2265 0"), _gte(0, "expected a whole number \u2265 0"));
function expected(text) {
  return { error: (issue) => issue.code === "invalid_type" ? `expected ${text}` : void 0 };
}
function levelShorthand(schema) {
  return pipe(transform((value) => typeof value === "string" ? { level: value } : value), schema);
}
function setting(schema, value, withDefaults) {
  return withDefaults ? _default(schema, value) : optional(schema);
}
function nested(schema, withDefaults) {
  return withDefaults ? prefault(schema, {}) : optional(schema);
}
function countScope(level, withDefaults) {
  return levelShorthand(
    strictObject(
      {
        level: setting(conditionLevel, level, withDefaults),
        max: setting(count, 0, withDefaults)
      },
      expected("fail, warn, off or { level, max }")
    )
  );
}
function coverageScope(min, withDefaults, level = "fail") {
  return levelShorthand(
    strictObject(
      {
        level: setting(conditionLevel, level, withDefaults),
        min: setting(percent, min, withDefaults)
      },
      expected("fail, warn, off or { level, min }")
    )
  );
}
var perRuleLevels = strictObject({ ai: optional(conditionLevel), all: optional(conditionLevel) }, expected("fail, warn, off or { ai, all }"));
function provenanceLevels(ai, human, unknown2, withDefaults) {
  return strictObject({
    ai: setting(levelOrKeep, ai, withDefaults),
    human: setting(levelOrKeep, human, withDefaults),
    unknown: setting(levelOrKeep, unknown2, withDefaults)
  }, expected("a mapping with ai, human and unknown"));
}
function pathSettings(withDefaults) {
  return {
    /** diffgate's `missing-tests` rule: added code with no test evidence. */
    "missing-tests": nested(
      strictObject({ ai: nested(countScope("fail", withDefaults), withDefaults), all: nested(countScope("warn", withDefaults), withDefaults) }, expected("a mapping with ai and all")),
      withDefaults
    ),
    /** Findings of error-handling rules (tagged `error-handling` or listed under `rules`). */
    "error-handling": nested(
      strictObject({
        ai: nested(countScope("fail", withDefaults), withDefaults),
        all: nested(countScope("warn", withDefaults), withDefaults),
        /** Per rule id: a level for both scopes (`off`) or per scope (`{ ai: fail, all: off }`). */
        rules: setting(
          record(
            string().check(_minLength(1)),
            pipe(transform((value) => typeof value === "string" ? { ai: value, all: value } : value), perRuleLevels)
          ),
          {},
          withDefaults
        )
      }, expected("a mapping with ai, all and rules")),
      withDefaults
    ),
    /** Findings of every other diffgate rule, at or above `min-level`. */
    "rule-findings": nested(
      strictObject({
        "min-level": setting(findingLevel, "error", withDefaults),
        ai: nested(countScope("fail", withDefaults), withDefaults),
        all: nested(countScope("fail", withDefaults), withDefaults)
      }, expected("a mapping with min-level, ai and all")),
      withDefaults
    ),
    /** Scanner results (SARIF) on added lines, at or above `min-level` or `min-security-severity`. */
    sarif: nested(
      strictObject({
        "min-level": setting(findingLevel, "error", withDefaults),
        "min-security-severity": setting(
          nullable(number({ error: "expected a security-severity (0-10) or null" }).check(_gte(0), _lte(10))),
          7,
          withDefaults
        ),
        ai: nested(countScope("fail", withDefaults), withDefaults),
        all: nested(countScope("fail", withDefaults), withDefaults)
      }, expected("a mapping with min-level, min-security-severity, ai and all")),
      withDefaults
    ),
    /** Share of measured added lines that tests cover. */
    "changed-coverage": nested(
      strictObject({ ai: nested(coverageScope(90, withDefaults), withDefaults), all: nested(coverageScope(80, withDefaults), withDefaults) }, expected("a mapping with ai and all")),
      withDefaults
    ),
    /** Changed-line mutation score (docs/mutation.md): AI-written lines fail below 80, all added lines warn below 60. */
    mutation: nested(
      strictObject({ ai: nested(coverageScope(80, withDefaults), withDefaults), all: nested(coverageScope(60, withDefaults, "warn"), withDefaults) }, expected("a mapping with ai and all")),
      withDefaults
    ),
    /** Changed-line coverage conditions are skipped when fewer added lines than this are measured. */
    "small-change-lines": setting(count, 20, withDefaults),
    /** Finding levels per provenance, per source and per rule id. */
    levels: nested(
      strictObject({
        ast: nested(provenanceLevels("keep", "note", "note", withDefaults), withDefaults),
        sarif: nested(provenanceLevels("keep", "keep", "keep", withDefaults), withDefaults),
        coverage: nested(provenanceLevels("keep", "keep", "keep", withDefaults), withDefaults),
        mutation: nested(provenanceLevels("keep", "keep", "keep", withDefaults), withDefaults),
        /** Per rule id (any source): overrides the source's levels for the provenances it names. */
        rules: setting(
          record(
            string().check(_minLength(1)),
            strictObject({ ai: optional(levelOrKeep), human: optional(levelOrKeep), unknown: optional(levelOrKeep) }, expected("a mapping with ai, human, unknown"))
          ),
          {},
          withDefaults
        )
      }, expected("a mapping with ast, sarif, coverage, mutation and rules")),
      withDefaults
    )
  };
}
var pathOverride = strictObject({
  /** Globs (src/config/glob.ts: last match wins, `!` takes back); the entry applies to the paths they match. */
  paths: globListSchema.check(_minLength(1, "expected at least one glob")),
  ...pathSettings(false)
}, expected("a mapping with paths and the settings to change"));
var policyConfigSchema = strictObject({
  ...pathSettings(true),
  /** Project-wide line coverage of the head reports. Off by default: the gate judges the change. */
  "overall-coverage": prefault(
    strictObject({ level: _default(conditionLevel, "off"), min: _default(percent, 80) }, expected("a mapping with level and min")),
    {}
  ),
  /** Drop in project-wide line coverage against the base reports, in percentage points. */
  "coverage-drop": prefault(
    strictObject({
      level: _default(conditionLevel, "warn"),
      max: _default(number({ error: "expected percentage points \u2265 0" }).check(_gte(0, "expected percentage points \u2265 0")), 1)
    }, expected("a mapping with level and max")),
    {}
  ),
  /** Findings and coverage on paths these globs match do not count (src/config/glob.ts: `!` takes back). */
  ignore: _default(globListSchema, []),
  /** Settings for some paths; later entries win over earlier ones, key by key. */
  overrides: _default(array(pathOverride, { error: "expected a list of { paths, \u2026 } entries" }), []),
  /** What evidence that was asked for but could not be read means. */
  "missing-evidence": prefault(
    strictObject({
      coverage: _default(evidenceAction, "error"),
      sarif: _default(evidenceAction, "error"),
      diff: _default(evidenceAction, "error"),
      mutation: _default(evidenceAction, "error")
    }, expected("a mapping with coverage, sarif, diff and mutation")),
    {}
  )
}, expected("a mapping of policy settings"));

// src/github/config.ts
var publishConfigSchema = strictObject({
  /** The sticky pull request comment: only while the gate fails (then kept up to date, and a short "now passing" once it passes), always, or never. */
  comment: _default(_enum(["always", "on-failure", "never"]), "on-failure"),
  /** The check run's name; also keys the sticky comment, so two gates in one repository stay apart. */
  "check-name": _default(string().check(_trim(), _minLength(1), _maxLength(100)), "diffgate"),
  /** `all`: analyse and post. `analyze`: write the report files only (untrusted `pull_request` from forks). `publish`: post a report written by `analyze` (`workflow_run`). */
  mode: _default(_enum(["all", "analyze", "publish"]), "all"),
  /** Where the JSON report is written (`all`, `analyze`) or read from (`publish`), relative to the working directory. */
  "report-path": _default(string().check(_minLength(1)), "diffgate-report.json"),
  /** Where to write a SARIF 2.1.0 file of diffgate's own findings; none when unset. */
  "sarif-output": _default(nullable(string().check(_minLength(1))), null),
  /**
   * One notice annotation per range of added lines no test covers (needs coverage input), within the
   * annotation budgets, after the findings. Off by default: coverage gaps are in the report already.
   * `true`/`false` also as text (the action input).
   */
  "annotate-uncovered": _default(
    union([boolean(), pipe(_enum(["true", "false"]), transform((text) => text === "true"))], { error: "expected true or false" }),
    false
  ),
  /** Write the verdict to the job summary. */
  "job-summary": _default(boolean(), true),
  /** `publish` mode: the largest report file accepted from the artifact, in bytes. */
  "max-report-bytes": _default(number().check(int(), _positive(), _lte(512 * 1024 * 1024)), 50 * 1024 * 1024),
  /** When diffgate itself fails (setup, unreadable input, API, deadline): `fail` the check (closed) or let it `pass` as neutral (open). */
  "on-error": _default(_enum(["fail", "pass"]), "fail")
});

// src/config/schema.ts
var POLICY_SOURCES = ["base", "head"];
var configSchema = strictObject({
  /** How added lines are attributed: from signals, all AI, or none AI. */
  ai: _default(_enum(["auto", "all", "none"]), "auto"),
  /**
   * Which revision's policy file judges a change: `base` (the target branch: a pull request cannot
   * loosen its own gate) or `head` (the change's own file). Read from the base's file or an input
   * (action input, CLI flag), never from the file the change brings.
   */
  "policy-source": _default(_enum(POLICY_SOURCES), "base"),
  provenance: prefault(provenanceConfigSchema, {}),
  analysis: prefault(analysisConfigSchema, {}),
  sarif: prefault(sarifConfigSchema, {}),
  coverage: prefault(coverageConfigSchema, {}),
  mutation: prefault(mutationConfigSchema, {}),
  policy: prefault(policyConfigSchema, {}),
  publish: prefault(publishConfigSchema, {})
});

export {
  parseAnalysisOptions,
  resolveAnalysisConfig,
  configSchema
};
