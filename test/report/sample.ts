// Reports for renderer tests: a realistic one, a large one and one full of hostile text.
import type { Finding, Report } from '../../src/model.js';
import { decideVerdict } from '../../src/policy/index.js';
import { changedFile, coverage, fileCoverage, finding, policy, provenance } from '../policy/fixtures.js';
import { repoPath, ruleId, sha } from '../helpers/ids.js';

export const HOSTILE = {
  marker: '<!-- diffgate:comment:diffgate -->',
  details: '</details></td></tr></table><details open><summary>pwned</summary>',
  mention: 'ping @octocat and @org/team, fixes #1 and GH-2 and org/repo#3',
  link: '[click me](https://evil.example/x) ![img](https://evil.example/p.png) <https://evil.example> https://evil.example/bare www.evil.example',
  markdown: '**bold** _em_ `code` ~~strike~~ # heading | pipe | \\ backslash',
  html: '<img src=x onerror=alert(1)> <script>alert(1)</script> &amp; &lt;',
  multiline: 'line one\n| injected | row |\n## Heading\r\n- list',
  trojan: 'access\u202e\u2066level\u2069\u202c granted\u0000\u001b[31m',
};

export function hostileText(): string {
  return Object.values(HOSTILE).join(' ');
}

export function sampleReport(options: { findings?: number; files?: number; hostile?: boolean } = {}): Report {
  const fileCount = options.files ?? 3;
  const hostile = options.hostile ?? false;
  const paths = Array.from({ length: fileCount }, (_, i) => (hostile && i === 0 ? `src/${HOSTILE.details}|@admin.ts` : `packages/p${i % 4}/src/module-${i}.ts`));
  const files = paths.map((path, i) => changedFile(path, Array.from({ length: 30 + (i % 5) }, (_, line) => line + 1)));
  const findingCount = options.findings ?? 6;
  const findings: Finding[] = Array.from({ length: findingCount }, (_, i) =>
    finding({
      ruleId: ruleId(hostile && i === 0 ? `rule<!--x-->@team` : ['empty-catch', 'missing-tests', 'js/sql-injection', 'trivial-assertion'][i % 4]!),
      source: i % 4 === 2 ? 'sarif' : 'ast',
      tool: i % 4 === 2 ? 'CodeQL' : undefined,
      securitySeverity: i % 4 === 2 ? 8.8 : undefined,
      level: (['error', 'warning', 'note'] as const)[i % 3]!,
      provenance: (['ai', 'human', 'unknown'] as const)[i % 3]!,
      path: repoPath(paths[i % paths.length]!),
      startLine: (i % 30) + 1,
      endLine: (i % 30) + 1 + (i % 2),
      message: hostile ? hostileText() : `Finding number ${i}: something to look at on this line.`,
      fingerprint: `fingerprint-${i}`,
      onAddedLine: true,
    }),
  );
  const cov = coverage(
    paths.map((path, i) => fileCoverage(path, 20 + (i % 7), 10 + (i % 11), { measured: 10, covered: 5 + (i % 5) })),
    { head: { measured: 5000, covered: 4000, percent: 80 }, base: { measured: 4900, covered: 4000, percent: 81.63 }, delta: -1.63 },
    (hostile ? [`docs/${HOSTILE.mention}.md`] : ['scripts/release.ts']).map(repoPath),
  );
  const prov = provenance({ ai: 40, human: 50, unknown: 10 });
  prov.aiCommits = [
    {
      sha: sha('a'.repeat(40)),
      signals: [{ kind: 'commit', source: 'trailer:Co-authored-by', detail: hostile ? hostileText() : 'Claude <noreply@anthropic.com>', tool: 'claude-code', confidence: 'high' }],
    },
  ];
  prov.files = paths.map((path) => ({ path: repoPath(path), aiLines: [1, 2, 3], humanLines: [4, 5] }));
  const config = policy({ 'missing-evidence': { sarif: 'warn' } });
  const missingEvidence = [{ kind: 'sarif' as const, detail: hostile ? hostileText() : 'results/eslint.sarif: not valid JSON' }];
  const skipped = [{ path: hostile ? `vendor/${HOSTILE.marker}.js` : 'vendor/big.min.js', reason: hostile ? hostileText() : 'larger than max-file-bytes (512 KiB)' }];
  const verdict = decideVerdict({ config, files, provenance: prov, findings, coverage: cov, missingEvidence, skipped });
  return {
    schemaVersion: 1,
    verdict,
    base: sha('1111111111111111111111111111111111111111'),
    head: sha('2222222222222222222222222222222222222222'),
    files,
    provenance: prov,
    coverage: cov,
    findings,
    sarif: { inputs: [{ path: 'results/codeql.sarif', tools: ['CodeQL'], results: 12 }], kept: 3, outsideFilter: 9, notNew: 0, notFailures: 0, unlocated: [] },
    missingEvidence,
    skipped,
  };
}
