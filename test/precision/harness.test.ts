// The precision harness's own logic (test/precision/harness/): the summary of a labelled TSV, the
// attribution of verdicts to findings, the TSV reader, and the visible skip of repositories that were
// not fetched. The harness run over real repositories is not part of `npm test` (see README.md).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_HANDLING_RULES as POLICY_ERROR_HANDLING_RULES } from '../../src/policy/conditions.js';
import { ERROR_HANDLING_RULES, attributeVerdict } from './harness/attribute.mjs';
import { agreement, renderMarkdown, summarise } from './harness/summarise.mjs';
import { cell, formatTsv, parseTsv } from './harness/tsv.mjs';

const here = join(process.cwd(), 'test', 'precision', 'harness');
const fixture = (name: string) => parseTsv(readFileSync(join(here, 'fixture', name), 'utf8'), name).rows;

describe('summarise', () => {
  const summary = summarise(fixture('findings.tsv'), fixture('commits.tsv'));
  const row = (rule: string, level: string) => summary.rows.find((entry) => entry.rule === rule && entry.level === level);

  it('counts findings and labels per rule and level, and per rule over all levels', () => {
    expect(row('missing-tests', 'warning')).toMatchObject({ findings: 5, labelled: 4, yes: 1, no: 2, unsure: 1 });
    expect(row('missing-tests', 'note')).toMatchObject({ findings: 2, labelled: 1, yes: 0, no: 0, unsure: 1 });
    expect(row('missing-tests', 'all')).toMatchObject({ findings: 7, labelled: 5, yes: 1, no: 2, unsure: 2 });
    expect(summary.total).toMatchObject({ findings: 11, labelled: 9, yes: 2, no: 5, unsure: 2 });
  });

  it('rates no / (yes + no), leaves unsure out of it and shows the worst case beside it', () => {
    expect(row('missing-tests', 'warning')?.rate).toBeCloseTo(2 / 3);
    expect(row('missing-tests', 'warning')?.worstRate).toBeCloseTo(3 / 4);
    expect(row('missing-tests', 'note')?.rate).toBeNull();
    expect(row('swallowed-error', 'all')?.rate).toBeCloseTo(0.5);
  });

  it('counts added lines of analysed commits only, and findings per 1,000 of them', () => {
    expect(summary.commits).toEqual({ listed: 8, analysed: 7, aiCommits: 2 });
    expect(summary.addedLines).toBe(3000);
    expect(summary.aiLines).toBe(800);
    expect(row('missing-tests', 'all')?.perThousandLines).toBeCloseTo((7 * 1000) / 3000);
  });

  it('calls a non-pass verdict unfair only when every finding that drove it is labelled no', () => {
    // a1 (its driver is no; the yes finding did not drive it) and a2 are unfair; b1 has a yes driver;
    // a3's driver is unsure; b4's is unlabelled; b3 failed on coverage, not on findings.
    expect(summary.verdicts).toEqual({ nonPass: 6, onlyNo: 2, withYes: 1, unsure: 1, undecided: 1, unattributed: 1, decided: 4, unfairShare: 0.5 });
  });

  it('reads the second labeller column when asked', () => {
    const second = summarise(fixture('findings.tsv'), fixture('commits.tsv'), 'label2');
    expect(second.total).toMatchObject({ labelled: 3, yes: 2, no: 1, unsure: 0 });
  });

  it('renders one Markdown row per rule and level with the rates', () => {
    const markdown = renderMarkdown(summary);
    expect(markdown).toContain('| missing-tests | warning | 5 | 4 | 1 | 2 | 1 | 67% | 75% | 1.67 |');
    expect(markdown).toContain('**2 of 4** decided (50%)');
  });

  it('rejects a label that is not yes, no or unsure, naming the finding', () => {
    const findings = fixture('findings.tsv').map((finding, index) => (index === 3 ? { ...finding, label: 'maybe' } : finding));
    expect(() => summarise(findings, fixture('commits.tsv'))).toThrow(/finding 4 \(o\/a a2 src\/z\.ts:1\): label "maybe"/);
  });
});

describe('agreement of two labellers', () => {
  const row = (label: string, label2: string) => ({ repo: 'o/a', sha: 'a1', path: 'x.ts', line: '1', label, label2 });

  it("counts equal labels and computes Cohen's kappa over the findings both labelled", () => {
    // 10 pairs: 8 equal. Labeller 1: 6 no, 4 yes; labeller 2: 6 no, 4 yes → chance 0.36 + 0.16 = 0.52.
    const rows = [
      ...Array.from({ length: 5 }, () => row('no', 'no')),
      ...Array.from({ length: 3 }, () => row('yes', 'yes')),
      row('no', 'yes'),
      row('yes', 'no'),
      row('yes', ''), // only one label: left out
    ];
    const result = agreement(rows);
    expect(result?.pairs).toBe(10);
    expect(result?.equal).toBe(8);
    expect(result?.kappa).toBeCloseTo((0.8 - 0.52) / (1 - 0.52), 10);
  });

  it('is null without double labels, and kappa is undefined when chance predicts full agreement', () => {
    expect(agreement([row('no', '')])).toBeNull();
    expect(agreement([row('no', 'no'), row('no', 'no')])?.kappa).toBeNull();
  });
});

describe('attributeVerdict', () => {
  const finding = (ruleId: string, level: string, provenance: string, tags?: string[]) => ({ ruleId, level, provenance, source: 'ast', tags });
  const condition = (id: string, status: string, actual: number, message = '') => ({ id, status, actual, message });

  it('gives each non-pass condition the findings it counted, by family, scope and level', () => {
    const report = {
      findings: [
        finding('missing-tests', 'warning', 'ai'),
        finding('empty-catch', 'error', 'human'),
        finding('undeclared-dependency', 'error', 'ai'),
        finding('suppressed-check', 'warning', 'ai'),
        finding('unguarded-json-parse', 'note', 'ai', ['informational']),
      ],
      conditions: [
        condition('missing-tests.ai', 'warn', 1),
        condition('error-handling.all', 'warn', 1),
        condition('rule-findings.ai', 'fail', 1, '1 rule finding at level error or above on AI-written added lines'),
        condition('sarif.all', 'pass', 0),
      ],
    };
    expect(attributeVerdict(report)).toEqual({
      drives: [['missing-tests.ai'], ['error-handling.all'], ['rule-findings.ai'], [], []],
      unattributed: [],
    });
  });

  it('knows the same error-handling rules as the policy', () => {
    expect([...ERROR_HANDLING_RULES].sort()).toEqual([...POLICY_ERROR_HANDLING_RULES].sort());
  });

  it('says a condition is unattributed when its findings do not add up to its count', () => {
    const report = { findings: [finding('missing-tests', 'warning', 'human')], conditions: [condition('missing-tests.all', 'warn', 2), condition('changed-coverage.all', 'fail', 50)] };
    expect(attributeVerdict(report)).toEqual({ drives: [[]], unattributed: ['missing-tests.all', 'changed-coverage.all'] });
  });
});

describe('TSV', () => {
  it('flattens tabs, line breaks and control characters in untrusted text to one cell', () => {
    expect(cell('a\tb\nc\u001b[31md\u2028e')).toBe('a b c [31md e');
    const text = formatTsv(['message', 'label'], [{ message: 'x\ty\nz', label: 'no' }]);
    expect(parseTsv(text, 'f.tsv').rows).toEqual([{ message: 'x y z', label: 'no' }]);
  });

  it('rejects a row with more cells than the header, naming the file and line', () => {
    expect(() => parseTsv('a\tb\n1\t2\n1\t2\t3\n', 'labels.tsv')).toThrow('labels.tsv:3: 3 cells, the header has 2');
  });
});

describe('harness run', () => {
  it('skips, visibly, the repositories that were not fetched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precision-harness-'));
    const commits = join(dir, 'commits.tsv');
    writeFileSync(commits, formatTsv(['repo', 'sha'], [{ repo: 'someone/absent', sha: 'a'.repeat(40) }]));
    const run = spawnSync(process.execPath, [join(here, 'run.mjs'), '--commits', commits, '--out', join(dir, 'out')], {
      encoding: 'utf8',
      env: { ...process.env, DIFFGATE_MIRROR: join(dir, 'no-mirror') },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('skipped someone/absent: not fetched');
    const rows = parseTsv(readFileSync(join(dir, 'out', 'commits.tsv'), 'utf8'), 'commits.tsv').rows;
    expect(rows).toEqual([expect.objectContaining({ repo: 'someone/absent', status: 'skipped', reason: 'repository not fetched' })]);
  });

  it('records a commit the CLI cannot read as skipped with the reason, and remembers it for --cached-only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precision-harness-'));
    const bare = join(dir, 'mirror', 'someone+root', 'repo');
    const work = join(dir, 'work');
    const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' }).stdout.trim();
    spawnSync('git', ['init', '-q', work]);
    writeFileSync(join(work, 'a.ts'), 'export const a = 1;\n');
    git(work, 'add', '.');
    git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'root');
    spawnSync('git', ['clone', '-q', '--bare', work, bare]);
    // The root commit has no parent, so `--base SHA^` is input the CLI cannot read: exit 2.
    const sha = git(work, 'rev-parse', 'HEAD');
    const commits = join(dir, 'commits.tsv');
    writeFileSync(commits, formatTsv(['repo', 'sha'], [{ repo: 'someone/root', sha }]));
    const run = (...extra: string[]) => {
      spawnSync(process.execPath, [join(here, 'run.mjs'), '--commits', commits, '--out', join(dir, 'out'), ...extra], {
        encoding: 'utf8',
        env: { ...process.env, DIFFGATE_MIRROR: join(dir, 'mirror') },
      });
      return parseTsv(readFileSync(join(dir, 'out', 'commits.tsv'), 'utf8'), 'commits.tsv').rows;
    };
    const first = run();
    expect(first).toEqual([expect.objectContaining({ status: 'skipped', reason: expect.stringMatching(/^exit 2: diffgate: /) })]);
    expect(run('--cached-only')).toEqual(first);
  });
});
