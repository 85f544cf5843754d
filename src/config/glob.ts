// The one glob type of the configuration. Every glob-valued key (`policy.ignore`,
// `policy.overrides[].paths`, `coverage.exclude`, `coverage.ignore-unmentioned`,
// `provenance.ai-paths`, `analysis.test-globs`, the `missing-tests` rule's `ignore`) is a list read the
// way .gitignore is read, so that `!` means the same thing under every key:
//
// - each pattern is a minimatch glob on the repository-relative path, `*` and `**` also match dot files;
// - a pattern starting with `!` takes back paths that earlier patterns matched; the last pattern that
//   matches a path decides (`['src/**', '!src/keep.ts']` is every file under src/ except keep.ts);
// - `#` is an ordinary character (file names may start with it), not a comment.
//
// Before, `coverage.exclude` read `!x` as "every path except x" on its own and `policy.ignore` read it
// as a literal `!`; a list with only negations now matches nothing, as in .gitignore.
import { GLOBSTAR, Minimatch } from 'minimatch';
import * as z from '../zod.js';

const PATTERN_OPTIONS = { dot: true, nocomment: true, nonegate: true } as const;

export interface GlobList {
  /** The patterns as written in the configuration. */
  readonly patterns: readonly string[];
  matches(path: string): boolean;
  /** The positive pattern that decided a match (for messages and signals), or null when the path does not match. */
  matchingPattern(path: string): string | null;
}

interface CompiledPattern {
  pattern: string;
  negated: boolean;
  /** Whether the pattern matches the path, exactly as minimatch's `match` decides. */
  test: (path: string) => boolean;
}

/**
 * A pattern's matcher. minimatch's `match` splits the path and walks its parts on every call; the pattern's
 * regular expression is several times faster, and for a pattern with at most one `**`, a path it rejects,
 * `match` rejects too (checked on random patterns and paths in test/policy/globs.test.ts). It can accept more
 * (`test/**` against a file named `test`), so `match` confirms what the expression accepts, and decides alone
 * for a path ending in `/` (git never prints one). Most paths fail most patterns: the fast answer is the common one.
 */
function patternTest(glob: Minimatch): (path: string) => boolean {
  // With two globstars, minimatch's expression can lose one: for `src/**/__tests__/**` it rejects
  // `src/a/__tests__/x.ts`, which `match` accepts. Such a pattern is asked of `match` alone.
  const expression = glob.set.some((parts) => parts.filter((part) => part === GLOBSTAR).length > 1) ? false : glob.makeRe();
  if (expression === false) return (path) => glob.match(path);
  return (path) => (path.endsWith('/') || expression.test(path)) && glob.match(path);
}

/** Compiles a list once; match with the returned object as often as needed. */
export function compileGlobs(patterns: readonly string[]): GlobList {
  const compiled: CompiledPattern[] = patterns.map((pattern) => {
    const negated = pattern.startsWith('!');
    return { pattern, negated, test: patternTest(new Minimatch(negated ? pattern.slice(1) : pattern, PATTERN_OPTIONS)) };
  });
  function decidingPattern(path: string): CompiledPattern | null {
    // Last match wins: walk from the end and stop at the first pattern that matches.
    for (let index = compiled.length - 1; index >= 0; index--) {
      const entry = compiled[index]!;
      if (entry.test(path)) return entry;
    }
    return null;
  }
  return {
    patterns: [...patterns],
    matches: (path) => {
      const entry = decidingPattern(path);
      return entry !== null && !entry.negated;
    },
    matchingPattern: (path) => {
      const entry = decidingPattern(path);
      return entry === null || entry.negated ? null : entry.pattern;
    },
  };
}

const compiledLists = new WeakMap<readonly string[], GlobList>();

/**
 * compileGlobs once per list: a run's parsed configuration is one object, and the same list is asked for on every
 * file (a rule's options, the test globs), where compiling (minimatch) costs about 1 ms. Lists from the
 * configuration are never changed after parsing; a list built for one call compiles as before.
 */
export function compiledGlobsOf(patterns: readonly string[]): GlobList {
  let compiled = compiledLists.get(patterns);
  if (!compiled) {
    compiled = compileGlobs(patterns);
    compiledLists.set(patterns, compiled);
  }
  return compiled;
}

/** The schema of a glob-valued key: a list of non-empty patterns (`!` re-includes, see above). */
export const globListSchema = z.array(z.string({ error: 'expected a glob' }).check(z.minLength(1, 'expected a non-empty glob')), { error: 'expected a list of globs' });
