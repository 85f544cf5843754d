// decideLine for files whose commits all agree (no blame): every line gets the agreed verdict and the leading
// signal of those commits. The decision is made once per verdict and evidence, and shared by the file's lines.
import { describe, expect, it } from 'vitest';
import type { AgreedVerdict, CommitVerdict, DecisionEvidence, LineFacts } from '../../src/provenance/decide.js';
import { decideLine } from '../../src/provenance/decide.js';
import type { Signal } from '../../src/model.js';
import { repoPath, sha } from '../helpers/ids.js';

const COMMIT = sha('a'.repeat(40));
const signal = (detail: string, confidence: Signal['confidence']): Signal => ({ kind: 'commit', source: 'trailer:Co-authored-by', detail, confidence });

function evidenceWith(verdict: CommitVerdict): DecisionEvidence {
  return { pullRequestSignals: [], records: { notes: new Map(), traces: new Map(), head: COMMIT }, commits: new Map([[COMMIT, verdict]]) };
}

const facts = (agreed: AgreedVerdict, line: number): LineFacts => ({ path: repoPath('src/a.ts'), line, pathSignal: null, agreed, blame: undefined });

describe('decideLine with an agreed verdict', () => {
  it('gives every line the verdict, its commits and the commits’ high-confidence signal, as one shared decision', () => {
    const agreed: AgreedVerdict = { provenance: 'ai', commits: [COMMIT] };
    const evidence = evidenceWith({ provenance: 'ai', signals: [signal('low one', 'low'), signal('Claude', 'high')] });
    const first = decideLine(facts(agreed, 1), evidence);
    expect(first).toEqual({ provenance: 'ai', commits: [COMMIT], signal: signal('Claude', 'high') });
    expect(decideLine(facts(agreed, 2), evidence)).toBe(first);
  });

  it('asked again with other evidence, decides from that evidence, not from the first answer', () => {
    const agreed: AgreedVerdict = { provenance: 'ai', commits: [COMMIT] };
    const before = decideLine(facts(agreed, 1), evidenceWith({ provenance: 'ai', signals: [signal('Claude', 'high')] }));
    const after = decideLine(facts(agreed, 1), evidenceWith({ provenance: 'ai', signals: [signal('Cursor', 'high')] }));
    expect(before.signal?.detail).toBe('Claude');
    expect(after.signal?.detail).toBe('Cursor');
  });

  it('has no signal when the agreed commits carry none (a person’s commits)', () => {
    const agreed: AgreedVerdict = { provenance: 'human', commits: [COMMIT] };
    const decision = decideLine(facts(agreed, 1), evidenceWith({ provenance: 'human', signals: [] }));
    expect(decision).toEqual({ provenance: 'human', commits: [COMMIT] });
    expect('signal' in decision).toBe(false);
  });
});
