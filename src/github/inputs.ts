// Action inputs → plain settings. Pure: `getInput` is passed in (the runner gives `INPUT_*` variables).
// Only inputs the user set become overrides; an empty string means unset, so the schema's defaults apply.
import { resolve } from 'node:path';
import { anchorPatterns } from '../config/patterns.js';

export interface ActionInputs {
  token: string;
  /** The folder the action works in; relative inputs are resolved against it. */
  workingDirectory: string;
  sarif: string[];
  coverage: string[];
  baseCoverage: string[];
  configPath: string;
  configRequired: boolean;
  /** Settings merged over the config file and validated by its schema. */
  overrides: Record<string, unknown>;
}

export const DEFAULT_CONFIG_PATH = '.github/diffgate.yml';

/** Input name → where it goes in the config. The schema names what each allows. */
const CONFIG_INPUTS: { input: string; path: [string] | [string, string] }[] = [
  { input: 'ai', path: ['ai'] },
  { input: 'policy-source', path: ['policy-source'] },
  { input: 'comment', path: ['publish', 'comment'] },
  { input: 'check-name', path: ['publish', 'check-name'] },
  { input: 'mode', path: ['publish', 'mode'] },
  { input: 'report-path', path: ['publish', 'report-path'] },
  { input: 'sarif-output', path: ['publish', 'sarif-output'] },
];

export function readActionInputs(getInput: (name: string) => string, workspace: string): ActionInputs {
  const text = (name: string) => getInput(name).trim();
  const workingDirectory = resolve(workspace, text('working-directory') || '.');
  const explicitConfig = text('config');
  const overrides: Record<string, unknown> = {};
  for (const { input, path } of CONFIG_INPUTS) {
    const value = text(input);
    if (value === '') continue;
    if (path.length === 1) overrides[path[0]] = value;
    else {
      const section = (overrides[path[0]] ??= {}) as Record<string, unknown>;
      section[path[1]] = value;
    }
  }
  return {
    token: text('github-token'),
    workingDirectory,
    sarif: patterns(getInput('sarif'), workingDirectory),
    coverage: patterns(getInput('coverage'), workingDirectory),
    baseCoverage: patterns(getInput('base-coverage'), workingDirectory),
    configPath: resolve(workingDirectory, explicitConfig || DEFAULT_CONFIG_PATH),
    configRequired: explicitConfig !== '',
    overrides,
  };
}

/** One path or glob per line (commas are legal in file names, so lines only); `!` negates. */
export function patterns(value: string, base: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return anchorPatterns(lines, base);
}
