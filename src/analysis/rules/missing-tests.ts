// `missing-tests`: exported code whose change adds behaviour (new-logic.ts: a branch, or a body of
// statements) with no test evidence — no test file imports its module and mentions it, and no coverage
// report shows its changed lines ran. One finding per file: a reviewer makes one remark for a module.
import { compiledGlobsOf } from '../../config/glob.js';
import * as z from '../../zod.js';
import { createRule, type RuleContext } from '../rule.js';
import { declaredSymbols, type ChangedSymbol } from '../symbols.js';
import { findTestEvidence } from '../facts/tests.js';
import { descendants } from '../facts/test-syntax.js';
import { deservesTest, indexLogic, measureLogic, type LogicIndex } from '../new-logic.js';

export const DEFAULT_IGNORE = [
  '**/*.d.ts',
  '**/*.config.*',
  '**/*.stories.*',
  '**/{scripts,examples,example,docs,benchmarks,benchmark,bench,fixtures,__fixtures__,__mocks__}/**',
];

const optionsSchema = z.strictObject({
  /** Source files the rule never asks tests for (type declarations, configs, scripts, examples). */
  ignore: z._default(z.array(z.string().check(z.minLength(1))), DEFAULT_IGNORE),
});

const MAX_NAMED_TEST_FILES = 3;
/** Other untested symbols of the file named in its one finding; the rest are counted. */
const MAX_NAMED_OTHERS = 4;

/**
 * Composition roots: the functions a host calls to wire a program together (a VS Code extension's
 * `activate`, a CLI's `main`). Their changes are wiring that end-to-end runs exercise; a unit test
 * of them is rarely what a reviewer asks for, so the rule leaves them to coverage.
 */
const COMPOSITION_ROOTS = new Set(['activate', 'deactivate', 'main']);

/** A symbol counts as new (not changed) when at least this share of its lines were added. */
const NEW_SYMBOL_SHARE = 0.8;

// Methods a framework calls, never code by name (React, custom elements, Angular, Vue class components):
// like a constructor, they are exercised by whatever uses their class.
const FRAMEWORK_CALLED_METHODS = new Set([
  'constructor', 'render', 'componentDidMount', 'componentDidUpdate', 'componentWillUnmount', 'shouldComponentUpdate',
  'getSnapshotBeforeUpdate', 'componentDidCatch', 'getDerivedStateFromProps', 'getDerivedStateFromError',
  'connectedCallback', 'disconnectedCallback', 'adoptedCallback', 'attributeChangedCallback',
  'ngOnInit', 'ngOnChanges', 'ngOnDestroy', 'ngAfterViewInit', 'ngAfterContentInit', 'ngDoCheck', 'mounted', 'updated', 'unmounted',
]);

export const missingTests = createRule({
  meta: {
    id: 'missing-tests',
    description:
      'Exported code whose change adds behaviour (a branch, or a body of statements) that no test imports and references, and no coverage shows executed; one finding per file.',
    defaultLevel: 'note',
    category: 'tests',
    scope: { tests: 'never', fixtures: true },
    options: optionsSchema,
    messages: {
      notImported: '{{kind}} `{{symbol}}` was {{change}} but no test covers it: no test file imports {{path}}, directly or through other modules ({{searched}}){{coverage}}.{{others}}',
      notReferenced:
        '{{kind}} `{{symbol}}` was {{change}} but no test covers it: {{testFiles}} reach {{path}}, but neither they nor the tested modules importing it reference `{{symbol}}`{{coverage}}.{{others}}',
    },
  },
  create(context) {
    // `ignore` holds globs of source files, not a scope: it belongs to this rule's options.
    // The options are one object for the run: the globs compile once, not once per file.
    if (compiledGlobsOf(context.options.ignore).matches(context.path)) return {};
    return {
      'Program:exit'(program) {
        const logic = indexLogic(program);
        const untested: Problem[] = [];
        for (const symbol of symbolsToTest(declaredSymbols(program), context)) {
          if (symbol.kind === 'function' && COMPOSITION_ROOTS.has(symbol.name)) continue;
          const isNew = isNewSymbol(context, symbol);
          if (!addsBehaviour(context, logic, symbol, isNew)) continue;
          const problem = untestedProblem(context, symbol, isNew);
          if (problem) untested.push(problem);
        }
        reportOnce(context, untested);
      },
    };
  },
});

/** Exported functions, classes and public methods with added lines; a new class stands for its methods. */
function symbolsToTest(symbols: ChangedSymbol[], context: RuleContext): ChangedSymbol[] {
  const changed = symbols.filter((symbol) => symbol.exported && symbol.kind !== 'variable' && addedLinesOf(symbol, context).length > 0);
  const newClasses = new Set(changed.filter((symbol) => symbol.kind === 'class' && context.isAddedLine(symbol.startLine)).map((symbol) => symbol.name));
  const changedMethodsOf = new Set(changed.filter((symbol) => symbol.kind === 'method').map((symbol) => symbol.container));
  return changed.filter((symbol) => {
    if (symbol.kind === 'method') return !newClasses.has(symbol.container ?? '');
    // A class changed only inside some methods is reported through those methods.
    if (symbol.kind === 'class') return newClasses.has(symbol.name) || !changedMethodsOf.has(symbol.name);
    return true;
  });
}

function addedLinesOf(symbol: ChangedSymbol, context: RuleContext): number[] {
  const lines: number[] = [];
  for (let line = symbol.startLine; line <= symbol.endLine; line++) if (context.isAddedLine(line)) lines.push(line);
  return lines;
}

/** Whether the change to a symbol is new behaviour: a new symbol with logic, or new branches or statements in an old one. */
function addsBehaviour(context: RuleContext, logic: LogicIndex, symbol: ChangedSymbol, isNew: boolean): boolean {
  const measure = measureLogic(logic, symbol.startLine, symbol.endLine, isNew ? undefined : (line) => context.isAddedLine(line));
  return deservesTest(measure, isNew);
}

/** Mostly added: a new symbol. A changed signature line alone does not make an old function new. */
function isNewSymbol(context: RuleContext, symbol: ChangedSymbol): boolean {
  const span = symbol.endLine - symbol.startLine + 1;
  return context.isAddedLine(symbol.startLine) && addedLinesOf(symbol, context).length >= NEW_SYMBOL_SHARE * span;
}

interface Problem {
  symbol: ChangedSymbol;
  name: string;
  messageId: 'notImported' | 'notReferenced';
  data: Record<string, string>;
}

/** Why a symbol has no test evidence, or null when it has some. */
function untestedProblem(context: RuleContext, symbol: ChangedSymbol, isNew: boolean): Problem | null {
  const added = addedLinesOf(symbol, context);
  const fileCoverage = context.project.coverage?.files.find((file) => file.path === context.path);
  if (fileCoverage && added.some((line) => fileCoverage.coveredLines.includes(line))) return null;

  const name = symbol.kind === 'method' ? `${symbol.container ?? ''}.${symbol.name}` : symbol.name;
  const tests = context.project.tests;
  // A constructor or lifecycle method is exercised by whoever names its class; `export { _catch as catch }` is used as `catch`.
  const names =
    symbol.kind === 'method' && FRAMEWORK_CALLED_METHODS.has(symbol.name) ? [symbol.container ?? symbol.name] : [symbol.name, ...exportedAliases(context, symbol.name)];
  const evidence = findTestEvidence(tests, context.path, names);
  if (evidence.status === 'referenced') return null;
  // Tests reach the module and other code in it calls the symbol: it runs whenever that code is tested.
  if (evidence.status === 'imported-only' && usedElsewhereInModule(context, symbol)) return null;
  // A package that a test project runs end to end is exercised in ways imports cannot show; only
  // coverage can tell, so without it the rule stays silent rather than guess.
  if (!fileCoverage && isInEndToEndPackage(context)) return null;
  // A default export is used under any local name: importing the module is the reference.
  if (symbol.name === 'default' && evidence.status === 'imported-only') return null;

  const data = {
    kind: symbol.kind === 'method' ? 'Method' : symbol.kind === 'class' ? 'Class' : 'Function',
    symbol: name,
    change: isNew ? 'added' : 'changed',
    path: context.path,
    coverage: coverageNote(context, fileCoverage !== undefined, added.length),
  };
  if (evidence.status === 'not-imported') {
    const searched = `searched ${tests.testFiles.length} test file${tests.testFiles.length === 1 ? '' : 's'} matching analysis.test-globs`;
    return { symbol, name, messageId: 'notImported', data: { ...data, searched } };
  }
  const named = evidence.testFiles.slice(0, MAX_NAMED_TEST_FILES).join(', ');
  const more = evidence.testFiles.length > MAX_NAMED_TEST_FILES ? ` and ${evidence.testFiles.length - MAX_NAMED_TEST_FILES} more` : '';
  return { symbol, name, messageId: 'notReferenced', data: { ...data, testFiles: named + more } };
}

/** One finding for the file, on its first untested symbol, naming the others. */
function reportOnce(context: RuleContext, problems: Problem[]): void {
  const [first, ...others] = problems;
  if (!first) return;
  const named = others.slice(0, MAX_NAMED_OTHERS).map((problem) => `\`${problem.name}\``);
  const rest = others.length - named.length;
  const list = rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
  const othersText = others.length === 0 ? '' : ` Also without tests in this file: ${list}.`;
  context.report({
    lines: { start: first.symbol.startLine, end: first.symbol.endLine },
    messageId: first.messageId,
    data: { ...first.data, others: othersText },
  });
}

function isInEndToEndPackage(context: RuleContext): boolean {
  const dirs = context.project.tests.endToEndPackages ?? [];
  // The nearest package wins: a package nested in an end-to-end tested one is judged on its own.
  const nearest = context.project.dependencies.packages
    .filter((manifest) => manifest.dir === '' || context.path.startsWith(`${manifest.dir}/`))
    .sort((a, b) => b.dir.length - a.dir.length)[0];
  return nearest !== undefined && dirs.includes(nearest.dir);
}

function exportedAliases(context: RuleContext, local: string): string[] {
  const aliases: string[] = [];
  for (const statement of context.ast.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.source) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.local.type === 'Identifier' && specifier.local.name === local && specifier.exported.type === 'Identifier') aliases.push(specifier.exported.name);
    }
  }
  return aliases;
}

/** Whether code of the module outside the symbol's own lines uses it (a call, a reference; not an export list). */
function usedElsewhereInModule(context: RuleContext, symbol: ChangedSymbol): boolean {
  for (const node of descendants(context.ast)) {
    if (node.loc.start.line >= symbol.startLine && node.loc.end.line <= symbol.endLine) continue;
    const parent = node.parent;
    if (symbol.kind === 'method') {
      if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === symbol.name) return true;
      continue;
    }
    if (node.type !== 'Identifier' || node.name !== symbol.name || !parent) continue;
    if (parent.type === 'ExportSpecifier' || parent.type === 'ExportDefaultDeclaration') continue;
    if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) continue;
    if (parent.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand) continue;
    // `module.exports = { name }` exports it; it does not use it.
    if (parent.type === 'Property' && parent.shorthand && parent.parent.parent?.type === 'AssignmentExpression') continue;
    return true;
  }
  return false;
}

function coverageNote(context: RuleContext, fileMeasured: boolean, addedCount: number): string {
  if (!context.project.coverage) return '';
  if (!fileMeasured) return '; the coverage reports do not mention this file';
  return `; coverage shows none of its ${addedCount} changed line${addedCount === 1 ? '' : 's'} executed`;
}
