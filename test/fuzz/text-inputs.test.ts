// Property-based fuzzing of the other parsers of untrusted text: the unified diff, the config file
// and the event payload, in-process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { parseUnifiedDiff } from '../../src/diff/parse.js';
import { mergeGroupOf, pullRequestOf } from '../../src/event.js';
import { checkRunSha } from '../../src/github/action.js';
import { assertOptions, suiteGuardMs, edgeJsonNumber, edgeNumberText, RUNS, tally, yieldsResultOrInputError } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'diffgate-fuzz-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const diffLine = fc.oneof(
  fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })).map(([a, b]) => `diff --git a/${a} b/${b}`),
  fc.tuple(edgeNumberText, edgeNumberText, edgeNumberText, edgeNumberText).map(([a, b, c, d]) => `@@ -${a},${b} +${c},${d} @@`),
  fc.string({ maxLength: 10 }).map((text) => `+${text}`),
  fc.string({ maxLength: 10 }).map((text) => `-${text}`),
  fc.string({ maxLength: 10 }).map((text) => ` ${text}`),
  fc.constantFrom('--- a/x', '+++ b/x', '--- /dev/null', '+++ /dev/null', 'new file mode 100644', 'deleted file mode 100644', 'rename from a', 'rename to b', 'similarity index 90%', 'Binary files a/x and b/x differ', '\\ No newline at end of file', 'index 0000000..1111111 160000', 'old mode 100644', 'new mode 100755', ''),
  fc.string({ maxLength: 12 }),
);
const diff = fc.array(diffLine, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('unified diff parser', () => {
  it(`${RUNS} generated diffs: each parsed or one InputError naming the diff`, async () => {
    const counts = tally();
    await fc.assert(fc.asyncProperty(diff, (text) => yieldsResultOrInputError(counts, 'git diff output', () => parseUnifiedDiff(text))), assertOptions());
    expect(counts.inputs).toBeGreaterThanOrEqual(RUNS);
    expect(counts.results).toBeGreaterThan(0);
    expect(counts.inputErrors).toBeGreaterThan(0);
  }, suiteGuardMs());
});

const configValue = fc.oneof(edgeJsonNumber, fc.string({ maxLength: 6 }), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }));
const configDocument = fc.oneof(
  fc.record(
    {
      ai: configValue,
      sarif: fc.record({ 'filter-mode': fc.oneof(fc.constantFrom('added', 'nofilter'), configValue), 'path-prefixes': configValue }, { requiredKeys: [] }),
      coverage: fc.dictionary(fc.constantFrom('exclude', 'path-prefixes', 'ignore-unmentioned', 'x'), configValue),
      policy: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(configValue, fc.dictionary(fc.string({ maxLength: 6 }), configValue))),
      publish: fc.dictionary(fc.constantFrom('comment', 'check-name', 'mode', 'max-report-bytes', 'on-error', '__proto__'), configValue),
    },
    { requiredKeys: [] },
  ).map((value) => stringify(value)),
  fc.jsonValue().map((value) => stringify(value)),
  fc.constantFrom('a: &a [*a]', '&x a: *x', 'a: !!binary x', '__proto__: {polluted: 1}', 'constructor: {prototype: {x: 1}}', '? [a]\n: b', '%YAML 9.9\n---\na: 1', 'a: b: c', '\t- x'),
  fc.string({ maxLength: 40 }),
);

describe('config file', () => {
  it(`${RUNS} generated YAML files: each a config or one InputError naming the file`, async () => {
    const counts = tally();
    const path = join(dir, 'diffgate.yml');
    await fc.assert(
      fc.asyncProperty(configDocument, (text) =>
        yieldsResultOrInputError(counts, path, () => {
          writeFileSync(path, text);
          return loadConfig({ path, required: true, overrides: {}, revisions: null });
        }),
      ),
      assertOptions(),
    );
    expect(counts.inputs).toBeGreaterThanOrEqual(RUNS);
    expect(counts.results).toBeGreaterThan(0);
    expect(counts.inputErrors).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  }, suiteGuardMs());
});

const anything = fc.oneof(fc.jsonValue({ maxDepth: 2 }), edgeJsonNumber);
const payload = fc.oneof(
  fc.record(
    {
      pull_request: fc.oneof(
        anything,
        fc.record({ number: anything, title: anything, body: anything, user: anything, labels: fc.oneof(anything, fc.array(anything, { maxLength: 3 })), base: fc.oneof(anything, fc.record({ sha: anything, ref: anything, repo: anything })), head: fc.oneof(anything, fc.record({ sha: anything, ref: anything, repo: anything })) }, { requiredKeys: [] }),
      ),
      merge_group: fc.oneof(anything, fc.record({ base_sha: anything, head_sha: anything }, { requiredKeys: [] })),
      workflow_run: fc.oneof(anything, fc.record({ head_sha: anything, event: anything }, { requiredKeys: [] })),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

describe('event payload', () => {
  it(`${RUNS} generated payloads: read without throwing, every field a string or number of the declared type`, async () => {
    const counts = tally();
    await fc.assert(
      fc.asyncProperty(payload, (value) =>
        yieldsResultOrInputError(counts, 'event', () => {
          const event = { name: 'pull_request', payload: typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null };
          const pullRequest = pullRequestOf(event);
          if (pullRequest) {
            for (const key of ['title', 'body', 'author', 'baseSha', 'headSha', 'baseRef', 'headRef'] as const) expect(typeof pullRequest[key]).toBe('string');
            expect(typeof pullRequest.number).toBe('number');
            expect(pullRequest.labels.every((label) => typeof label === 'string')).toBe(true);
          }
          mergeGroupOf(event);
          expect(typeof checkRunSha(event, 'f'.repeat(40))).toBe('string');
        }),
      ),
      assertOptions(),
    );
    expect(counts.inputs).toBeGreaterThanOrEqual(RUNS);
    expect(counts.inputErrors).toBe(0);
  }, suiteGuardMs());
});
