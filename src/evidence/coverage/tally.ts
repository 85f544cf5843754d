// The lines a report measures in a file that no changed line needs: only whole-project coverage counts
// them. A Map entry per line for every file of a 100 MB report cost gigabytes (issue #16); a tally keeps
// one number per line in a typed array: the line, negated when covered.

/** What whole-project coverage needs of a file: its distinct measured lines and how many are covered. */
export interface LineCount {
  measured: number;
  covered: number;
}

export class LineTally {
  private values = new Float64Array(16);
  private size = 0;
  /** True while every line is above the one before: then lines are distinct and counting needs no sort. */
  private ascending = true;

  /** Records a line; `hits > 0` means covered. A line recorded twice counts once, covered if either covers it. */
  add(line: number, hits: number): void {
    if (this.size === this.values.length) {
      // Grows with the lines actually read, never with a line number the report claims.
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    if (this.size > 0 && line <= Math.abs(this.values[this.size - 1] as number)) this.ascending = false;
    this.values[this.size++] = hits > 0 ? -line : line;
  }

  /** Whether lines were recorded in ascending order, each once (as LCOV writes them). */
  get isAscending(): boolean {
    return this.ascending;
  }

  /** The recorded values (+line, or −line when covered), in the order recorded. */
  entries(): Float64Array {
    return this.values.subarray(0, this.size);
  }
}

function countAscending(values: Float64Array): LineCount {
  let covered = 0;
  for (const value of values) if (value < 0) covered++;
  return { measured: values.length, covered };
}

/** Distinct lines over several tallies of one file (several records or reports name it). */
export function countTallies(tallies: readonly LineTally[]): LineCount {
  const [only] = tallies;
  if (tallies.length === 1 && only?.isAscending) return countAscending(only.entries());
  const all = new Float64Array(tallies.reduce((sum, tally) => sum + tally.entries().length, 0));
  let offset = 0;
  for (const tally of tallies) {
    all.set(tally.entries(), offset);
    offset += tally.entries().length;
  }
  // By line, covered (negative) first: the first value of each line says whether any record covers it.
  all.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  let measured = 0;
  let covered = 0;
  let previous = 0;
  for (const value of all) {
    const line = Math.abs(value);
    if (line === previous) continue;
    previous = line;
    measured++;
    if (value < 0) covered++;
  }
  return { measured, covered };
}
