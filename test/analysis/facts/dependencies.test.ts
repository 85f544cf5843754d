import { afterAll, describe, expect, it } from 'vitest';
import { buildDependencyFacts, checkDependency, typesPackageOf } from '../../../src/analysis/facts/dependencies.js';
import { DEFAULT_TEST_GLOBS } from '../../../src/analysis/config.js';
import { withRevision } from '../../../src/git/index.js';
import { ProjectIndex, packageNameOf, parseJsonc } from '../../../src/project/index.js';
import { makeRepo, removeRepos } from '../../helpers/repo.js';

afterAll(removeRepos);

describe('buildDependencyFacts', () => {
  it('reads every package.json and tsconfig paths at head, and lists the unreadable ones', async () => {
    const repo = makeRepo();
    repo.write({
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'], devDependencies: { vitest: '4' } }),
      'packages/a/package.json': JSON.stringify({
        name: '@x/a',
        dependencies: { zod: '4' },
        peerDependencies: { react: '*' },
        optionalDependencies: { fsevents: '*' },
        bundledDependencies: ['bundled'],
      }),
      'packages/bad/package.json': '{ "name": ',
      'tsconfig.base.json': '{ "compilerOptions": { "paths": { "@app/*": ["./src/*"] } } }',
      'node_modules/zod/package.json': '{ "name": "zod" }',
      'packages/a/vite.config.ts': "export default { resolve: { alias: [{ find: /^custom-lib$/, replacement: './projects/custom-lib' }] } };",
      'packages/a/__mocks__/vscode.ts': 'export const window = {};',
      'src/config.ts': "export const notAConfig = 'not-a-config-name';",
    });
    const head = repo.commit('workspace');
    repo.write({ 'package.json': '{}' }); // the working tree is not read: head is
    const facts = await withRevision(repo.dir, head, async (revision) =>
      buildDependencyFacts({ project: await ProjectIndex.load(revision, { testGlobs: DEFAULT_TEST_GLOBS }) }),
    );
    expect(facts.packages.map(({ dir, name, declared }) => ({ dir, name, declared }))).toEqual([
      { dir: '', name: 'root', declared: ['vitest'] },
      { dir: 'packages/a', name: '@x/a', declared: ['zod', 'react', 'fsevents', 'bundled'] },
    ]);
    expect(facts.aliasPatterns).toEqual(['@app/*']);
    expect(facts.configNames).toContain('custom-lib');
    expect(facts.configNames).not.toContain('not-a-config-name');
    expect(facts.mockedModules).toEqual(['vscode']);
    expect(checkDependency(facts, 'packages/a/src/x.ts', 'custom-lib', { typeOnly: false })).toEqual({ status: 'configured' });
    expect(checkDependency(facts, 'packages/a/src/x.ts', 'vscode', { typeOnly: false })).toEqual({ status: 'mocked' });
    expect(facts.unreadable.map((skipped) => skipped.path)).toEqual(['packages/bad/package.json']);

    expect(checkDependency(facts, 'packages/a/src/x.ts', 'zod/v4', { typeOnly: false })).toEqual({ status: 'declared' });
    expect(checkDependency(facts, 'packages/a/src/x.test.ts', 'vitest', { typeOnly: false })).toEqual({ status: 'declared' });
    expect(checkDependency(facts, 'packages/a/src/x.ts', '@app/thing', { typeOnly: false })).toEqual({ status: 'alias' });
    expect(checkDependency(facts, 'packages/a/src/x.ts', '@x/a', { typeOnly: false })).toEqual({ status: 'workspace' });
    expect(checkDependency(facts, 'packages/bad/src/x.ts', 'left-pad', { typeOnly: false })).toEqual({ status: 'unknown' });
    expect(checkDependency(facts, 'packages/a/src/x.ts', 'left-pad', { typeOnly: false })).toEqual({
      status: 'undeclared',
      packageName: 'left-pad',
      manifests: ['packages/a/package.json', 'package.json'],
    });
  });
});

describe('helpers', () => {
  it('names packages and their @types', () => {
    expect(packageNameOf('lodash/fp')).toBe('lodash');
    expect(packageNameOf('@scope/pkg/sub/x')).toBe('@scope/pkg');
    expect(typesPackageOf('react')).toBe('@types/react');
    expect(typesPackageOf('@babel/core')).toBe('@types/babel__core');
  });

  it('parses JSON with comments and trailing commas, keeping // inside strings', () => {
    expect(parseJsonc('{ "a": "http://x", /* c */ "b": [1, 2,], // end\n }')).toEqual({ a: 'http://x', b: [1, 2] });
    expect(parseJsonc('{ "a": ')).toBeUndefined();
  });
});
