import type { DependencyFacts } from '../../../src/analysis/facts/dependencies.js';
import { undeclaredDependency } from '../../../src/analysis/rules/undeclared-dependency.js';
import { testRule } from '../rule-tester.js';

// A monorepo: a root package with dev tools, a workspace package `@acme/web` with its own dependencies.
const dependencies: DependencyFacts = {
  packages: [
    { dir: '', name: 'acme', declared: ['vitest', 'typescript'] },
    { dir: 'packages/core', name: '@acme/core', declared: [] },
    { dir: 'packages/web', name: '@acme/web', declared: ['react', '@tanstack/query', '@types/lodash'] },
  ],
  aliasPatterns: ['@/*', '#config'],
  unreadable: [{ path: 'packages/broken/package.json', reason: 'not valid JSON' }],
  configNames: ['resolve', 'alias', 'virtual-icons'],
  mockedModules: ['vscode'],
};
const project = { dependencies };
const web = 'packages/web/src/app.ts';

testRule(undeclaredDependency, {
  valid: [
    { filename: web, project, code: "import React from 'react';" },
    { name: 'scoped package subpath', filename: web, project, code: "import { useQuery } from '@tanstack/query/react';" },
    { name: 'root devDependency from a workspace', filename: 'packages/web/src/a.test.ts', project, code: "import { it } from 'vitest';" },
    { name: 'node: builtin', filename: web, project, code: "import { readFile } from 'node:fs/promises';" },
    { name: 'bare builtin with subpath', filename: web, project, code: "import { readFile } from 'fs/promises';\nconst path = require('path');" },
    { name: 'workspace package', filename: web, project, code: "import { core } from '@acme/core';" },
    { name: 'own package name', filename: web, project, code: "import { App } from '@acme/web/app';" },
    { name: 'tsconfig paths alias', filename: web, project, code: "import { Button } from '@/components/button';\nimport config from '#config';" },
    { name: 'relative and subpath imports', filename: web, project, code: "import a from './a.js';\nimport b from '../b';\nimport c from '#internal';" },
    { name: 'type-only import covered by @types', filename: web, project, code: "import type { Dictionary } from 'lodash';" },
    { name: 'other schemes', filename: web, project, code: "import x from 'virtual:pwa';\nimport { serve } from 'bun:test';" },
    { name: 'line of the module not added', filename: web, project, code: "import {\n  a,\n  b,\n} from 'left-pad';", addedLines: [3] },
    { name: 'under an unreadable package.json', filename: 'packages/broken/src/a.ts', project, code: "import x from 'left-pad';" },
    { name: 'no package.json at all', filename: 'src/a.ts', project: { dependencies: { packages: [], aliasPatterns: [], unreadable: [] } }, code: "import x from 'left-pad';" },
    { name: 'named in a build config (a bundler alias)', filename: web, project, code: "import icons from 'virtual-icons';" },
    { name: 'mocked by a __mocks__ file', filename: web, project, code: "import * as vscode from 'vscode';" },
    { name: 'mocked in the same file', filename: 'packages/web/src/a.test.ts', project, code: "import { x } from 'virtual-module';\nvi.mock('virtual-module', () => ({ x: 1 }));" },
    { name: 'fixture project', filename: 'packages/web/test/fixtures/broken/index.ts', project, code: "import x from '@vitejs/no-such-package';" },
    { name: 'dynamic import of a variable', filename: web, project, code: 'const mod = await import(name);' },
    { name: 'require of a declared package', filename: 'packages/web/lib/a.cjs', project, code: "const React = require('react');" },
    { name: "Bun's built-in module", filename: web, project, code: "import { $ } from 'bun';" },
    {
      name: 'the vscode module in an extension typed by @types/vscode',
      filename: 'src/extension.ts',
      project: { dependencies: { packages: [{ dir: '', name: 'ext', declared: ['@types/vscode'] }], aliasPatterns: [], unreadable: [] } },
      code: "import * as vscode from 'vscode';",
    },
  ],
  invalid: [
    { filename: web, project, code: "import leftPad from 'left-pad';", errors: [{ messageId: 'undeclared', line: 1 }] },
    { name: 'value import with only @types declared', filename: web, project, code: "import { merge } from 'lodash';", errors: [{ messageId: 'undeclared', line: 1 }] },
    { name: 'subpath', filename: web, project, code: "import fp from 'lodash/fp';", errors: [{ messageId: 'undeclared', line: 1 }] },
    { name: 'scoped subpath', filename: web, project, code: "import { x } from '@hallucinated/pkg/sub';", errors: [{ messageId: 'undeclared', line: 1 }] },
    { name: 'require', filename: 'packages/web/lib/a.cjs', project, code: "const axios = require('axios');", errors: [{ messageId: 'undeclared', line: 1 }] },
    { name: 'dynamic import', filename: web, project, code: "const { z } = await import('zod');", errors: [{ messageId: 'undeclared', line: 1 }] },
    { name: 'export from', filename: web, project, code: "export { v4 } from 'uuid';\nexport * from 'date-fns';", errors: [{ messageId: 'undeclared', line: 1 }, { messageId: 'undeclared', line: 2 }] },
    { name: 'declared in a sibling workspace only', filename: 'packages/core/src/a.ts', project, code: "import React from 'react';", errors: [{ messageId: 'undeclared', line: 1 }] },
    { name: 'type-only import with no @types either', filename: web, project, code: "import type { Options } from 'got';", errors: [{ messageId: 'undeclared', line: 1 }] },
    // An import type: read from its `source` (typescript-estree's deprecated `argument` is not in the tree oxc gives).
    { name: 'import type expression', filename: web, project, code: "type Got = typeof import('got');\nlet x: import('got').Options;", errors: [{ messageId: 'undeclared', line: 1 }, { messageId: 'undeclared', line: 2 }] },
    {
      name: 'the vscode module where nothing says this is an extension',
      filename: 'src/a.ts',
      project: { dependencies: { packages: [{ dir: '', name: 'lib', declared: [] }], aliasPatterns: [], unreadable: [] } },
      code: "import * as vscode from 'vscode';",
      errors: [{ messageId: 'undeclared', line: 1 }],
    },
    { name: 'module line added in a multi-line import', filename: web, project, code: "import {\n  a,\n} from 'left-pad';", addedLines: [3], errors: [{ messageId: 'undeclared', line: 3 }] },
  ],
});
