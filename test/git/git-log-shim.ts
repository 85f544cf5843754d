// A `git` earlier on PATH that records every blob diffgate asks git for, then runs the real git:
// the object names written to `cat-file --batch` and named to `cat-file blob`. Observes a real run
// from outside, so the count does not depend on diffgate's own bookkeeping.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BlobLog {
  /** Folder to put first on PATH. */
  binDir: string;
  /** Every path requested, in order, one entry per request. */
  requests(): string[];
  /** Every object name requested (`<revision>:<path>`), in order, one entry per request. */
  objectNames(): string[];
  /** Every git process started, as its arguments joined by spaces, in order. */
  processes(): string[];
}

export function makeBlobLog(): BlobLog {
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const binDir = mkdtempSync(join(tmpdir(), 'diffgate-git-shim-'));
  const logPath = join(binDir, 'requests.log');
  const processLog = join(binDir, 'processes.log');
  writeFileSync(logPath, '');
  writeFileSync(processLog, '');
  const script = [
    '#!/bin/sh',
    `log='${logPath}'`,
    `printf '%s\\n' "$*" >> '${processLog}'`,
    'if [ "$1" = cat-file ] && [ "$2" = --batch ]; then',
    // The requests pass through tee into the log on their way to git.
    `  tee -a "$log" | '${realGit}' "$@"`,
    '  exit $?',
    'fi',
    'if [ "$1" = cat-file ] && [ "$2" = blob ]; then',
    '  printf "%s\\n" "$3" >> "$log"',
    'fi',
    `exec '${realGit}' "$@"`,
    '',
  ].join('\n');
  writeFileSync(join(binDir, 'git'), script);
  chmodSync(join(binDir, 'git'), 0o755);
  return {
    binDir,
    requests: () => objectNames().map((name) => name.slice(name.indexOf(':') + 1)),
    objectNames,
    processes: () => readFileSync(processLog, 'utf8').split('\n').filter((line) => line !== ''),
  };

  function objectNames(): string[] {
    if (!existsSync(logPath)) return [];
    // `<sha>:<path>`: the path is everything after the first colon.
    return readFileSync(logPath, 'utf8')
      .split('\n')
      .filter((line) => line !== '');
  }
}
