// The project index of a real repository at head: manifests read once, one import extractor, one
// resolver shared by the test evidence and the promise-export facts.
import { parse } from '@typescript-eslint/typescript-estree';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEST_GLOBS } from '../../src/analysis/config.js';
import { buildDependencyFacts } from '../../src/analysis/facts/dependencies.js';
import { buildTestEvidence } from '../../src/analysis/facts/tests.js';
import { collectPromiseExports } from '../../src/analysis/modules.js';
import { loadParser } from '../../src/analysis/parse.js';
import { withRevision } from '../../src/git/index.js';
import { ProjectIndex, importSpecifiers } from '../../src/project/index.js';
import { createModuleResolver, resolveRelativeSpecifier } from '../../src/project/resolve.js';
import { makeRepo, removeRepos } from '../helpers/repo.js';

// The parser is loaded on demand (it is most of the bundle); the analysis stage awaits it, tests do too.
await loadParser();

afterAll(removeRepos);

describe('importSpecifiers', () => {
  it('lists static imports, re-exports, requires, dynamic imports and mocks, each once', () => {
    const text = [
      "import a from './a.js';",
      "import b from 'b';",
      "export * from '../c';",
      "export { d } from './d';",
      "import type { T } from './types';",
      "import './side-effect.css';",
      "const e = require('./e');",
      "const f = await import('./f.js');",
      "vi.mock('./a.js');",
    ].join('\n');
    expect(importSpecifiers(text).sort()).toEqual(['../c', './a.js', './d', './e', './f.js', './side-effect.css', './types', 'b']);
  });
});

describe('the module resolver', () => {
  const tracked = new Set(['src/db.ts', 'src/lib/index.ts', 'src/m.mts', 'src/types.d.ts', 'packages/ui/src/index.tsx', 'packages/ui/package.json']);
  const resolve = createModuleResolver(tracked, [{ pattern: '@/*', targets: ['src/*'] }], [{ dir: 'packages/ui', name: '@shop/ui', declared: [] }]);

  it('follows relative paths, emitted extensions, index files and declarations', () => {
    expect(resolve('src/app.ts', './db.js')).toEqual(['src/db.ts']);
    expect(resolve('src/app.ts', './lib?raw')).toEqual(['src/lib/index.ts']);
    expect(resolve('src/app.ts', './m.mjs')).toEqual(['src/m.mts']);
    expect(resolve('src/app.ts', './types')).toEqual(['src/types.d.ts']);
    expect(resolve('app.ts', '../outside')).toEqual([]);
  });

  it('follows tsconfig aliases and workspace packages by name', () => {
    expect(resolve('test/a.test.ts', '@/db')).toEqual(['src/db.ts']);
    expect(resolve('src/app.ts', '@shop/ui')).toEqual(['packages/ui/src/index.tsx']);
    expect(resolve('src/app.ts', 'zod')).toEqual([]);
  });

  it('gives relative lookups inside rules the same answer', () => {
    const exists = (path: string): boolean => tracked.has(path);
    for (const specifier of ['./db.js', './lib', './m.mjs', './types', './missing']) {
      expect(resolveRelativeSpecifier('src/app.ts', specifier, exists)).toBe(resolve('src/app.ts', specifier)[0] ?? null);
    }
  });
});

describe('ProjectIndex', () => {
  it('reads manifests once for every fact builder, and resolves aliases for promise exports as for tests', async () => {
    const repo = makeRepo();
    repo.write({
      'package.json': JSON.stringify({ name: 'shop', dependencies: { zod: '4' } }),
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }',
      'src/db.ts': 'export async function save() {}\n',
      'src/app.ts': "import { save } from '@/db';\nsave();\n",
      'test/db.test.ts': "import { save } from '@/db';\nit('saves', async () => { await save(); });\n",
      'node_modules/zod/index.ts': 'export {};\n',
    });
    const head = repo.commit('project');
    await withRevision(repo.dir, head, async (revision) => {
      const project = await ProjectIndex.load(revision, { testGlobs: DEFAULT_TEST_GLOBS });
      expect(project.testFiles).toEqual(['test/db.test.ts']);
      expect(project.projectFiles.has('node_modules/zod/index.ts')).toBe(false);
      expect(project.isTestFile('src/app.ts')).toBe(false);
      expect(project.isFixture('test/fixtures/app.ts')).toBe(true);

      const [tests, dependencies] = await Promise.all([buildTestEvidence({ project }), buildDependencyFacts({ project })]);
      expect(tests.importers.get('src/db.ts')).toEqual(['test/db.test.ts']);
      expect(dependencies.packages.map((manifest) => manifest.name)).toEqual(['shop']);
      expect(dependencies.aliasPatterns).toEqual(['@/*']);

      const source = "import { save } from '@/db';\nsave();\n";
      const exportsByModule = await collectPromiseExports(new Map([['src/app.ts', { source, ast: parse(source, { loc: true, range: true }) }]]), project);
      expect(exportsByModule).toEqual(new Map([['src/db.ts', new Set(['save'])]]));

      expect(revision.blobRequests.filter((path) => path === 'package.json' || path === 'tsconfig.json')).toEqual(['package.json', 'tsconfig.json']);
      expect(revision.blobRequests.filter((path) => path === 'src/db.ts')).toEqual(['src/db.ts']);
    });
  });
});
