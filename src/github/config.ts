import { z } from 'zod';

// The `publish:` section of .github/diffgate.yml (also set by action inputs). Owned by src/github/.
export const publishConfigSchema = z
  .object({
    /** The sticky pull request comment: only while the gate fails (then kept up to date, and a short "now passing" once it passes), always, or never. */
    comment: z.enum(['always', 'on-failure', 'never']).default('on-failure'),
    /** The check run's name; also keys the sticky comment, so two gates in one repository stay apart. */
    'check-name': z.string().trim().min(1).max(100).default('diffgate'),
    /** `all`: analyse and post. `analyze`: write the report files only (untrusted `pull_request` from forks). `publish`: post a report written by `analyze` (`workflow_run`). */
    mode: z.enum(['all', 'analyze', 'publish']).default('all'),
    /** Where the JSON report is written (`all`, `analyze`) or read from (`publish`), relative to the working directory. */
    'report-path': z.string().min(1).default('diffgate-report.json'),
    /** Where to write a SARIF 2.1.0 file of diffgate's own findings; none when unset. */
    'sarif-output': z.string().min(1).nullable().default(null),
    /**
     * One notice annotation per range of added lines no test covers (needs coverage input), within the
     * annotation budgets, after the findings. Off by default: coverage gaps are in the report already.
     * `true`/`false` also as text (the action input).
     */
    'annotate-uncovered': z
      .union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')], { error: 'expected true or false' })
      .default(false),
    /** Write the verdict to the job summary. */
    'job-summary': z.boolean().default(true),
    /** `publish` mode: the largest report file accepted from the artifact, in bytes. */
    'max-report-bytes': z.number().int().positive().max(512 * 1024 * 1024).default(50 * 1024 * 1024),
    /** When diffgate itself fails (setup, unreadable input, API, deadline): `fail` the check (closed) or let it `pass` as neutral (open). */
    'on-error': z.enum(['fail', 'pass']).default('fail'),
  })
  .strict();

export type PublishConfig = z.infer<typeof publishConfigSchema>;
