import { describe, expect, it } from 'vitest';
import type * as sarif from 'sarif';
import {
  fillArguments,
  helpUriOf,
  levelOf,
  messageOf,
  ruleContextOf,
  securitySeverityOf,
  tagsOf,
} from '../../../src/evidence/sarif/rules.js';
import { isFailure, isNew } from '../../../src/evidence/sarif/status.js';

function run(partial: Partial<sarif.Run> & { rules?: sarif.ReportingDescriptor[] } = {}): sarif.Run {
  const { rules, ...rest } = partial;
  return { tool: { driver: { name: 'Scanner', rules: rules ?? [] } }, ...rest };
}

function result(partial: Partial<sarif.Result>): sarif.Result {
  return { message: { text: 'm' }, ...partial };
}

function level(res: sarif.Result, theRun: sarif.Run): string {
  return levelOf(res, ruleContextOf(res, theRun), theRun);
}

describe('rule lookup and level', () => {
  const rules: sarif.ReportingDescriptor[] = [
    { id: 'R0', defaultConfiguration: { level: 'note' } },
    { id: 'R1', defaultConfiguration: { level: 'error' } },
    { id: 'R2' },
  ];

  it('prefers result.level, then the rule default, then warning', () => {
    const theRun = run({ rules });
    expect(level(result({ ruleId: 'R1', level: 'note' }), theRun)).toBe('note');
    expect(level(result({ ruleId: 'R1' }), theRun)).toBe('error');
    expect(level(result({ ruleId: 'R2' }), theRun)).toBe('warning');
    expect(level(result({ ruleId: 'NOT-IN-RULES' }), theRun)).toBe('warning');
  });

  it('finds the rule by ruleIndex and rule.index before the id', () => {
    const theRun = run({ rules });
    expect(level(result({ ruleId: 'R1', ruleIndex: 0 }), theRun)).toBe('note');
    expect(level(result({ rule: { id: 'R1', index: 0 } }), theRun)).toBe('note');
    expect(ruleContextOf(result({ rule: { index: 1 } }), theRun).ruleId).toBe('R1');
  });

  it('finds the parent of a hierarchical rule id', () => {
    const theRun = run({ rules });
    expect(level(result({ ruleId: 'R1/sub/case' }), theRun)).toBe('error');
    expect(ruleContextOf(result({ ruleId: 'R1/sub' }), theRun).ruleId).toBe('R1/sub');
  });

  it('reads rules of tool.extensions through rule.toolComponent by index, guid or name', () => {
    const theRun: sarif.Run = {
      tool: {
        driver: { name: 'SpotBugs', rules: [{ id: 'X', defaultConfiguration: { level: 'note' } }] },
        extensions: [
          { name: 'core', rules: [{ id: 'X', defaultConfiguration: { level: 'warning' } }] },
          { name: 'findsecbugs', guid: 'g-2', rules: [{ id: 'X', defaultConfiguration: { level: 'error' }, helpUri: 'https://find-sec-bugs.github.io/' }] },
        ],
      },
    };
    expect(level(result({ rule: { id: 'X', toolComponent: { index: 1 } } }), theRun)).toBe('error');
    expect(level(result({ rule: { id: 'X', toolComponent: { guid: 'g-2' } } }), theRun)).toBe('error');
    expect(level(result({ rule: { id: 'X', toolComponent: { name: 'core' } } }), theRun)).toBe('warning');
    expect(level(result({ rule: { id: 'X' } }), theRun)).toBe('note');
    expect(helpUriOf(ruleContextOf(result({ rule: { id: 'X', index: 0, toolComponent: { index: 1 } } }), theRun))).toBe(
      'https://find-sec-bugs.github.io/',
    );
  });

  it('applies invocation ruleConfigurationOverrides between the result and the rule default', () => {
    const theRun = run({
      rules: [{ id: 'Explicit', defaultConfiguration: { level: 'error' } }],
      invocations: [
        {
          executionSuccessful: true,
          ruleConfigurationOverrides: [{ descriptor: { id: 'Explicit' }, configuration: { level: 'note' } }],
        },
      ],
    });
    expect(level(result({ ruleId: 'Explicit/ShouldBeNote' }), theRun)).toBe('note');
    expect(level(result({ ruleId: 'Explicit', level: 'warning' }), theRun)).toBe('warning');
  });

  it('ignores an unknown level value and falls back', () => {
    const theRun = run({ rules });
    expect(level(result({ ruleId: 'R1', level: 'critical' as sarif.Result.level }), theRun)).toBe('error');
  });
});

describe('messages', () => {
  it('uses text, else the rule messageStrings, else globalMessageStrings, with arguments', () => {
    const theRun: sarif.Run = {
      tool: {
        driver: {
          name: 'S',
          globalMessageStrings: { shared: { text: 'Global {0}.' } },
          rules: [{ id: 'R', messageStrings: { default: { text: "Variable '{0}' is {1} {{ok}}." } } }],
        },
      },
    };
    const templated = result({ ruleId: 'R', message: { id: 'default', arguments: ['ptr', 'null'] } });
    expect(messageOf(templated, ruleContextOf(templated, theRun))).toBe("Variable 'ptr' is null {ok}.");
    const global = result({ ruleId: 'R', message: { id: 'shared', arguments: ['x'] } });
    expect(messageOf(global, ruleContextOf(global, theRun))).toBe('Global x.');
    const missing = result({ ruleId: 'R', message: { id: 'nowhere' } });
    expect(messageOf(missing, ruleContextOf(missing, theRun))).toBe('(message nowhere)');
    const plain = result({ ruleId: 'R', message: { text: 'Plain {0}', arguments: ['a'] } });
    expect(messageOf(plain, ruleContextOf(plain, theRun))).toBe('Plain a');
  });

  it('leaves placeholders without an argument as they are', () => {
    expect(fillArguments('{0} and {3}', ['a'])).toBe('a and {3}');
  });
});

describe('help, tags and security severity', () => {
  it('keeps only http(s) help links', () => {
    const theRun = run({ rules: [{ id: 'A', helpUri: 'not a valid URI' }, { id: 'B', helpUri: 'javascript:alert(1)' }, { id: 'C', helpUri: 'https://x.dev/c' }] });
    expect(helpUriOf(ruleContextOf(result({ ruleId: 'A' }), theRun))).toBeUndefined();
    expect(helpUriOf(ruleContextOf(result({ ruleId: 'B' }), theRun))).toBeUndefined();
    expect(helpUriOf(ruleContextOf(result({ ruleId: 'C' }), theRun))).toBe('https://x.dev/c');
  });

  it('merges tags and prefers the result security-severity over the rule one', () => {
    // A non-string tag (some tools write numbers) is skipped.
    const tags = ['security', 'cwe-79', 3] as unknown as string[];
    const theRun = run({ rules: [{ id: 'A', properties: { tags, 'security-severity': '6.1' } }] });
    const fromRule = result({ ruleId: 'A', properties: { tags: ['security', 'extra'] } });
    const context = ruleContextOf(fromRule, theRun);
    expect(tagsOf(fromRule, context)).toEqual(['security', 'cwe-79', 'extra']);
    expect(securitySeverityOf(fromRule, context)).toBe(6.1);
    const fromResult = result({ ruleId: 'A', properties: { 'security-severity': 9.8 } });
    expect(securitySeverityOf(fromResult, ruleContextOf(fromResult, theRun))).toBe(9.8);
    const invalid = result({ ruleId: 'B', properties: { 'security-severity': 'high' } });
    expect(securitySeverityOf(invalid, ruleContextOf(invalid, theRun))).toBeUndefined();
  });
});

describe('failure and newness', () => {
  it('counts only kind fail (or absent) as a failure', () => {
    expect(isFailure(result({}))).toBe(true);
    expect(isFailure(result({ kind: 'fail' }))).toBe(true);
    for (const kind of ['pass', 'open', 'review', 'informational', 'notApplicable'] as const) {
      expect(isFailure(result({ kind }))).toBe(false);
    }
  });

  it('treats accepted suppressions and unchanged/absent baseline states as not new', () => {
    expect(isNew(result({}))).toBe(true);
    expect(isNew(result({ suppressions: [{ kind: 'inSource' }] }))).toBe(false);
    expect(isNew(result({ suppressions: [{ kind: 'external', status: 'accepted' }] }))).toBe(false);
    expect(isNew(result({ suppressions: [{ kind: 'external', status: 'underReview' }] }))).toBe(true);
    expect(isNew(result({ suppressions: [{ kind: 'external', status: 'rejected' }, { kind: 'inSource', status: 'underReview' }] }))).toBe(true);
    expect(isNew(result({ baselineState: 'unchanged' }))).toBe(false);
    expect(isNew(result({ baselineState: 'absent' }))).toBe(false);
    expect(isNew(result({ baselineState: 'new' }))).toBe(true);
    expect(isNew(result({ baselineState: 'updated' }))).toBe(true);
  });
});
