// What a result says about itself through its rule: id, level, message, help link, tags, severity.
import type * as sarif from 'sarif';
import { scannerRuleId, type RuleId } from '../../ids.js';
import type { Level } from '../../model.js';

/** The rule metadata a result refers to, and the component (driver or extension) holding it. */
export interface RuleContext {
  ruleId: RuleId;
  rule: sarif.ReportingDescriptor | undefined;
  component: sarif.ToolComponent;
}

/**
 * Finds the rule through `rule.toolComponent` (an extension by index, guid or name), `rule.index`
 * or `ruleIndex`, then by id (also the hierarchical parent: `CA2101/1` → `CA2101`).
 */
export function ruleContextOf(result: sarif.Result, run: sarif.Run): RuleContext {
  const reference = result.rule;
  const component = componentOf(reference?.toolComponent, run.tool);
  const rules = component.rules ?? [];
  const ruleIndex = reference?.index ?? result.ruleIndex;
  const id = result.ruleId ?? reference?.id;
  let rule = ruleIndex !== undefined && ruleIndex >= 0 ? rules[ruleIndex] : undefined;
  if (rule === undefined && id !== undefined) rule = findRuleById(rules, id);
  return { ruleId: scannerRuleId(id ?? rule?.id ?? 'unknown'), rule, component };
}

function componentOf(reference: sarif.ToolComponentReference | undefined, tool: sarif.Tool): sarif.ToolComponent {
  if (!reference) return tool.driver;
  // Without an index, a reference may name the driver itself (SpotBugs writes {name: "SpotBugs"}).
  const namesDriver =
    reference.index === undefined &&
    ((reference.guid !== undefined && reference.guid === tool.driver.guid) || (reference.name !== undefined && reference.name === tool.driver.name));
  if (namesDriver) return tool.driver;
  const extensions = tool.extensions ?? [];
  const byIndex = reference.index !== undefined ? extensions[reference.index] : undefined;
  const found =
    byIndex ??
    extensions.find((extension) => reference.guid !== undefined && extension.guid === reference.guid) ??
    extensions.find((extension) => reference.name !== undefined && extension.name === reference.name);
  return found ?? tool.driver;
}

function findRuleById(rules: sarif.ReportingDescriptor[], id: string): sarif.ReportingDescriptor | undefined {
  for (let candidate = id; ; ) {
    const rule = rules.find((each) => each.id === candidate);
    if (rule) return rule;
    const slash = candidate.lastIndexOf('/');
    if (slash <= 0) return undefined;
    candidate = candidate.slice(0, slash);
  }
}

const LEVELS = new Set(['error', 'warning', 'note', 'none']);

/**
 * `result.level`, else an invocation's ruleConfigurationOverrides, else the rule's
 * `defaultConfiguration.level`, else `warning` (SARIF's default). `none` means "not a failure".
 */
export function levelOf(result: sarif.Result, context: RuleContext, run: sarif.Run): Level | 'none' {
  const candidates = [result.level, overrideLevel(context, run), context.rule?.defaultConfiguration?.level];
  const level = candidates.find((value) => value !== undefined && LEVELS.has(value));
  return (level as Level | 'none' | undefined) ?? 'warning';
}

function overrideLevel(context: RuleContext, run: sarif.Run): string | undefined {
  for (const invocation of run.invocations ?? []) {
    for (const override of invocation.ruleConfigurationOverrides ?? []) {
      const descriptor = override.descriptor;
      const sameComponent = componentOf(descriptor.toolComponent, run.tool) === context.component;
      const rules = context.component.rules ?? [];
      const sameRule =
        (descriptor.index !== undefined && context.rule !== undefined && rules[descriptor.index] === context.rule) ||
        (descriptor.id !== undefined && (descriptor.id === context.ruleId || descriptor.id === context.rule?.id));
      if (sameComponent && sameRule && override.configuration.level !== undefined) return override.configuration.level;
    }
  }
  return undefined;
}

/**
 * `message.text` (else markdown), else `message.id` looked up in the rule's `messageStrings` and then
 * the component's `globalMessageStrings`, with `{0}`-style arguments filled in.
 */
export function messageOf(result: sarif.Result, context: RuleContext): string {
  const message = result.message as sarif.Message | undefined;
  if (!message) return '';
  const template =
    message.text ??
    message.markdown ??
    (message.id !== undefined
      ? (context.rule?.messageStrings?.[message.id]?.text ?? context.component.globalMessageStrings?.[message.id]?.text)
      : undefined);
  if (template === undefined) return message.id ? `(message ${message.id})` : '';
  return fillArguments(template, message.arguments ?? []);
}

/** SARIF placeholders: `{0}` is an argument, `{{` and `}}` are literal braces. */
export function fillArguments(template: string, args: string[]): string {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    return args[Number(index)] ?? match;
  });
}

/** The rule's help link, kept only when it is an absolute http(s) URL (it ends up as a link). */
export function helpUriOf(context: RuleContext): string | undefined {
  const helpUri = context.rule?.helpUri;
  if (helpUri === undefined) return undefined;
  try {
    const url = new URL(helpUri);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Tags from the rule's and the result's property bags, each once. */
export function tagsOf(result: sarif.Result, context: RuleContext): string[] {
  const tags = [...tagList(context.rule?.properties), ...tagList(result.properties)];
  return [...new Set(tags)];
}

function tagList(properties: sarif.PropertyBag | undefined): string[] {
  const tags: unknown = properties?.tags;
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
}

/** `security-severity` (a number or numeric string, 0-10) from the result, else from the rule. */
export function securitySeverityOf(result: sarif.Result, context: RuleContext): number | undefined {
  return severityFrom(result.properties) ?? severityFrom(context.rule?.properties);
}

function severityFrom(properties: sarif.PropertyBag | undefined): number | undefined {
  const raw: unknown = properties?.['security-severity'];
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  return Number.isFinite(value) && value >= 0 && value <= 10 ? value : undefined;
}
