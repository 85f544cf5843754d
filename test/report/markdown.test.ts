// The Markdown a reviewer reads (check run, comment, job summary), asserted by structure: the
// verdict and why first, then what blocks (each file:line:rule once, linked, AI-written first),
// then the checks one row per family; rendered by a real Markdown renderer where it matters.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { LIMITS, renderMarkdown } from '../../src/report/index.js';
import { decisiveFindings } from '../../src/report/blocking.js';
import { renderPassingNote } from '../../src/report/markdown.js';
import { finding } from '../policy/fixtures.js';
import { activeSyntax, balancedDetails, renderLikeGitHub } from './rendered.js';
import { sampleReport } from './sample.js';
import { repoPath, ruleId } from '../helpers/ids.js';

const LINKS = { repositoryUrl: 'https://github.com/acme/shop', checkRunUrl: 'https://github.com/acme/shop/runs/7', jobSummaryUrl: 'https://github.com/acme/shop/actions/runs/9' };
/** The links the renderer itself writes: files at the head commit, rule docs, check run, job summary. */
const OWN_LINKS = [/^https:\/\/github\.com\/acme\/shop\//, /^https:\/\/github\.com\/diffgate\/diffgate\/blob\/main\/docs\/rules\//];

/** Lines of the "what blocks" list: `- [`path:line`](…) — rule — why`. */
function blockingLines(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^- .+ — .+ — /.test(line));
}

function otherFindingRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^\| (❌ error|⚠️ warning|ℹ️ note) \|/.test(line));
}

/** `path:line` and rule of a blocking line, from its code spans. */
function blockingKey(line: string): string {
  const spans = [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
  return `${spans[0]} ${spans[1]}`;
}

describe('renderMarkdown, reviewer first', () => {
  const report = sampleReport({ findings: 14 });
  const markdown = renderMarkdown(report, { budget: LIMITS.commentChars, title: 'diffgate', links: LINKS });
  const lines = markdown.split('\n');

  it('opens with the verdict and one line saying why', () => {
    expect(lines[0]).toBe('## ❌ diffgate: fail');
    expect(lines[2]).toMatch(/^\*\*Failed on [a-z ,]+(; warnings on [a-z ,]+)?\.\*\* \d+ of \d+ checks failed/);
  });

  it('lists what blocks before the conditions, each file:line:rule once, AI-written first', () => {
    const blocking = blockingLines(markdown);
    expect(blocking.length).toBeGreaterThan(0);
    const firstFinding = lines.indexOf(blocking[0]!);
    expect(firstFinding).toBeGreaterThan(0);
    expect(firstFinding).toBeLessThan(lines.indexOf('### Checks'));
    const keys = blocking.map(blockingKey);
    expect(new Set(keys).size).toBe(keys.length);
    const ai = blocking.map((line) => line.includes('🤖 AI'));
    expect(ai.indexOf(false) === -1 || ai.lastIndexOf(true) < ai.indexOf(false)).toBe(true);
    expect(blocking).toHaveLength(decisiveFindings(report).length);
  });

  it('links each blocking finding to its line at the head commit and each own rule to its docs page', () => {
    const first = blockingLines(markdown)[0]!;
    expect(first).toMatch(/^- \[`[^`]+:\d+(-\d+)?`\]\(https:\/\/github\.com\/acme\/shop\/blob\/2{40}\/[^)]+#L\d+(-L\d+)?\) — /);
    const own = blockingLines(markdown).find((line) => line.includes('`empty-catch`'));
    expect(own).toContain('[`empty-catch`](https://github.com/diffgate/diffgate/blob/main/docs/rules/empty-catch.md)');
    expect(markdown).toContain('[check run](https://github.com/acme/shop/runs/7)');
    expect(markdown).toContain('[job summary](https://github.com/acme/shop/actions/runs/9)');
    expect(activeSyntax(renderLikeGitHub(markdown), OWN_LINKS)).toEqual([]);
  });

  it('folds the conditions to one row per family, the passing ones behind <details>', () => {
    const checks = markdown.slice(markdown.indexOf('### Checks'), markdown.indexOf('### Coverage'));
    const open = checks.slice(0, checks.indexOf('<details>'));
    const familyRow = /^\| (❌|⚠️|✅|➖) \| ([a-z ]+) \| /;
    const openFamilies = open.split('\n').filter((line) => familyRow.test(line));
    expect(openFamilies.length).toBeGreaterThan(0);
    expect(openFamilies.every((line) => /^\| (❌|⚠️) /.test(line))).toBe(true);
    const names = checks.split('\n').flatMap((line) => familyRow.exec(line)?.[2] ?? []);
    expect(new Set(names).size).toBe(names.length);
    expect(checks).toMatch(/<details><summary>\d+ checks? passed, \d+ not checked<\/summary>/);
    expect(checks).toContain('| ❌ | coverage of added lines | AI-written lines 60.0% \\(18/30\\), minimum 90%; all added lines 52.3% \\(33/63\\), minimum 80% → fail |');
    expect(checks).toContain('| ❌ | error handling | 4, 2 on AI-written lines \\(none allowed\\) → fail |');
  });

  it('keeps every condition id, as the config names it, folded at the end', () => {
    const all = markdown.slice(markdown.indexOf('<details><summary>All conditions'));
    for (const condition of report.verdict.conditions) expect(all).toContain(`\`${condition.id}\``);
    expect(all).toContain('| ❌ | `changed-coverage.ai` | 60.0% | ≥ 90% |');
    expect(all).toContain('| ⚠️ | `coverage-drop` | 1.63 pp | ≤ 1 pp |');
  });

  it('then coverage and provenance, with missing evidence and skipped files', () => {
    expect(markdown.indexOf('### Coverage of added lines')).toBeGreaterThan(markdown.indexOf('### Checks'));
    expect(markdown.indexOf('### Who wrote the added lines')).toBeGreaterThan(markdown.indexOf('### Coverage of added lines'));
    expect(markdown).toContain('At least 40% of added lines are AI-written');
    expect(markdown).toContain('All added lines: **52.3% (33/63)** · AI-written lines: **60.0% (18/30)**');
    expect(markdown).toContain('| `packages/p0/src/module-0.ts` | 50.0% (10/20) | 50.0% (5/10) | 11-20 |');
    expect(markdown).toContain('In no coverage report (not counted): `scripts/release.ts`');
    expect(markdown).toContain('### Missing evidence\n\n- **sarif**: results/eslint.sarif: not valid JSON');
    expect(markdown).toContain('- `vendor/big.min.js`: larger than max-file-bytes \\(512 KiB\\)');
    // The AI signals: each commit with the text that matched, as found (a code span), and where.
    expect(markdown).toContain('- `aaaaaaa` · `Claude <noreply@anthropic.com>` (trailer:Co-authored-by)');
  });

  it('lists every finding once somewhere: the blocking ones, then the others folded', () => {
    expect(blockingLines(markdown).length + otherFindingRows(markdown).length).toBe(report.findings.length);
    expect(markdown).toMatch(/<details><summary>Other findings \(\d+\), not deciding the verdict<\/summary>/);
    expect(balancedDetails(markdown)).toBe(true);
  });

  it('counts what the scanners held and lists unreadable authorship records with skipped files', () => {
    expect(markdown).toContain('Scanners: 12 results from 1 SARIF file (CodeQL) · 3 kept · 9 outside the changed lines.');
    const withRecords = { ...report, provenance: { ...report.provenance, skipped: [{ path: 'refs/notes/ai', reason: 'malformed note for 1a2b3c' }] } };
    const text = renderMarkdown(withRecords, { budget: LIMITS.commentChars, title: 'diffgate' });
    expect(text).toContain('<details><summary>Not analysed (2 entries)</summary>');
    expect(text).toContain('- `refs/notes/ai`: malformed note for 1a2b3c');
  });

  it('has no zero-width or invisible characters anywhere', () => {
    for (const text of [markdown, renderMarkdown(sampleReport({ findings: 12, hostile: true }), { budget: LIMITS.commentChars, title: 'diffgate' })]) {
      for (const invisible of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) expect(text).not.toContain(invisible);
    }
  });

  it('shows the same rule on the same line once, even when two findings report it', () => {
    const twice = { ...report, findings: [...report.findings, { ...report.findings[0]!, fingerprint: 'another' }] };
    const text = renderMarkdown(twice, { budget: LIMITS.commentChars, title: 'diffgate' });
    const keys = blockingLines(text).map(blockingKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('says when base and head are the same commit', () => {
    const same: Report = { ...report, base: report.head };
    expect(renderMarkdown(same, { budget: LIMITS.commentChars, title: 'diffgate' })).toContain('> ⚠️ The base and head are the same commit');
  });

  it('shows a passing change briefly: verdict, one line, the checks folded', () => {
    const passing = sampleReport({ findings: 0 });
    passing.verdict = { status: 'pass', conditions: passing.verdict.conditions.map((condition) => ({ ...condition, status: condition.status === 'skipped' ? 'skipped' : 'pass' })) };
    const text = renderMarkdown(passing, { budget: LIMITS.commentChars, title: 'diffgate' });
    expect(text.split('\n')[0]).toBe('## ✅ diffgate: pass');
    expect(text.split('\n')[2]).toMatch(/^\*\*All \d+ checks passed\.\*\*/);
    expect(text).not.toContain('### What blocks');
    expect(text.slice(0, text.indexOf('<details>'))).not.toMatch(/^\| ✅ /m);
    expect(text).toMatch(/^\| ✅ /m);
    const note = renderPassingNote(passing, { title: 'diffgate', links: LINKS });
    expect(note.split('\n')[0]).toBe('## ✅ diffgate: now passing');
    expect(note.length).toBeLessThan(400);
  });
});

describe('renderMarkdown within a budget', () => {
  const large = sampleReport({ findings: 3_000, files: 400 });
  const full = renderMarkdown(large, { budget: Number.MAX_SAFE_INTEGER, title: 'diffgate' });
  const shown = (text: string) => blockingLines(text).length + otherFindingRows(text).length;
  const distinct = shown(full);

  it('renders everything when the budget allows: each blocking problem once, every other finding', () => {
    expect(blockingLines(full)).toHaveLength(decisiveFindings(large).length);
    expect(distinct).toBeGreaterThan(1_000);
    expect(full).not.toContain('more problems (see');
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
      const blocking = decisiveFindings(large).length;
      const dropped = blocking - blockingLines(text).length;
      expect(dropped).toBeGreaterThan(0);
      expect(text).toContain(`… and ${dropped} more problems (see the job summary).`);
    }
    if (budget >= 3_000) expect(text).toMatch(/\| ❌ \| coverage of added lines \|/);
  });

  it('keeps more for a bigger budget', () => {
    const texts = budgets.map((budget) => renderMarkdown(large, { budget, title: 'diffgate' }));
    for (let i = 1; i < texts.length; i++) expect(texts[i]!.length).toBeLessThanOrEqual(texts[i - 1]!.length);
    expect(shown(texts[0]!)).toBeGreaterThan(shown(texts[1]!));
    expect(shown(texts[1]!)).toBeGreaterThan(shown(texts[2]!));
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
  const text = renderMarkdown(sampleReport({ findings: 12, files: 4, hostile: true }), { budget: LIMITS.commentChars, title: 'diffgate', links: LINKS });
  const html = renderLikeGitHub(text);

  it('cannot forge the comment marker, close <details>, mention, link or inject rows: as rendered', () => {
    expect(activeSyntax(html, OWN_LINKS)).toEqual([]);
    expect(balancedDetails(text)).toBe(true);
    // Each table row still has exactly its own cells: no pipe, newline or heading got through.
    for (const row of html.split('<tr>').slice(1)) {
      const cells = (row.match(/<t[dh]\b/g) ?? []).length;
      expect([3, 4, 5]).toContain(cells);
    }
    expect(html).not.toMatch(/<h2>Heading/);
    expect(text.startsWith('<!--')).toBe(false);
  });

  it('stays balanced and inert when cut to small budgets', () => {
    const report = sampleReport({ findings: 500, files: 50, hostile: true });
    for (const budget of [50_000, 5_000, 900]) {
      const cut = renderMarkdown(report, { budget, title: 'diffgate' });
      expect(cut.length).toBeLessThanOrEqual(budget);
      expect(balancedDetails(cut)).toBe(true);
      expect(activeSyntax(renderLikeGitHub(cut), OWN_LINKS)).toEqual([]);
    }
  });

  it('links a scanner rule only to a plain https help page', () => {
    const report = sampleReport({ findings: 0 });
    const hostileHelp = finding({ source: 'sarif', tool: 'Evil', ruleId: ruleId('x'), helpUri: 'javascript:alert(1)', level: 'error', path: repoPath('packages/p0/src/module-0.ts'), startLine: 1, endLine: 1 });
    const fineHelp = finding({ source: 'sarif', tool: 'ESLint', ruleId: ruleId('no-empty'), helpUri: 'https://eslint.org/docs/latest/rules/no-empty', level: 'error', path: repoPath('packages/p0/src/module-0.ts'), startLine: 2, endLine: 2 });
    const withScanner: Report = { ...report, findings: [hostileHelp, fineHelp], verdict: { status: 'fail', conditions: [{ id: 'sarif.all', status: 'fail', actual: 2, threshold: 0, operator: '<=', unit: 'count', message: '2 scanner results' }] } };
    const rendered = renderMarkdown(withScanner, { budget: LIMITS.commentChars, title: 'diffgate' });
    expect(rendered).toContain('[`ESLint no-empty`](https://eslint.org/docs/latest/rules/no-empty)');
    expect(rendered).not.toContain('javascript:');
  });
});
