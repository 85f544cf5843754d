import * as z from '../zod.js';

// The `publish:` section of .github/diffgate.yml (also set by action inputs). Owned by src/github/.
export const publishConfigSchema = z.strictObject({
  /** The sticky pull request comment: only while the gate fails (then kept up to date, and a short "now passing" once it passes), always, or never. */
  comment: z._default(z.enum(['always', 'on-failure', 'never']), 'on-failure'),
  /** The check run's name; also keys the sticky comment, so two gates in one repository stay apart. */
  'check-name': z._default(z.string().check(z.trim(), z.minLength(1), z.maxLength(100)), 'diffgate'),
  /** `all`: analyse and post. `analyze`: write the report files only (untrusted `pull_request` from forks). `publish`: post a report written by `analyze` (`workflow_run`). */
  mode: z._default(z.enum(['all', 'analyze', 'publish']), 'all'),
  /** Where the JSON report is written (`all`, `analyze`) or read from (`publish`), relative to the working directory. */
  'report-path': z._default(z.string().check(z.minLength(1)), 'diffgate-report.json'),
  /** Where to write a SARIF 2.1.0 file of diffgate's own findings; none when unset. */
  'sarif-output': z._default(z.nullable(z.string().check(z.minLength(1))), null),
  /**
   * One notice annotation per range of added lines no test covers (needs coverage input), within the
   * annotation budgets, after the findings. Off by default: coverage gaps are in the report already.
   * `true`/`false` also as text (the action input).
   */
  'annotate-uncovered': z._default(
    z.union([z.boolean(), z.pipe(z.enum(['true', 'false']), z.transform((text) => text === 'true'))], { error: 'expected true or false' }),
    false,
  ),
  /** Write the verdict to the job summary. */
  'job-summary': z._default(z.boolean(), true),
  /** `publish` mode: the largest report file accepted from the artifact, in bytes. */
  'max-report-bytes': z._default(z.number().check(z.int(), z.positive(), z.lte(512 * 1024 * 1024)), 50 * 1024 * 1024),
  /** When diffgate itself fails (setup, unreadable input, API, deadline): `fail` the check (closed) or let it `pass` as neutral (open). */
  'on-error': z._default(z.enum(['fail', 'pass']), 'fail'),
});

export type PublishConfig = z.infer<typeof publishConfigSchema>;
