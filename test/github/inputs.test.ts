import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readActionInputs, patterns } from '../../src/github/inputs.js';
import { loadConfig } from '../../src/config/load.js';
import { prepareGate } from '../../src/gate.js';
import { makeRepo, removeRepos } from '../helpers/repo.js';
import { checkRunSha } from '../../src/github/action.js';
import { commentMarker } from '../../src/github/comments.js';
import { parseRepository } from '../../src/github/gateway.js';

afterAll(removeRepos);

function inputs(values: Record<string, string>) {
  return (name: string) => values[name] ?? '';
}

describe('readActionInputs', () => {
  it('turns only the inputs that were set into overrides (empty means unset)', () => {
    const read = readActionInputs(inputs({ comment: 'on-failure', 'check-name': ' Security gate ', mode: '', ai: 'all' }), '/ws');
    expect(read.overrides).toEqual({ ai: 'all', publish: { comment: 'on-failure', 'check-name': 'Security gate' } });
    expect(readActionInputs(inputs({}), '/ws').overrides).toEqual({});
  });

  it('uses the default config file unless one is named, and then requires it', () => {
    expect(readActionInputs(inputs({}), '/ws')).toMatchObject({ configPath: '/ws/.github/diffgate.yml', configRequired: false });
    expect(readActionInputs(inputs({ config: 'ci/gate.yml', 'working-directory': 'packages/api' }), '/ws')).toMatchObject({
      configPath: '/ws/packages/api/ci/gate.yml',
      configRequired: true,
      workingDirectory: '/ws/packages/api',
    });
  });

  it('reads paths and globs one per line, anchored in the working directory', () => {
    const read = readActionInputs(inputs({ sarif: 'results/*.sarif\n\n  /abs/codeql.sarif \n!results/skip.sarif\n# a comment', coverage: 'coverage/lcov.info' }), '/ws');
    expect(read.sarif).toEqual(['/ws/results/*.sarif', '/abs/codeql.sarif', '!/ws/results/skip.sarif']);
    expect(read.coverage).toEqual(['/ws/coverage/lcov.info']);
    expect(read.baseCoverage).toEqual([]);
    expect(patterns('a,b.lcov\r\nc.lcov', '/w')).toEqual(['/w/a,b.lcov', '/w/c.lcov']);
  });

  it('leaves validation to the one schema, whose message names the input, the key and what is allowed', async () => {
    const read = readActionInputs(inputs({ comment: 'sometimes', ai: 'all' }), '/ws');
    expect(read.overrideNames).toEqual({ 'publish.comment': 'input comment', ai: 'input ai' });
    await expect(loadConfig({ path: null, required: false, overrides: read.overrides, overrideNames: read.overrideNames, revisions: null })).rejects.toThrow(
      /^input comment \(publish\.comment\): Invalid option: expected one of "always"\|"on-failure"\|"never"$/,
    );
    const { config: defaults } = await loadConfig({ path: null, required: false, overrides: {}, revisions: null });
    expect(defaults.publish).toEqual({
      comment: 'on-failure',
      'check-name': 'diffgate',
      mode: 'all',
      'report-path': 'diffgate-report.json',
      'sarif-output': null,
      'annotate-uncovered': false,
      'job-summary': true,
      'max-report-bytes': 50 * 1024 * 1024,
      'on-error': 'fail',
    });
  });
});

describe('a bad value in an input or in the config file', () => {
  it('names the input when the input set the key, and the file when the file did', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'diffgate-inputs-'));
    const file = join(folder, 'diffgate.yml');
    writeFileSync(file, 'ai: auto\npublish:\n  comment: sometimes\n');
    try {
      const fromInput = readActionInputs(inputs({ ai: 'maybe' }), folder);
      await expect(loadConfig({ path: file, required: true, overrides: fromInput.overrides, overrideNames: fromInput.overrideNames, revisions: null })).rejects.toThrow(
        /^input ai \(ai\): Invalid option: expected one of "auto"\|"all"\|"none"$/,
      );
      // The input sets a valid value: the file's own bad key is the file's mistake.
      const valid = readActionInputs(inputs({ ai: 'all' }), folder);
      await expect(loadConfig({ path: file, required: true, overrides: valid.overrides, overrideNames: valid.overrideNames, revisions: null })).rejects.toThrow(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: publish\\.comment: Invalid option`),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('prepareGate hands the names to the config load: the action\'s real path names the input too', async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'x\n' });
    repo.commit('base');
    const read = readActionInputs(inputs({ mode: 'everything' }), repo.dir);
    const options = { repo: repo.dir, base: 'main', sarif: [], coverage: [], baseCoverage: [], configPath: read.configPath, configRequired: false };
    await expect(prepareGate({ ...options, overrides: read.overrides, overrideNames: read.overrideNames, event: { name: 'push', payload: {} } })).rejects.toThrow(
      /^input mode \(publish\.mode\): Invalid option/,
    );
  });
});

describe('event and naming helpers', () => {
  it('puts the check run on the pull request head, the merge group head, the workflow run head, else GITHUB_SHA', () => {
    const sha = (char: string) => char.repeat(40);
    expect(checkRunSha({ name: 'pull_request', payload: { pull_request: { head: { sha: sha('a') } } } }, sha('f'))).toBe(sha('a'));
    expect(checkRunSha({ name: 'merge_group', payload: { merge_group: { head_sha: sha('b') } } }, sha('f'))).toBe(sha('b'));
    expect(checkRunSha({ name: 'workflow_run', payload: { workflow_run: { head_sha: sha('c') } } }, sha('f'))).toBe(sha('c'));
    expect(checkRunSha({ name: 'push', payload: {} }, sha('f'))).toBe(sha('f'));
  });

  it('sanitises the check name into the hidden marker', () => {
    expect(commentMarker('diffgate')).toBe('<!-- diffgate:diffgate -->');
    expect(commentMarker('my_check-2')).toBe('<!-- diffgate:my-check-2 -->');
    expect(commentMarker('Gate --> <b>x</b>')).toBe('<!-- diffgate:gate-b-x-b- -->');
  });

  it('parses GITHUB_REPOSITORY', () => {
    expect(parseRepository('octo-org/octo-repo')).toEqual({ owner: 'octo-org', repo: 'octo-repo' });
    expect(parseRepository('nope')).toBeNull();
    expect(parseRepository(undefined)).toBeNull();
  });
});
