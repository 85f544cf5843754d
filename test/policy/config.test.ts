import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { policyConfigSchema } from '../../src/policy/config.js';
import { isInputError } from '../../src/errors.js';

function errorOf(policy: unknown): string {
  try {
    parseConfig({ policy }, '.github/diffgate.yml');
  } catch (error) {
    if (isInputError(error)) return error.message;
    throw error;
  }
  throw new Error('expected the config to be rejected');
}

describe('policy config', () => {
  it('has the documented defaults', () => {
    const config = policyConfigSchema.parse({});
    expect(config['changed-coverage']).toEqual({ ai: { level: 'fail', min: 90 }, all: { level: 'fail', min: 80 } });
    expect(config['missing-tests']).toEqual({ ai: { level: 'fail', max: 0 }, all: { level: 'warn', max: 0 } });
    expect(config.sarif).toMatchObject({ 'min-level': 'error', 'min-security-severity': 7 });
    expect(config['small-change-lines']).toBe(20);
    expect(config['missing-evidence']).toEqual({ coverage: 'error', sarif: 'error', diff: 'error', mutation: 'error' });
    expect(config.mutation).toEqual({ ai: { level: 'fail', min: 80 }, all: { level: 'warn', min: 60 } });
    expect(config.levels.ast).toEqual({ ai: 'keep', human: 'note', unknown: 'note' });
    expect(config['overall-coverage'].level).toBe('off');
    expect(config['coverage-drop']).toEqual({ level: 'warn', max: 1 });
  });

  it('accepts the level shorthand and keeps override entries partial', () => {
    const config = policyConfigSchema.parse({
      'missing-tests': { all: 'off' },
      overrides: [{ paths: ['packages/payments/**'], 'changed-coverage': { ai: { min: 100 } } }],
    });
    expect(config['missing-tests'].all).toEqual({ level: 'off', max: 0 });
    expect(config.overrides[0]).toEqual({ paths: ['packages/payments/**'], 'changed-coverage': { ai: { min: 100 } } });
  });

  it.each([
    [{ 'missing-test': {} }, /policy: .*missing-test/],
    [{ 'missing-tests': { ai: 'fial' } }, /policy\.missing-tests\.ai\.level: expected one of fail, warn, off/],
    [{ 'changed-coverage': { ai: { min: 120 } } }, /policy\.changed-coverage\.ai\.min: expected a percentage \(0-100\)/],
    [{ 'small-change-lines': -1 }, /policy\.small-change-lines: expected a whole number ≥ 0/],
    [{ 'missing-evidence': { coverage: 'ignore' } }, /policy\.missing-evidence\.coverage: expected one of error, fail, warn, pass/],
    [{ overrides: [{ paths: [] }] }, /policy\.overrides\.0\.paths: expected at least one glob/],
    [{ overrides: [{ paths: ['a/**'], ignore: ['x'] }] }, /policy\.overrides\.0: .*ignore/],
    [{ levels: { ast: { human: 'info' } } }, /policy\.levels\.ast\.human: expected one of error, warning, note, keep/],
    [{ sarif: { 'min-security-severity': 'high' } }, /policy\.sarif\.min-security-severity: expected a security-severity/],
    [{ 'missing-tests': { ai: 5 } }, /policy\.missing-tests\.ai: expected fail, warn, off or \{ level, max \}/],
    [{ 'changed-coverage': 80 }, /policy\.changed-coverage: expected a mapping with ai and all/],
    [{ 'error-handling': { rules: { 'empty-catch': 'maybe' } } }, /policy\.error-handling\.rules\.empty-catch\.ai: expected one of fail, warn, off/],
    ['strict', /policy: expected a mapping of policy settings/],
  ])('rejects %j with a message naming the key', (policy, message) => {
    expect(errorOf(policy)).toMatch(message);
  });

  it('shows a key of the file that holds a line break on one line, whole', () => {
    // A quoted YAML key may hold a line break; the message once stopped at it (`Unrecognized key: "a`).
    for (const [policy, shown] of [
      [{ 'missing\ntests': {} }, /^\.github\/diffgate\.yml: policy: Unrecognized key: "missing\?tests"$/],
      [{ overrides: [{ paths: ['a/**'], 'x\ny': 1 }] }, /^\.github\/diffgate\.yml: policy\.overrides\.0: Unrecognized key: "x\?y"$/],
    ] as const) {
      expect(errorOf(policy)).toMatch(shown);
    }
  });
});
