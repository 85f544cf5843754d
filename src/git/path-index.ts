// The files tracked at a revision, indexed for the path lookups of SARIF and coverage mapping. Built
// once per run by the head `Revision` and handed to every stage that maps paths.

/**
 * Repository paths (POSIX separators) with the lookups path mapping needs. Iterating it yields the
 * paths in the order given (sorted when it comes from a Revision).
 */
export class TrackedPathIndex implements Iterable<string> {
  readonly paths: readonly string[];
  private readonly tracked: ReadonlySet<string>;
  private suffixes: Map<string, string[]> | null = null;
  private lowerCase: Map<string, string[]> | null = null;

  constructor(paths: Iterable<string>) {
    this.paths = [...paths];
    this.tracked = new Set(this.paths);
  }

  /** The index itself when given one, else a new index of the paths (for callers with a plain list). */
  static of(paths: Iterable<string>): TrackedPathIndex {
    return paths instanceof TrackedPathIndex ? paths : new TrackedPathIndex(paths);
  }

  get size(): number {
    return this.tracked.size;
  }

  has(path: string): boolean {
    return this.tracked.has(path);
  }

  [Symbol.iterator](): Iterator<string> {
    return this.paths[Symbol.iterator]();
  }

  /** The tracked paths that end with `/<suffix>` (`b/c.ts` of `a/b/c.ts`). */
  endingWith(suffix: string): readonly string[] {
    if (this.suffixes === null) {
      const bySuffix = new Map<string, string[]>();
      for (const path of this.paths) {
        for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
          const rest = path.slice(slash + 1);
          const list = bySuffix.get(rest);
          if (list) list.push(path);
          else bySuffix.set(rest, [path]);
        }
      }
      this.suffixes = bySuffix;
    }
    return this.suffixes.get(suffix) ?? [];
  }

  /** The tracked paths equal to `path` ignoring case, for paths written on case-insensitive Windows file systems. */
  equalIgnoringCase(path: string): readonly string[] {
    if (this.lowerCase === null) {
      const byLowerCase = new Map<string, string[]>();
      for (const tracked of this.paths) {
        const lower = tracked.toLowerCase();
        const list = byLowerCase.get(lower);
        if (list) list.push(tracked);
        else byLowerCase.set(lower, [tracked]);
      }
      this.lowerCase = byLowerCase;
    }
    return this.lowerCase.get(path.toLowerCase()) ?? [];
  }
}
