// Reading, apart from deciding: the git reads of the provenance stage, each once per run.
import type { DiffRange } from '../diff/index.js';
import { describeError, isInputError } from '../errors.js';
import { Revision, type FileReader } from '../git/index.js';
import type { ChangedFile, Skipped } from '../model.js';
import type { BlameLine } from './git.js';
import { blameLines, readAgentTrace, readCommits, readGitAiNotes } from './git.js';
import type { CommitInfo } from './signals.js';

/** What the range holds: its commits, the raw git-ai notes on them, and the Agent Trace file at head. */
export interface RangeHistory {
  commits: CommitInfo[];
  notes: Map<string, string>;
  trace: string | null;
}

/** `files` is the run's head Revision, when the caller has one (see readAgentTrace). */
export async function readRangeHistory(repo: string, range: DiffRange, files?: FileReader): Promise<RangeHistory> {
  const head = files instanceof Revision ? files : undefined;
  const [commits, notes, trace] = await Promise.all([readCommits(repo, range), readGitAiNotes(repo, range, head), readAgentTrace(repo, range.head, files)]);
  return { commits, notes, trace };
}

// Blame runs are independent; a few at a time keeps a 2-core runner responsive.
const BLAME_CONCURRENCY = 4;

async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * One blame per file over base..head, by path. A file git cannot blame (e.g. line numbers it does
 * not have) gets no lines, and the reason goes to `skipped`: its lines stay unknown.
 */
export async function blameFiles(repo: string, range: DiffRange, files: ChangedFile[], skipped: Skipped[]): Promise<Map<string, BlameLine[]>> {
  const blames = await mapLimited(files, BLAME_CONCURRENCY, async (file): Promise<BlameLine[]> => {
    try {
      return await blameLines(repo, range, file.path, file.addedLines);
    } catch (error) {
      if (!isInputError(error)) throw error;
      skipped.push({ path: file.path, reason: `authorship unknown: ${describeError(error)}` });
      return [];
    }
  });
  return new Map(files.map((file, index) => [file.path, blames[index] ?? []]));
}
