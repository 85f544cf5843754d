// Action inputs → plain settings. Pure: `getInput` is passed in (the runner gives `INPUT_*` variables).
// Only inputs the user set become overrides; an empty string means unset, so the schema's defaults apply.
import { resolve } from 'node:path';
import { anchorPatterns } from '../config/patterns.js';
import { InputError } from '../errors.js';

export interface ActionInputs {
  token: string;
  /** The folder the action works in; relative inputs are resolved against it. */
  workingDirectory: string;
  sarif: string[];
  coverage: string[];
  baseCoverage: string[];
  /** Mutation reports (mutation-testing-report-schema), one path or glob a line. */
  mutation: string[];
  configPath: string;
  configRequired: boolean;
  /** Settings merged over the config file and validated by its schema. */
  overrides: Record<string, unknown>;
  /** The input behind each overridden key (`publish.comment` → `input comment`): a bad value's message names it. */
  overrideNames: Record<string, string>;
  /** The whole run's deadline: then the check run is completed as a diffgate error and the step ends. */
  deadlineSeconds: number;
  /** One GitHub API call's limit, retries included. */
  requestTimeoutSeconds: number;
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
  { input: 'on-error', path: ['publish', 'on-error'] },
  { input: 'annotate-uncovered', path: ['publish', 'annotate-uncovered'] },
];

/** Defaults of the two time limits (inputs, not policy: they are about the runner, not the code). */
export const DEFAULT_DEADLINE_SECONDS = 900;
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;

export function readActionInputs(getInput: (name: string) => string, workspace: string): ActionInputs {
  const text = (name: string) => getInput(name).trim();
  const workingDirectory = resolve(workspace, text('working-directory') || '.');
  const explicitConfig = text('config');
  const overrides: Record<string, unknown> = {};
  const overrideNames: Record<string, string> = {};
  for (const { input, path } of CONFIG_INPUTS) {
    const value = text(input);
    if (value === '') continue;
    overrideNames[path.join('.')] = `input ${input}`;
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
    mutation: patterns(getInput('mutation'), workingDirectory),
    configPath: resolve(workingDirectory, explicitConfig || DEFAULT_CONFIG_PATH),
    configRequired: explicitConfig !== '',
    overrides,
    overrideNames,
    deadlineSeconds: seconds(text('deadline-seconds'), 'deadline-seconds', DEFAULT_DEADLINE_SECONDS),
    requestTimeoutSeconds: seconds(text('request-timeout-seconds'), 'request-timeout-seconds', DEFAULT_REQUEST_TIMEOUT_SECONDS),
  };
}

function seconds(value: string, input: string, fallback: number): number {
  if (value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0 || parsed > 6 * 60 * 60) {
    throw new InputError(`input ${input} must be a number of seconds, more than 0 and at most 21600`);
  }
  return parsed;
}

/** One path or glob per line (commas are legal in file names, so lines only); `!` negates. */
export function patterns(value: string, base: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return anchorPatterns(lines, base);
}
