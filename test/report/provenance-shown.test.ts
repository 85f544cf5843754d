// Provenance on every AI-written finding, the same in the JSON report, the annotations and the
// comment (one attribution per report), and the AI signals section: each commit's matched text and
// how many added lines it wrote. Asserted by structure, on Markdown rendered like GitHub.
import { describe, expect, it } from 'vitest';
import type { Finding, Report, Signal } from '../../src/model.js';
import type { ActionsRunner } from '../../src/github/publish.js';
import { emitWorkflowAnnotations } from '../../src/github/publish.js';
import { LIMITS, parseJsonReport, renderJson, renderMarkdown, toJsonReport, type WorkflowAnnotation } from '../../src/report/index.js';
import { renderTerminalSummary } from '../../src/report/terminal.js';
import { activeSyntax, renderLikeGitHub, visibleText } from './rendered.js';
import { HOSTILE, sampleReport } from './sample.js';
import { repoPath, ruleId, sha } from '../helpers/ids.js';

const CLAUDE_SHA = 'c'.repeat(40);
const CURSOR_SHA = 'd'.repeat(40);
const claude: Signal = { kind: 'commit', source: 'trailer:Co-Authored-By', detail: 'Co-Authored-By: Claude <noreply@anthropic.com>', tool: 'claude-code', confidence: 'high', id: 'claude-code-address' };
const cursor: Signal = { kind: 'commit', source: 'author', detail: 'Cursor Agent <cursoragent@cursor.com>', tool: 'cursor', confidence: 'high', id: 'cursor-agent-address' };

/** The sample report, its first file written by two AI commits (lines 1-3 Claude's, 4-5 Cursor's) and a person (6-30). */
function attributedReport(): Report {
  const report = sampleReport({ findings: 14 });
  const path = report.files[0]!.path;
  report.provenance.aiCommits = [
    { sha: sha(CLAUDE_SHA), signals: [claude] },
    { sha: sha(CURSOR_SHA), signals: [cursor] },
  ];
  report.provenance.origins = [
    { path, lines: [1, 2, 3], provenance: 'ai', commits: [sha(CLAUDE_SHA)], signal: claude },
    { path, lines: [4, 5], provenance: 'ai', commits: [sha(CURSOR_SHA)], signal: cursor },
  ];
  report.findings = [
    ...report.findings,
    findingAt(path, 2, 'error', 'ai', 'empty-catch'),
    findingAt(path, 5, 'error', 'ai', 'throw-literal'),
  ];
  return report;
}

function findingAt(path: string, line: number, level: Finding['level'], provenance: Finding['provenance'], rule: string): Finding {
  return { ruleId: ruleId(rule), level, path: repoPath(path), startLine: line, endLine: line, message: `${rule} here`, source: 'ast', provenance, fingerprint: `fp-${rule}-${line}`, onAddedLine: true };
}

function annotationsOf(report: Report): WorkflowAnnotation[] {
  const annotations: WorkflowAnnotation[] = [];
  const runner: ActionsRunner = { annotate: (annotation) => void annotations.push(annotation), writeJobSummary: async () => undefined, info: () => undefined, warning: () => undefined };
  emitWorkflowAnnotations(report, runner, 50);
  return annotations;
}

describe('one attribution per finding, in the JSON report, the annotations and the comment', () => {
  const report = attributedReport();
  const json = toJsonReport(report);
  const markdown = renderMarkdown(report, { budget: LIMITS.commentChars, title: 'diffgate' });
  const annotations = annotationsOf(report);

  it('names the commit and signal of the lines in the JSON report, on AI-written findings only', () => {
    const emptyCatch = json.findings.find((entry) => entry.ruleId === 'empty-catch' && entry.startLine === 2 && entry.message === 'empty-catch here');
    const throwLiteral = json.findings.find((entry) => entry.ruleId === 'throw-literal');
    expect(emptyCatch?.attribution).toEqual({ commits: [CLAUDE_SHA], signal: claude, text: 'ccccccc · Co-Authored-By: Claude' });
    expect(throwLiteral?.attribution).toEqual({ commits: [CURSOR_SHA], signal: cursor, text: 'ddddddd · author: Cursor Agent' });
    for (const entry of json.findings) expect(entry.attribution === undefined, `${entry.ruleId} ${entry.provenance}`).toBe(entry.provenance !== 'ai');
  });

  it('shows the same text on the annotation and the comment row of each AI-written finding', () => {
    for (const [ruleId, line] of [
      ['empty-catch', 2],
      ['throw-literal', 5],
    ] as const) {
      const text = json.findings.find((entry) => entry.ruleId === ruleId && entry.startLine === line && entry.message === `${ruleId} here`)!.attribution!.text;
      const annotation = annotations.find((entry) => entry.startLine === line && entry.title.startsWith(ruleId));
      expect(annotation?.message.endsWith(`AI-written: ${text}`)).toBe(true);
      const row = markdown.split('\n').find((entry) => entry.startsWith('- ') && entry.includes(`\`${ruleId}\``) && entry.includes(`:${line}\``));
      expect(row && visibleText(renderLikeGitHub(row))).toContain(`🤖 AI: ${text}`);
    }
    expect(renderTerminalSummary(report, { verbose: true })).toContain('[ai: ccccccc · Co-Authored-By: Claude]');
  });

  it('keeps the attribution when the report is read back without its per-line records (publish mode)', () => {
    const read = parseJsonReport(renderJson(report), 'diffgate-report.json');
    expect(read.provenance.origins).toBeUndefined();
    expect(toJsonReport(read).findings).toEqual(json.findings);
    expect(renderMarkdown(read, { budget: LIMITS.commentChars, title: 'diffgate' })).toBe(markdown);
    expect(annotationsOf(read)).toEqual(annotations);
  });
});

/** The AI signals section's rows: `- `sha` · N added lines · `matched text` (source)`. */
function signalRows(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('<details><summary>AI signals'));
  const end = lines.indexOf('</details>', start);
  return lines.slice(start, end).filter((line) => line.startsWith('- '));
}

describe('the AI signals section', () => {
  it('shows each commit once with the text that matched, where it was found, and how many added lines it wrote', () => {
    const report = attributedReport();
    const markdown = renderMarkdown(report, { budget: LIMITS.commentChars, title: 'diffgate' });
    expect(signalRows(markdown)).toEqual([
      '- `ccccccc` · 3 added lines · `Co-Authored-By: Claude <noreply@anthropic.com>` (trailer:Co-Authored-By)',
      '- `ddddddd` · 2 added lines · `Cursor Agent <cursoragent@cursor.com>` (author)',
    ]);
    // After what blocks and the checks, folded.
    expect(markdown.indexOf('<details><summary>AI signals')).toBeGreaterThan(markdown.indexOf('### Checks'));
    // The counts travel in the JSON report, so publish mode shows the same rows.
    const json = toJsonReport(report);
    expect(json.provenance.aiCommits.map(({ sha, addedLines, sharedLines }) => ({ sha, addedLines, sharedLines }))).toEqual([
      { sha: CLAUDE_SHA, addedLines: 3, sharedLines: 0 },
      { sha: CURSOR_SHA, addedLines: 2, sharedLines: 0 },
    ]);
  });

  it('says which lines several AI commits share when no per-line record told them apart, and omits counts it does not have', () => {
    const report = attributedReport();
    report.provenance.origins!.push({ path: report.files[1]!.path, lines: [7, 8, 9, 10], provenance: 'ai', commits: [sha(CLAUDE_SHA), sha(CURSOR_SHA)], signal: claude });
    const rows = signalRows(renderMarkdown(report, { budget: LIMITS.commentChars, title: 'diffgate' }));
    expect(rows[0]).toMatch(/^- `ccccccc` · 3 added lines \(and 4 shared with other AI commits\) · /);
    const unknown = attributedReport();
    delete unknown.provenance.origins;
    expect(signalRows(renderMarkdown(unknown, { budget: LIMITS.commentChars, title: 'diffgate' }))[0]).toBe(
      '- `ccccccc` · `Co-Authored-By: Claude <noreply@anthropic.com>` (trailer:Co-Authored-By)',
    );
  });

  it('shows hostile matched text inert, on one line, cut, and without invisible characters', () => {
    const report = attributedReport();
    const hostile = Object.values(HOSTILE).join(' ').repeat(5);
    report.provenance.aiCommits[0] = { sha: sha(CLAUDE_SHA), signals: [{ ...claude, detail: hostile }, claude, cursor, claude] };
    const markdown = renderMarkdown(report, { budget: LIMITS.commentChars, title: 'diffgate' });
    const rows = signalRows(markdown);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.length).toBeLessThan(600);
    expect(rows[0]).toMatch(/; and 1 more signal$/);
    const html = renderLikeGitHub(rows.join('\n'));
    expect(activeSyntax(html)).toEqual([]);
    expect(markdown).not.toContain('\u200b');
    // Inside a code span, even the comment marker and a closing tag are shown as text.
    expect(html).toContain('&lt;!-- diffgate:comment:diffgate --&gt;');
  });
});
