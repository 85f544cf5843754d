// The built-in catalogue of authorship signals. Data, not code paths: each entry says what to
// match and how sure a match is. Users switch entries off by id (`provenance.disable`).
// Every string here was checked against real histories; see docs/provenance.md.
//
// Identities. An agent is a set of identities: its GitHub App login (`name[bot]`) and its
// addresses. An identity entry matches wherever an identity appears — author, committer, every
// `Co-authored-by` trailer, the pull request's opener, the pull request's commits as the API
// reports them — so a catalogue entry never depends on the channel an agent happened to use.
//
// Traps the match types avoid: no whole domains (people work at anthropic.com and openai.com),
// no bare names ("Claude" and "Devin" are people too), no generic `[bot]` suffix.

/**
 * How an entry matches. All comparisons are exact and case-insensitive unless said otherwise.
 * - `login`: a GitHub login. Matches a git author's, committer's or co-author's name that equals it
 *   (`…[bot]` logins only for co-authors: GitHub logins cannot contain brackets, so no person's
 *   account has this name), its noreply addresses in both forms (`ID+login@users.noreply.github.com`
 *   and `login@users.noreply.github.com`) wherever an address appears, the pull request's opener,
 *   and the login the API reports for a pull request's commit.
 * - `address`: an email address, wherever an address appears (author, committer, `Co-authored-by`).
 * - `pr-opener`: only the login of the account that opened the pull request (for accounts whose
 *   login alone is not specific enough elsewhere).
 * - `trailer`: a trailer with this key (any value, or exactly `trailerValue` when given).
 * - `name-suffix`: the author's or committer's name ends with this text (case-sensitive).
 * - `subject-prefix`: the commit subject starts with this text.
 * - `body-marker`: a message line starts with this text (after an optional emoji); quoted lines never count.
 * - `branch-prefix`: the pull request's head branch starts with this text.
 * - `pr-body-marker`: the pull request body contains this text.
 */
export type MatchType =
  | 'login'
  | 'address'
  | 'pr-opener'
  | 'trailer'
  | 'name-suffix'
  | 'subject-prefix'
  | 'body-marker'
  | 'branch-prefix'
  | 'pr-body-marker';

export interface CatalogueEntry {
  /** Stable id, used in `provenance.disable` and shown with every signal. */
  id: string;
  /** The assistant it identifies (`policy` for tool-neutral policy trailers). */
  tool: string;
  match: MatchType;
  value: string;
  /** For `trailer`: the exact value required (otherwise any value counts). */
  trailerValue?: string;
  /** `low` where the string also appears without AI writing the code. */
  confidence: 'high' | 'low';
  /**
   * Ids of entries this one absorbed when one identity replaced per-channel entries; still
   * accepted by `provenance.disable`, so existing configs keep working.
   */
  formerIds?: readonly string[];
}

export const AI_SIGNALS: readonly CatalogueEntry[] = [
  // GitHub Copilot. Its accounts share the login `Copilot`; only the numeric id in the noreply
  // address tells the coding agent from review suggestions, so these are exact addresses.
  { id: 'copilot-agent-login', tool: 'copilot', match: 'login', value: 'copilot-swe-agent[bot]', confidence: 'high' },
  {
    id: 'copilot-agent-address',
    tool: 'copilot',
    match: 'address',
    value: '198982749+Copilot@users.noreply.github.com',
    confidence: 'high',
    formerIds: ['copilot-agent-email', 'copilot-agent-coauthor'],
  },
  { id: 'copilot-agent-opener', tool: 'copilot', match: 'pr-opener', value: 'Copilot', confidence: 'high' },
  { id: 'copilot-agent-branch', tool: 'copilot', match: 'branch-prefix', value: 'copilot/', confidence: 'high' },
  { id: 'copilot-agent-pr-body', tool: 'copilot', match: 'pr-body-marker', value: '<!-- START COPILOT CODING AGENT SUFFIX -->', confidence: 'high' },
  { id: 'copilot-cli-address', tool: 'copilot', match: 'address', value: '223556219+Copilot@users.noreply.github.com', confidence: 'high', formerIds: ['copilot-cli-coauthor'] },
  // Review suggestions and Autofix: a person may have written or chosen the change.
  {
    id: 'copilot-suggestion-address',
    tool: 'copilot',
    match: 'address',
    value: '175728472+Copilot@users.noreply.github.com',
    confidence: 'low',
    formerIds: ['copilot-suggestion-email', 'copilot-suggestion-coauthor'],
  },
  { id: 'copilot-autofix-login', tool: 'copilot', match: 'login', value: 'github-advanced-security[bot]', confidence: 'low' },
  // VS Code added this trailer to commits without AI use for a while.
  { id: 'copilot-vscode-address', tool: 'copilot', match: 'address', value: 'copilot@github.com', confidence: 'low', formerIds: ['copilot-vscode-coauthor'] },

  // Claude Code
  { id: 'claude-code-address', tool: 'claude-code', match: 'address', value: 'noreply@anthropic.com', confidence: 'high', formerIds: ['claude-code-coauthor', 'claude-code-email'] },
  { id: 'claude-code-footer', tool: 'claude-code', match: 'body-marker', value: 'Generated with [Claude Code]', confidence: 'high' },
  { id: 'claude-code-session', tool: 'claude-code', match: 'trailer', value: 'Claude-Session', confidence: 'high' },
  { id: 'claude-app-login', tool: 'claude-code', match: 'login', value: 'claude[bot]', confidence: 'high', formerIds: ['claude-app-email'] },
  { id: 'claude-branch', tool: 'claude-code', match: 'branch-prefix', value: 'claude/', confidence: 'high' },
  { id: 'claude-code-pr-body', tool: 'claude-code', match: 'pr-body-marker', value: 'Generated with [Claude Code]', confidence: 'high' },

  // Cursor
  { id: 'cursor-agent-address', tool: 'cursor', match: 'address', value: 'cursoragent@cursor.com', confidence: 'high', formerIds: ['cursor-agent-email', 'cursor-coauthor'] },
  { id: 'cursor-made-with', tool: 'cursor', match: 'trailer', value: 'Made-with', trailerValue: 'Cursor', confidence: 'high' },
  { id: 'cursor-branch', tool: 'cursor', match: 'branch-prefix', value: 'cursor/', confidence: 'high' },
  { id: 'cursor-pr-body', tool: 'cursor', match: 'pr-body-marker', value: 'Made with [Cursor]', confidence: 'high' },

  // Aider
  { id: 'aider-name-suffix', tool: 'aider', match: 'name-suffix', value: ' (aider)', confidence: 'high' },
  { id: 'aider-subject', tool: 'aider', match: 'subject-prefix', value: 'aider: ', confidence: 'high' },
  { id: 'aider-address', tool: 'aider', match: 'address', value: 'aider@aider.chat', confidence: 'high', formerIds: ['aider-coauthor'] },
  { id: 'aider-address-legacy', tool: 'aider', match: 'address', value: 'noreply@aider.dev', confidence: 'high', formerIds: ['aider-coauthor-legacy'] },

  // Devin
  { id: 'devin-login', tool: 'devin', match: 'login', value: 'devin-ai-integration[bot]', confidence: 'high', formerIds: ['devin-email'] },
  { id: 'devin-branch', tool: 'devin', match: 'branch-prefix', value: 'devin/', confidence: 'high' },
  { id: 'devin-pr-body', tool: 'devin', match: 'pr-body-marker', value: 'Link to Devin run', confidence: 'high' },

  // Jules
  { id: 'jules-login', tool: 'jules', match: 'login', value: 'google-labs-jules[bot]', confidence: 'high', formerIds: ['jules-email'] },

  // OpenAI Codex
  { id: 'codex-address', tool: 'codex', match: 'address', value: 'noreply@openai.com', confidence: 'high', formerIds: ['codex-email', 'codex-coauthor'] },
  { id: 'codex-address-alt', tool: 'codex', match: 'address', value: 'codex@openai.com', confidence: 'high', formerIds: ['codex-email-alt', 'codex-coauthor-alt'] },
  { id: 'codex-branch', tool: 'codex', match: 'branch-prefix', value: 'codex/', confidence: 'high' },

  // OpenHands (formerly OpenDevin): its agent commits and co-authors with these addresses.
  { id: 'openhands-address', tool: 'openhands', match: 'address', value: 'openhands@all-hands.dev', confidence: 'high' },
  { id: 'openhands-address-legacy', tool: 'openhands', match: 'address', value: 'opendevin@all-hands.dev', confidence: 'high' },

  // Continue (its cloud agents and CLI)
  { id: 'continue-login', tool: 'continue', match: 'login', value: 'continue[bot]', confidence: 'high' },
  { id: 'continue-address', tool: 'continue', match: 'address', value: 'noreply@continue.dev', confidence: 'high' },
  { id: 'continue-agent-address', tool: 'continue', match: 'address', value: 'agent@continue.dev', confidence: 'high' },
  { id: 'continue-footer', tool: 'continue', match: 'body-marker', value: 'Generated with [Continue]', confidence: 'high' },
  { id: 'continue-footer-plain', tool: 'continue', match: 'body-marker', value: 'Generated with Continue', confidence: 'high' },

  // Cline and Roo Code cloud agents
  { id: 'cline-cloud-login', tool: 'cline', match: 'login', value: 'cline-cloud[bot]', confidence: 'high' },
  { id: 'cline-agent-login', tool: 'cline', match: 'login', value: 'cline-agent', confidence: 'high' },
  { id: 'roomote-login', tool: 'roo-code', match: 'login', value: 'roomote[bot]', confidence: 'high' },
  { id: 'roomote-address', tool: 'roo-code', match: 'address', value: 'roomote@roocode.com', confidence: 'high' },

  // Other coding agents that commit as GitHub Apps
  { id: 'opencode-login', tool: 'opencode', match: 'login', value: 'opencode-agent[bot]', confidence: 'high' },
  { id: 'gemini-cli-login', tool: 'gemini-cli', match: 'login', value: 'gemini-cli[bot]', confidence: 'high' },
  { id: 'factory-droid-login', tool: 'factory', match: 'login', value: 'factory-droid[bot]', confidence: 'high' },
  { id: 'amazon-q-login', tool: 'amazon-q', match: 'login', value: 'amazon-q-developer[bot]', confidence: 'high' },
  { id: 'sweep-login', tool: 'sweep', match: 'login', value: 'sweep-ai[bot]', confidence: 'high' },

  // Tool-neutral policy trailers (`Assisted-by: <agent>:<model>`)
  { id: 'assisted-by', tool: 'policy', match: 'trailer', value: 'Assisted-by', confidence: 'high' },
  { id: 'generated-by', tool: 'policy', match: 'trailer', value: 'Generated-by', confidence: 'high' },
];

/**
 * Accounts that commit but are not people and do not write code with AI: their lines are
 * `unknown`, never `human` and never `ai`. AI reviewers are here too: they review, they do not author.
 */
export const NON_AI_BOTS: readonly { login?: string; email?: string }[] = [
  { login: 'dependabot[bot]' },
  { login: 'renovate[bot]' },
  { login: 'github-actions[bot]' },
  { email: 'actions@github.com' },
  { login: 'copilot-pull-request-reviewer[bot]' },
  { login: 'gemini-code-assist[bot]' },
  { login: 'cursor[bot]' },
  { login: 'chatgpt-codex-connector[bot]' },
];
