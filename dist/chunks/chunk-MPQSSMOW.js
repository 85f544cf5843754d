import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  LEVELS,
  RULES,
  globListSchema
} from "./chunk-EY7NGBEI.js";
import {
  external_exports
} from "./chunk-LT6MFZK7.js";
import {
  InputError
} from "./chunk-UJW5LMBK.js";

// src/provenance/config.ts
var nonEmpty = external_exports.string().trim().min(1);
var provenanceConfigSchema = external_exports.object({
  /** More AI identities: an email address (contains `@`) or a GitHub login. Matched exactly. */
  "ai-identities": external_exports.array(nonEmpty).default([]),
  /** More AI trailers: `Key` (any value) or `Key: value` (exact value). */
  "ai-trailers": external_exports.array(nonEmpty).default([]),
  /** More AI message markers: text a commit message line starts with (the subject too). */
  "ai-markers": external_exports.array(nonEmpty).default([]),
  /** Built-in catalogue entries to switch off, by id (see docs/provenance.md). */
  disable: external_exports.array(nonEmpty).default([]),
  /** Identities (emails or logins) that are never an AI signal, wherever they appear. */
  "never-ai": external_exports.array(nonEmpty).default([]),
  /** Pull request labels that mark every added line as AI-written. */
  "ai-labels": external_exports.array(nonEmpty).default([]),
  /** Path globs (src/config/glob.ts) whose added lines are AI-written. */
  "ai-paths": globListSchema.default([])
}).strict();

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
var ruleSettingSchema = external_exports.preprocess((value) => typeof value === "string" && LEVELS.includes(value) ? { level: value } : value, external_exports.union([
  external_exports.literal("off"),
  external_exports.object({
    /** The rule's level; `policy.levels` then adjusts it per provenance (by default `note` off AI-written lines). */
    level: external_exports.enum(LEVELS).optional(),
    /** Options the rule defines (validated by the rule's own schema). */
    options: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
  }).strict()
  // Without it zod says only "Invalid input": the message names what a setting may be.
], { error: `expected "off", a level (${LEVELS.join(" | ")}) or { level: ${LEVELS.join(" | ")}, options: {\u2026} }` }));
var analysisConfigSchema = external_exports.object({
  /** Which files count as tests (evidence for missing-tests; scope of the test rules). */
  "test-globs": globListSchema.default(DEFAULT_TEST_GLOBS),
  /** Files larger than this are skipped, with the reason recorded. */
  "max-file-bytes": external_exports.number().int().positive().default(512 * 1024),
  /** Per-rule settings keyed by rule id; rules not named run with their defaults. */
  rules: external_exports.record(external_exports.string(), ruleSettingSchema).default({})
}).strict();
function parseAnalysisOptions(analysis, rules = RULES) {
  const known = new Set([...RULES, ...rules].map((rule) => rule.meta.id));
  for (const id of Object.keys(analysis.rules)) {
    if (!known.has(id)) {
      throw new InputError(`analysis.rules names an unknown rule "${id}"; known rules: ${[...known].sort().join(", ")} (see docs/analysis.md)`);
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
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `.${issue.path.map(String).join(".")}` : "";
  const allowed = allowedOptions(schema);
  const accepts = allowed.length > 0 ? `; options: ${allowed.join(", ")}` : "";
  throw new InputError(`${key}${where} is invalid: ${issue?.message ?? "bad value"}${accepts} (see docs/rules/${rule.meta.id}.md)`);
}
function allowedOptions(schema) {
  if (!(schema instanceof external_exports.ZodObject)) return [];
  return Object.entries(schema.shape).map(([name, option]) => `${name} (${describeOption(option)})`);
}
function describeOption(option) {
  if (option instanceof external_exports.ZodDefault) {
    const inner = describeOption(option.unwrap());
    return `${inner}, default ${JSON.stringify(option.def.defaultValue)}`;
  }
  if (option instanceof external_exports.ZodOptional) return describeOption(option.unwrap());
  if (option instanceof external_exports.ZodEnum) return option.options.map((value) => JSON.stringify(value)).join(" | ");
  if (option instanceof external_exports.ZodArray) return `list of ${describeOption(option.element)}`;
  return option.def.type;
}

// src/evidence/sarif/config.ts
var SARIF_FILTER_MODES = ["added", "diff_context", "file", "nofilter"];
var sarifConfigSchema = external_exports.object({
  /**
   * Which results become findings, like reviewdog's `-filter-mode`: `added` (the region overlaps
   * added lines), `diff_context` (anywhere in a changed hunk), `file` (any changed file),
   * `nofilter` (anywhere in the repository).
   */
  "filter-mode": external_exports.enum(SARIF_FILTER_MODES).default("added"),
  /**
   * Prefixes stripped from absolute paths written on another machine, tried before the automatic
   * longest-suffix match: e.g. `/home/runner/work/svc/svc/`.
   */
  "path-prefixes": external_exports.array(external_exports.string().min(1)).default([])
}).strict();

// src/evidence/coverage/config.ts
var coverageConfigSchema = external_exports.object({
  /**
   * Prefixes stripped from report paths written on another machine, tried before the automatic
   * longest-suffix match: e.g. `/home/runner/work/svc/svc/` or a Go module path `github.com/org/repo/`.
   */
  "path-prefixes": external_exports.array(external_exports.string().min(1)).default([]),
  /** Changed files left out of changed-line coverage entirely, like diff-cover's `--exclude` (src/config/glob.ts: `!` takes back). */
  exclude: globListSchema.default([]),
  /**
   * Changed files no report mentions are listed as `unmentioned` when the reports cover files with the
   * same extension; these globs are never listed (tests and type declarations carry no measured code).
   */
  "ignore-unmentioned": globListSchema.default(["**/*.test.*", "**/*.spec.*", "**/__tests__/**", "**/test/**", "**/tests/**", "**/*.d.ts"])
}).strict();

// src/evidence/mutation/config.ts
var mutationConfigSchema = external_exports.object({
  /** Reports larger than this are refused, one line naming the file: a report is parsed whole. */
  "max-report-bytes": external_exports.number({ error: "expected a byte count" }).int("expected a whole number of bytes").min(1, "expected a byte count \u2265 1").default(512 * 1024 * 1024)
}).strict();

// src/policy/config.ts
var conditionLevel = external_exports.enum(["fail", "warn", "off"], { error: "expected one of fail, warn, off" });
var findingLevel = external_exports.enum(LEVELS, { error: "expected one of error, warning, note" });
var levelOrKeep = external_exports.enum([...LEVELS, "keep"], { error: "expected one of error, warning, note, keep" });
var evidenceAction = external_exports.enum(["error", "fail", "warn", "pass"], { error: "expected one of error, fail, warn, pass" });
var percent = external_exports.number({ error: "expected a percentage (0-100)" }).min(0, "expected a percentage (0-100)").max(100, "expected a percentage (0-100)");
var count = external_exports.number({ error: "expected a whole number \u2265 0" }).int("expected a whole number \u2265 0").min(0, "expected a whole number \u2265 0");
function expected(text) {
  return { error: (issue) => issue.code === "invalid_type" ? `expected ${text}` : void 0 };
}
function levelShorthand(schema) {
  return external_exports.preprocess((value) => typeof value === "string" ? { level: value } : value, schema);
}
function setting(schema, value, withDefaults) {
  return withDefaults ? schema.default(value) : schema.optional();
}
function nested(schema, withDefaults) {
  return withDefaults ? schema.prefault({}) : schema.optional();
}
function countScope(level, withDefaults) {
  return levelShorthand(
    external_exports.object(
      {
        level: setting(conditionLevel, level, withDefaults),
        max: setting(count, 0, withDefaults)
      },
      expected("fail, warn, off or { level, max }")
    ).strict()
  );
}
function coverageScope(min, withDefaults, level = "fail") {
  return levelShorthand(
    external_exports.object(
      {
        level: setting(conditionLevel, level, withDefaults),
        min: setting(percent, min, withDefaults)
      },
      expected("fail, warn, off or { level, min }")
    ).strict()
  );
}
var perRuleLevels = external_exports.object({ ai: conditionLevel.optional(), all: conditionLevel.optional() }, expected("fail, warn, off or { ai, all }")).strict();
function provenanceLevels(ai, human, unknown, withDefaults) {
  return external_exports.object({
    ai: setting(levelOrKeep, ai, withDefaults),
    human: setting(levelOrKeep, human, withDefaults),
    unknown: setting(levelOrKeep, unknown, withDefaults)
  }, expected("a mapping with ai, human and unknown")).strict();
}
function pathSettings(withDefaults) {
  return {
    /** diffgate's `missing-tests` rule: added code with no test evidence. */
    "missing-tests": nested(
      external_exports.object({ ai: nested(countScope("fail", withDefaults), withDefaults), all: nested(countScope("warn", withDefaults), withDefaults) }, expected("a mapping with ai and all")).strict(),
      withDefaults
    ),
    /** Findings of error-handling rules (tagged `error-handling` or listed under `rules`). */
    "error-handling": nested(
      external_exports.object({
        ai: nested(countScope("fail", withDefaults), withDefaults),
        all: nested(countScope("warn", withDefaults), withDefaults),
        /** Per rule id: a level for both scopes (`off`) or per scope (`{ ai: fail, all: off }`). */
        rules: setting(
          external_exports.record(external_exports.string().min(1), external_exports.preprocess((value) => typeof value === "string" ? { ai: value, all: value } : value, perRuleLevels)),
          {},
          withDefaults
        )
      }, expected("a mapping with ai, all and rules")).strict(),
      withDefaults
    ),
    /** Findings of every other diffgate rule, at or above `min-level`. */
    "rule-findings": nested(
      external_exports.object({
        "min-level": setting(findingLevel, "error", withDefaults),
        ai: nested(countScope("fail", withDefaults), withDefaults),
        all: nested(countScope("fail", withDefaults), withDefaults)
      }, expected("a mapping with min-level, ai and all")).strict(),
      withDefaults
    ),
    /** Scanner results (SARIF) on added lines, at or above `min-level` or `min-security-severity`. */
    sarif: nested(
      external_exports.object({
        "min-level": setting(findingLevel, "error", withDefaults),
        "min-security-severity": setting(
          external_exports.number({ error: "expected a security-severity (0-10) or null" }).min(0).max(10).nullable(),
          7,
          withDefaults
        ),
        ai: nested(countScope("fail", withDefaults), withDefaults),
        all: nested(countScope("fail", withDefaults), withDefaults)
      }, expected("a mapping with min-level, min-security-severity, ai and all")).strict(),
      withDefaults
    ),
    /** Share of measured added lines that tests cover. */
    "changed-coverage": nested(
      external_exports.object({ ai: nested(coverageScope(90, withDefaults), withDefaults), all: nested(coverageScope(80, withDefaults), withDefaults) }, expected("a mapping with ai and all")).strict(),
      withDefaults
    ),
    /** Changed-line mutation score (docs/mutation.md): AI-written lines fail below 80, all added lines warn below 60. */
    mutation: nested(
      external_exports.object({ ai: nested(coverageScope(80, withDefaults), withDefaults), all: nested(coverageScope(60, withDefaults, "warn"), withDefaults) }, expected("a mapping with ai and all")).strict(),
      withDefaults
    ),
    /** Changed-line coverage conditions are skipped when fewer added lines than this are measured. */
    "small-change-lines": setting(count, 20, withDefaults),
    /** Finding levels per provenance, per source and per rule id. */
    levels: nested(
      external_exports.object({
        ast: nested(provenanceLevels("keep", "note", "note", withDefaults), withDefaults),
        sarif: nested(provenanceLevels("keep", "keep", "keep", withDefaults), withDefaults),
        coverage: nested(provenanceLevels("keep", "keep", "keep", withDefaults), withDefaults),
        mutation: nested(provenanceLevels("keep", "keep", "keep", withDefaults), withDefaults),
        /** Per rule id (any source): overrides the source's levels for the provenances it names. */
        rules: setting(
          external_exports.record(
            external_exports.string().min(1),
            external_exports.object({ ai: levelOrKeep.optional(), human: levelOrKeep.optional(), unknown: levelOrKeep.optional() }, expected("a mapping with ai, human, unknown")).strict()
          ),
          {},
          withDefaults
        )
      }, expected("a mapping with ast, sarif, coverage, mutation and rules")).strict(),
      withDefaults
    )
  };
}
var pathOverride = external_exports.object({
  /** Globs (src/config/glob.ts: last match wins, `!` takes back); the entry applies to the paths they match. */
  paths: globListSchema.min(1, "expected at least one glob"),
  ...pathSettings(false)
}, expected("a mapping with paths and the settings to change")).strict();
var policyConfigSchema = external_exports.object({
  ...pathSettings(true),
  /** Project-wide line coverage of the head reports. Off by default: the gate judges the change. */
  "overall-coverage": external_exports.object({ level: conditionLevel.default("off"), min: percent.default(80) }, expected("a mapping with level and min")).strict().prefault({}),
  /** Drop in project-wide line coverage against the base reports, in percentage points. */
  "coverage-drop": external_exports.object({
    level: conditionLevel.default("warn"),
    max: external_exports.number({ error: "expected percentage points \u2265 0" }).min(0, "expected percentage points \u2265 0").default(1)
  }, expected("a mapping with level and max")).strict().prefault({}),
  /** Findings and coverage on paths these globs match do not count (src/config/glob.ts: `!` takes back). */
  ignore: globListSchema.default([]),
  /** Settings for some paths; later entries win over earlier ones, key by key. */
  overrides: external_exports.array(pathOverride, { error: "expected a list of { paths, \u2026 } entries" }).default([]),
  /** What evidence that was asked for but could not be read means. */
  "missing-evidence": external_exports.object({
    coverage: evidenceAction.default("error"),
    sarif: evidenceAction.default("error"),
    diff: evidenceAction.default("error"),
    mutation: evidenceAction.default("error")
  }, expected("a mapping with coverage, sarif, diff and mutation")).strict().prefault({})
}, expected("a mapping of policy settings")).strict();

// src/github/config.ts
var publishConfigSchema = external_exports.object({
  /** The sticky pull request comment: only while the gate fails (then kept up to date, and a short "now passing" once it passes), always, or never. */
  comment: external_exports.enum(["always", "on-failure", "never"]).default("on-failure"),
  /** The check run's name; also keys the sticky comment, so two gates in one repository stay apart. */
  "check-name": external_exports.string().trim().min(1).max(100).default("diffgate"),
  /** `all`: analyse and post. `analyze`: write the report files only (untrusted `pull_request` from forks). `publish`: post a report written by `analyze` (`workflow_run`). */
  mode: external_exports.enum(["all", "analyze", "publish"]).default("all"),
  /** Where the JSON report is written (`all`, `analyze`) or read from (`publish`), relative to the working directory. */
  "report-path": external_exports.string().min(1).default("diffgate-report.json"),
  /** Where to write a SARIF 2.1.0 file of diffgate's own findings; none when unset. */
  "sarif-output": external_exports.string().min(1).nullable().default(null),
  /**
   * One notice annotation per range of added lines no test covers (needs coverage input), within the
   * annotation budgets, after the findings. Off by default: coverage gaps are in the report already.
   * `true`/`false` also as text (the action input).
   */
  "annotate-uncovered": external_exports.union([external_exports.boolean(), external_exports.enum(["true", "false"]).transform((text) => text === "true")], { error: "expected true or false" }).default(false),
  /** Write the verdict to the job summary. */
  "job-summary": external_exports.boolean().default(true),
  /** `publish` mode: the largest report file accepted from the artifact, in bytes. */
  "max-report-bytes": external_exports.number().int().positive().max(512 * 1024 * 1024).default(50 * 1024 * 1024),
  /** When diffgate itself fails (setup, unreadable input, API, deadline): `fail` the check (closed) or let it `pass` as neutral (open). */
  "on-error": external_exports.enum(["fail", "pass"]).default("fail")
}).strict();

// src/config/schema.ts
var POLICY_SOURCES = ["base", "head"];
var configSchema = external_exports.object({
  /** How added lines are attributed: from signals, all AI, or none AI. */
  ai: external_exports.enum(["auto", "all", "none"]).default("auto"),
  /**
   * Which revision's policy file judges a change: `base` (the target branch: a pull request cannot
   * loosen its own gate) or `head` (the change's own file). Read from the base's file or an input
   * (action input, CLI flag), never from the file the change brings.
   */
  "policy-source": external_exports.enum(POLICY_SOURCES).default("base"),
  provenance: provenanceConfigSchema.prefault({}),
  analysis: analysisConfigSchema.prefault({}),
  sarif: sarifConfigSchema.prefault({}),
  coverage: coverageConfigSchema.prefault({}),
  mutation: mutationConfigSchema.prefault({}),
  policy: policyConfigSchema.prefault({}),
  publish: publishConfigSchema.prefault({})
}).strict();

export {
  parseAnalysisOptions,
  resolveAnalysisConfig,
  configSchema
};
