// Optional annotations for uncovered added lines (`annotate-uncovered`, off by default): one notice
// per range, not per line, within the annotation budgets; the same ranges as SARIF notes for the CLI.
import { describe, expect, it } from 'vitest';
import type { Level, Report } from '../../src/model.js';
import { parseCliFlags } from '../../src/cli.js';
import { parseConfig } from '../../src/config/load.js';
import { readActionInputs } from '../../src/github/inputs.js';
import { publishConfigSchema } from '../../src/github/config.js';
import { budgetRunner, publishReport, startCheckRun, type ActionsRunner } from '../../src/github/publish.js';
import { isInputError } from '../../src/errors.js';
import { LIMITS, renderSarif, type WorkflowAnnotation } from '../../src/report/index.js';
import { UNCOVERED_RULE_ID, uncoveredFindings, uncoveredSpans } from '../../src/report/uncovered.js';
import { useEmulatedGitHub } from '../helpers/emulated-github.js';
import { HEAD, makeFindings, makeReport } from '../github/fixtures.js';
import { repoPath } from '../helpers/ids.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('uncoveredSpans', () => {
  it('makes one span of a stretch of added lines no test runs, across lines no report measures', () => {
    // 10-20 added; 11, 13-15 and 18-19 measured and uncovered; 12 and 16-17 not measured (blank, types).
    expect(uncoveredSpans(range(10, 20), { coveredLines: [], uncoveredLines: [11, 13, 14, 15, 18, 19] })).toEqual([{ start: 11, end: 19, uncovered: 6 }]);
  });

  it('ends a span at a covered line and at a line the change did not add', () => {
    const added = [...range(1, 6), ...range(30, 32)];
    expect(uncoveredSpans(added, { coveredLines: [3], uncoveredLines: [1, 2, 4, 6, 30, 32] })).toEqual([
      { start: 1, end: 2, uncovered: 2 },
      { start: 4, end: 6, uncovered: 2 },
      { start: 30, end: 32, uncovered: 2 },
    ]);
    expect(uncoveredSpans(range(1, 3), { coveredLines: [1, 2, 3], uncoveredLines: [] })).toEqual([]);
  });

  it('ignores uncovered lines a report claims outside the added lines', () => {
    expect(uncoveredSpans([5], { coveredLines: [], uncoveredLines: [5, 1_000_000_000] })).toEqual([{ start: 5, end: 5, uncovered: 1 }]);
  });
});

/** A report with coverage: src/app.ts adds 1-40; ranges 1-3 (AI-written), 10-12, 20, 30-31 uncovered. */
function coveredReport(findings = makeFindings(0)): Report {
  const report = makeReport('fail', findings);
  report.files[0]!.addedLines = range(1, 40);
  report.provenance.files = [{ path: repoPath('src/app.ts'), aiLines: range(1, 5), humanLines: range(6, 40) }];
  const uncovered = [1, 2, 3, 10, 11, 12, 20, 30, 31];
  const covered = range(1, 40).filter((line) => !uncovered.includes(line) && ![4, 21, 22].includes(line));
  report.coverage = {
    changed: { measured: 37, covered: 28, percent: (28 / 37) * 100 },
    ai: { measured: 4, covered: 0, percent: 0 },
    branches: null,
    files: [{ path: repoPath('src/app.ts'), measured: 37, covered: 28, coveredLines: covered, uncoveredLines: uncovered, ai: { measured: 4, covered: 0, percent: 0 } }],
    unmentioned: [],
    overall: null,
    reports: [{ path: 'lcov.info', format: 'lcov' }],
  };
  return report;
}

describe('uncoveredFindings', () => {
  it('is one note per range, AI-written when any of its lines is, never part of the report', () => {
    const report = coveredReport();
    const notes = uncoveredFindings(report);
    expect(notes.map(({ startLine, endLine, provenance, level }) => ({ startLine, endLine, provenance, level }))).toEqual([
      { startLine: 1, endLine: 3, provenance: 'ai', level: 'note' },
      { startLine: 10, endLine: 12, provenance: 'human', level: 'note' },
      { startLine: 20, endLine: 20, provenance: 'human', level: 'note' },
      { startLine: 30, endLine: 31, provenance: 'human', level: 'note' },
    ]);
    expect(notes[0]!.message).toBe('Added lines 1-3 (3 measured) are not covered by any test in the coverage reports.');
    expect(new Set(notes.map((note) => note.fingerprint)).size).toBe(notes.length);
    expect(report.findings).toEqual([]);
    expect(uncoveredFindings({ ...report, coverage: null })).toEqual([]);
  });
});

function stepRunner() {
  const commands: { level: Level; annotation?: WorkflowAnnotation; text: string }[] = [];
  const runner: ActionsRunner = {
    annotate: (annotation) => void commands.push({ level: annotation.level, annotation, text: annotation.message }),
    writeJobSummary: async () => undefined,
    info: () => undefined,
    warning: (message) => void commands.push({ level: 'warning', text: message }),
    notice: (message) => void commands.push({ level: 'note', text: message }),
  };
  return { runner, commands, count: (level: Level) => commands.filter((command) => command.level === level).length };
}

const defaults = publishConfigSchema.parse({});
const annotating = publishConfigSchema.parse({ 'annotate-uncovered': true });
const noCheckRun = { checkName: 'diffgate', checkRunId: null, pullRequestNumber: null };

describe('annotating uncovered ranges when publishing', () => {
  it('is off by default', async () => {
    expect(defaults['annotate-uncovered']).toBe(false);
    const step = stepRunner();
    await publishReport(coveredReport(), defaults, noCheckRun, null, step.runner);
    expect(step.commands.filter((command) => command.annotation?.title.startsWith(UNCOVERED_RULE_ID))).toEqual([]);
  });

  it('emits one notice per uncovered range, on its lines, when switched on', async () => {
    const step = stepRunner();
    await publishReport(coveredReport(), annotating, noCheckRun, null, step.runner);
    const notices = step.commands.filter((command) => command.annotation?.title.startsWith(UNCOVERED_RULE_ID)).map((command) => command.annotation!);
    expect(notices.map((annotation) => [annotation.level, annotation.startLine, annotation.endLine])).toEqual([
      ['note', 1, 3],
      ['note', 10, 12],
      ['note', 20, 20],
      ['note', 30, 31],
    ]);
    expect(notices[0]!.title).toBe('uncovered-lines · AI-written line');
  });

  it('stays within the per-step notice budget with the findings’ notes, and says how many more', async () => {
    const step = stepRunner();
    const runner = budgetRunner(step.runner);
    // 30 findings: 10 of them notes; plus 4 uncovered ranges = 14 notes for 10 notice slots.
    await publishReport(coveredReport(makeFindings(30)), annotating, noCheckRun, null, runner);
    expect(step.count('note')).toBe(LIMITS.workflowAnnotationsPerLevel);
    const more = step.commands.filter((command) => !command.annotation && /more notes/.test(command.text));
    expect(more).toHaveLength(1);
    expect(more[0]!.text).toContain('5 more notes');
  });
});

describe('annotating uncovered ranges on the check run', () => {
  const github = useEmulatedGitHub();

  it('adds them as notice annotations after the findings', async () => {
    const api = github.gateway();
    const checkRunId = await startCheckRun(api, 'diffgate', HEAD, stepRunner().runner);
    await publishReport(coveredReport(makeFindings(3)), annotating, { ...noCheckRun, checkRunId }, api, stepRunner().runner);
    const annotations = github.emulator().checkRuns[0]!.annotations;
    const uncovered = annotations.filter((annotation) => String(annotation['title']).startsWith(UNCOVERED_RULE_ID));
    expect(uncovered.map((annotation) => [annotation['annotation_level'], annotation['start_line'], annotation['end_line']])).toEqual([
      ['notice', 1, 3],
      ['notice', 10, 12],
      ['notice', 20, 20],
      ['notice', 30, 31],
    ]);
    expect(annotations).toHaveLength(3 + 4);
  });
});

describe('the setting', () => {
  it('is a config key, an action input and a CLI flag', () => {
    expect(parseConfig({ publish: { 'annotate-uncovered': true } }, '.github/diffgate.yml').publish['annotate-uncovered']).toBe(true);
    const inputs = readActionInputs((name) => (name === 'annotate-uncovered' ? 'true' : ''), '/w');
    expect(parseConfig(inputs.overrides, 'action inputs').publish['annotate-uncovered']).toBe(true);
    expect(parseCliFlags(['--annotate-uncovered']).annotateUncovered).toBe(true);
    expect(parseCliFlags([]).annotateUncovered).toBe(false);
  });

  it('refuses anything but true or false with one clear line naming the key', () => {
    const inputs = readActionInputs((name) => (name === 'annotate-uncovered' ? 'sometimes' : ''), '/w');
    let message = '';
    try {
      parseConfig(inputs.overrides, 'action inputs');
    } catch (error) {
      if (!isInputError(error)) throw error;
      message = error.message;
    }
    expect(message).toMatch(/annotate-uncovered/);
    expect(message).toMatch(/true or false/);
    expect(message).not.toContain('\n');
  });
});

describe('uncovered ranges in the SARIF output (the CLI’s --annotate-uncovered)', () => {
  it('are notes of rule uncovered-lines, with a description and a docs link, only when asked for', () => {
    const report = coveredReport(makeFindings(2).map((finding) => ({ ...finding, source: 'ast' as const })));
    const plain = renderSarif(report, '0.0.0').runs[0]!;
    expect(plain.results?.some((result) => result.ruleId === UNCOVERED_RULE_ID)).toBe(false);
    const run = renderSarif(report, '0.0.0', { uncovered: true }).runs[0]!;
    const notes = run.results!.filter((result) => result.ruleId === UNCOVERED_RULE_ID);
    expect(notes.map((result) => [result.level, result.locations?.[0]?.physicalLocation?.region?.startLine, result.locations?.[0]?.physicalLocation?.region?.endLine])).toEqual([
      ['note', 1, 3],
      ['note', 10, 12],
      ['note', 20, 20],
      ['note', 30, 31],
    ]);
    const rule = run.tool.driver.rules!.find((entry) => entry.id === UNCOVERED_RULE_ID)!;
    expect(rule.shortDescription?.text).toMatch(/no test covers/);
    expect(rule.helpUri).toMatch(/\/docs\/coverage\.md$/);
  });
});
