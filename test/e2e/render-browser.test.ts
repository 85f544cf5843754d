// The demo's comment as a reviewer sees it: the Markdown diffgate posts, rendered to HTML by a real
// Markdown renderer (markdown-it) and screenshotted by a real browser (Debian's chromium, headless).
// The screenshot is kept as docs/comment.png; UPDATE_SCREENSHOT=1 rewrites it. Skips visibly
// without chromium (apt-get install chromium).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, LIMITS } from '../../src/report/index.js';
import { sampleReport } from '../report/sample.js';
import { renderLikeGitHub } from '../report/rendered.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const chromium = ['chromium', 'chromium-browser'].find((name) => spawnSync('which', [name]).status === 0);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const STYLE = `body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;max-width:900px;margin:16px auto;color:#1f2328}
table{border-collapse:collapse}td,th{border:1px solid #d1d9e0;padding:4px 8px}code{background:#eff1f3;padding:1px 4px;border-radius:4px;font-size:85%}
a{color:#0969da;text-decoration:none}h2{border-bottom:1px solid #d1d9e0}`;

describe.skipIf(!chromium)('the comment in a real browser (skipped: chromium not installed)', () => {
  it('renders the reviewer-first layout: verdict, what blocks, checks; screenshot kept in docs/comment.png', () => {
    const markdown = renderMarkdown(sampleReport({ findings: 14 }), {
      budget: LIMITS.commentChars,
      title: 'diffgate',
      links: { repositoryUrl: 'https://github.com/acme/shop', checkRunUrl: 'https://github.com/acme/shop/commit/x/checks' },
    });
    const body = renderLikeGitHub(markdown);
    const html = `<!doctype html><meta charset="utf-8"><style>${STYLE}</style><body>${body}</body>`;
    const dir = mkdtempSync(join(tmpdir(), 'diffgate-browser-'));
    try {
      const page = join(dir, 'comment.html');
      writeFileSync(page, html);
      // What the browser laid out: the DOM after rendering, in document order.
      const dom = execFileSync(chromium!, [...FLAGS, '--dump-dom', `file://${page}`], { encoding: 'utf8', timeout: 120_000 });
      const order = ['<h2>', 'What blocks', 'Checks', 'Coverage of added lines', 'Who wrote the added lines'].map((text) => dom.indexOf(text));
      expect(order.every((index) => index >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(dom).not.toContain('\u200b');
      const png = join(dir, 'comment.png');
      execFileSync(chromium!, [...FLAGS, '--hide-scrollbars', '--window-size=1000,1400', `--screenshot=${png}`, `file://${page}`], { timeout: 120_000, stdio: 'pipe' });
      expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(statSync(png).size).toBeGreaterThan(10_000);
      const kept = join(root, 'docs', 'comment.png');
      if (process.env['UPDATE_SCREENSHOT'] === '1' || !existsSync(kept)) copyFileSync(png, kept);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
