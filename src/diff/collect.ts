// Runs `git diff` between the two commits of a range and streams its output through the parser.
import type { ChangedFile } from '../model.js';
import { gitFailure, runGitLines } from '../git/run.js';
import { DiffParser } from './parse.js';
import type { DiffRange } from './range.js';

/** Lines of context around each change: the hunks (`diff_context`) span them. Git's own default. */
const CONTEXT_LINES = 3;

/**
 * Rename/copy detection compares every new file with every candidate source; past this many
 * files git skips the inexact part (and says so on stderr). Exact renames are always found.
 */
export const RENAME_LIMIT = 1000;

export interface DiffResult {
  files: ChangedFile[];
  /**
   * What git reported that makes the result less precise, e.g. rename detection skipped on a
   * huge change (renamed files then show as deleted + added, so more lines count as added).
   */
  warnings: string[];
}

/**
 * Every option that the user's git config could otherwise change is set here, so the output
 * is the same on every machine: prefixes, quoting, context, algorithm, renames, submodules.
 */
function diffArguments(range: DiffRange, copiesFromUntouched: boolean): string[] {
  return [
    '-c', 'core.quotePath=true',
    '-c', 'diff.suppressBlankEmpty=false',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    `--unified=${CONTEXT_LINES}`,
    '--inter-hunk-context=0',
    '--diff-algorithm=myers',
    '--indent-heuristic',
    '--find-renames',
    '--find-copies',
    // Copies are found also from files the change leaves untouched (a module copied verbatim).
    ...(copiesFromUntouched ? ['--find-copies-harder'] : []),
    `-l${RENAME_LIMIT}`,
    '--submodule=short',
    '--ignore-submodules=none',
    '--end-of-options',
    range.base,
    range.head,
    '--',
  ];
}

const WARNING = /^warning: (.*)$/;

/**
 * Git could not read an object of the repository. In a partial clone (`actions/checkout` with
 * `filter: blob:none`, or a mirror without its promisor remote) the blobs of files the change does
 * not touch may be absent, and `--find-copies-harder` reads every one of them.
 */
const MISSING_OBJECT = /unable to read [0-9a-f]{40,64}|could not fetch [0-9a-f]{40,64}/;

export const COPIES_SKIPPED_WARNING =
  'copies from files this change does not touch were not looked for: the repository lacks their contents (a partial clone)';

/** The changed files between range.base and range.head, and git's warnings about precision. */
export async function collectDiff(repo: string, range: DiffRange): Promise<DiffResult> {
  let parser = new DiffParser();
  let result = await runGitLines(repo, diffArguments(range, true), (line) => parser.push(line));
  const extraWarnings: string[] = [];
  if (result.exitCode !== 0 && MISSING_OBJECT.test(result.stderr)) {
    // Only the copy search needs untouched files; the diff itself needs only the changed ones.
    parser = new DiffParser();
    result = await runGitLines(repo, diffArguments(range, false), (line) => parser.push(line));
    extraWarnings.push(COPIES_SKIPPED_WARNING);
  }
  if (result.exitCode !== 0) throw gitFailure(`git diff ${range.base} ${range.head}`, repo, result);
  const warnings = result.stderr
    .split('\n')
    .map((line) => WARNING.exec(line.trim())?.[1])
    // Git's advice to raise diff.renameLimit does not apply: diffgate passes its own limit.
    .filter((warning): warning is string => warning !== undefined && !warning.includes('diff.renameLimit'));
  return { files: parser.finish(), warnings: [...extraWarnings, ...warnings] };
}
