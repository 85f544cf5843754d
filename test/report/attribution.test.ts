// Why a finding counts as AI-written, on the finding itself: the commit and the signal of its lines.
import { describe, expect, it } from 'vitest';
import type { ProvenanceResult, Signal } from '../../src/model.js';
import { attributeFinding } from '../../src/report/attribution.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
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
    files: [{ path: 'src/a.ts', aiLines: [1, 2, 3, 10, 11], humanLines: [20] }],
    counts: { ai: 5, human: 1, unknown: 0 },
    ...(withOrigins
      ? {
          origins: [
            { path: 'src/a.ts', lines: [1, 2, 3], provenance: 'ai' as const, commits: [A], signal: claude },
            { path: 'src/a.ts', lines: [10, 11], provenance: 'ai' as const, commits: [B], signal: cursor },
            { path: 'src/a.ts', lines: [20], provenance: 'human' as const, commits: ['c'.repeat(40)] },
          ],
        }
      : {}),
  } as ProvenanceResult;
}

describe('attributeFinding', () => {
  it("names the commit and signal of the finding's own lines when the run knows them", () => {
    const result = provenance(true);
    expect(attributeFinding({ path: 'src/a.ts', provenance: 'ai', startLine: 10, endLine: 11 }, result)).toEqual({ commits: [B], text: 'bbbbbbb · author: Cursor Agent' });
    expect(attributeFinding({ path: 'src/a.ts', provenance: 'ai', startLine: 2, endLine: 2 }, result)).toEqual({ commits: [A], text: 'aaaaaaa · Co-Authored-By: Claude' });
    // A span that ends far past the file (a scanner's claim) costs no more than the file's lines.
    expect(attributeFinding({ path: 'src/a.ts', provenance: 'ai', startLine: 3, endLine: Number.MAX_SAFE_INTEGER }, result)?.commits).toEqual([A]);
  });

  it('falls back to naming every AI commit as a candidate when per-line origins are not there (a report read back)', () => {
    const attribution = attributeFinding({ path: 'src/a.ts', provenance: 'ai', startLine: 10, endLine: 11 }, provenance(false));
    expect(attribution?.commits).toEqual([A, B]);
    expect(attribution?.text).toMatch(/^aaaaaaa or bbbbbbb/);
  });

  it('says nothing for a finding that is not on AI-written lines', () => {
    expect(attributeFinding({ path: 'src/a.ts', provenance: 'human', startLine: 20, endLine: 20 }, provenance(true))).toBeNull();
  });
});
