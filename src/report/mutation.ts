// The mutation evidence in one short line beside coverage, for the terminal and the Markdown summary.
import type { MutationCount, MutationSummary } from '../model.js';
import { formatPercent } from './numbers.js';

/** `85.7% (6/7 mutants detected)`, in the one number format of every rendering. */
function score(count: MutationCount): string {
  if (count.score === null) return 'not measured (no valid mutant)';
  return `${formatPercent(count.score)} (${count.killed + count.timeout}/${count.valid} mutants detected)`;
}

/** "all added lines 85.7% (6 of 7 mutants detected), AI-written lines …": plain text, no untrusted content. */
export function describeMutationScores(mutation: MutationSummary): string {
  const survivors = mutation.survivors.length;
  return (
    `all added lines ${score(mutation.all)}, AI-written lines ${score(mutation.ai)}` +
    (survivors > 0 ? `; ${survivors} line${survivors === 1 ? '' : 's'} with a surviving mutant` : '')
  );
}

/** Terminal lines: the scores, then files the reports could not be used for (paths are untrusted: the caller sanitises each line). */
export function mutationTerminalLines(mutation: MutationSummary | null | undefined): string[] {
  if (!mutation) return [];
  return [
    `changed-line mutation score: ${describeMutationScores(mutation)}`,
    ...mutation.skipped.map((entry) => `  mutation report not used for ${entry.path}: ${entry.reason}`),
    ...(mutation.unmentioned.length > 0 ? [`  not in any mutation report: ${mutation.unmentioned.join(', ')}`] : []),
  ];
}

/** The Markdown section: one line of scores (no untrusted text in it). */
export function mutationMarkdownSection(mutation: MutationSummary | null | undefined): string {
  if (!mutation) return '';
  return ['### Mutation score of added lines', '', describeMutationScores(mutation) + ' — see [docs/mutation.md](https://github.com/diffgate/diffgate/blob/main/docs/mutation.md).'].join('\n');
}
