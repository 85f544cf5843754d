import { lostExitCode } from '../../../src/analysis/rules/lost-exit-code.js';
import { testRule } from '../rule-tester.js';

testRule(lostExitCode, {
  valid: [
    { name: 'the handler sets the exit code', code: 'main().catch((error) => {\n  console.error(error);\n  process.exitCode = 1;\n});' },
    { name: 'the handler exits', code: 'main().catch((error) => {\n  console.error(error);\n  process.exit(1);\n});' },
    { name: 'the handler rethrows', code: 'main().catch((error) => {\n  console.error(error);\n  throw error;\n});' },
    { name: 'a GitHub Action marks the step failed', code: 'run().catch((error) => core.setFailed(error.message));' },
    { name: 'not at the top level', code: 'function start() {\n  main().catch(console.error);\n}' },
    { name: 'no rejection handler', code: 'main().then(() => console.log("done"));' },
    { name: 'a test file', filename: 'src/cli.test.ts', code: 'main().catch(console.error);' },
    { name: 'an old line', code: 'main().catch(console.error);\nconst x = 1;', addedLines: [2] },
  ],
  invalid: [
    { name: 'main().catch(console.error)', filename: 'scripts/release.ts', code: 'async function main() {}\nmain().catch(console.error);', errors: [{ messageId: 'exitsZero', line: 2 }] },
    { name: 'a handler that only logs', code: 'run().catch((error) => {\n  console.error("failed", error);\n});', errors: [{ messageId: 'exitsZero', line: 1 }] },
    { name: 'the rejection handler of then', code: 'main().then(() => {}, (e) => logger.error(e));', errors: [{ messageId: 'exitsZero', line: 1 }] },
  ],
});
