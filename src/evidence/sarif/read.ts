// Reading SARIF files: expanding paths and globs, parsing JSON, checking the version and the shape
// of every field this stage reads. Everything else in a log is ignored.
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve, isAbsolute } from 'node:path';
import type * as sarif from 'sarif';
import { minimatch } from 'minimatch';
import * as z from '../../zod.js';
import { InputError, printableLine } from '../../errors.js';
import { jsonErrorWithoutText } from '../json-error.js';
import { refuseLinkOutside } from '../real-path-guard.js';
import { globReportFiles } from '../report-glob.js';

export interface SarifFile {
  /** The path as shown to users: relative to the current directory when under it. */
  path: string;
  log: sarif.Log;
}

/**
 * Expands paths and globs (relative to `cwd`) into files, each once, in a stable order. A pattern
 * starting with `!` excludes the files it matches from the others.
 */
export async function expandSarifPatterns(patterns: string[], cwd: string, repo: string = cwd): Promise<string[]> {
  const excludes = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => resolve(cwd, pattern.slice(1)));
  const files = new Set<string>();
  for (const pattern of patterns.filter((each) => !each.startsWith('!'))) {
    // A file whose name looks like a glob (`report[1].sarif`) is taken as it is.
    const literal = await existingFile(resolve(cwd, pattern));
    const matches = literal.length > 0 ? literal : ((await globReportFiles(pattern, cwd)) ?? []);
    if (matches.length === 0) {
      throw new InputError(`SARIF input "${pattern}" matches no file; check the path or glob (relative to ${cwd}).`);
    }
    for (const match of matches.sort()) {
      const file = resolve(match);
      if (excludes.some((exclude) => minimatch(file, exclude, { dot: true }))) continue;
      await refuseLinkOutside(file, [resolve(repo), resolve(cwd)], `SARIF input ${displayPath(file, cwd)}`);
      files.add(file);
    }
  }
  return [...files];
}

async function existingFile(path: string): Promise<string[]> {
  try {
    return (await stat(path)).isFile() ? [path] : [];
  } catch {
    return [];
  }
}

/** Reads and checks one SARIF file; any problem is an InputError naming the file. */
export async function readSarifFile(absolutePath: string, cwd: string): Promise<SarifFile> {
  const shownPath = displayPath(absolutePath, cwd);
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch (error) {
    throw new InputError(`Cannot read SARIF file ${shownPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  return { path: shownPath, log: parseSarifText(text, shownPath) };
}

/** Parses SARIF text; `name` is used in error messages. */
export function parseSarifText(text: string, name: string): sarif.Log {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new InputError(`${name} is not valid JSON (${describeJsonError(error, json)}); pass a SARIF 2.1.0 file.`);
  }
  checkVersion(parsed, name);
  if ((parsed as { runs?: unknown }).runs === null) {
    // SARIF's way of saying the tool could not start: the evidence is missing, not clean.
    throw new InputError(`${name} has "runs": null, meaning the tool did not run; check the scanner's step.`);
  }
  const checked = sarifLogSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue ? formatIssuePath(issue.path) : 'log';
    throw new InputError(`${name} is not a readable SARIF log: ${where}: ${issue?.message ?? 'invalid'}; check that the tool wrote SARIF 2.1.0.`);
  }
  // The schema checked every field this stage reads; the rest of the log is left as the tool wrote it.
  return parsed as sarif.Log;
}

/**
 * SARIF 2.1.0, plus drafts of 2.2: 2.2 keeps the 2.1.0 objects this stage reads, and adds fields
 * that are ignored here. 1.x and the 2.0.0 prereleases have a different shape and are refused.
 */
export function isSupportedVersion(version: unknown): boolean {
  return version === '2.1.0' || (typeof version === 'string' && /^2\.2(\.\d+)?$/.test(version));
}

function checkVersion(parsed: unknown, name: string): void {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(`${name} is not a SARIF log: the top level is not a JSON object.`);
  }
  const version = (parsed as { version?: unknown }).version;
  if (!isSupportedVersion(version)) {
    const shown = version === undefined ? 'no version' : `version ${JSON.stringify(version)}`;
    throw new InputError(`${name} has ${shown}; diffgate reads SARIF 2.1.0 (convert older logs with \`sarif transform\`).`);
  }
}

function describeJsonError(error: unknown, json: string): string {
  const message = jsonErrorWithoutText(error);
  if (json.trim() === '') return 'the file is empty';
  const match = /at position (\d+)/.exec(message);
  if (!match) return message;
  const position = Number(match[1]);
  const before = json.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${message.replace(/\s*in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

/** Where in the log, on one line: keys of records (`originalUriBaseIds`, `messageStrings`) are the log's own text. */
function formatIssuePath(path: PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  return printableLine(text) || 'log';
}

function displayPath(absolutePath: string, cwd: string): string {
  const fromCwd = relative(cwd, absolutePath);
  return fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : absolutePath;
}

// The shape of what this stage reads. Loose objects: other fields pass untouched. Enumerations
// (level, kind, baselineState, suppression status) are plain strings so that an unknown value
// from a newer tool falls back to the default instead of rejecting the whole file.
const index = z.number().check(z.int());
const messageStrings = z.record(z.string(), z.looseObject({ text: z.optional(z.string()) }));
const propertyBag = z.record(z.string(), z.unknown());

const artifactLocation = z.looseObject({
  uri: z.optional(z.string()),
  uriBaseId: z.optional(z.string()),
  index: z.optional(index),
});

const toolComponentReference = z.looseObject({
  name: z.optional(z.string()),
  index: z.optional(index),
  guid: z.optional(z.string()),
});

const reportingDescriptorReference = z.looseObject({
  id: z.optional(z.string()),
  index: z.optional(index),
  toolComponent: z.optional(toolComponentReference),
});

const reportingDescriptor = z.looseObject({
  id: z.optional(z.string()),
  helpUri: z.optional(z.string()),
  defaultConfiguration: z.optional(z.looseObject({ level: z.optional(z.string()) })),
  messageStrings: z.optional(messageStrings),
  properties: z.optional(propertyBag),
});

const toolComponent = z.looseObject({
  name: z.string(),
  guid: z.optional(z.string()),
  rules: z.optional(z.array(reportingDescriptor)),
  globalMessageStrings: z.optional(messageStrings),
});

// Line numbers are any JSON number here: one result with an absurd line (2^60, 1.5) is recorded as
// unlocated by locate.ts instead of refusing every other result in the file.
const lineNumber = z.number();
const region = z.looseObject({
  startLine: z.optional(lineNumber),
  endLine: z.optional(lineNumber),
  startColumn: z.optional(index),
  endColumn: z.optional(index),
});

const location = z.looseObject({
  physicalLocation: z.optional(
    z.looseObject({
      artifactLocation: z.optional(artifactLocation),
      region: z.optional(region),
    }),
  ),
  logicalLocations: z.optional(z.array(z.looseObject({ fullyQualifiedName: z.optional(z.string()), name: z.optional(z.string()) }))),
});

const result = z.looseObject({
  ruleId: z.optional(z.string()),
  ruleIndex: z.optional(index),
  rule: z.optional(reportingDescriptorReference),
  kind: z.optional(z.string()),
  level: z.optional(z.string()),
  message: z.optional(
    z.looseObject({
      text: z.optional(z.string()),
      markdown: z.optional(z.string()),
      id: z.optional(z.string()),
      arguments: z.optional(z.array(z.string())),
    }),
  ),
  locations: z.optional(z.array(location)),
  analysisTarget: z.optional(artifactLocation),
  suppressions: z.optional(z.array(z.looseObject({ status: z.optional(z.string()) }))),
  baselineState: z.optional(z.string()),
  partialFingerprints: z.optional(z.record(z.string(), z.string())),
  properties: z.optional(propertyBag),
});

const run = z.looseObject({
  tool: z.looseObject({ driver: toolComponent, extensions: z.optional(z.array(toolComponent)) }),
  originalUriBaseIds: z.optional(z.record(z.string(), artifactLocation)),
  artifacts: z.optional(z.array(z.looseObject({ location: z.optional(artifactLocation) }))),
  invocations: z.optional(
    z.array(
      z.looseObject({
        ruleConfigurationOverrides: z.optional(
          z.array(
            z.looseObject({
              descriptor: reportingDescriptorReference,
              configuration: z.looseObject({ level: z.optional(z.string()) }),
            }),
          ),
        ),
      }),
    ),
  ),
  results: z.optional(z.array(result)),
});

const sarifLogSchema = z.looseObject({ version: z.string(), runs: z.array(run) });
