// The census (#12): what looks like an agent in a history but is not in the catalogue, counted;
// and the script `npm run provenance:census` over a real repository.
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { takeCensus } from '../../src/provenance/census.js';
import { provenanceConfigSchema } from '../../src/provenance/config.js';
import { buildSignalRules } from '../../src/provenance/signals.js';
import type { CommitInfo } from '../../src/provenance/signals.js';
import { makeRepo, removeRepos } from '../helpers/repo.js';
import { sha } from '../helpers/ids.js';

afterAll(removeRepos);

const PERSON = { name: 'Ada Person', email: 'ada@example.com' };
const rules = buildSignalRules(provenanceConfigSchema.parse({}));

function commit(digit: string, message: string, author = PERSON): CommitInfo {
  return { sha: sha(digit.repeat(40).slice(0, 40)), parents: [], author, committer: { name: 'GitHub', email: 'noreply@github.com' }, message };
}

const HISTORY: CommitInfo[] = [
  commit('a', 'Fix (#1)\n\n---------\n\nCo-authored-by: google-labs-jules[bot] <161369871+google-labs-jules[bot]@users.noreply.github.com>'),
  commit('b', 'Fix (#2)\n\nCo-authored-by: new-agent[bot] <999+new-agent[bot]@users.noreply.github.com>'),
  commit('c', 'Fix (#3)\n\nCo-authored-by: new-agent[bot] <999+new-agent[bot]@users.noreply.github.com>\nCo-authored-by: new-agent[bot] <999+new-agent[bot]@users.noreply.github.com>'),
  commit('d', 'Add docs\n\n🤖 Generated with [Shiny Agent](https://shiny.example)\nAI-Assisted: yes'),
  commit('e', 'Bump zod', { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' }),
  commit('f', 'Refactor\n\nCo-authored-by: Bea Reviewer <bea@example.com>\nSigned-off-by: Ada Person <ada@example.com>'),
  commit('0', 'Release', { name: 'release-agent', email: 'noreply@release.example' }),
];

describe('the census', () => {
  const census = takeCensus(HISTORY, rules);

  it('counts commits and the catalogue ids that matched', () => {
    expect(census.commits).toBe(7);
    expect(census.marked).toBe(1);
    expect(census.known).toEqual([{ id: 'jules-login', commits: 1 }]);
  });

  it('lists what looks like an agent and is unknown, once per commit, most frequent first', () => {
    expect(census.unknown.map(({ kind, where, value, commits }) => [kind, where, value, commits])).toEqual([
      ['identity', 'trailer:Co-authored-by', 'new-agent[bot] <999+new-agent[bot]@users.noreply.github.com>', 2],
      // Ties in code-point order of the value.
      ['trailer', 'trailer', 'AI-Assisted', 1],
      ['footer', 'message', 'Generated with Shiny Agent', 1],
      ['identity', 'author', 'release-agent <noreply@release.example>', 1],
    ]);
    expect(census.unknown[0]?.example).toBe('b'.repeat(40));
  });

  it('leaves out people, known non-AI bots, the web-flow committer and ordinary trailers', () => {
    const values = census.unknown.map((row) => row.value).join('\n');
    for (const text of ['Bea Reviewer', 'dependabot', 'GitHub <noreply@github.com>', 'Signed-off-by', 'google-labs-jules']) expect(values).not.toContain(text);
  });
});

describe('npm run provenance:census', () => {
  it('prints the known ids and the unknown agent-like identities of a real repository', () => {
    const repo = makeRepo();
    repo.write({ 'a.txt': '1\n' });
    repo.commit('one\n\nCo-authored-by: Claude <noreply@anthropic.com>');
    repo.write({ 'a.txt': '2\n' });
    repo.commit('two', { author: { name: 'mystery-coder[bot]', email: '5+mystery-coder[bot]@users.noreply.github.com' } });
    const output = execFileSync('node', ['scripts/provenance-census.mjs', repo.dir], { encoding: 'utf8' });
    expect(output).toContain(`${repo.dir} HEAD: 2 commits, 1 with a catalogue signal`);
    expect(output).toContain('| claude-code-address | 1 |');
    expect(output).toMatch(/\| identity \| author \| mystery-coder\[bot\] <5\+mystery-coder\[bot\]@users\.noreply\.github\.com> \| 1 \| [0-9a-f]{12} \|/);
    const json = JSON.parse(execFileSync('node', ['scripts/provenance-census.mjs', repo.dir, 'HEAD~1..HEAD', '--json'], { encoding: 'utf8' })) as { commits: number };
    expect(json.commits).toBe(1);
  });

  it('fails with one line and exit code 2 outside a git repository', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync('node', ['scripts/provenance-census.mjs', '/nonexistent/repo'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const failure = error as { status: number; stderr: string };
      status = failure.status;
      stderr = failure.stderr;
    }
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^provenance-census: git log in \/nonexistent\/repo failed/);
  });
});
