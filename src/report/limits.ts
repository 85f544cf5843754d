/** GitHub's limits, named so tests can shrink them. */
export const LIMITS = {
  checkRunTextChars: 65_535,
  commentChars: 65_536,
  jobSummaryBytes: 1024 * 1024,
  annotationsPerRequest: 50,
  workflowAnnotationsPerLevel: 10,
  /** Check-run annotations per run: the highest-ranked, the rest counted in the summary (#15: 2,505 took 53 s). */
  checkRunAnnotations: 500,
};
