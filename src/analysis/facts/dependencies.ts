// Declared dependencies for `undeclared-dependency`: nearest package.json, workspaces, tsconfig paths.
// Owned by the undeclared-dependency work. Built once per run, before rules run (rules do no I/O).
import { builtinModules } from 'node:module';
import type { Skipped } from '../../model.js';
import type { FactsInput } from './tests.js';
import type { PackageManifest } from '../../project/index.js';
import { matchAlias, packageNameOf } from '../../project/index.js';

export interface DependencyFacts {
  /** Every package.json at head (outside node_modules), sorted by folder. */
  packages: PackageManifest[];
  /** `compilerOptions.paths` keys from every tsconfig at head. */
  aliasPatterns: string[];
  /** Manifests that could not be parsed: files under them are not judged. */
  unreadable: Skipped[];
  /**
   * Names written in build and test configs (vite, vitest, webpack, jest, babel, …): bundler aliases,
   * inlined and virtual modules. Absent: none known.
   */
  configNames?: string[];
  /** Modules mocked by a `__mocks__/<name>` file (jest, vitest). Absent: none known. */
  mockedModules?: string[];
  [key: string]: unknown;
}

// Build and test tool configs that can alias or provide modules.
const BUILD_CONFIG = /(?:^|\/)(?:vite|vitest|webpack|rollup|rolldown|jest|babel|tsup|rspack|rsbuild|esbuild|vue|nuxt|next|astro|svelte|playwright|metro)\.(?:config|workspace)(?:\.[\w-]+)?\.[cm]?[jt]s$|(?:^|\/)\.babelrc(?:\.json)?$/;
const MOCK_FILE = /(?:^|\/)__mocks__\/(.+)\.[cm]?[jt]sx?$/;

export async function buildDependencyFacts(input: FactsInput): Promise<DependencyFacts> {
  const { project } = input;
  const configPaths = project.trackedFiles.filter((path) => BUILD_CONFIG.test(path) && !path.includes('node_modules/'));
  const configs = await project.readTexts(configPaths);
  const manifests = project.manifests;
  const configNames = new Set<string>();
  for (const text of configs.values()) for (const token of text.match(/[@\w][\w.@/-]*/g) ?? []) configNames.add(token);
  const mockedModules = project.trackedFiles.flatMap((path) => {
    const match = MOCK_FILE.exec(path);
    return match?.[1] ? [match[1]] : [];
  });
  return {
    packages: manifests.packages,
    aliasPatterns: [...new Set(manifests.aliases.map((alias) => alias.pattern))],
    unreadable: manifests.unreadable,
    configNames: [...configNames].sort(),
    mockedModules: [...new Set(mockedModules)].sort(),
  };
}

export type DependencyCheck =
  | { status: 'declared' | 'not-a-package' | 'builtin' | 'workspace' | 'alias' | 'configured' | 'mocked' }
  /** No readable package.json governs the file: nothing to check against. */
  | { status: 'unknown' }
  | { status: 'undeclared'; packageName: string; manifests: string[] };

const builtins = new Set(builtinModules);

/**
 * Modules a runtime or host provides under a bare name, never installed from npm: `import { $ } from
 * "bun"` in a Bun project; `vscode`, which the editor hands an extension (its types come from
 * `@types/vscode`, the module itself from the host).
 */
const RUNTIME_MODULES: ReadonlyMap<string, (declared: readonly string[]) => boolean> = new Map([
  ['bun', () => true],
  ['vscode', (declared: readonly string[]) => declared.includes('@types/vscode')],
]);
// npm names: lower-case URL-safe characters, optionally scoped; legacy names may have capitals.
const packageNamePattern = /^(@[a-z0-9-][\w.-]*\/)?[a-z0-9-][\w.-]*$/i;

/** Whether `specifier`, imported from the file at `path`, is a package its package.json declares. */
export function checkDependency(facts: DependencyFacts, path: string, specifier: string, options: { typeOnly: boolean }): DependencyCheck {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('#')) return { status: 'not-a-package' };
  if (specifier.startsWith('node:')) return { status: 'builtin' };
  // Other schemes (`bun:`, `virtual:`, `https:`, `data:`) are resolved by a runtime or a bundler, not npm.
  if (/^[a-z][\w+.-]*:/i.test(specifier)) return { status: 'not-a-package' };
  if (facts.aliasPatterns.some((pattern) => matchAlias(specifier, pattern) !== null)) return { status: 'alias' };
  const packageName = packageNameOf(specifier);
  if (!packageNamePattern.test(packageName)) return { status: 'not-a-package' };
  if (builtins.has(specifier) || builtins.has(packageName)) return { status: 'builtin' };
  // Any package of the repository counts as a workspace package (npm, yarn and pnpm workspaces alike).
  if (facts.packages.some((manifest) => manifest.name === packageName)) return { status: 'workspace' };
  if (facts.configNames?.includes(specifier) || facts.configNames?.includes(packageName)) return { status: 'configured' };
  if (facts.mockedModules?.includes(specifier) || facts.mockedModules?.includes(packageName)) return { status: 'mocked' };

  const governing = facts.packages.filter((manifest) => isInside(path, manifest.dir));
  if (governing.length === 0 || facts.unreadable.some((skipped) => isInside(path, dirOf(skipped.path)))) return { status: 'unknown' };
  const runtime = RUNTIME_MODULES.get(packageName);
  if (runtime && governing.some((manifest) => runtime(manifest.declared))) return { status: 'builtin' };
  const accepted = options.typeOnly ? [packageName, typesPackageOf(packageName)] : [packageName];
  // Node resolves up the folder tree, so a dependency of an enclosing package (a monorepo root) resolves too.
  if (governing.some((manifest) => accepted.some((name) => manifest.declared.includes(name)))) return { status: 'declared' };
  const nearestFirst = [...governing].sort((a, b) => b.dir.length - a.dir.length);
  return { status: 'undeclared', packageName, manifests: nearestFirst.map((manifest) => joinPath(manifest.dir, 'package.json')) };
}

/** `@types` package that types `name`: `react` → `@types/react`, `@scope/pkg` → `@types/scope__pkg`. */
export function typesPackageOf(name: string): string {
  return name.startsWith('@') ? `@types/${name.slice(1).replace('/', '__')}` : `@types/${name}`;
}

function isInside(path: string, dir: string): boolean {
  return dir === '' || path.startsWith(`${dir}/`);
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}
