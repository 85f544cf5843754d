// Renders generated changes as git-style unified diff text, with the ChangedFile the parser must
// read back. Follows git's own formatting: C-quoted names, a tab after --- / +++ names that have
// a space, `start-1,0` for empty ranges, `,1` left out.
import type { ChangedFile, LineRange } from '../../src/model.js';
import { repoPath } from '../helpers/ids.js';

export type Op = { kind: ' ' | '+' | '-'; text: string };

export interface GeneratedHunk {
  /** Unchanged lines skipped before the hunk. */
  gap: number;
  ops: Op[];
}

export type GeneratedKind =
  | 'modified'
  | 'mode-and-content'
  | 'mode-only'
  | 'renamed'
  | 'copied'
  | 'added'
  | 'added-empty'
  | 'deleted'
  | 'binary'
  | 'binary-patch'
  | 'submodule'
  | 'submodule-added';

export interface GeneratedFile {
  kind: GeneratedKind;
  path: string;
  oldPath: string;
  hunks: GeneratedHunk[];
  noNewlineAtEnd: boolean;
}

const ESCAPES: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 34: '"', 92: '\\' };

/** A name as git prints it with core.quotePath=true. */
export function quoteLikeGit(name: string): string {
  let quoted = false;
  let body = '';
  for (const byte of Buffer.from(name, 'utf8')) {
    const escape = ESCAPES[byte];
    if (escape !== undefined) body += `\\${escape}`;
    else if (byte < 0x20 || byte >= 0x7f) body += `\\${byte.toString(8).padStart(3, '0')}`;
    else {
      body += String.fromCharCode(byte);
      continue;
    }
    quoted = true;
  }
  return quoted ? `"${body}"` : name;
}

function marker(sign: '---' | '+++', name: string | null, prefix: string): string {
  if (name === null) return `${sign} /dev/null`;
  return `${sign} ${quoteLikeGit(prefix + name)}${name.includes(' ') ? '\t' : ''}`;
}

function span(start: number, count: number): string {
  if (count === 1) return `${start}`;
  return `${count === 0 ? start - 1 : start},${count}`;
}

interface RenderedHunks {
  lines: string[];
  addedLines: number[];
  hunks: LineRange[];
}

function renderHunks(hunks: GeneratedHunk[], noNewlineAtEnd: boolean): RenderedHunks {
  const lines: string[] = [];
  const addedLines: number[] = [];
  const extents: LineRange[] = [];
  let oldNext = 1;
  let newNext = 1;
  for (const hunk of hunks) {
    const oldStart = oldNext + hunk.gap;
    const newStart = newNext + hunk.gap;
    const oldCount = hunk.ops.filter((op) => op.kind !== '+').length;
    const newCount = hunk.ops.filter((op) => op.kind !== '-').length;
    lines.push(`@@ -${span(oldStart, oldCount)} +${span(newStart, newCount)} @@ context`);
    let newLine = newStart;
    for (const op of hunk.ops) {
      lines.push(op.kind + op.text);
      if (op.kind === '+') addedLines.push(newLine);
      if (op.kind !== '-') newLine += 1;
    }
    if (newCount > 0) extents.push({ start: newStart, end: newStart + newCount - 1 });
    oldNext = oldStart + oldCount;
    newNext = newStart + newCount;
  }
  if (noNewlineAtEnd && lines.length > 0) lines.push('\\ No newline at end of file');
  return { lines, addedLines, hunks: extents };
}

function allOf(kind: '+' | '-', hunks: GeneratedHunk[]): GeneratedHunk[] {
  const texts = hunks.flatMap((hunk) => hunk.ops.map((op) => op.text));
  return [{ gap: 0, ops: (texts.length > 0 ? texts : ['only line']).map((text) => ({ kind, text })) }];
}

export function renderFile(file: GeneratedFile): { text: string; expected: ChangedFile } {
  const { path, oldPath } = file;
  const moved = file.kind === 'renamed' || file.kind === 'copied';
  const from = moved ? oldPath : path;
  const lines = [`diff --git ${quoteLikeGit(`a/${from}`)} ${quoteLikeGit(`b/${path}`)}`];
  const expected: ChangedFile = { path: repoPath(path), oldPath: null, status: 'modified', addedLines: [], hunks: [], binary: false, submodule: false, modeOnly: false };
  const withHunks = (hunks: GeneratedHunk[], oldName: string | null, newName: string | null): void => {
    const rendered = renderHunks(hunks, file.noNewlineAtEnd);
    if (rendered.lines.length === 0) return;
    lines.push(marker('---', oldName, 'a/'), marker('+++', newName, 'b/'), ...rendered.lines);
    expected.addedLines = rendered.addedLines;
    expected.hunks = rendered.hunks;
  };

  switch (file.kind) {
    case 'modified':
      lines.push('index 1234567..89abcde 100644');
      withHunks(file.hunks, path, path);
      break;
    case 'mode-and-content':
      lines.push('old mode 100644', 'new mode 100755', 'index 1234567..89abcde');
      withHunks(file.hunks, path, path);
      break;
    case 'mode-only':
      lines.push('old mode 100755', 'new mode 100644');
      expected.modeOnly = true;
      break;
    case 'renamed':
    case 'copied': {
      const verb = file.kind === 'renamed' ? 'rename' : 'copy';
      lines.push('similarity index 75%', `${verb} from ${quoteLikeGit(oldPath)}`, `${verb} to ${quoteLikeGit(path)}`);
      expected.status = file.kind;
      expected.oldPath = repoPath(oldPath);
      if (file.hunks.length > 0) lines.push('index 1234567..89abcde 100644');
      withHunks(file.hunks, oldPath, path);
      break;
    }
    case 'added':
      lines.push('new file mode 100644', 'index 0000000..89abcde');
      expected.status = 'added';
      withHunks(allOf('+', file.hunks), null, path);
      break;
    case 'added-empty':
      lines.push('new file mode 100644', 'index 0000000..e69de29');
      expected.status = 'added';
      break;
    case 'deleted':
      lines.push('deleted file mode 100644', 'index 1234567..0000000');
      expected.status = 'deleted';
      withHunks(allOf('-', file.hunks), path, null);
      break;
    case 'binary':
      lines.push('index 1234567..89abcde 100644', `Binary files ${quoteLikeGit(`a/${path}`)} and ${quoteLikeGit(`b/${path}`)} differ`);
      expected.binary = true;
      break;
    case 'binary-patch':
      lines.push('index 1234567..89abcde 100644', 'GIT binary patch', 'literal 5', 'McmZ?wWMO0g00aO45C8xG', '', 'literal 3', 'KcmZ?wWB>pF2LJ&8', '');
      expected.binary = true;
      break;
    case 'submodule':
      lines.push('index 1111111..2222222 160000', marker('---', path, 'a/'), marker('+++', path, 'b/'));
      lines.push('@@ -1 +1 @@', `-Subproject commit ${'1'.repeat(40)}`, `+Subproject commit ${'2'.repeat(40)}`);
      expected.submodule = true;
      break;
    case 'submodule-added':
      lines.push('new file mode 160000', 'index 0000000..2222222', marker('---', null, 'a/'), marker('+++', path, 'b/'));
      lines.push('@@ -0,0 +1 @@', `+Subproject commit ${'2'.repeat(40)}`);
      expected.status = 'added';
      expected.submodule = true;
      break;
  }
  return { text: `${lines.join('\n')}\n`, expected };
}
