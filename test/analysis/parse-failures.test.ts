// When oxc's WebAssembly module fails (a trap) or hands back a tree that cannot be read, parseSource skips the
// file with the reason and never throws; after a trap, the next file gets a fresh module. A stand-in parser
// plays the module here, because neither failure can be caused on purpose with a real file but the deep nesting
// one (covered in parse.test.ts).
import { beforeAll, describe, expect, it, vi } from 'vitest';

const instances: number[] = [];
const compiledModules: object[] = [];
const instantiatedFrom: object[] = [];
vi.mock('../../src/analysis/oxc.js', () => ({
  compileOxc: async () => {
    const compiled = { compiled: compiledModules.length + 1 };
    compiledModules.push(compiled);
    return compiled;
  },
  loadOxc: (compiled: object) => {
    instantiatedFrom.push(compiled);
    const instance = instances.length + 1;
    instances.push(instance);
    return {
      parseSync(path: string) {
        if (path === 'trap.ts') throw new Error(`unreachable executed (instance ${instance})\nat wasm-function[1]`);
        if (path === 'garbled.ts') return { program: '{"node": {"type": "Program", "body": [', comments: [], errors: [] };
        return { program: JSON.stringify({ node: { type: 'Program', body: [], sourceType: 'script', start: 0, end: 0 }, fixes: [] }), comments: [], errors: [] };
      },
    };
  },
}));

const { loadParser, parseSource } = await import('../../src/analysis/parse.js');

describe('parseSource when the parser itself fails', () => {
  // Two callers at once (the gate's early start and the analysis) share one load: one compile, one module.
  beforeAll(() => Promise.all([loadParser(), loadParser()]));

  it('skips a file on a trap, with the first line of the message, and loads a fresh module for the next file', () => {
    expect(instances).toEqual([1]);
    expect(parseSource('trap.ts', 'x')).toEqual({ ok: false, message: 'the parser failed: unreachable executed (instance 1)', line: null });
    expect(instances).toEqual([1, 2]);
    expect(parseSource('fine.ts', '').ok).toBe(true);
    expect(parseSource('trap.ts', 'x')).toEqual({ ok: false, message: 'the parser failed: unreachable executed (instance 2)', line: null });
    // Each fresh module is a new instance of the one compiled module.
    expect(compiledModules).toHaveLength(1);
    expect(instantiatedFrom).toEqual([compiledModules[0], compiledModules[0], compiledModules[0]]);
  });

  it('skips a file whose tree cannot be read, with the reason', () => {
    const outcome = parseSource('garbled.ts', 'x');
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toMatch(/^the parser's tree could not be read: /);
  });

  it('stops starting fresh modules after three, and says so for every later file', () => {
    // Two traps above made instances 2 and 3; one more is allowed, then the parser stays off.
    expect(parseSource('trap.ts', 'x')).toEqual({ ok: false, message: 'the parser failed: unreachable executed (instance 3)', line: null });
    expect(instances).toEqual([1, 2, 3, 4]);
    expect(parseSource('trap.ts', 'x')).toEqual({ ok: false, message: 'the parser failed: unreachable executed (instance 4)', line: null });
    expect(instances).toEqual([1, 2, 3, 4]);
    const later = parseSource('fine.ts', '');
    expect(later).toEqual({ ok: false, message: 'not parsed: the parser failed on 4 earlier files and was not started again', line: null });
  });
});
