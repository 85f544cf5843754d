import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { configSchema, type Config } from './schema.js';

/** Validates a config object; the first problem becomes an InputError naming the key. */
export function parseConfig(raw: unknown, origin: string): Config {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = issue && issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  throw new InputError(`${origin}: ${key}: ${issue ? z.prettifyError(new z.ZodError([issue])).replace(/^✖ /, '').split('\n')[0] : 'invalid'}`);
}

/**
 * Reads the YAML config file (missing is fine when it is the default path) and merges `overrides`
 * (action inputs, CLI flags) over it before validating once.
 */
export async function loadConfig(
  configPath: string | null,
  overrides: Record<string, unknown>,
  options: { required: boolean } = { required: false },
): Promise<Config> {
  let fromFile: Record<string, unknown> = {};
  if (configPath) {
    let text: string | null = null;
    try {
      text = await readFile(configPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || options.required) {
        throw new InputError(`cannot read config file ${configPath}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`);
      }
    }
    if (text !== null) {
      let parsed: unknown;
      try {
        parsed = parseYaml(text);
      } catch (error) {
        throw new InputError(`${configPath}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      }
      if (parsed !== null && parsed !== undefined && (typeof parsed !== 'object' || Array.isArray(parsed))) {
        throw new InputError(`${configPath}: expected a mapping of settings at the top level`);
      }
      fromFile = (parsed as Record<string, unknown> | null) ?? {};
    }
  }
  return parseConfig(mergeDeep(fromFile, overrides), configPath ?? 'configuration');
}

/** Merges plain objects key by key; `over` wins; arrays and scalars are replaced, undefined ignored. */
export function mergeDeep(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const existing = merged[key];
    if (isPlainObject(existing) && isPlainObject(value)) merged[key] = mergeDeep(existing, value);
    else merged[key] = value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
