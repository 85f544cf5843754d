// Files that stress the hand-offs between stages, in the Cursor Agent commit of the real pull request:
// a path with spaces and non-ASCII letters (git quotes it, ESLint's SARIF %-encodes it, LCOV and
// Cobertura write it raw), a file with CRLF line endings, and a binary file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/gate.js';
import type { Report } from '../../src/model.js';
import { renderJson, renderMarkdown } from '../../src/report/index.js';
import { changedCoverage, readLcovHits, readSarifResults } from './expected.js';
import { activeSyntax, renderLikeGitHub } from '../report/rendered.js';
import { FORMAT, FORMAT_TEST, buildPullRequest, gateOptions, lineNumbers, lineOf, type PullRequestFixture } from './fixture.js';

const UNICODE = 'src/prix €/ünïcode file.ts';
const UNICODE_TEXT = FORMAT.replace('formatPrice', 'formatPrix');
const CRLF = 'src/crlf.ts';
const CRLF_LINES = ['export function readConfig(text: string): unknown {', '  const value = JSON.parse(text);', "  if (value == null) throw 'empty';", '  return value;', '}'];
const PNG = 'assets/logo.png';
/** A file name that is Markdown, HTML and an @mention: what a hostile pull request could add. */
const HOSTILE = 'src/@admin <b>x</b> [y](http:e.com) `z`.ts';

describe('paths and files that stress the hand-offs between stages', () => {
  let fixture: PullRequestFixture;
  let report: Report;

  beforeAll(async () => {
    fixture = await buildPullRequest({
      extraAi: {
        [UNICODE]: UNICODE_TEXT,
        'test/prix.test.ts': FORMAT_TEST.replace(/formatPrice/g, 'formatPrix').replace('../src/format.js', '../src/prix €/ünïcode file.js'),
        [CRLF]: CRLF_LINES.join('\r\n') + '\r\n',
        [HOSTILE]: FORMAT.replace('formatPrice', 'formatHostile'),
        [PNG]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]),
      },
    });
    report = (await runGate(gateOptions(fixture, { coverage: [fixture.lcovPath, fixture.coberturaPath] }))).report;
  }, 180_000);

  afterAll(() => fixture?.remove());

  // Scanner results folded into the equivalent rule finding on their lines (one finding per problem) still count here.
  const findingsAt = (path: string) =>
    report.findings
      .filter((finding) => finding.path === path)
      .flatMap((finding) => [`${finding.source}:${finding.ruleId}:${finding.startLine}`, ...(finding.alsoReportedBy ?? []).map((also) => `sarif:${also.ruleId}:${also.startLine}`)]);

  it('a path with spaces and non-ASCII letters is one file to every stage', () => {
    expect(report.files.find((file) => file.path === UNICODE)?.addedLines).toEqual(lineNumbers(UNICODE_TEXT));
    expect(report.provenance.files.find((file) => file.path === UNICODE)?.aiLines).toEqual(lineNumbers(UNICODE_TEXT));
    // ESLint wrote the URI %-encoded.
    expect(readSarifResults(fixture.sarifPath, fixture.repo.dir).some((result) => result.path === UNICODE)).toBe(true);
    const throwLine = lineOf(UNICODE_TEXT, "throw '");
    expect(findingsAt(UNICODE).sort()).toEqual([`ast:throw-literal:${throwLine}`, `sarif:no-throw-literal:${throwLine}`]);

    const expected = changedCoverage(readLcovHits(fixture.lcovPath, fixture.repo.dir), (path, line) => path === UNICODE && line >= 1);
    expect(expected.measured).toBeGreaterThan(0);
    expect(report.coverage?.files.find((file) => file.path === UNICODE)).toMatchObject({ measured: expected.measured, covered: expected.covered });
    expect(report.coverage?.unmentioned).toEqual([]);
    expect(report.coverage?.unmapped?.count ?? 0).toBe(0);
  });

  it('the renderers keep the path', () => {
    expect(renderJson(report)).toContain(JSON.stringify(UNICODE));
    expect(renderMarkdown(report, { budget: 65_536, title: 'diffgate' })).toContain('ünïcode');
  });

  it('a file name that is Markdown, HTML and an @mention reaches every stage and is neutralised in Markdown', () => {
    const throwLine = lineOf(FORMAT, "throw '");
    expect(findingsAt(HOSTILE).sort()).toEqual(expect.arrayContaining([`ast:throw-literal:${throwLine}`, `sarif:no-throw-literal:${throwLine}`]));
    expect(report.coverage?.files.some((file) => file.path === HOSTILE)).toBe(true);
    const markdown = renderMarkdown(report, { budget: 65_536, title: 'diffgate' });
    expect(markdown).toContain('admin');
    // Shown as code, where GitHub does not mention anyone: nothing active once rendered. The only
    // links are diffgate's own (rule docs) and the scanner rules' help pages, never from the name.
    const ownLinks = [/^https:\/\/github\.com\/diffgate\/diffgate\/blob\/main\/docs\//, /^https:\/\/eslint\.org\/docs\//];
    expect(activeSyntax(renderLikeGitHub(markdown), ownLinks)).toEqual([]);
    // The name is shown as literal text (inside a code span), never as an element.
    const html = renderLikeGitHub(markdown);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('a CRLF file keeps its line numbers through the diff, the rules, ESLint and coverage', () => {
    const crlfText = CRLF_LINES.join('\n') + '\n';
    expect(report.files.find((file) => file.path === CRLF)?.addedLines).toEqual(lineNumbers(crlfText));
    const parseLine = lineOf(crlfText, 'JSON.parse');
    const throwLine = lineOf(crlfText, "throw '");
    expect(findingsAt(CRLF)).toEqual(expect.arrayContaining([`ast:unguarded-json-parse:${parseLine}`, `ast:throw-literal:${throwLine}`, `sarif:eqeqeq:${throwLine}`]));
    const uncovered = changedCoverage(readLcovHits(fixture.lcovPath, fixture.repo.dir), (path) => path === CRLF).uncovered.get(CRLF);
    expect(uncovered).toContain(parseLine);
    expect(report.coverage?.files.find((file) => file.path === CRLF)?.uncoveredLines).toEqual(uncovered);
  });

  it('a binary file is listed as changed and binary, with no lines and no findings', () => {
    expect(report.files.find((file) => file.path === PNG)).toMatchObject({ binary: true, addedLines: [], status: 'added' });
    expect(findingsAt(PNG)).toEqual([]);
    expect(report.coverage?.unmentioned).not.toContain(PNG);
  });
});
