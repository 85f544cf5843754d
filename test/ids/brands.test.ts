// The branded ids (src/ids.ts): the constructors refuse what is not a repository path, a full SHA or
// a kebab-case rule id with a one-line InputError naming the source, and the types refuse a plain
// string where a brand is required (the `@ts-expect-error` lines fail `tsc --noEmit`, run by
// `npm run lint`, the day a brand stops doing its job).
import { describe, expect, it } from 'vitest';
import { isSha, repositoryPath, repoPathSchema, scannerRuleId, shaSchema, toRepoPath, toRuleId, toSha, type RepoPath, type RuleId, type Sha } from '../../src/ids.js';
import { Revision } from '../../src/git/revision.js';
import type { ChangedFile, Finding, Report } from '../../src/model.js';
import { jsonReportSchema } from '../../src/report/json.js';

const SHA1 = '0123456789abcdef0123456789abcdef01234567';
const SHA256 = 'ab'.repeat(32);

describe('toRepoPath', () => {
  it('keeps a normalised relative path and normalises the ./ and ../ forms that stay inside', () => {
    expect(toRepoPath('src/a.ts', 'x')).toBe('src/a.ts');
    expect(toRepoPath('./src/a.ts', 'x')).toBe('src/a.ts');
    expect(toRepoPath('packages/x/../y/index.ts', 'x')).toBe('packages/y/index.ts');
    expect(toRepoPath('folder/', 'x')).toBe('folder');
  });

  it.each(['', '/etc/passwd', '../outside.ts', 'a/../../b', '.', '..'])('refuses %j with an InputError naming the source', (path) => {
    expect(() => toRepoPath(path, 'coverage/lcov.info')).toThrow(
      expect.objectContaining({ name: 'InputError', message: `coverage/lcov.info: "${path}" is not a path inside the repository` }),
    );
    expect(repositoryPath(path)).toBeNull();
  });
});

describe('toSha', () => {
  it('accepts 40 and 64 lowercase hex digits', () => {
    expect(toSha(SHA1, 'x')).toBe(SHA1);
    expect(toSha(SHA256, 'x')).toBe(SHA256);
    expect(isSha(SHA1)).toBe(true);
  });

  it.each(['', 'main', 'HEAD~1', SHA1.toUpperCase(), SHA1.slice(0, 39), `${SHA1}0`, `${SHA1}\n`, 'g'.repeat(40)])('refuses %j', (text) => {
    expect(isSha(text)).toBe(false);
    expect(() => toSha(text, 'git log')).toThrow(expect.objectContaining({ name: 'InputError', message: expect.stringMatching(/^git log: ".*" is not a full commit SHA/s) }));
  });
});

describe('rule ids', () => {
  it('a diffgate rule id is kebab-case; a scanner id is kept verbatim', () => {
    expect(toRuleId('empty-catch')).toBe('empty-catch');
    expect(() => toRuleId('Empty_Catch')).toThrow('rule id "Empty_Catch" is not kebab-case');
    expect(() => toRuleId('')).toThrow('is not kebab-case');
    expect(scannerRuleId('js/sql-injection')).toBe('js/sql-injection');
  });
});

describe('the report schema checks the branded fields when a report is read back', () => {
  it('refuses a path that leaves the repository and a base that is not a SHA', () => {
    expect(repoPathSchema.safeParse('src/a.ts').success).toBe(true);
    expect(repoPathSchema.safeParse('../a.ts').success).toBe(false);
    expect(repoPathSchema.safeParse('./a.ts').success).toBe(false);
    expect(shaSchema.safeParse(SHA1).success).toBe(true);
    expect(shaSchema.safeParse('main').success).toBe(false);
    expect(jsonReportSchema.shape.base.safeParse('main').success).toBe(false);
  });
});

describe('the brands are enforced by the compiler', () => {
  it('a plain string is refused where a RepoPath, a Sha or a RuleId is required', () => {
    const plain: string = 'src/a.ts';
    const path: RepoPath = toRepoPath(plain, 'x');
    // @ts-expect-error a plain string is not a RepoPath
    const notPath: RepoPath = plain;
    // @ts-expect-error a plain string is not a Sha
    const notSha: Sha = SHA1;
    // @ts-expect-error a plain string is not a RuleId
    const notRule: RuleId = 'empty-catch';
    // @ts-expect-error a SHA is not a path, though both are strings
    const shaAsPath: RepoPath = toSha(SHA1, 'x');
    const file: Pick<ChangedFile, 'path'> = { path };
    // @ts-expect-error ChangedFile.path takes a RepoPath only
    const badFile: Pick<ChangedFile, 'path'> = { path: plain };
    // @ts-expect-error Finding.ruleId takes a RuleId only
    const badFinding: Pick<Finding, 'ruleId'> = { ruleId: plain };
    // @ts-expect-error Report.head takes a Sha only
    const badReport: Pick<Report, 'head'> = { head: plain };
    // @ts-expect-error a Revision is made of a resolved Sha only
    const badRevision = (): Revision => Revision.ofResolvedSha('.', plain);
    // A brand is still a string wherever a string is read.
    const asText: string = path;
    expect([notPath, notSha, notRule, shaAsPath, file.path, badFile.path, badFinding.ruleId, badReport.head, typeof badRevision, asText]).toHaveLength(10);
  });
});
