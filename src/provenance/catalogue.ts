// The built-in catalogue of authorship signals. Data, not code paths: each entry says what to
// match and how sure a match is. Users switch entries off by id (`provenance.disable`).
// Every string here was checked against real histories; see docs/provenance.md.
//
// Traps the match types avoid: no whole domains (people work at anthropic.com and openai.com),
// no bare names ("Claude" and "Devin" are people too), no generic `[bot]` suffix.

/**
 * How an entry matches. All comparisons are exact and case-insensitive unless said otherwise.
 * - `email`: the author's or committer's email address.
 * - `login`: the author's or committer's name equals a GitHub App login (`…[bot]`: GitHub logins
 *   cannot contain brackets, so no person's account has this name), or the PR opener's login.
 * - `pr-opener`: only the login of the account that opened the pull request.
 * - `trailer-address`: a `Co-authored-by:` trailer whose `<address>` is exactly this.
 * - `trailer`: a trailer with this key (any value, or exactly `trailerValue` when given).
 * - `name-suffix`: the author's or committer's name ends with this text (case-sensitive).
 * - `subject-prefix`: the commit subject starts with this text.
 * - `body-marker`: a message line starts with this text (after an optional emoji); quoted lines never count.
 * - `branch-prefix`: the pull request's head branch starts with this text.
 * - `pr-body-marker`: the pull request body contains this text.
 */
export type MatchType =
  | 'email'
  | 'login'
  | 'pr-opener'
  | 'trailer-address'
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
}

export const AI_SIGNALS: readonly CatalogueEntry[] = [
  // GitHub Copilot
  { id: 'copilot-agent-login', tool: 'copilot', match: 'login', value: 'copilot-swe-agent[bot]', confidence: 'high' },
  { id: 'copilot-agent-email', tool: 'copilot', match: 'email', value: '198982749+Copilot@users.noreply.github.com', confidence: 'high' },
  { id: 'copilot-agent-coauthor', tool: 'copilot', match: 'trailer-address', value: '198982749+Copilot@users.noreply.github.com', confidence: 'high' },
  { id: 'copilot-agent-opener', tool: 'copilot', match: 'pr-opener', value: 'Copilot', confidence: 'high' },
  { id: 'copilot-agent-branch', tool: 'copilot', match: 'branch-prefix', value: 'copilot/', confidence: 'high' },
  { id: 'copilot-agent-pr-body', tool: 'copilot', match: 'pr-body-marker', value: '<!-- START COPILOT CODING AGENT SUFFIX -->', confidence: 'high' },
  { id: 'copilot-cli-coauthor', tool: 'copilot', match: 'trailer-address', value: '223556219+Copilot@users.noreply.github.com', confidence: 'high' },
  // Review suggestions and Autofix: a person may have written the suggestion.
  { id: 'copilot-suggestion-email', tool: 'copilot', match: 'email', value: '175728472+Copilot@users.noreply.github.com', confidence: 'low' },
  { id: 'copilot-suggestion-coauthor', tool: 'copilot', match: 'trailer-address', value: '175728472+Copilot@users.noreply.github.com', confidence: 'low' },
  // VS Code added this trailer to commits without AI use for a while.
  { id: 'copilot-vscode-coauthor', tool: 'copilot', match: 'trailer-address', value: 'copilot@github.com', confidence: 'low' },

  // Claude Code
  { id: 'claude-code-coauthor', tool: 'claude-code', match: 'trailer-address', value: 'noreply@anthropic.com', confidence: 'high' },
  { id: 'claude-code-email', tool: 'claude-code', match: 'email', value: 'noreply@anthropic.com', confidence: 'high' },
  { id: 'claude-code-footer', tool: 'claude-code', match: 'body-marker', value: 'Generated with [Claude Code]', confidence: 'high' },
  { id: 'claude-code-session', tool: 'claude-code', match: 'trailer', value: 'Claude-Session', confidence: 'high' },
  { id: 'claude-app-login', tool: 'claude-code', match: 'login', value: 'claude[bot]', confidence: 'high' },
  { id: 'claude-app-email', tool: 'claude-code', match: 'email', value: '209825114+claude[bot]@users.noreply.github.com', confidence: 'high' },
  { id: 'claude-branch', tool: 'claude-code', match: 'branch-prefix', value: 'claude/', confidence: 'high' },
  { id: 'claude-code-pr-body', tool: 'claude-code', match: 'pr-body-marker', value: 'Generated with [Claude Code]', confidence: 'high' },

  // Cursor
  { id: 'cursor-agent-email', tool: 'cursor', match: 'email', value: 'cursoragent@cursor.com', confidence: 'high' },
  { id: 'cursor-coauthor', tool: 'cursor', match: 'trailer-address', value: 'cursoragent@cursor.com', confidence: 'high' },
  { id: 'cursor-made-with', tool: 'cursor', match: 'trailer', value: 'Made-with', trailerValue: 'Cursor', confidence: 'high' },
  { id: 'cursor-branch', tool: 'cursor', match: 'branch-prefix', value: 'cursor/', confidence: 'high' },
  { id: 'cursor-pr-body', tool: 'cursor', match: 'pr-body-marker', value: 'Made with [Cursor]', confidence: 'high' },

  // Aider
  { id: 'aider-name-suffix', tool: 'aider', match: 'name-suffix', value: ' (aider)', confidence: 'high' },
  { id: 'aider-subject', tool: 'aider', match: 'subject-prefix', value: 'aider: ', confidence: 'high' },
  { id: 'aider-coauthor', tool: 'aider', match: 'trailer-address', value: 'aider@aider.chat', confidence: 'high' },
  { id: 'aider-coauthor-legacy', tool: 'aider', match: 'trailer-address', value: 'noreply@aider.dev', confidence: 'high' },

  // Devin
  { id: 'devin-login', tool: 'devin', match: 'login', value: 'devin-ai-integration[bot]', confidence: 'high' },
  { id: 'devin-email', tool: 'devin', match: 'email', value: '158243242+devin-ai-integration[bot]@users.noreply.github.com', confidence: 'high' },
  { id: 'devin-branch', tool: 'devin', match: 'branch-prefix', value: 'devin/', confidence: 'high' },
  { id: 'devin-pr-body', tool: 'devin', match: 'pr-body-marker', value: 'Link to Devin run', confidence: 'high' },

  // Jules
  { id: 'jules-login', tool: 'jules', match: 'login', value: 'google-labs-jules[bot]', confidence: 'high' },
  { id: 'jules-email', tool: 'jules', match: 'email', value: '161369871+google-labs-jules[bot]@users.noreply.github.com', confidence: 'high' },

  // OpenAI Codex
  { id: 'codex-email', tool: 'codex', match: 'email', value: 'noreply@openai.com', confidence: 'high' },
  { id: 'codex-coauthor', tool: 'codex', match: 'trailer-address', value: 'noreply@openai.com', confidence: 'high' },
  { id: 'codex-email-alt', tool: 'codex', match: 'email', value: 'codex@openai.com', confidence: 'high' },
  { id: 'codex-coauthor-alt', tool: 'codex', match: 'trailer-address', value: 'codex@openai.com', confidence: 'high' },
  { id: 'codex-branch', tool: 'codex', match: 'branch-prefix', value: 'codex/', confidence: 'high' },

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
