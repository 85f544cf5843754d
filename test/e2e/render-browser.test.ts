// The demo's comment as a reviewer sees it: `npm run demo`'s pull request (scripts/demo.mjs, the built
// CLI on a real repository with real ESLint SARIF and vitest coverage), its JSON report read back as
// publish mode reads it, the comment Markdown diffgate would post, rendered to HTML by a real
// Markdown renderer (markdown-it) and screenshotted by a real browser (Debian's chromium, headless).
// The screenshot is kept as docs/comment.png; UPDATE_SCREENSHOT=1 rewrites it. Skips visibly
// without chromium (apt-get install chromium).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJsonReport, renderMarkdown, LIMITS } from '../../src/report/index.js';
import { renderLikeGitHub } from '../report/rendered.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const chromium = ['chromium', 'chromium-browser'].find((name) => spawnSync('which', [name]).status === 0);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const STYLE = `body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;max-width:900px;margin:16px auto;color:#1f2328}
table{border-collapse:collapse}td,th{border:1px solid #d1d9e0;padding:4px 8px}code{background:#eff1f3;padding:1px 4px;border-radius:4px;font-size:85%}
a{color:#0969da;text-decoration:none}h2{border-bottom:1px solid #d1d9e0}`;

/** Runs the demo into a fresh folder under .tmp/ (so its tools resolve this project's node_modules); its report. */
function demoReport(dir: string): string {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'demo.mjs')], {
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_OPTIONS')), DIFFGATE_DEMO_DIR: dir },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`the demo failed (exit ${run.status}): ${run.stderr.slice(-2_000)}`);
  return readFileSync(join(dir, 'out', 'report.json'), 'utf8');
}

/** `path:line` and rule of each "what blocks" row, from its first two code spans. */
function blockingKeys(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => /^- .+ — .+ — /.test(line))
    .map((line) => [...line.matchAll(/`([^`]+)`/g)].slice(0, 2).map((match) => match[1]).join(' '));
}

describe.skipIf(!chromium)('the demo’s comment in a real browser (skipped: chromium not installed)', () => {
  it('renders the reviewer-first layout: verdict, what blocks, checks; screenshot kept in docs/comment.png', () => {
    mkdirSync(join(root, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(root, '.tmp', 'demo-comment-'));
    try {
      // As publish mode posts it: the report read back from the JSON the CLI wrote.
      const report = parseJsonReport(demoReport(dir), 'report.json');
      const claude = report.provenance.aiCommits.find((commit) => commit.signals.some((signal) => /Claude/.test(signal.detail)))!;
      const markdown = renderMarkdown(report, {
        budget: LIMITS.commentChars,
        title: 'diffgate',
        links: { repositoryUrl: 'https://github.com/acme/shop', checkRunUrl: 'https://github.com/acme/shop/runs/1' },
      });
      // Each problem once; the AI-written ones name their commit and signal.
      const keys = blockingKeys(markdown);
      expect(keys.length).toBeGreaterThan(3);
      expect(new Set(keys).size).toBe(keys.length);
      expect(markdown).toContain(`🤖 AI: ${claude.sha.slice(0, 7)} · Co-Authored-By: Claude`);
      const body = renderLikeGitHub(markdown);
      const html = `<!doctype html><meta charset="utf-8"><style>${STYLE}</style><body>${body}</body>`;
      const page = join(dir, 'comment.html');
      writeFileSync(page, html);
      // What the browser laid out: the DOM after rendering, in document order.
      const dom = execFileSync(chromium!, [...FLAGS, '--dump-dom', `file://${page}`], { encoding: 'utf8', timeout: 120_000 });
      const order = ['<h2>', 'What blocks', 'src/payments.ts:', 'Checks', 'Coverage of added lines', 'Who wrote the added lines'].map((text) => dom.indexOf(text));
      expect(order.every((index) => index >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(dom).not.toContain('\u200b');
      const png = join(dir, 'comment.png');
      execFileSync(chromium!, [...FLAGS, '--hide-scrollbars', '--window-size=1000,1200', `--screenshot=${png}`, `file://${page}`], { timeout: 120_000, stdio: 'pipe' });
      expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(statSync(png).size).toBeGreaterThan(10_000);
      const kept = join(root, 'docs', 'comment.png');
      if (process.env['UPDATE_SCREENSHOT'] === '1' || !existsSync(kept)) copyFileSync(png, kept);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
