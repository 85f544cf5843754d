// Moved-code detection: added lines whose code the same change removes elsewhere (a function moved
// to another file, a file split in two, a block re-indented or re-wrapped by a formatter). Such lines
// are added for git, but they are not new code: a reviewer does not ask for tests of code that only
// moved, so the analysis rules do not judge them. Coverage still counts them (diff-cover does too).
//
// Like git's `--color-moved`, a line alone is weak evidence (`return null;` is removed and added all the
// time), so lines are judged in runs: a run of consecutive added lines is moved when every line with
// code on it was removed somewhere in the change and the run holds at least MIN_MOVED_CHARS letters and
// digits. A run that a formatter re-wrapped (`f(a, b)` → three lines) is recognised by comparing its
// text without whitespace against the file's removed text.

/** Letters and digits a run needs before it counts as moved (git's `--color-moved` uses 20 too). */
export const MIN_MOVED_CHARS = 20;

/**
 * Upper bound on characters compared in the re-wrap search, summed over a diff. The search is a
 * substring search per run; past this budget the remaining runs are judged line by line only, so a
 * huge diff stays linear (more lines then count as new: the safe side is asking, not hiding).
 */
export const REWRAP_BUDGET_CHARS = 50_000_000;

/** A line without whitespace and trailing separators, so re-indenting or a trailing comma does not hide a move. */
export function normaliseCode(text: string): string {
  return text.replace(/\s+/g, '').replace(/[,;]+$/, '');
}

function withoutSeparators(text: string): string {
  return text.replace(/[,;]/g, '');
}

function codeChars(normalised: string): number {
  let count = 0;
  for (let index = 0; index < normalised.length; index++) {
    const code = normalised.charCodeAt(index);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127) count += 1;
  }
  return count;
}

interface AddedLine {
  line: number;
  /** As git printed it in addedLine(); normalised (normaliseCode) in finish(). */
  text: string;
}

/** Collects the removed and added lines of a diff as the parser reads them, then names the moved ones. */
export class MovedLineFinder {
  private readonly removed = new Set<string>();
  /** Per file, its removed lines without separators either, in order: what re-wrapped runs are searched in. */
  private readonly removedTextByFile = new Map<number, string[]>();
  private readonly addedByFile = new Map<number, AddedLine[]>();

  /** A `-` line of the file with this index (the parser's order of `diff --git` sections). */
  removedLine(file: number, text: string): void {
    const normalised = normaliseCode(text);
    if (normalised === '') return;
    this.removed.add(normalised);
    let texts = this.removedTextByFile.get(file);
    if (!texts) this.removedTextByFile.set(file, (texts = []));
    texts.push(withoutSeparators(normalised));
  }

  /**
   * A `+` line: its head line number and text. The text is normalised in finish(), and only when the change
   * removed any code: a change that only adds (new files, appended lines) moved nothing, and skips that work.
   */
  addedLine(file: number, line: number, text: string): void {
    let lines = this.addedByFile.get(file);
    if (!lines) this.addedByFile.set(file, (lines = []));
    lines.push({ line, text });
  }

  /** The moved head lines of each file index, ascending; files with none are absent. */
  finish(): Map<number, number[]> {
    const moved = new Map<number, number[]>();
    if (this.removed.size === 0) return moved;
    let budget = REWRAP_BUDGET_CHARS;
    for (const [file, rawLines] of this.addedByFile) {
      const lines = rawLines.map((entry) => ({ line: entry.line, text: normaliseCode(entry.text) }));
      const removedText = (this.removedTextByFile.get(file) ?? []).join('');
      const fileMoved: number[] = [];
      for (const run of consecutiveRuns(lines)) {
        const byLine = movedLineByLine(run, this.removed);
        if (byLine.length > 0) {
          fileMoved.push(...byLine);
          continue;
        }
        // A formatter adds and drops commas as it wraps: compare without them.
        const text = withoutSeparators(run.map((entry) => entry.text).join(''));
        if (run.length < 2 || removedText.length === 0 || codeChars(text) < MIN_MOVED_CHARS || budget < removedText.length) continue;
        budget -= removedText.length;
        if (removedText.includes(text)) fileMoved.push(...run.map((entry) => entry.line));
      }
      if (fileMoved.length > 0) moved.set(file, fileMoved.sort((a, b) => a - b));
    }
    return moved;
  }
}

/** Added lines split where the head line numbers jump (each run is one block of `+` lines). */
function consecutiveRuns(lines: AddedLine[]): AddedLine[][] {
  const runs: AddedLine[][] = [];
  for (const entry of lines) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && entry.line === last.line + 1) run.push(entry);
    else runs.push([entry]);
  }
  return runs;
}

/**
 * The lines of a run that belong to moved stretches: maximal stretches whose every line with code
 * was removed elsewhere, holding at least MIN_MOVED_CHARS letters and digits. Blank lines and lone
 * brackets join the stretch around them.
 */
function movedLineByLine(run: AddedLine[], removed: ReadonlySet<string>): number[] {
  const moved: number[] = [];
  let stretch: number[] = [];
  let chars = 0;
  const close = (): void => {
    if (chars >= MIN_MOVED_CHARS) moved.push(...stretch);
    stretch = [];
    chars = 0;
  };
  for (const entry of run) {
    const weight = codeChars(entry.text);
    if (weight === 0) {
      stretch.push(entry.line);
    } else if (removed.has(entry.text)) {
      stretch.push(entry.line);
      chars += weight;
    } else {
      close();
    }
  }
  close();
  return moved;
}
