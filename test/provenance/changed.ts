// A minimal `git diff --unified=0` reader for these tests, independent of src/diff/, so the
// provenance tests check attribution and nothing else. Plain text files only.
import type { ChangedFile, ProvenanceResult } from '../../src/model.js';
import { attributeProvenance } from '../../src/provenance/index.js';
import type { ProvenanceInput } from '../../src/provenance/index.js';
import { provenanceConfigSchema } from '../../src/provenance/config.js';
import type { TestRepo } from '../helpers/repo.js';
import { unquoteGitPath } from '../../src/provenance/git.js';
import { repoPath } from '../helpers/ids.js';
import type { Sha } from '../../src/ids.js';

export function changedFiles(repo: TestRepo, base: string, head: string): ChangedFile[] {
  const output = repo.git(['-c', 'core.quotePath=false', 'diff', '--no-renames', '--unified=0', base, head]);
  const files: ChangedFile[] = [];
  let current: ChangedFile | null = null;
  for (const line of output.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = null;
    } else if (line.startsWith('+++ ')) {
      if (line === '+++ /dev/null') continue;
      current = { path: repoPath(unquoteGitPath(line.slice('+++ '.length).replace(/\t$/, '')).slice('b/'.length)), oldPath: null, status: 'modified', addedLines: [], hunks: [], binary: false, submodule: false, modeOnly: false };
      files.push(current);
    } else if (line.startsWith('@@ ') && current) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      const start = Number(match?.[1]);
      const count = match?.[2] === undefined ? 1 : Number(match[2]);
      for (let n = start; n < start + count; n++) current.addedLines.push(n);
      if (count > 0) current.hunks.push({ start, end: start + count - 1 });
    }
  }
  return files;
}

/** `n` numbered lines of text, with an optional tag, ending in a newline. */
export function numbered(count: number, tag = 'line'): string {
  return Array.from({ length: count }, (_, index) => `${tag} ${index + 1}`).join('\n') + '\n';
}

/** Attributes base..head of a test repository with the default config (or `overrides`). */
export function attributeRange(repo: TestRepo, base: Sha, head = repo.head(), overrides: Partial<ProvenanceInput> = {}): Promise<ProvenanceResult> {
  return attributeProvenance({
    repo: repo.dir,
    range: { base, head },
    files: changedFiles(repo, base, head),
    mode: 'auto',
    config: provenanceConfigSchema.parse({}),
    pullRequest: null,
    ...overrides,
  });
}
