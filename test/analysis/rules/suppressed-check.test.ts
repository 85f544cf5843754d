import { suppressedCheck } from '../../../src/analysis/rules/suppressed-check.js';
import { testRule } from '../rule-tester.js';

testRule(suppressedCheck, {
  valid: [
    '// @ts-ignore -- the d.ts of this package lacks the overload\ncall(1);',
    '// @ts-ignore: upstream types are wrong (see #123)\ncall(1);',
    '// eslint-disable-next-line no-console -- CLI output goes to the terminal\nconsole.log(1);',
    '/* eslint-disable no-bitwise -- hashing code */\nconst x = a | b;',
    '// The generated client returns any here.\n// eslint-disable-next-line @typescript-eslint/no-explicit-any\nconst x: any = 1;',
    '// @ts-expect-error\ncall(1);',
    '// eslint-enable no-console\nrun();',
    { name: 'a named ESLint rule without reason (reported only with eslint-rules-need-reason)', code: '// eslint-disable-next-line no-self-compare\nconst nan = x !== x;' },
    'const text = "// @ts-ignore";',
    '// diffgate-disable-next-line empty-catch -- the probe is expected to fail offline\ntry { probe(); } catch {}',
    { name: 'directive not added', code: '// @ts-ignore\ncall(1);', addedLines: [2] },
  ],
  invalid: [
    { code: '// @ts-ignore\ncall(1);', errors: [{ messageId: 'noReason', line: 1 }] },
    { code: '// @ts-nocheck\nexport const a = 1;', errors: [{ messageId: 'noReason', line: 1 }] },
    { code: 'const a = 1;\n/* @ts-ignore */\ncall(a);', errors: [{ messageId: 'noReason', line: 2 }] },
    {
      code: '// eslint-disable-next-line @typescript-eslint/no-explicit-any\nconst x: any = 1;',
      options: { 'eslint-rules-need-reason': true },
      errors: [{ messageId: 'noReason', line: 1 }],
    },
    { code: 'const x: any = 1; // eslint-disable-line', errors: [{ messageId: 'blanket', line: 1 }] },
    { code: '/* eslint-disable */\nexport const a = 1;', errors: [{ messageId: 'blanket', line: 1 }] },
    {
      code: '// @ts-ignore\n// eslint-disable-next-line no-var\nvar x = f();',
      options: { 'eslint-rules-need-reason': true },
      errors: [{ messageId: 'noReason', line: 1 }, { messageId: 'noReason', line: 2 }],
    },
    { code: '// diffgate-disable-next-line floating-promise\nsave();', errors: [{ messageId: 'noReason', line: 1 }] },
    { code: 'save(); // diffgate-disable-line', errors: [{ messageId: 'blanket', line: 1 }] },
    { code: '// @ts-ignore\n// eslint-disable-next-line\nvar x = f();', errors: [{ messageId: 'noReason', line: 1 }, { messageId: 'blanket', line: 2 }] },
  ],
});
