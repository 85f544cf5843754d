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

/** Where the session's fetch tool puts a repository: a bare git directory, or null when absent. */
export function mirrorOf(repo, mirror = process.env.DIFFGATE_MIRROR ?? '/work/.mirror') {
  const dir = join(mirror, repo.replace('/', '+'), 'repo');
  return existsSync(dir) ? dir : null;
}
