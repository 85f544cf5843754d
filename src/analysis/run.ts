// The runner for one file: skip checks, parse, one walk with every rule's visitors, then findings.
// Pure: text and facts in, findings and skips out. `analyzeChanges` (index.ts) does the I/O around it.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { InputError, describeError } from '../errors.js';
import type { Finding, Level, Skipped } from '../model.js';
import { provenanceOfRange, type ProvenanceLookup } from '../provenance/lookup.js';
import type { AnalysisConfig } from './config.js';
import { makeTestFileMatcher } from './facts/tests.js';
import { fingerprintOf, normaliseCode } from './fingerprint.js';
import { parseSource } from './parse.js';
import type { ProjectFacts, ReportDescriptor, Rule, RuleContext } from './rule.js';
import { setParents, walk, type NodeVisitor, type WalkVisitors } from './walk.js';

/** A line this long, in a file whose lines average MINIFIED_MEAN_LINE_LENGTH or more, marks minified code. */
export const MINIFIED_LONG_LINE = 1000;
export const MINIFIED_MEAN_LINE_LENGTH = 200;
/** A line this long marks bundled or minified code whatever the rest of the file looks like. */
export const MINIFIED_ANY_LINE = 10_000;
/** How far into the file the `@generated` marker is looked for (it sits in the header comment). */
export const GENERATED_HEADER_CHARS = 2048;

export interface FileAnalysisInput {
  /** Repository-relative path at head. */
  path: string;
  /** The file's text at head. */
  source: string;
  /** Head line numbers the change added. */
  addedLines: ReadonlySet<number>;
  provenance: ProvenanceLookup;
  rules: readonly Rule[];
  project: ProjectFacts;
  config: AnalysisConfig;
  /** The file's tree when the caller already parsed it (after `skipReason`): each file is parsed once. */
  ast?: TSESTree.Program;
}

/** A finding with the message id that made it (rule tests assert ids, not text). */
export interface RuleFinding extends Finding {
  messageId: string;
}

export interface FileAnalysisResult {
  findings: RuleFinding[];
  skipped: Skipped[];
}

/** A rule as configured: its level on AI-written lines and its parsed options. */
export interface ActiveRule {
  rule: Rule;
  level: Level;
  options: Record<string, unknown>;
}

/** Applies `analysis.rules` to the rules given: drops `off` rules, sets levels, parses options. */
export function activateRules(rules: readonly Rule[], config: AnalysisConfig): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    if (setting === 'off') continue;
    const optionsSchema = rule.meta.options;
    let options: Record<string, unknown> = {};
    if (optionsSchema) {
      const parsed = optionsSchema.safeParse(setting?.options ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : '';
        throw new InputError(
          `analysis.rules.${rule.meta.id}.options${where} is invalid: ${issue?.message ?? 'bad value'} (see docs/rules/${rule.meta.id}.md)`,
        );
      }
      options = parsed.data;
    } else if (setting?.options && Object.keys(setting.options).length > 0) {
      throw new InputError(`analysis.rules.${rule.meta.id}.options: this rule takes no options (see docs/rules/${rule.meta.id}.md)`);
    }
    active.push({ rule, level: setting?.level ?? rule.meta.defaultLevel, options });
  }
  return active;
}

/** Why a file should not be analysed (minified, generated, too big), or null to analyse it. */
export function skipReason(path: string, source: string, maxFileBytes: number): string | null {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > maxFileBytes) {
    return `skipped: ${bytes} bytes is over analysis.max-file-bytes (${maxFileBytes}); raise it to analyse this file`;
  }
  if (/\.min\.[cm]?js$/i.test(path)) return 'skipped: minified (.min.js file)';
  const lines = source.split('\n');
  const longest = lines.reduce((max, line) => Math.max(max, line.length), 0);
  const nonEmpty = lines.filter((line) => line.trim() !== '');
  const meanLength = nonEmpty.length === 0 ? 0 : nonEmpty.reduce((sum, line) => sum + line.length, 0) / nonEmpty.length;
  if (longest >= MINIFIED_ANY_LINE || (longest >= MINIFIED_LONG_LINE && meanLength >= MINIFIED_MEAN_LINE_LENGTH)) {
    return `skipped: looks minified (a ${longest}-character line, ${Math.round(meanLength)} characters per line on average)`;
  }
  if (/@generated\b/.test(leadingComments(source.slice(0, GENERATED_HEADER_CHARS)))) {
    return 'skipped: generated (`@generated` in the header comment)';
  }
  return null;
}

/** The skip checks, then the parse: a tree to analyse, or why the file is not analysed. */
export function prepareFile(path: string, source: string, maxFileBytes: number): { ast: TSESTree.Program } | { reason: string } {
  const reason = skipReason(path, source, maxFileBytes);
  if (reason) return { reason };
  const parsed = parseSource(path, source);
  if (parsed.ok) return { ast: parsed.ast };
  return { reason: `does not parse: ${parsed.message}${parsed.line === null ? '' : ` (line ${parsed.line})`}` };
}

/** The comments before the first code in a file (after an optional shebang). */
function leadingComments(head: string): string {
  const header = /^(?:#![^\n]*\n)?(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(head);
  return header?.[0] ?? '';
}

/** Replaces `{{name}}` placeholders with the report's data. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

// `// diffgate-disable-next-line empty-catch, floating-promise -- why` or `// diffgate-disable-line …`;
// no rule ids means every rule. ESLint's line directives count for the rules' ESLint equivalents.
const DIRECTIVE = /^[\s*]*(diffgate|eslint)-disable-(next-line|line)\b([^\n]*)$/;

/** Per line, the rule ids silenced there (`*` for all), from diffgate and ESLint line directives. */
export function suppressedLines(comments: readonly TSESTree.Comment[], rules: readonly Rule[]): Map<number, Set<string>> {
  const byLine = new Map<number, Set<string>>();
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.value);
    if (!match) continue;
    const [, tool, where, rest = ''] = match;
    const names = (rest.split(/\s--\s|\s--$/)[0] ?? '').split(/[\s,]+/).filter((name) => name !== '');
    let ids: string[];
    if (tool === 'diffgate') ids = names.length === 0 ? ['*'] : names;
    else ids = rules.filter((rule) => rule.meta.eslintEquivalents?.some((name) => names.includes(name))).map((rule) => rule.meta.id);
    const line = where === 'next-line' ? comment.loc.end.line + 1 : comment.loc.start.line;
    const silenced = byLine.get(line) ?? new Set<string>();
    for (const id of ids) silenced.add(id);
    byLine.set(line, silenced);
  }
  return byLine;
}

// The rule that reports directives without a reason: a blanket directive must not silence the report about itself.
const SUPPRESSION_RULE = 'suppressed-check';

/** A directive on the finding's first line (or the line above it), or on any line inside it, silences it. */
function isSuppressed(suppressed: Map<number, Set<string>>, ruleId: string, startLine: number, endLine: number): boolean {
  for (let line = startLine; line <= endLine; line++) {
    const silenced = suppressed.get(line);
    if (silenced && ((silenced.has('*') && ruleId !== SUPPRESSION_RULE) || silenced.has(ruleId))) return true;
  }
  return false;
}

interface RawReport {
  active: ActiveRule;
  descriptor: ReportDescriptor;
  startLine: number;
  endLine: number;
  start: number;
  code: string;
}

function linesOfText(source: string, start: number, end: number): string {
  return source.split('\n').slice(start - 1, end).join('\n');
}

/** Runs the rules on one file's added code. Never throws for the file's content: problems become `skipped`. */
export function analyzeFile(input: FileAnalysisInput): FileAnalysisResult {
  const { path, source, addedLines } = input;
  const active = activateRules(input.rules, input.config);
  if (active.length === 0 || addedLines.size === 0) return { findings: [], skipped: [] };

  let ast = input.ast;
  if (!ast) {
    const prepared = prepareFile(path, source, input.config['max-file-bytes']);
    if ('reason' in prepared) return { findings: [], skipped: [{ path, reason: prepared.reason }] };
    ast = prepared.ast;
  }
  const isTestFile = makeTestFileMatcher(input.config['test-globs'])(path);
  const isAddedLine = (line: number): boolean => addedLines.has(line);
  const touchesAddedLines = (node: { loc: TSESTree.SourceLocation }): boolean => {
    for (let line = node.loc.start.line; line <= node.loc.end.line; line++) if (addedLines.has(line)) return true;
    return false;
  };
  const getText = (node: { range: TSESTree.Range }): string => source.slice(node.range[0], node.range[1]);

  const reports: RawReport[] = [];
  const visitors: WalkVisitors = { enter: new Map(), exit: new Map() };
  try {
    setParents(ast);
    for (const rule of active) {
      if (rule.rule.meta.testFilesOnly === true && !isTestFile) continue;
      if (rule.rule.meta.testFilesOnly === false && isTestFile) continue;
      const context: RuleContext = {
        path,
        source,
        ast,
        isTestFile,
        addedLines,
        isAddedLine,
        touchesAddedLines,
        getText,
        project: input.project,
        options: rule.options,
        report(descriptor) {
          if (!(descriptor.messageId in rule.rule.meta.messages)) {
            throw new Error(`rule ${rule.rule.meta.id} reported unknown message id "${descriptor.messageId}"`);
          }
          if (descriptor.node) {
            const node = descriptor.node;
            reports.push({ active: rule, descriptor, startLine: node.loc.start.line, endLine: node.loc.end.line, start: node.range[0], code: getText(node) });
          } else if (descriptor.lines) {
            const { start, end } = descriptor.lines;
            const code = linesOfText(source, start, end);
            const offset = source.split('\n').slice(0, start - 1).join('\n').length;
            reports.push({ active: rule, descriptor, startLine: start, endLine: end, start: offset, code });
          } else {
            throw new Error(`rule ${rule.rule.meta.id} reported without a node or lines`);
          }
        },
      };
      for (const [key, visitor] of Object.entries(rule.rule.create(context))) {
        if (typeof visitor !== 'function') continue;
        const exit = key.endsWith(':exit');
        const type = exit ? key.slice(0, -':exit'.length) : key;
        const table = exit ? visitors.exit : visitors.enter;
        table.set(type, [...(table.get(type) ?? []), visitor as NodeVisitor]);
      }
    }
    walk(ast, visitors);
  } catch (error) {
    // A crashing rule or a pathologically deep tree must not stop the gate; the file is reported as not analysed.
    return { findings: [], skipped: [{ path, reason: `analysis failed: ${describeError(error)}` }] };
  }
  const suppressed = suppressedLines(ast.comments ?? [], input.rules);
  return { findings: toFindings(input, reports, suppressed), skipped: [] };
}

function toFindings(input: FileAnalysisInput, reports: RawReport[], suppressed: Map<number, Set<string>>): RuleFinding[] {
  reports.sort((a, b) => a.start - b.start || a.startLine - b.startLine || a.endLine - b.endLine);
  const seen = new Set<string>();
  const occurrences = new Map<string, number>();
  const findings: RuleFinding[] = [];
  for (const report of reports) {
    const { rule, level } = report.active;
    const dedupeKey = `${rule.meta.id}:${report.startLine}:${report.endLine}:${report.descriptor.messageId}:${report.start}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    // Counted over every report, added or not, so the same code gets the same fingerprint in any change.
    const key = `${rule.meta.id}\0${normaliseCode(report.code)}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    let added = false;
    for (let line = report.startLine; line <= report.endLine && !added; line++) added = input.addedLines.has(line);
    // A rule never reports code the change did not add or rewrite.
    if (!added) continue;
    if (isSuppressed(suppressed, rule.meta.id, report.startLine, report.endLine)) continue;
    const provenance = provenanceOfRange(input.provenance, input.path, report.startLine, report.endLine);
    findings.push({
      ruleId: rule.meta.id,
      level: provenance === 'ai' ? level : 'note',
      path: input.path,
      startLine: report.startLine,
      endLine: report.endLine,
      message: formatMessage(rule.meta.messages[report.descriptor.messageId] ?? '', report.descriptor.data),
      source: 'ast',
      provenance,
      fingerprint: fingerprintOf(rule.meta.id, input.path, report.code, occurrence),
      onAddedLine: true,
      messageId: report.descriptor.messageId,
    });
  }
  return findings;
}
