import { describe, expect, it } from 'vitest';
import { LIMITS, renderMarkdown } from '../../src/report/index.js';
import { sampleReport } from './sample.js';

function findingRows(markdown: string): number {
  return markdown.split('\n').filter((line) => /^\| (❌ error|⚠️ warning|ℹ️ note) \|/.test(line)).length;
}

function balancedDetails(markdown: string): boolean {
  let depth = 0;
  for (const match of markdown.matchAll(/<(\/?)details>/g)) {
    depth += match[1] ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('renderMarkdown', () => {
  const report = sampleReport({ findings: 14 });
  const markdown = renderMarkdown(report, { budget: LIMITS.commentChars, title: 'diffgate' });

  it('starts with the verdict line and lists every condition with actual and threshold', () => {
    expect(markdown.split('\n')[0]).toBe('## ❌ diffgate: fail');
    expect(markdown).toContain('| ❌ | `changed-coverage.ai` | 60% | ≥ 90% |');
    expect(markdown).toContain('| ⚠️ | `coverage-drop` | 1.63 pp | ≤ 1 pp |');
    expect(markdown).toContain('`overall-coverage`: Overall coverage: off in the policy');
    for (const condition of report.verdict.conditions) expect(markdown).toContain(`\`${condition.id}\``);
  });

  it('says how much was AI-written, and shows coverage, missing evidence and skipped files', () => {
    expect(markdown).toContain('At least 40% of added lines are AI-written');
    expect(markdown).toContain('All added lines: **52.3% (33/63)** · AI-written lines: **60.0% (18/30)**');
    expect(markdown).toContain('| `packages/p0/src/module-0.ts` | 50.0% (10/20) | 50.0% (5/10) | 11-20 |');
    expect(markdown).toContain('In no coverage report (not counted): `scripts/release.ts`');
    expect(markdown).toContain('### Missing evidence\n\n- **sarif**: results/eslint.sarif: not valid JSON');
    expect(markdown).toContain('- `vendor/big.min.js`: larger than max-file-bytes \\(512 KiB\\)');
  });

  it('counts what the scanners held and lists unreadable authorship records with skipped files', () => {
    expect(markdown).toContain('Scanners: 12 results from 1 SARIF file (CodeQL) · 3 kept · 9 outside the changed lines.');
    const withRecords = { ...report, provenance: { ...report.provenance, skipped: [{ path: 'refs/notes/ai', reason: 'malformed note for 1a2b3c' }] } };
    const text = renderMarkdown(withRecords, { budget: LIMITS.commentChars, title: 'diffgate' });
    expect(text).toContain('<details><summary>Not analysed (2 entries)</summary>');
    expect(text).toContain('- `refs/notes/ai`: malformed note for 1a2b3c');
  });

  it('ranks findings: errors first, AI-written lines first, the rest folded under <details>', () => {
    const rows = markdown.split('\n').filter((line) => /^\| (❌ error|⚠️ warning|ℹ️ note) \|/.test(line));
    expect(rows).toHaveLength(14);
    expect(rows.slice(0, 5).every((row) => row.startsWith('| ❌ error') && row.includes('🤖 AI'))).toBe(true);
    expect(rows.at(-1)).toMatch(/^\| ℹ️ note/);
    expect(markdown).toContain('<details><summary>4 more findings</summary>');
    expect(balancedDetails(markdown)).toBe(true);
  });

  it('shows a passing change briefly', () => {
    const passing = sampleReport({ findings: 0 });
    passing.verdict = { status: 'pass', conditions: passing.verdict.conditions.map((condition) => ({ ...condition, status: condition.status === 'skipped' ? 'skipped' : 'pass' })) };
    const text = renderMarkdown(passing, { budget: LIMITS.commentChars, title: 'diffgate' });
    expect(text.split('\n')[0]).toBe('## ✅ diffgate: pass');
    expect(text).toContain('**all conditions passed**');
    expect(text).not.toContain('### Findings');
  });
});

describe('renderMarkdown within a budget', () => {
  const large = sampleReport({ findings: 3_000, files: 400 });
  const full = renderMarkdown(large, { budget: Number.MAX_SAFE_INTEGER, title: 'diffgate' });

  it('renders everything when the budget allows', () => {
    expect(findingRows(full)).toBe(3_000);
    expect(full).not.toContain('more findings (see');
  });

  const budgets = [LIMITS.jobSummaryBytes, LIMITS.commentChars, 20_000, 6_000, 3_000, 1_500, 600, 120, 30, 1];
  it.each(budgets)('fits a budget of %i characters, never failing', (budget) => {
    const text = renderMarkdown(large, { budget, title: 'diffgate', moreAt: 'the job summary' });
    expect(text.length).toBeLessThanOrEqual(budget);
    expect(balancedDetails(text)).toBe(true);
    if (budget >= 120) expect(text.startsWith('## ❌ diffgate: fail\n')).toBe(true);
    if (budget >= full.length) expect(text).toBe(full);
    else if (budget >= 1_500) {
      const dropped = 3_000 - findingRows(text);
      expect(dropped).toBeGreaterThan(0);
      expect(text).toContain(`… and ${dropped} more findings (see the job summary).`);
    }
    if (budget >= 3_000) expect(text).toContain('| ❌ | `changed-coverage.all` |');
  });

  it('keeps more for a bigger budget', () => {
    const texts = budgets.map((budget) => renderMarkdown(large, { budget, title: 'diffgate' }));
    for (let i = 1; i < texts.length; i++) expect(texts[i]!.length).toBeLessThanOrEqual(texts[i - 1]!.length);
    expect(findingRows(texts[0]!)).toBeGreaterThan(findingRows(texts[1]!));
    expect(findingRows(texts[1]!)).toBeGreaterThan(findingRows(texts[2]!));
  });

  it('uses most of the budget it is given', () => {
    const text = renderMarkdown(large, { budget: LIMITS.commentChars, title: 'diffgate' });
    expect(text.length).toBeGreaterThan(LIMITS.commentChars * 0.9);
  });

  it.each([LIMITS.jobSummaryBytes, 10_000, 500])('counts UTF-8 bytes when asked (budget %i bytes)', (budget) => {
    const text = renderMarkdown(large, { budget, title: 'diffgate ✓ 検査', unit: 'bytes' });
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(budget);
    expect(text.length).toBeGreaterThan(budget / 4);
  });
});

describe('renderMarkdown with hostile text', () => {
  const text = renderMarkdown(sampleReport({ findings: 12, files: 4, hostile: true }), { budget: LIMITS.commentChars, title: 'diffgate' });

  it('cannot forge the comment marker, close <details>, mention, link or inject rows', () => {
    expect(text).not.toContain('<!--');
    expect(text).not.toMatch(/@[A-Za-z0-9]/);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/<(script|img|table|td|tr|summary>pwned|details open)/);
    expect(balancedDetails(text)).toBe(true);
    // Each table row still has exactly its own cells: no pipe, newline or heading got through.
    for (const row of text.split('\n').filter((line) => line.startsWith('| ❌ error'))) {
      expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
    }
    expect(text).not.toMatch(/^## Heading/m);
  });

  it('stays balanced when cut to small budgets', () => {
    const report = sampleReport({ findings: 500, files: 50, hostile: true });
    for (const budget of [50_000, 5_000, 900]) {
      const cut = renderMarkdown(report, { budget, title: 'diffgate' });
      expect(cut.length).toBeLessThanOrEqual(budget);
      expect(balancedDetails(cut)).toBe(true);
      expect(cut).not.toContain('<!--');
    }
  });
});
