import { describe, expect, it } from 'vitest';
import type { Finding, Level, Provenance } from '../../src/model.js';
import {
  ANNOTATION_LIMITS,
  LIMITS,
  describeOmitted,
  formatWorkflowCommand,
  rankFindings,
  selectWorkflowAnnotations,
  toCheckRunAnnotations,
} from '../../src/report/index.js';
import { finding } from '../policy/fixtures.js';
import { HOSTILE } from './sample.js';
import { repoPath, ruleId } from '../helpers/ids.js';

function many(count: number, level: Level, provenance: Provenance): Finding[] {
  return Array.from({ length: count }, (_, i) => finding({ level, provenance, path: repoPath(`src/${level}-${provenance}-${i}.ts`), startLine: i + 1, endLine: i + 1 }));
}

describe('rankFindings', () => {
  it('puts errors first, AI-written lines first within a level, then added lines, severity and place', () => {
    const findings = [
      finding({ level: 'note', provenance: 'ai', path: repoPath('a.ts') }),
      finding({ level: 'warning', provenance: 'human', path: repoPath('a.ts') }),
      finding({ level: 'error', provenance: 'human', path: repoPath('a.ts') }),
      finding({ level: 'warning', provenance: 'ai', path: repoPath('b.ts') }),
      finding({ level: 'error', provenance: 'ai', path: repoPath('z.ts'), startLine: 9 }),
      finding({ level: 'error', provenance: 'ai', path: repoPath('z.ts'), startLine: 2 }),
      finding({ level: 'error', provenance: 'ai', path: repoPath('y.ts'), onAddedLine: false }),
      finding({ level: 'error', provenance: 'ai', path: repoPath('zz.ts'), source: 'sarif', securitySeverity: 9.8 }),
    ];
    const order = rankFindings(findings).map((item) => `${item.level}/${item.provenance}/${item.path}:${item.startLine}`);
    expect(order).toEqual([
      'error/ai/zz.ts:10',
      'error/ai/z.ts:2',
      'error/ai/z.ts:9',
      'error/ai/y.ts:10',
      'error/human/a.ts:10',
      'warning/ai/b.ts:10',
      'warning/human/a.ts:10',
      'note/ai/a.ts:10',
    ]);
    expect(findings[0]!.level).toBe('note');
  });
});

describe('selectWorkflowAnnotations', () => {
  it("keeps GitHub's 10 per level, best first, and counts the rest", () => {
    const findings = [...many(15, 'error', 'human'), ...many(5, 'error', 'ai'), ...many(3, 'warning', 'ai'), ...many(12, 'note', 'unknown')];
    const { annotations, omitted } = selectWorkflowAnnotations(findings);
    const count = (level: Level) => annotations.filter((annotation) => annotation.level === level).length;
    expect([count('error'), count('warning'), count('note')]).toEqual([10, 3, 10]);
    expect(omitted).toEqual({ error: 10, warning: 0, note: 2 });
    // The five AI-line errors are among those shown.
    expect(annotations.slice(0, 5).every((annotation) => annotation.path.startsWith('src/error-ai-'))).toBe(true);
    expect(describeOmitted(omitted)).toBe('10 more errors, 2 more notes not shown as annotations: see the job summary.');
    expect(describeOmitted({ error: 0, warning: 1, note: 0 })).toBe('1 more warning not shown as annotations: see the job summary.');
    expect(describeOmitted({ error: 0, warning: 0, note: 0 })).toBeNull();
    expect(LIMITS.workflowAnnotationsPerLevel).toBe(10);
  });

  it('takes a smaller cap for tests', () => {
    const { annotations, omitted } = selectWorkflowAnnotations(many(5, 'warning', 'ai'), 2);
    expect(annotations).toHaveLength(2);
    expect(omitted.warning).toBe(3);
  });
});

describe('formatWorkflowCommand', () => {
  it("escapes GitHub's workflow-command syntax in properties and message", () => {
    const line = formatWorkflowCommand({
      level: 'error',
      path: 'src/a,b:c%.ts',
      startLine: 3,
      endLine: 4,
      title: 'CodeQL js/x · AI-written line',
      message: '100% bad\r\n::error::forged\nthird line',
    });
    expect(line).toBe('::error file=src/a%2Cb%3Ac%25.ts,line=3,endLine=4,title=CodeQL js/x · AI-written line::100%25 bad%0D%0A::error::forged%0Athird line');
    expect(line.split('\n')).toHaveLength(1);
  });

  it('writes notes as notices and titles from the finding', () => {
    const { annotations } = selectWorkflowAnnotations([finding({ level: 'note', provenance: 'human', ruleId: ruleId('missing-tests'), message: `a\n${HOSTILE.trojan}` })]);
    const line = formatWorkflowCommand(annotations[0]!);
    expect(line.startsWith('::notice file=src/app.ts,line=10,endLine=10,title=missing-tests · human-written line::a%0Aaccesslevel granted')).toBe(true);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(line).not.toMatch(/[\u0000\u001b\u202e]/);
  });
});

describe('toCheckRunAnnotations', () => {
  it('maps levels and keeps GitHub limits on title, message and raw details', () => {
    const annotations = toCheckRunAnnotations([
      finding({ level: 'note', provenance: 'unknown' }),
      finding({ level: 'error', source: 'sarif', tool: 'Semgrep', ruleId: ruleId('x'.repeat(400)), message: '€'.repeat(40_000), securitySeverity: 7.5, helpUri: 'https://semgrep.dev/r/x' }),
      finding({ level: 'warning', startLine: 5, endLine: 3 }),
    ]);
    expect(annotations.map((annotation) => annotation.annotation_level)).toEqual(['failure', 'warning', 'notice']);
    const [first, second] = annotations;
    expect(first!.title.length).toBeLessThanOrEqual(ANNOTATION_LIMITS.titleChars);
    expect(first!.title.startsWith('Semgrep xxx')).toBe(true);
    expect(Buffer.byteLength(first!.message, 'utf8')).toBeLessThanOrEqual(64 * 1024);
    expect(first!.message.endsWith('…')).toBe(true);
    expect(first!.raw_details).toContain('security-severity: 7.5');
    expect(first!.raw_details).toContain('help: https://semgrep.dev/r/x');
    expect(second).toMatchObject({ path: 'src/app.ts', start_line: 5, end_line: 5 });
  });
});
