// Reads the GitHub event payload a user passes with `--event FILE` (the main command and
// `diffgate ranges`): the base, head and pull-request signals come from it as in the action.
import { readFile } from 'node:fs/promises';
import { InputError, describeError } from './errors.js';
import { NO_EVENT, type EventContext } from './event.js';

export async function readEventFile(path: string | null, name: string | null): Promise<EventContext> {
  if (!path) return NO_EVENT;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read event file ${path}: ${(error as NodeJS.ErrnoException).code ?? describeError(error)}`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON: ${describeError(error)}`);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new InputError(`${path}: expected a JSON object (a GitHub event payload)`);
  }
  return { name: name ?? 'pull_request', payload: payload as Record<string, unknown> };
}
