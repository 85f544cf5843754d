// Parses git's unified diff output (`git diff` between two commits) into ChangedFiles.
// Pure: text in, data out. The parser is line-driven so that collect.ts can stream git's
// output through it without holding the whole diff in memory.
//
// Hunk bodies are read by their line counts, never by guessing from the first characters,
// so a removed line that reads `--- x` or an added line that reads `diff --git` is content.
import { InputError } from '../errors.js';
import { toRepoPath } from '../ids.js';
import type { ChangedFile, FileStatus, LineRange } from '../model.js';
import { readPath, readQuoted } from '../git/quote.js';
import { MovedLineFinder } from './moved.js';

const GITLINK_MODE = '160000';
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const INDEX_LINE = /^index [0-9a-f]+\.\.[0-9a-f]+(?: (\d+))?$/;

/** What one `diff --git` section says, before it is turned into a ChangedFile. */
interface FileDraft {
  line: number;
  headerOld: string | null;
  headerNew: string | null;
  /** From `---` / `+++`: a path, null for /dev/null, undefined when absent. */
  minusPath: string | null | undefined;
  plusPath: string | null | undefined;
  renameFrom: string | null;
  renameTo: string | null;
  copyFrom: string | null;
  copyTo: string | null;
  isNew: boolean;
  isDeleted: boolean;
  oldMode: string | null;
  newMode: string | null;
  gitlink: boolean;
  binary: boolean;
  hasHunks: boolean;
  addedLines: number[];
  hunks: LineRange[];
  /** The first head line a following hunk may start at (hunks come in order). */
  nextNewLine: number;
}

type State = 'start' | 'header' | 'hunk' | 'between-hunks' | 'binary-patch';

function newDraft(line: number, rest: string): FileDraft {
  const [headerOld, headerNew] = headerNames(rest);
  return {
    line,
    headerOld: headerOld === null ? null : stripPrefix(headerOld, 'a/'),
    headerNew: headerNew === null ? null : stripPrefix(headerNew, 'b/'),
    minusPath: undefined,
    plusPath: undefined,
    renameFrom: null,
    renameTo: null,
    copyFrom: null,
    copyTo: null,
    isNew: false,
    isDeleted: false,
    oldMode: null,
    newMode: null,
    gitlink: false,
    binary: false,
    hasHunks: false,
    addedLines: [],
    hunks: [],
    nextNewLine: 1,
  };
}

function stripPrefix(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/**
 * The two names of `diff --git a/X b/Y`. Unquoted names with spaces are ambiguous; git only
 * prints different names for renames and copies, whose `rename from`/`copy from` lines win,
 * so the equal-halves reading is the one that matters.
 */
function headerNames(rest: string): [string | null, string | null] {
  try {
    return splitHeaderNames(rest);
  } catch (error) {
    // Only a fallback: `rename from`, `---` and the like name the file; if none does, toChangedFile says so.
    if (error instanceof InputError) return [null, null];
    throw error;
  }
}

function splitHeaderNames(rest: string): [string | null, string | null] {
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    const after = rest.slice(first.end);
    if (!after.startsWith(' ')) return [first.value, null];
    return [first.value, readPath(after.slice(1))];
  }
  if (rest.endsWith('"')) {
    // The first name is not quoted, so it has no `"`: the first ` "` starts the second name.
    const split = rest.indexOf(' "');
    if (split > 0) return [rest.slice(0, split), readPath(rest.slice(split + 1))];
  }
  if (rest.length % 2 === 1) {
    const half = (rest.length - 1) / 2;
    const first = rest.slice(0, half);
    const second = rest.slice(half + 1);
    if (rest[half] === ' ' && first.slice(2) === second.slice(2)) return [first, second];
  }
  const split = rest.indexOf(' b/');
  if (split >= 0) return [rest.slice(0, split), rest.slice(split + 1)];
  return [null, null];
}

/** `---` / `+++` values: a prefixed path (git adds a tab when it has a space), or /dev/null. */
function markerPath(value: string, prefix: string): string | null {
  const path = value.endsWith('\t') ? value.slice(0, -1) : value;
  if (path === '/dev/null') return null;
  return stripPrefix(readPath(path), prefix);
}

function count(text: string | undefined, lineNumber: number): number {
  if (text === undefined) return 1;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new InputError(`git diff output line ${lineNumber}: hunk line count ${text} is too large`);
  return value;
}

function toChangedFile(draft: FileDraft): ChangedFile {
  const oldPath = draft.renameFrom ?? draft.copyFrom ?? draft.minusPath ?? draft.headerOld;
  const newPath = draft.renameTo ?? draft.copyTo ?? draft.plusPath ?? draft.headerNew;
  let status: FileStatus = 'modified';
  if (draft.isNew || draft.minusPath === null) status = 'added';
  else if (draft.isDeleted || draft.plusPath === null) status = 'deleted';
  else if (draft.renameFrom !== null || draft.renameTo !== null) status = 'renamed';
  else if (draft.copyFrom !== null || draft.copyTo !== null) status = 'copied';

  const path = status === 'deleted' ? oldPath : newPath;
  if (path === null || path === undefined || path === '') {
    throw new InputError(`git diff output line ${draft.line}: cannot tell the file name from the 'diff --git' header`);
  }
  const keepsLines = status !== 'deleted' && !draft.gitlink;
  const modeChanged = draft.oldMode !== null && draft.newMode !== null && draft.oldMode !== draft.newMode;
  const source = `git diff output line ${draft.line}`;
  return {
    path: toRepoPath(path, source),
    oldPath: (status === 'renamed' || status === 'copied') && oldPath ? toRepoPath(oldPath, source) : null,
    status,
    // A submodule's `+Subproject commit …` line is a pointer, not code.
    addedLines: keepsLines ? draft.addedLines : [],
    hunks: keepsLines ? draft.hunks : [],
    binary: draft.binary,
    submodule: draft.gitlink,
    modeOnly: status === 'modified' && modeChanged && !draft.hasHunks && !draft.binary && !draft.gitlink,
  };
}

/**
 * Git shows a type change (file ↔ symlink ↔ submodule) as a deletion and an addition of the
 * same path. Downstream stages key files by path, so they become one modified file.
 */
function mergeTypeChanges(files: ChangedFile[]): ChangedFile[] {
  const byPath = new Map<string, ChangedFile>();
  for (const file of files) {
    const earlier = byPath.get(file.path);
    if (!earlier) {
      byPath.set(file.path, file);
      continue;
    }
    const added = earlier.status === 'added' ? earlier : file.status === 'added' ? file : null;
    const deleted = earlier.status === 'deleted' ? earlier : file.status === 'deleted' ? file : null;
    if (!added || !deleted) throw new InputError(`git diff output names ${file.path} twice`);
    byPath.set(file.path, { ...added, status: 'modified', oldPath: null, modeOnly: false });
  }
  return [...byPath.values()];
}

function comparePaths(left: ChangedFile, right: ChangedFile): number {
  if (left.path === right.path) return 0;
  return left.path < right.path ? -1 : 1;
}

/** Feeds git diff output line by line (without the newline); `finish()` returns the files. */
export class DiffParser {
  private state: State = 'start';
  private draft: FileDraft | null = null;
  private readonly files: ChangedFile[] = [];
  private lineNumber = 0;
  private oldRemaining = 0;
  private newRemaining = 0;
  private newLine = 0;
  private readonly moved = new MovedLineFinder();

  push(line: string): void {
    this.lineNumber += 1;
    if (this.state === 'hunk') {
      this.hunkLine(line);
      return;
    }
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (text.startsWith('diff --git ')) {
      this.closeFile();
      this.draft = newDraft(this.lineNumber, text.slice('diff --git '.length));
      this.state = 'header';
      return;
    }
    const draft = this.draft;
    if (this.state === 'start' || draft === null) {
      if (text === '') return;
      throw this.unexpected(text, "expected a 'diff --git' header");
    }
    if (this.state === 'binary-patch') return;
    if (text.startsWith('@@')) {
      this.hunkHeader(draft, text);
      return;
    }
    if (text.startsWith('\\')) return; // `\ No newline at end of file` after a hunk's last line
    if (this.state === 'between-hunks') throw this.unexpected(text, 'expected a hunk or the next file');
    this.headerLine(draft, text);
  }

  finish(): ChangedFile[] {
    if (this.state === 'hunk') throw new InputError(`git diff output ends inside a hunk (line ${this.lineNumber}): the diff is truncated`);
    this.closeFile();
    for (const [index, lines] of this.moved.finish()) {
      const file = this.files[index];
      // Files whose lines are not kept (deleted, submodule pointers) have no moved lines either.
      if (file && file.addedLines.length > 0) this.files[index] = { ...file, movedLines: lines };
    }
    return mergeTypeChanges(this.files).sort(comparePaths);
  }

  private unexpected(text: string, expectation: string): InputError {
    return new InputError(`git diff output line ${this.lineNumber}: ${expectation}, got ${JSON.stringify(text.slice(0, 80))}`);
  }

  private closeFile(): void {
    if (this.draft) this.files.push(toChangedFile(this.draft));
    this.draft = null;
  }

  private headerLine(draft: FileDraft, text: string): void {
    if (text.startsWith('--- ')) draft.minusPath = markerPath(text.slice(4), 'a/');
    else if (text.startsWith('+++ ')) draft.plusPath = markerPath(text.slice(4), 'b/');
    else if (text.startsWith('rename from ')) draft.renameFrom = readPath(text.slice('rename from '.length));
    else if (text.startsWith('rename to ')) draft.renameTo = readPath(text.slice('rename to '.length));
    else if (text.startsWith('copy from ')) draft.copyFrom = readPath(text.slice('copy from '.length));
    else if (text.startsWith('copy to ')) draft.copyTo = readPath(text.slice('copy to '.length));
    else if (text.startsWith('new file mode ')) this.noteMode(draft, 'new', text.slice('new file mode '.length));
    else if (text.startsWith('deleted file mode ')) this.noteMode(draft, 'deleted', text.slice('deleted file mode '.length));
    else if (text.startsWith('old mode ')) this.noteMode(draft, 'old', text.slice('old mode '.length));
    else if (text.startsWith('new mode ')) this.noteMode(draft, 'changed', text.slice('new mode '.length));
    else if (text.startsWith('index ')) {
      const mode = INDEX_LINE.exec(text)?.[1];
      if (mode === GITLINK_MODE) draft.gitlink = true;
    } else if (text.startsWith('Binary files ') && text.endsWith(' differ')) draft.binary = true;
    else if (text === 'GIT binary patch') {
      draft.binary = true;
      this.state = 'binary-patch';
    }
    // Other extended headers (similarity index, dissimilarity index, future ones) carry nothing we use.
  }

  private noteMode(draft: FileDraft, kind: 'new' | 'deleted' | 'old' | 'changed', mode: string): void {
    if (mode === GITLINK_MODE) draft.gitlink = true;
    if (kind === 'new') {
      draft.isNew = true;
      draft.newMode = mode;
    } else if (kind === 'deleted') {
      draft.isDeleted = true;
      draft.oldMode = mode;
    } else if (kind === 'old') draft.oldMode = mode;
    else draft.newMode = mode;
  }

  private hunkHeader(draft: FileDraft, text: string): void {
    const match = HUNK_HEADER.exec(text);
    if (!match) throw this.unexpected(text, 'malformed hunk header');
    const oldCount = count(match[2], this.lineNumber);
    const newStart = count(match[3], this.lineNumber);
    const newCount = count(match[4], this.lineNumber);
    const firstAllowed = newCount > 0 ? Math.max(draft.nextNewLine, 1) : draft.nextNewLine - 1;
    if (newStart < firstAllowed) throw this.unexpected(text, `hunk starts before line ${firstAllowed} (hunks must be in order)`);
    if (newCount > 0) draft.hunks.push({ start: newStart, end: newStart + newCount - 1 });
    draft.hasHunks = true;
    // An empty range `+S,0` sits after line S: the next hunk starts after it too.
    draft.nextNewLine = newCount > 0 ? newStart + newCount : newStart + 1;
    this.oldRemaining = oldCount;
    this.newRemaining = newCount;
    this.newLine = newStart;
    this.state = oldCount === 0 && newCount === 0 ? 'between-hunks' : 'hunk';
  }

  private hunkLine(line: string): void {
    const marker = line.charAt(0);
    if (marker === '\\') return; // `\ No newline at end of file`
    const draft = this.draft as FileDraft;
    if (marker === '+') {
      if (this.newRemaining === 0) throw this.unexpected(line, 'more added lines than the hunk header counts');
      draft.addedLines.push(this.newLine);
      this.moved.addedLine(this.files.length, this.newLine, line.slice(1));
      this.newLine += 1;
      this.newRemaining -= 1;
    } else if (marker === '-') {
      if (this.oldRemaining === 0) throw this.unexpected(line, 'more removed lines than the hunk header counts');
      this.moved.removedLine(this.files.length, line.slice(1));
      this.oldRemaining -= 1;
    } else if (marker === ' ' || line === '') {
      // An empty line is a blank context line when diff.suppressBlankEmpty is set.
      if (this.oldRemaining === 0 || this.newRemaining === 0) throw this.unexpected(line, 'more context lines than the hunk header counts');
      this.oldRemaining -= 1;
      this.newRemaining -= 1;
      this.newLine += 1;
    } else {
      throw this.unexpected(line, 'expected a hunk line (" ", "+", "-" or "\\")');
    }
    if (this.oldRemaining === 0 && this.newRemaining === 0) this.state = 'between-hunks';
  }
}

/** Parses the whole output of `git diff` (unified format, `a/` and `b/` prefixes). Throws only InputError. */
export function parseUnifiedDiff(text: string): ChangedFile[] {
  const parser = new DiffParser();
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) parser.push(line);
  return parser.finish();
}
