import * as z from '../zod.js';
import { InputError, printableLine } from '../errors.js';
import { globListSchema } from '../config/glob.js';
import { LEVELS, type Level } from '../model.js';
import { RULES } from './registry.js';
import type { OptionsOf, Rule } from './rule.js';

// The `analysis:` section of .github/diffgate.yml. Owned by src/analysis/.
export const DEFAULT_TEST_GLOBS = [
  '**/*.test.*',
  '**/*.spec.*',
  '**/__tests__/**',
  'test/**',
  'tests/**',
  '**/test/**',
  '**/tests/**',
];

/**
 * One rule's setting: `off`, a level (`warning`, shorthand for `{ level: warning }`), or a level for
 * AI-written lines and the rule's own options.
 */
export const ruleSettingSchema = z.pipe(
  z.transform((value) => (typeof value === 'string' && (LEVELS as readonly string[]).includes(value) ? { level: value } : value)),
  z.union(
    [
      z.literal('off'),
      z.strictObject({
        /** The rule's level; `policy.levels` then adjusts it per provenance (by default `note` off AI-written lines). */
        level: z.optional(z.enum(LEVELS)),
        /** Options the rule defines (validated by the rule's own schema). */
        options: z.optional(z.record(z.string(), z.unknown())),
      }),
    ],
    // Without it zod says only "Invalid input": the message names what a setting may be.
    { error: `expected "off", a level (${LEVELS.join(' | ')}) or { level: ${LEVELS.join(' | ')}, options: {…} }` },
  ),
);

export type RuleSetting = z.infer<typeof ruleSettingSchema>;

export const analysisConfigSchema = z.strictObject({
  /** Which files count as tests (evidence for missing-tests; scope of the test rules). */
  'test-globs': z._default(globListSchema, DEFAULT_TEST_GLOBS),
  /** Files larger than this are skipped, with the reason recorded. */
  'max-file-bytes': z._default(z.number().check(z.int(), z.positive()), 512 * 1024),
  /** Per-rule settings keyed by rule id; rules not named run with their defaults. */
  rules: z._default(z.record(z.string(), ruleSettingSchema), {}),
});

export type AnalysisConfig = z.infer<typeof analysisConfigSchema>;

/** A rule as configured: its level on AI-written lines and its options, parsed once. */
export interface ActiveRule<R extends Rule = Rule> {
  rule: R;
  level: Level;
  options: OptionsOf<R>;
}

/** The `analysis:` section after `parseAnalysisOptions`: every rule that is on, with its level and typed options. */
export interface ResolvedAnalysisConfig extends AnalysisConfig {
  /** The rules that are on, in registry order. */
  readonly activeRules: readonly ActiveRule[];
}

/** The options of one rule in a resolved config, typed by the rule; undefined when the rule is off. */
export function optionsOf<R extends Rule>(config: ResolvedAnalysisConfig, rule: R): OptionsOf<R> | undefined {
  return config.activeRules.find((active) => active.rule === rule)?.options as OptionsOf<R> | undefined;
}

/**
 * Parses `analysis.rules` once, at config load: checks every rule id, drops `off` rules, sets levels and
 * parses each rule's options with its schema (defaults filled in). Throws an InputError naming the key
 * (`analysis.rules.<id>.options.<option>`) and what it accepts. `rules` defaults to the registry; tests
 * pass their own.
 */
export function parseAnalysisOptions(analysis: AnalysisConfig, rules: readonly Rule[] = RULES): ResolvedAnalysisConfig {
  const known = new Set<string>([...RULES, ...rules].map((rule) => rule.meta.id));
  for (const id of Object.keys(analysis.rules)) {
    if (!known.has(id)) {
      // A typo would silently leave the rule meant on.
      throw new InputError(`analysis.rules names an unknown rule "${printableLine(id, 100)}"; known rules: ${[...known].sort().join(', ')} (see docs/analysis.md)`);
    }
  }
  const activeRules: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = analysis.rules[rule.meta.id];
    if (setting === 'off') continue;
    activeRules.push({ rule, level: setting?.level ?? rule.meta.defaultLevel, options: parseRuleOptions(rule, setting?.options) });
  }
  return { ...analysis, activeRules };
}

/** The resolved config, parsing it only when the caller has not yet done so. */
export function resolveAnalysisConfig(analysis: AnalysisConfig | ResolvedAnalysisConfig, rules?: readonly Rule[]): ResolvedAnalysisConfig {
  return 'activeRules' in analysis && rules === undefined ? analysis : parseAnalysisOptions(analysis, rules);
}

function parseRuleOptions(rule: Rule, raw: Record<string, unknown> | undefined): object {
  const key = `analysis.rules.${rule.meta.id}.options`;
  const schema = rule.meta.options;
  if (!schema) {
    if (raw && Object.keys(raw).length > 0) throw new InputError(`${key}: this rule takes no options (see docs/rules/${rule.meta.id}.md)`);
    return {};
  }
  const parsed = z.safeParse(schema, raw ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // The path and the message may quote the file's own keys: one printable line.
  const where = issue && issue.path.length > 0 ? `.${printableLine(issue.path.map(String).join('.'))}` : '';
  const allowed = allowedOptions(schema);
  const accepts = allowed.length > 0 ? `; options: ${allowed.join(', ')}` : '';
  throw new InputError(`${key}${where} is invalid: ${printableLine(issue?.message ?? 'bad value', 300)}${accepts} (see docs/rules/${rule.meta.id}.md)`);
}

// A rule's options schema may be built with either zod API (src/ uses zod/mini, a test may use classic
// zod): both build on zod's core, so the schema is read through the core classes and their `_zod.def`.

/** `name (type[, default])` for each option of an object schema, for the error message. */
function allowedOptions(schema: z.$ZodType): string[] {
  if (!(schema instanceof z.$ZodObject)) return [];
  return Object.entries(schema._zod.def.shape).map(([name, option]) => `${name} (${describeOption(option)})`);
}

function describeOption(option: z.$ZodType): string {
  if (option instanceof z.$ZodDefault) {
    const inner = describeOption(option._zod.def.innerType);
    return `${inner}, default ${JSON.stringify(option._zod.def.defaultValue)}`;
  }
  if (option instanceof z.$ZodOptional) return describeOption(option._zod.def.innerType);
  // The values of a string enum (`z.enum([...])`), in order: what classic's `.options` listed.
  if (option instanceof z.$ZodEnum) return Object.values(option._zod.def.entries).map((value) => JSON.stringify(value)).join(' | ');
  if (option instanceof z.$ZodArray) return `list of ${describeOption(option._zod.def.element)}`;
  return option._zod.def.type;
}
