// Hand-labelled commits of real histories (labels.json, #12): every commit a person found a known
// agent's mark on is attributed to AI, and no other commit is. Each labelled commit is its own
// range (first parent..commit), as a squash-merged pull request reaches a default branch. The
// histories are bare clones under /work/.mirror (or DIFFGATE_MIRROR); a repository that is absent
// is skipped, and the skip names it. measure.mjs here prints the same as a table with line counts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeProvenance } from '../../../src/provenance/index.js';
import { provenanceConfigSchema } from '../../../src/provenance/config.js';
import { sha } from '../../helpers/ids.js';

interface Label {
  sha: string;
  label: 'marked' | 'unmarked' | 'unlisted';
  note: string;
}

interface Labels {
  repositories: { repo: string; commits: Label[] }[];
}

const labels = JSON.parse(readFileSync(new URL('./labels.json', import.meta.url), 'utf8')) as Labels;
const mirror = process.env['DIFFGATE_MIRROR'] ?? '/work/.mirror';
const config = provenanceConfigSchema.parse({});

describe('the labels', () => {
  it('cover at least six repositories, each with marked and unmarked commits', () => {
    expect(labels.repositories.length).toBeGreaterThanOrEqual(6);
    for (const { repo, commits } of labels.repositories) {
      expect(commits.filter((c) => c.label === 'marked').length, repo).toBeGreaterThanOrEqual(4);
      expect(commits.filter((c) => c.label === 'unmarked').length, repo).toBeGreaterThanOrEqual(6);
      for (const commit of commits) expect(commit.sha, repo).toMatch(/^[0-9a-f]{40}$/);
    }
  });
});

for (const { repo, commits } of labels.repositories) {
  const dir = join(mirror, repo, 'repo');
  const present = existsSync(dir);
  describe.skipIf(!present)(present ? repo : `${repo} (skipped: ${dir} absent; fetch github:${repo.replace('+', '/')})`, () => {
    it.concurrent.each(commits.map((commit) => [commit.sha.slice(0, 12), commit] as const))('%s', async (_short, commit) => {
      const base = execFileSync('git', ['--git-dir', dir, 'rev-parse', `${commit.sha}^1`], { encoding: 'utf8' }).trim();
      // Commit signals decide; line counts need a diff, which measure.mjs does (snapshots lack large blobs).
      const result = await attributeProvenance({ repo: dir, range: { base: sha(base), head: sha(commit.sha) }, files: [], mode: 'auto', config, pullRequest: null });
      const flagged = result.aiCommits.some((aiCommit) => aiCommit.sha === commit.sha);
      expect(flagged, `${commit.label}: ${commit.note}`).toBe(commit.label === 'marked');
    });
  });
}
