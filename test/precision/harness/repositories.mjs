// The repositories of the precision harness: public TypeScript projects with agent-written history,
// pinned to the snapshot each commit list was drawn from. None of their code is committed here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const REPOSITORIES = [
  { repo: 'sindresorhus/ky', head: '3419113b48e034fdcf8fa6bd3be3da7b3d0d758f', kind: 'library (HTTP client)' },
  { repo: 'modelcontextprotocol/typescript-sdk', head: '3924de99df834302d89f5997a1b64ca268282284', kind: 'library (SDK, monorepo)' },
  { repo: 'browserbase/stagehand', head: 'a21633d53930abc5d62b8dbd6b608995f2ccb4b1', kind: 'library (browser automation SDK)' },
  { repo: 'google-gemini/gemini-cli', head: '5411f113cafae26161b4969b0237b8e1e024e2c2', kind: 'CLI application (monorepo)' },
  { repo: 'badlogic/pi-mono', head: '83378aad7e74a0e2bb8f37c007a9685fb4609d8a', kind: 'CLI coding agent and libraries (monorepo)' },
  { repo: 'cline/cline', head: '21cb8d2525bcedf1f4b6890b27a74a14fe7451e4', kind: 'VS Code extension' },
  { repo: 'RooCodeInc/Roo-Code', head: 'cb836567180a3ff1da6d082f3178b90c3bd22a70', kind: 'VS Code extension (monorepo)' },
];

// Repositories searched only for the rare rules' list (commits-rare.tsv: commits that add a rule's pattern,
// issue #13), not drawn from by select.mjs, so the main sample stays as it was drawn.
export const RARE_REPOSITORIES = [
  { repo: 'continuedev/continue', head: 'd0c3b626b5bebc3bef4742eec05a0242be0bab', kind: 'IDE extension and CLI (monorepo)' },
  { repo: 'vercel/ai', head: 'ed857f50f112e23930b0c2dd8d532cc8bebbc911', kind: 'library (AI SDK, monorepo) and examples' },
  { repo: 'All-Hands-AI/OpenHands', head: '156d0686c46aafb0fa9d291da6421fb6f64dddc0', kind: 'application (Python agent, TypeScript frontend)' },
  { repo: 'langchain-ai/langchainjs', head: '62fc484b2a0d1ec5b8bebff4a8a0efe6300ada72', kind: 'library (monorepo of integrations)' },
  { repo: 'eyaltoledano/claude-task-master', head: 'c0c98d367c55296bfe69e65680625b6db437af02', kind: 'CLI and MCP server (JavaScript, agent-written)' },
];

/** Where the session's fetch tool puts a repository: a bare git directory, or null when absent. */
export function mirrorOf(repo, mirror = process.env.DIFFGATE_MIRROR ?? '/work/.mirror') {
  const dir = join(mirror, repo.replace('/', '+'), 'repo');
  return existsSync(dir) ? dir : null;
}
