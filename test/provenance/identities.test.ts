// Every identity of the catalogue, carried by real commits in a real repository, and the
// near-misses that must not match. One commit per case, each touching its own file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributeProvenance } from '../../src/provenance/index.js';
import { provenanceConfigSchema } from '../../src/provenance/config.js';
import type { ProvenanceResult } from '../../src/model.js';
import type { Identity } from '../helpers/repo.js';
import { PERSON, makeRepo, removeRepos } from '../helpers/repo.js';
import { changedFiles, numbered } from './changed.js';
import { sha } from '../helpers/ids.js';

interface Case {
  name: string;
  message: string;
  author?: Identity;
  committer?: Identity;
  /** The catalogue ids that must match (empty: the commit is not AI-marked). */
  ids: string[];
  /** For cases that are not AI: `human` (a person) or `unknown` (a bot). */
  expected: 'ai' | 'human' | 'unknown';
  confidence?: 'high' | 'low';
}

const AI_CASES: Case[] = [
  {
    name: 'Copilot coding agent author',
    author: { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com' },
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    message: 'Initial plan',
    ids: ['copilot-agent-login', 'copilot-agent-address'],
    expected: 'ai',
  },
  {
    name: 'Copilot coding agent co-author',
    message: 'Fix the parser\n\nCo-authored-by: Copilot <198982749+Copilot@users.noreply.github.com>',
    ids: ['copilot-agent-address'],
    expected: 'ai',
  },
  {
    name: 'Copilot CLI trailer',
    message: 'Add retries\n\nCo-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>',
    ids: ['copilot-cli-address'],
    expected: 'ai',
  },
  {
    name: 'Copilot review suggestion (low)',
    message: 'Update src/a.ts\n\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>',
    ids: ['copilot-suggestion-address'],
    expected: 'ai',
    confidence: 'low',
  },
  {
    name: 'Copilot Autofix author (low)',
    author: { name: 'Copilot', email: '175728472+Copilot@users.noreply.github.com' },
    message: 'Potential fix for code scanning alert no. 3',
    ids: ['copilot-suggestion-address'],
    expected: 'ai',
    confidence: 'low',
  },
  {
    name: 'VS Code Copilot trailer (low)',
    message: 'Tidy up\n\nCo-authored-by: Copilot <copilot@github.com>',
    ids: ['copilot-vscode-address'],
    expected: 'ai',
    confidence: 'low',
  },
  {
    name: 'Claude Code trailer',
    message: 'Add cache\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>',
    ids: ['claude-code-address', 'claude-code-footer'],
    expected: 'ai',
  },
  {
    name: 'Claude Code trailer with a model name',
    message: 'Add cache\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>',
    ids: ['claude-code-address'],
    expected: 'ai',
  },
  {
    name: 'Claude Code footer alone',
    message: 'Refactor\n\n🤖 Generated with [Claude Code](https://claude.ai/code)',
    ids: ['claude-code-footer'],
    expected: 'ai',
  },
  {
    name: 'Claude-Session trailer',
    message: 'Refactor\n\nClaude-Session: https://claude.ai/code/session_011CUx',
    ids: ['claude-code-session'],
    expected: 'ai',
  },
  {
    name: 'Claude as author',
    author: { name: 'Claude', email: 'noreply@anthropic.com' },
    message: 'Write tests',
    ids: ['claude-code-address'],
    expected: 'ai',
  },
  {
    name: 'Claude GitHub App',
    author: { name: 'claude[bot]', email: '209825114+claude[bot]@users.noreply.github.com' },
    message: 'Address review comments',
    ids: ['claude-app-login'],
    expected: 'ai',
  },
  {
    name: 'Cursor agent author',
    author: { name: 'Cursor Agent', email: 'cursoragent@cursor.com' },
    message: 'Implement the endpoint',
    ids: ['cursor-agent-address'],
    expected: 'ai',
  },
  {
    name: 'Cursor co-author and Made-with',
    message: 'Implement the endpoint\n\nMade-with: Cursor\nCo-authored-by: Cursor <cursoragent@cursor.com>',
    ids: ['cursor-agent-address', 'cursor-made-with'],
    expected: 'ai',
  },
  {
    name: 'Aider author name',
    author: { name: 'Ada Person (aider)', email: 'ada@example.com' },
    message: 'feat: Add a flag',
    ids: ['aider-name-suffix'],
    expected: 'ai',
  },
  {
    name: 'Aider committer name',
    committer: { name: 'Ada Person (aider)', email: 'ada@example.com' },
    message: 'fix: Handle empty input',
    ids: ['aider-name-suffix'],
    expected: 'ai',
  },
  { name: 'Aider subject prefix', message: 'aider: Added retry loop', ids: ['aider-subject'], expected: 'ai' },
  {
    name: 'Aider co-author',
    message: 'Add docs\n\nCo-authored-by: aider (anthropic/claude-sonnet-4) <aider@aider.chat>',
    ids: ['aider-address'],
    expected: 'ai',
  },
  {
    name: 'Aider legacy co-author',
    message: 'Add docs\n\nCo-authored-by: aider (gpt-4o) <noreply@aider.dev>',
    ids: ['aider-address-legacy'],
    expected: 'ai',
  },
  {
    name: 'Devin',
    author: { name: 'devin-ai-integration[bot]', email: '158243242+devin-ai-integration[bot]@users.noreply.github.com' },
    message: 'Add pagination',
    ids: ['devin-login'],
    expected: 'ai',
  },
  {
    name: 'Jules',
    author: { name: 'google-labs-jules[bot]', email: '161369871+google-labs-jules[bot]@users.noreply.github.com' },
    message: 'Fix flaky test',
    ids: ['jules-login'],
    expected: 'ai',
  },
  { name: 'Codex author', author: { name: 'Codex', email: 'noreply@openai.com' }, message: 'Add parser', ids: ['codex-address'], expected: 'ai' },
  { name: 'Codex alt address', author: { name: 'Codex', email: 'codex@openai.com' }, message: 'Add parser', ids: ['codex-address-alt'], expected: 'ai' },
  { name: 'Codex co-author', message: 'Add parser\n\nCo-authored-by: Codex <noreply@openai.com>', ids: ['codex-address'], expected: 'ai' },
  ...(
    [
      ['opencode-agent[bot]', 'opencode-login'],
      ['gemini-cli[bot]', 'gemini-cli-login'],
      ['factory-droid[bot]', 'factory-droid-login'],
      ['amazon-q-developer[bot]', 'amazon-q-login'],
      ['sweep-ai[bot]', 'sweep-login'],
    ] as const
  ).map(([login, id]): Case => ({
    name: login,
    author: { name: login, email: `12345+${login}@users.noreply.github.com` },
    message: 'Automated change',
    ids: [id],
    expected: 'ai',
  })),
  { name: 'Assisted-by policy trailer', message: 'Add limits\n\nAssisted-by: claude-code:claude-opus-4-5', ids: ['assisted-by'], expected: 'ai' },
  { name: 'Generated-by policy trailer', message: 'Add limits\n\nGenerated-by: GitHub Copilot', ids: ['generated-by'], expected: 'ai' },
  {
    name: 'squash merge with trailers after the separator',
    message:
      'Add search (#42)\n\n* Add search index\n\n* Fix typo\n\n---------\n\nCo-authored-by: Claude <noreply@anthropic.com>\nCo-authored-by: Bea Reviewer <bea@example.com>',
    ids: ['claude-code-address'],
    expected: 'ai',
  },
];

const NEAR_MISSES: Case[] = [
  { name: 'a person at anthropic.com', author: { name: 'Dario Person', email: 'dario@anthropic.com' }, message: 'Fix', ids: [], expected: 'human' },
  { name: 'a person at openai.com', author: { name: 'Sam Person', email: 'sam@openai.com' }, message: 'Fix', ids: [], expected: 'human' },
  { name: 'a person at cursor.com', author: { name: 'Lee Person', email: 'lee@cursor.com' }, message: 'Fix', ids: [], expected: 'human' },
  { name: 'a person at github.com', author: { name: 'Mona Person', email: 'mona@github.com' }, message: 'Fix', ids: [], expected: 'human' },
  { name: 'a person named Devin', author: { name: 'Devin', email: 'devin@example.com' }, message: 'Fix', ids: [], expected: 'human' },
  { name: 'a person named Claude', author: { name: 'Claude Monet', email: 'claude@example.com' }, message: 'Fix', ids: [], expected: 'human' },
  { name: 'a trailer name without the address', message: 'Fix\n\nCo-authored-by: Claude', ids: [], expected: 'human' },
  { name: 'a trailer name with another address', message: 'Fix\n\nCo-authored-by: Claude <claude@example.com>', ids: [], expected: 'human' },
  { name: 'a quoted trailer', message: 'Revert\n\nAs the bot said:\n> Co-authored-by: Claude <noreply@anthropic.com>', ids: [], expected: 'human' },
  { name: 'an indented trailer', message: 'Revert\n\n    Co-authored-by: Claude <noreply@anthropic.com>', ids: [], expected: 'human' },
  { name: 'a quoted footer', message: 'Docs\n\n> 🤖 Generated with [Claude Code](https://claude.com/claude-code)', ids: [], expected: 'human' },
  { name: 'the footer text mid-line', message: 'Docs: explain why "Generated with [Claude Code]" appears in logs', ids: [], expected: 'human' },
  { name: 'Made-with another tool', message: 'Docs\n\nMade-with: Vim', ids: [], expected: 'human' },
  { name: 'a person\'s co-author trailer', message: 'Pair\n\nCo-authored-by: Bea Reviewer <bea@example.com>', ids: [], expected: 'human' },
  {
    name: 'github-actions[bot]',
    author: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
    message: 'chore: update snapshots',
    ids: [],
    expected: 'unknown',
  },
  { name: 'GitHub Actions', author: { name: 'GitHub Actions', email: 'actions@github.com' }, message: 'Build', ids: [], expected: 'unknown' },
  {
    name: 'dependabot[bot]',
    author: { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
    message: 'Bump zod from 4.0.0 to 4.1.0\n\nSigned-off-by: dependabot[bot] <support@github.com>',
    ids: [],
    expected: 'unknown',
  },
  { name: 'renovate[bot]', author: { name: 'renovate[bot]', email: '29139614+renovate[bot]@users.noreply.github.com' }, message: 'Update deps', ids: [], expected: 'unknown' },
  {
    name: 'an unlisted [bot] is not AI',
    author: { name: 'some-helper[bot]', email: '777+some-helper[bot]@users.noreply.github.com' },
    message: 'Sync',
    ids: [],
    expected: 'unknown',
  },
  ...['copilot-pull-request-reviewer[bot]', 'gemini-code-assist[bot]', 'cursor[bot]', 'chatgpt-codex-connector[bot]'].map(
    (login): Case => ({ name: `AI reviewer ${login}`, author: { name: login, email: `1+${login}@users.noreply.github.com` }, message: 'Apply suggestion', ids: [], expected: 'unknown' }),
  ),
  {
    name: 'an AI reviewer suggestion co-authored by a person',
    message: 'Apply suggestion\n\nCo-authored-by: gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>',
    ids: [],
    expected: 'human',
  },
];

const CASES = [...AI_CASES, ...NEAR_MISSES];

describe('commit identities in a real repository', () => {
  let result: ProvenanceResult;
  const shas: string[] = [];

  beforeAll(async () => {
    const repo = makeRepo();
    repo.write({ 'README.md': 'base\n' });
    const base = repo.commit('base');
    CASES.forEach((testCase, index) => {
      repo.write({ [`case-${index}.txt`]: numbered(3, `case ${index}`) });
      shas.push(repo.commit(testCase.message, { ...(testCase.author ? { author: testCase.author } : {}), committer: testCase.committer ?? testCase.author ?? PERSON }));
    });
    const head = repo.head();
    result = await attributeProvenance({
      repo: repo.dir,
      range: { base: sha(base), head: sha(head) },
      files: changedFiles(repo, base, head),
      mode: 'auto',
      config: provenanceConfigSchema.parse({}),
      pullRequest: null,
    });
  });
  afterAll(removeRepos);

  it.each(CASES.map((testCase, index) => [testCase.name, testCase, index] as const))('%s', (_name, testCase, index) => {
    const file = result.files.find((f) => f.path === `case-${index}.txt`);
    expect(file).toBeDefined();
    const all = [1, 2, 3];
    expect(file?.aiLines).toEqual(testCase.expected === 'ai' ? all : []);
    expect(file?.humanLines).toEqual(testCase.expected === 'human' ? all : []);
    const commit = result.aiCommits.find((c) => c.sha === shas[index]);
    expect((commit?.signals ?? []).map((s) => s.id).sort()).toEqual([...testCase.ids].sort());
    for (const signal of commit?.signals ?? []) {
      expect(signal.kind).toBe('commit');
      expect(signal.confidence).toBe(testCase.confidence ?? 'high');
    }
  });

  it('counts every added line once', () => {
    const ai = AI_CASES.length * 3;
    const human = NEAR_MISSES.filter((c) => c.expected === 'human').length * 3;
    const unknown = NEAR_MISSES.filter((c) => c.expected === 'unknown').length * 3;
    expect(result.counts).toEqual({ ai, human, unknown });
  });

  it('keeps the evidence verbatim', () => {
    const squash = result.aiCommits.find((c) => c.sha === shas[AI_CASES.length - 1]);
    expect(squash?.signals).toEqual([
      {
        kind: 'commit',
        source: 'trailer:Co-authored-by',
        detail: 'Co-authored-by: Claude <noreply@anthropic.com>',
        tool: 'claude-code',
        confidence: 'high',
        id: 'claude-code-address',
      },
    ]);
    const agent = result.aiCommits.find((c) => c.sha === shas[0]);
    expect(agent?.signals.map((s) => [s.source, s.detail])).toEqual([
      ['author', 'copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>'],
      ['author', 'copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>'],
    ]);
  });
});
