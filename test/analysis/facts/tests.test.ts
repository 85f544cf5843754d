import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEST_GLOBS } from '../../../src/analysis/config.js';
import { buildTestEvidence, findTestEvidence, importSpecifiers } from '../../../src/analysis/facts/tests.js';
import { withRevision } from '../../../src/git/index.js';
import { ProjectIndex } from '../../../src/project/index.js';
import { makeRepo, removeRepos } from '../../helpers/repo.js';

afterAll(removeRepos);

async function indexOf(files: Record<string, string>) {
  const repo = makeRepo();
  repo.write(files);
  const head = repo.commit('project');
  return withRevision(repo.dir, head, async (revision) => buildTestEvidence({ project: await ProjectIndex.load(revision, { testGlobs: DEFAULT_TEST_GLOBS }) }));
}

describe('buildTestEvidence', () => {
  it('finds test files at head, resolves their relative imports and records the names they use', async () => {
    const index = await indexOf({
      'package.json': '{ "name": "demo" }',
      'src/parse.ts': 'export function parseX() {}\nexport function parseY() {}',
      'src/format.ts': 'export function formatX() {}',
      'src/util/index.ts': 'export const u = 1;',
      'src/parse.test.ts': "import { parseX } from './parse.js';\nimport { u } from './util';\nit('x', () => expect(parseX()).toBe(1));",
      'test/format.spec.mjs': "const { formatX } = require('../src/format');\n",
      'README.md': "import { parseY } from './src/parse.js'",
    });
    expect(index.testFiles).toEqual(['src/parse.test.ts', 'test/format.spec.mjs']);
    expect(index.importers.get('src/parse.ts')).toEqual(['src/parse.test.ts']);
    expect(index.importers.get('src/util/index.ts')).toEqual(['src/parse.test.ts']);
    expect(index.importers.get('src/format.ts')).toEqual(['test/format.spec.mjs']);
    expect(findTestEvidence(index, 'src/parse.ts', ['parseX'])).toEqual({ status: 'referenced', testFile: 'src/parse.test.ts', via: null });
    expect(findTestEvidence(index, 'src/parse.ts', ['parseY'])).toEqual({ status: 'imported-only', testFiles: ['src/parse.test.ts'] });
    expect(findTestEvidence(index, 'src/nothing.ts', ['parseY'])).toEqual({ status: 'not-imported' });
  });

  it('follows imports from tests through barrels and internal modules', async () => {
    const index = await indexOf({
      'src/index.ts': "export * from './api/index.js';\nexport { helper as h } from './helper';\nimport { Client } from './client.js';\nexport default (url) => Client.create(url);",
      'src/api/index.ts': "export { get } from './get.js';",
      'src/api/get.ts': 'export function get() {}\nexport function unused() {}',
      'src/helper.ts': 'export function helper() {}',
      'src/client.ts': "import { merge } from './merge.js';\nexport class Client {\n  static create(url) { return new Client(merge(url)); }\n  close() {}\n}",
      'src/merge.ts': 'export function merge(x) { return x; }\nexport function mergeDeep(x) { return x; }',
      'src/orphan.ts': 'export function orphan() {}',
      'src/app.ts': "import * as core from './core/index.js';\nexport const app = () => core.getHelper();",
      'src/core/index.ts': "export * from './helper.js';",
      'src/core/helper.ts': 'export function getHelper() {}',
      'test/api.test.ts': "import client, { get, h } from '../src/index.js';\nimport { app } from '../src/app.js';\nget(); h(); client('x'); app();",
    });
    expect(index.importers.get('src/index.ts')).toEqual(['test/api.test.ts']);
    expect(index.directImporters?.get('src/api/get.ts')).toEqual(['src/api/index.ts']);
    // Named by the test, through two barrels.
    expect(findTestEvidence(index, 'src/api/get.ts', ['get'])).toEqual({ status: 'referenced', testFile: 'test/api.test.ts', via: null });
    // Called by tested code: index.ts calls Client.create, client.ts calls merge.
    expect(findTestEvidence(index, 'src/client.ts', ['create'])).toEqual({ status: 'referenced', testFile: 'test/api.test.ts', via: 'src/index.ts' });
    expect(findTestEvidence(index, 'src/merge.ts', ['merge'])).toEqual({ status: 'referenced', testFile: 'test/api.test.ts', via: 'src/client.ts' });
    // Through a namespace import of a barrel: app.ts calls core.getHelper; core/index.ts re-exports it.
    expect(findTestEvidence(index, 'src/core/helper.ts', ['getHelper'])).toEqual({ status: 'referenced', testFile: 'test/api.test.ts', via: 'src/app.ts' });
    // Reached, but nothing names them.
    expect(findTestEvidence(index, 'src/merge.ts', ['mergeDeep'])).toEqual({ status: 'imported-only', testFiles: ['test/api.test.ts'] });
    expect(findTestEvidence(index, 'src/client.ts', ['close'])).toEqual({ status: 'imported-only', testFiles: ['test/api.test.ts'] });
    // Not reached at all.
    expect(findTestEvidence(index, 'src/orphan.ts', ['orphan'])).toEqual({ status: 'not-imported' });
  });

  it('resolves tsconfig paths aliases and the package importing itself by name', async () => {
    const index = await indexOf({
      'package.json': '{ "name": "@acme/lib" }',
      'tsconfig.json': '{\n  // comments are allowed\n  "compilerOptions": { "baseUrl": ".", "paths": { "~/*": ["src/*"] }, },\n}',
      'src/a.ts': 'export function a() {}',
      'src/index.ts': "export * from './b';",
      'src/b.ts': 'export function b() {}',
      'tests/a.test.ts': "import { a } from '~/a';\nimport { b } from '@acme/lib';\na(); b();",
    });
    expect(index.importers.get('src/a.ts')).toEqual(['tests/a.test.ts']);
    expect(index.importers.get('src/index.ts')).toEqual(['tests/a.test.ts']);
    expect(findTestEvidence(index, 'src/b.ts', ['b']).status).toBe('referenced');
  });

  it("resolves a package's own name through its exports map, to the source a build output comes from", async () => {
    const index = await indexOf({
      'packages/zod/package.json': JSON.stringify({
        name: 'zod',
        exports: {
          '.': { '@zod/source': './src/index.ts', import: './index.js' },
          './mini': { '@zod/source': './src/mini/index.ts', import: './mini/index.js' },
          './locales/*': { import: './dist/locales/*.js' },
        },
      }),
      'packages/zod/src/index.ts': 'export const z = 1;',
      'packages/zod/src/mini/index.ts': "export * from './schemas.js';",
      'packages/zod/src/mini/schemas.ts': 'export function nullish() {}',
      'packages/zod/src/locales/en.ts': 'export default function en() {}',
      'packages/zod/tests/mini.test.ts': "import * as z from 'zod/mini';\nimport en from 'zod/locales/en';\nz.nullish(); en();",
    });
    expect(index.importers.get('packages/zod/src/mini/index.ts')).toEqual(['packages/zod/tests/mini.test.ts']);
    expect(index.importers.get('packages/zod/src/locales/en.ts')).toEqual(['packages/zod/tests/mini.test.ts']);
    expect(findTestEvidence(index, 'packages/zod/src/mini/schemas.ts', ['nullish']).status).toBe('referenced');
  });

  it('knows the packages a test project runs end to end', async () => {
    const index = await indexOf({
      'package.json': JSON.stringify({ name: 'root', private: true }),
      'packages/browser/package.json': JSON.stringify({ name: '@x/browser' }),
      'packages/browser/src/index.ts': 'export function start() {}',
      'packages/utils/package.json': JSON.stringify({ name: '@x/utils' }),
      'test/browser/package.json': JSON.stringify({ name: 'test-browser', devDependencies: { '@x/browser': 'workspace:*', vitest: '4' } }),
      'test/browser/specs/run.test.ts': "import { runTests } from '../../utils';\nrunTests('fixtures/basic');",
    });
    expect(index.endToEndPackages).toEqual(['packages/browser']);
  });

  it('handles an empty repository of tests', async () => {
    const index = await indexOf({ 'src/a.ts': 'export const a = 1;' });
    expect(index.testFiles).toEqual([]);
    expect(index.importers.size).toBe(0);
  });
});

describe('importSpecifiers', () => {
  it('reads static, side-effect, type, dynamic, require and mock imports', () => {
    const text = [
      "import a, {\n  b,\n  c,\n} from './multi';",
      "import type { T } from '../types.js';",
      "import './side-effect';",
      "export * from './re';",
      "const x = require('./req');",
      "const y = await import('./dyn');",
      "vi.mock('./mocked', () => ({}));",
      "jest.requireActual('./actual');",
    ].join('\n');
    expect(importSpecifiers(text).sort()).toEqual(['../types.js', './actual', './dyn', './mocked', './multi', './re', './req', './side-effect']);
  });

});
