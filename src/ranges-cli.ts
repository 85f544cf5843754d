// `diffgate ranges`: the added (or AI-written) lines of a change as StrykerJS `mutate` entries on
// stdout, what was left out and why on stderr. The change and its provenance come from the same
// stages as the gate (attributeChange), so `--ai-only` means what the gate means by AI-written.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, describeError } from './errors.js';
import { readEventFile } from './event-file.js';
import { attributeChange, prepareGate } from './gate.js';
import { Revision } from './git/index.js';
import { makeTestFileMatcher } from './project/index.js';
import { formatRanges, mutateRanges, type RangesFormat } from './evidence/mutation/ranges.js';
import { plainText } from './report/sanitize.js';
import { CHANGE_FLAGS } from './change-flags.js';
import { chooseHead } from './change-head.js';

export const RANGES_USAGE = `Usage: diffgate ranges [options]

Print the lines the change adds as StrykerJS mutate entries (src/a.ts:12-30), so a
workflow mutates exactly those lines: stryker run --mutate "$(diffgate ranges)".
Files left out (tests, type declarations) are named on stderr. See docs/mutation.md.

Options:
  --repo DIR        repository to analyse (default: current directory)
  --base REF        compare from the merge-base of REF and head (default: the default branch)
  --head REF        revision to analyse (default: HEAD)
  --include-uncommitted
                    the working tree instead: HEAD plus staged and unstaged changes to tracked files
  --config FILE     policy file, for provenance and test-file settings (default: .github/diffgate.yml, if present)
  --event FILE      a GitHub event payload (JSON): base, head and pull request signals (opener, branch,
                    labels, body) as the gate reads them, so --ai-only agrees with the gate
  --event-name NAME the event's name (default: pull_request when --event is given)
  --ai-only         only the AI-written added lines (as the gate attributes them)
  --format FORMAT   stryker (one comma-separated line, default) | lines (one a line) | json (an array)
  -h, --help        show this help`;

const FORMATS: readonly RangesFormat[] = ['stryker', 'json', 'lines'];

interface Streams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function parseRangesFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        ...CHANGE_FLAGS,
        'ai-only': { type: 'boolean' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new InputError(`${describeError(error).split('\n')[0]} (see diffgate ranges --help)`);
  }
}

/** Exit 0 with the ranges (possibly none); InputErrors propagate to the CLI's one-line handler. */
export async function runRangesCommand(argv: string[], streams: Streams): Promise<number> {
  const flags = parseRangesFlags(argv);
  if (flags.help) {
    streams.stdout(RANGES_USAGE + '\n');
    return 0;
  }
  const format = (flags.format ?? 'stryker') as RangesFormat;
  if (!FORMATS.includes(format)) throw new InputError(`--format must be one of ${FORMATS.join(', ')} (got "${plainText(flags.format ?? '', 40)}")`);
  const repo = resolve(flags.repo ?? '.');
  const head = await chooseHead(repo, { head: flags.head ?? null, event: flags.event ?? null, includeUncommitted: flags['include-uncommitted'] ?? false });
  if (head.note) streams.stderr(`diffgate ranges: ${head.note}\n`);
  const event = await readEventFile(flags.event ?? null, flags['event-name'] ?? null);
  const prepared = await prepareGate({
    repo,
    base: flags.base ?? null,
    head: head.head,
    sarif: [],
    coverage: [],
    baseCoverage: [],
    configPath: flags.config ?? join(repo, '.github', 'diffgate.yml'),
    configRequired: flags.config !== undefined,
    overrides: {},
    event,
  });
  using _objects = prepared.objects;
  using revision = Revision.ofResolvedSha(repo, prepared.range.head, prepared.objects);
  const { files, lookup } = await attributeChange(repo, prepared, event, revision);
  const { ranges, left } = mutateRanges(files, {
    aiOnly: flags['ai-only'] ?? false,
    provenance: lookup,
    isTestFile: makeTestFileMatcher(prepared.loaded.config.analysis['test-globs']),
  });
  streams.stdout(ranges.length === 0 && format !== 'json' ? '' : formatRanges(ranges, format));
  // Paths are untrusted text: shown on one line each, without control characters.
  for (const entry of left) streams.stderr(`diffgate ranges: left out ${plainText(entry.path)}: ${entry.reason}\n`);
  if (ranges.length === 0) streams.stderr(`diffgate ranges: no ${flags['ai-only'] ? 'AI-written ' : ''}added lines to mutate\n`);
  return 0;
}
