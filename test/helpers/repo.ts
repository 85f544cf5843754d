// Real git repositories for tests: made in a temp folder, removed after the test file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { toSha, type Sha } from '../../src/ids.js';

export interface Identity {
  name: string;
  email: string;
}

export const PERSON: Identity = { name: 'Ada Person', email: 'ada@example.com' };

const created: string[] = [];

/** Removes every repository made by `makeRepo` (call from afterAll). */
export function removeRepos(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export class TestRepo {
  constructor(readonly dir: string) {}

  git(args: string[], env: Record<string, string> = {}): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
  }

  /** Writes files (string or Buffer content; null deletes) relative to the repo root. */
  write(files: Record<string, string | Buffer | null>): this {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      if (content === null) {
        unlinkSync(full);
        continue;
      }
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
    return this;
  }

  chmod(path: string, mode: number): this {
    chmodSync(join(this.dir, path), mode);
    return this;
  }

  /**
   * Stages everything and commits. `author` and `committer` default to PERSON.
   * Returns the new commit's full SHA.
   */
  commit(message: string, options: { author?: Identity; committer?: Identity; date?: string } = {}): Sha {
    const author = options.author ?? PERSON;
    const committer = options.committer ?? author;
    const date = options.date ?? '2026-01-01T00:00:00Z';
    this.git(['add', '-A']);
    this.git(['commit', '-q', '--allow-empty', '--no-verify', '-m', message], {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    });
    return this.head();
  }

  head(): Sha {
    return toSha(this.git(['rev-parse', 'HEAD']).trim(), 'git rev-parse HEAD');
  }

  checkout(branch: string, create = false): this {
    this.git(create ? ['checkout', '-q', '-b', branch] : ['checkout', '-q', branch]);
    return this;
  }
}

/** A new repository with a `main` branch and deterministic config. */
export function makeRepo(prefix = 'diffgate-test-'): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  const repo = new TestRepo(dir);
  repo.git(['init', '-q', '-b', 'main']);
  repo.git(['config', 'user.name', PERSON.name]);
  repo.git(['config', 'user.email', PERSON.email]);
  repo.git(['config', 'commit.gpgsign', 'false']);
  repo.git(['config', 'core.autocrlf', 'false']);
  return repo;
}
