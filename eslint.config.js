// typescript-eslint flat config: type-aware rules on src and test.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', '**/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The rules read typescript-estree's tree as oxc's parser makes it (src/analysis/estree-shape.ts). Fields
    // typescript-estree keeps only as deprecated getters (TSImportType.argument, TSMappedType.typeParameter, …)
    // are not in that tree: reading one must fail the lint, not return undefined at run time.
    files: ['src/analysis/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-deprecated': 'error' },
  },
  {
    // src/zod.ts sets zod/mini up (English messages) before any schema is built: schemas import zod from it.
    files: ['src/**/*.ts'],
    ignores: ['src/zod.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['zod', 'zod/*'], message: "Import zod as `import * as z from '…/zod.js'` (src/zod.ts)." }] }],
    },
  },
);
