// Why a finding counts as AI-written, on the finding itself: the commit and the signal of its lines.
import { describe, expect, it } from 'vitest';
import type { ProvenanceResult, Signal } from '../../src/model.js';
import { linesPerCommit, makeAttributor } from '../../src/report/attribution.js';
import { repoPath, sha } from '../helpers/ids.js';

const A = sha('a'.repeat(40));
const B = sha('b'.repeat(40));
const claude: Signal = { kind: 'commit', source: 'trailer:Co-Authored-By', detail: 'Co-Authored-By: Claude <noreply@anthropic.com>', confidence: 'high', id: 'claude-code-address' };
const cursor: Signal = { kind: 'commit', source: 'author', detail: 'Cursor Agent <cursoragent@cursor.com>', confidence: 'high', id: 'cursor-agent-address' };

function provenance(withOrigins: boolean): ProvenanceResult {
  return {
    mode: 'auto',
    aiCommits: [
      { sha: A, signals: [claude] },
      { sha: B, signals: [cursor] },
    ],
    pullRequestSignals: [],
    files: [{ path: repoPath('src/a.ts'), aiLines: [1, 2, 3, 10, 11], humanLines: [20] }],
    counts: { ai: 5, human: 1, unknown: 0 },
    ...(withOrigins
      ? {
          origins: [
            { path: repoPath('src/a.ts'), lines: [1, 2, 3], provenance: 'ai' as const, commits: [A], signal: claude },
            { path: repoPath('src/a.ts'), lines: [10, 11], provenance: 'ai' as const, commits: [B], signal: cursor },
            { path: repoPath('src/a.ts'), lines: [20], provenance: 'human' as const, commits: [sha('c'.repeat(40))] },
          ],
        }
      : {}),
  } as ProvenanceResult;
}

describe('makeAttributor', () => {
  it("names the commit and signal of the finding's own lines when the run knows them", () => {
    const attribute = makeAttributor(provenance(true));
    expect(attribute({ path: repoPath('src/a.ts'), provenance: 'ai', startLine: 10, endLine: 11 })).toEqual({ commits: [B], signal: cursor, text: 'bbbbbbb · author: Cursor Agent' });
    expect(attribute({ path: repoPath('src/a.ts'), provenance: 'ai', startLine: 2, endLine: 2 })).toEqual({ commits: [A], signal: claude, text: 'aaaaaaa · Co-Authored-By: Claude' });
    // A span that ends far past the file (a scanner's claim) costs no more than the file's lines.
    expect(attribute({ path: repoPath('src/a.ts'), provenance: 'ai', startLine: 3, endLine: Number.MAX_SAFE_INTEGER })?.commits).toEqual([A]);
  });

  it('falls back to naming every AI commit as a candidate when per-line origins are not there', () => {
    const attribution = makeAttributor(provenance(false))({ path: repoPath('src/a.ts'), provenance: 'ai', startLine: 10, endLine: 11 });
    expect(attribution?.commits).toEqual([A, B]);
    expect(attribution?.signal).toBeUndefined();
    expect(attribution?.text).toMatch(/^aaaaaaa or bbbbbbb/);
  });

  it('keeps the attribution a finding carries (a report read back from JSON) over the fallback', () => {
    const carried = { commits: [B], signal: cursor, text: 'bbbbbbb · author: Cursor Agent' };
    expect(makeAttributor(provenance(false))({ path: repoPath('src/a.ts'), provenance: 'ai', startLine: 10, endLine: 11, attribution: carried })).toBe(carried);
  });

  it('says nothing for a finding that is not on AI-written lines', () => {
    expect(makeAttributor(provenance(true))({ path: repoPath('src/a.ts'), provenance: 'human', startLine: 20, endLine: 20 })).toBeNull();
  });
});

describe('linesPerCommit', () => {
  it('counts the AI-written added lines each commit wrote, alone and shared with commits no record told apart', () => {
    const result = provenance(true);
    result.origins!.push({ path: repoPath('src/b.ts'), lines: [1, 2], provenance: 'ai', commits: [sha(A), sha(B)], signal: claude });
    expect(linesPerCommit(result)).toEqual(
      new Map([
        [A, { own: 3, shared: 2 }],
        [B, { own: 2, shared: 2 }],
      ]),
    );
  });

  it('reads the counts a JSON report recorded, and says nothing when neither is there', () => {
    expect(linesPerCommit(provenance(false))).toBeNull();
    const read = provenance(false);
    read.aiCommits = read.aiCommits.map((commit, index) => ({ ...commit, addedLines: index + 4, sharedLines: 0 }));
    expect(linesPerCommit(read)?.get(B)).toEqual({ own: 5, shared: 0 });
  });
});
