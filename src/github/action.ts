// What one run of the action does, by mode. Takes the gateway and the runner as parameters and
// returns the outputs and the failure message (if any): main.ts does the I/O and the one setFailed.
import { resolve } from 'node:path';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { describeError, InputError } from '../errors.js';
import { mergeGroupOf, pullRequestOf, type EventContext } from '../event.js';
import { prepareGate as prepareGateDefault, type GateOptions, type GateResult, type PreparedGate } from '../gate.js';
import type { Report } from '../model.js';
import { judge } from '../policy/index.js';
import { LIMITS, renderJson, renderSarif, withoutWorkflowCommands, type ReportLinks } from '../report/index.js';
import { stageGroups } from '../report/log.js';
import { renderTerminalSummary } from '../report/terminal.js';
import {
  checkHeadSha,
  pullRequestFilePath,
  readUntrustedPullRequestFile,
  readUntrustedReport,
  writePullRequestFile,
  writeTextFile,
  type PullRequestFile,
} from './artifact.js';
import { failCheckRun, type OnError } from './checks.js';
import { fenceGateway, startDeadline, type Deadline } from './deadline.js';
import type { GitHubGateway } from './gateway.js';
import type { ActionInputs } from './inputs.js';
import { describePullRequestCommits, readPullRequestCommits } from './pull-request-commits.js';
import { budgetRunner, jobSummaryMarkdown, publishReport, startCheckRun, type ActionsRunner, type Limits, type PublishResult } from './publish.js';

export interface ActionContext {
  inputs: ActionInputs;
  event: EventContext;
  /** GITHUB_SHA: the commit for pushes and other events without a pull request. */
  sha: string;
  gateway: GitHubGateway | null;
  runner: ActionsRunner;
  runGate: (options: GateOptions) => Promise<GateResult>;
  /** Resolves the range and loads the configuration once, before the check run starts (default: gate.ts's). */
  prepareGate?: (options: GateOptions) => Promise<PreparedGate>;
  toolVersion: string;
  limits?: Limits;
  /** The repository and workflow run pages (from GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID). */
  links?: ReportLinks;
}

/** Links from the runner's environment: the repository (for file:line links) and this workflow run (its job summary). */
export function actionLinks(env: Record<string, string | undefined>): ReportLinks {
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^https?:\/\/[^\s()<>]+$/.test(server)) return {};
  const repositoryUrl = `${server}/${repository}`;
  const runId = env['GITHUB_RUN_ID'] ?? '';
  return { repositoryUrl, ...(/^\d+$/.test(runId) ? { jobSummaryUrl: `${repositoryUrl}/actions/runs/${runId}` } : {}) };
}

export interface ActionOutcome {
  outputs: Record<string, string>;
  /** The message for the step's one `setFailed`, or null when the step passes. */
  failure: string | null;
  /** The deadline passed with work still running: the entry point ends the process instead of waiting for it. */
  abandoned?: boolean;
}

/** The commit the check run belongs to: the pull request's head, not the merge commit GITHUB_SHA points at. */
export function checkRunSha(event: EventContext, sha: string): string {
  const pullRequest = pullRequestOf(event);
  if (pullRequest?.headSha) return pullRequest.headSha;
  const group = mergeGroupOf(event);
  if (group?.headSha) return group.headSha;
  const run = workflowRunOf(event);
  if (run?.headSha) return run.headSha;
  return sha;
}

function workflowRunOf(event: EventContext): { headSha: string; event: string } | null {
  const run = event.payload?.['workflow_run'];
  if (typeof run !== 'object' || run === null) return null;
  const { head_sha: headSha, event: trigger } = run as Record<string, unknown>;
  return { headSha: typeof headSha === 'string' ? headSha : '', event: typeof trigger === 'string' ? trigger : '' };
}

function oneLine(error: unknown): string {
  return describeError(error).split('\n')[0]!;
}

function reportOutputs(report: Report, paths: { report: string; sarif: string | null }): Record<string, string> {
  const count = (level: string) => String(report.findings.filter((finding) => finding.level === level).length);
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? '' : value.toFixed(2));
  return {
    verdict: report.verdict.status,
    findings: String(report.findings.length),
    errors: count('error'),
    warnings: count('warning'),
    notes: count('note'),
    'added-lines': String(report.files.reduce((sum, file) => sum + file.addedLines.length, 0)),
    'ai-lines': String(report.provenance.counts.ai),
    'changed-coverage': percent(report.coverage?.changed.percent),
    'ai-coverage': percent(report.coverage?.ai.percent),
    // The changed-line mutation score as Stryker counts it; empty without a report or a valid mutant.
    'mutation-score': percent(report.mutation?.all.score),
    'mutation-score-ai': percent(report.mutation?.ai.score),
    'report-path': paths.report,
    'sarif-path': paths.sarif ?? '',
  };
}

function verdictFailure(report: Report, checkName: string, published: PublishResult | null): string | null {
  if (report.verdict.status !== 'fail') return null;
  const failed = report.verdict.conditions.filter((condition) => condition.status === 'fail').map((condition) => condition.id);
  const where = [published?.checkRunId != null ? 'the check run' : '', published?.jobSummaryWritten !== false ? 'the job summary' : ''].filter(Boolean).join(' or ');
  return `${checkName}: the gate failed${failed.length > 0 ? ` (${failed.join(', ')})` : ''}${where ? `; see ${where}` : ''}`;
}

/** Where the results went, or why not: one line each, at the end of the log. */
function describeDestinations(result: PublishResult, hasGateway: boolean, links: ReportLinks): string[] {
  const lines: string[] = [];
  if (result.checkRunId !== null) {
    const omitted = result.annotationsOmitted > 0 ? `; ${result.annotationsOmitted} more findings not annotated (cap)` : '';
    lines.push(`check run: ${links.repositoryUrl ? `${links.repositoryUrl}/runs/${result.checkRunId}` : `#${result.checkRunId}`} (${result.annotationsSent} annotations${omitted})`);
  } else {
    lines.push(`check run: none (${hasGateway ? 'the token could not create or complete it; see the warning above' : 'no github-token'}); ${result.workflowAnnotations} findings shown as workflow annotations instead`);
  }
  if (result.comment) lines.push(`comment: ${result.comment.action} (${result.comment.reason})${result.comment.comment?.url ? ` ${result.comment.comment.url}` : ''}`);
  else lines.push(`comment: none (${hasGateway ? 'no pull request, comment: never, or it could not be written' : 'no github-token'})`);
  lines.push(`job summary: ${result.jobSummaryWritten ? `written${links.jobSummaryUrl ? ` (${links.jobSummaryUrl})` : ''}` : 'not written'}`);
  return lines;
}

/** The log of a finished gate: one group per stage with counts and time, then the terminal summary. */
function logGate(runner: ActionsRunner, gate: GateResult, elapsedMs: number): void {
  for (const group of stageGroups(gate.report, { range: gate.range, warnings: gate.warnings, timings: gate.timings })) {
    if (runner.group) runner.group(group.title, group.lines);
    else for (const line of [group.title, ...group.lines]) runner.info(line);
  }
  runner.info(`diffgate: gate done in ${(elapsedMs / 1000).toFixed(1)} s`);
  for (const line of renderTerminalSummary(gate.report, { verbose: true, range: gate.range }).trimEnd().split('\n')) runner.info(withoutWorkflowCommands(line));
}

async function writeReportFiles(report: Report, config: Config, inputs: ActionInputs, toolVersion: string) {
  const reportPath = resolve(inputs.workingDirectory, config.publish['report-path']);
  await writeTextFile(reportPath, renderJson(report));
  const sarifSetting = config.publish['sarif-output'];
  const sarifPath = sarifSetting === null ? null : resolve(inputs.workingDirectory, sarifSetting);
  if (sarifPath) await writeTextFile(sarifPath, JSON.stringify(renderSarif(report, toolVersion, { uncovered: config.publish['annotate-uncovered'] }), null, 2) + '\n');
  return { report: reportPath, sarif: sarifPath };
}

function gateOptions(context: ActionContext, prepared?: PreparedGate): GateOptions {
  const { inputs } = context;
  return {
    repo: inputs.workingDirectory,
    sarif: inputs.sarif,
    coverage: inputs.coverage,
    baseCoverage: inputs.baseCoverage,
    mutation: inputs.mutation,
    configPath: inputs.configPath,
    configRequired: inputs.configRequired,
    overrides: inputs.overrides,
    overrideNames: inputs.overrideNames,
    event: context.event,
    ...(prepared ? { prepared } : {}),
  };
}

/**
 * The configuration, loaded once per run. On `workflow_run` (publish mode) the checkout is the
 * default branch, the trusted side, and there is no change to take a base from: the file on disk
 * is read. Otherwise the range is resolved first so the policy comes from the base commit, and the
 * mode, check name and thresholds cannot be changed by the pull request being judged.
 */
async function loadOnce(context: ActionContext): Promise<{ loaded: LoadedConfig; prepared: PreparedGate | null }> {
  const { inputs } = context;
  if (context.event.name === 'workflow_run') {
    const loaded = await loadConfig({ path: inputs.configPath, required: inputs.configRequired, overrides: inputs.overrides, overrideNames: inputs.overrideNames, revisions: null });
    return { loaded, prepared: null };
  }
  const prepared = await (context.prepareGate ?? prepareGateDefault)(gateOptions(context));
  return { loaded: prepared.loaded, prepared };
}

/** `on-error` before the config file is read: from the input, else fail closed. */
function inputOnError(inputs: ActionInputs): OnError {
  const publish = inputs.overrides['publish'] as Record<string, unknown> | undefined;
  return publish?.['on-error'] === 'pass' ? 'pass' : 'fail';
}

/**
 * diffgate's own failure → the step's outcome: with `on-error: pass` the step passes with a warning
 * that says it is diffgate's error (fail closed, the default, fails the step).
 */
function diffgateError(runner: ActionsRunner, onError: OnError, message: string, abandoned = false): ActionOutcome {
  if (onError === 'fail') return { outputs: { verdict: 'error' }, failure: message, abandoned };
  runner.warning(`diffgate error (not a problem in the code under review), passing because on-error is pass: ${message}`);
  return { outputs: { verdict: 'error' }, failure: null, abandoned };
}

/** The check name before the config file is read: from the input, else the schema's default. */
function inputCheckName(inputs: ActionInputs): string {
  const publish = inputs.overrides['publish'] as Record<string, unknown> | undefined;
  const name = publish?.['check-name'];
  return typeof name === 'string' && name !== '' ? name : 'diffgate';
}

export async function runActionWith(context: ActionContext): Promise<ActionOutcome> {
  const { inputs, gateway } = context;
  // One count of workflow commands for the whole step: findings and diffgate's own messages share GitHub's caps.
  const runner = budgetRunner(context.runner, (context.limits ?? LIMITS).workflowAnnotationsPerLevel);
  context = { ...context, runner };
  const headSha = checkRunSha(context.event, context.sha);

  let config: Config;
  let prepared: PreparedGate | null;
  let loaded: LoadedConfig;
  try {
    ({ loaded, prepared } = await loadOnce(context));
    config = loaded.config;
  } catch (error) {
    // No config, no mode: report on a check run anyway (unless it is clearly the untrusted analyze job).
    const publish = inputs.overrides['publish'] as Record<string, unknown> | undefined;
    if (publish?.['mode'] !== 'analyze') {
      const id = await startCheckRun(gateway, inputCheckName(inputs), headSha, runner);
      if (gateway && id !== null) await failCheckRun(gateway, id, oneLine(error), inputOnError(inputs)).catch((problem) => runner.warning(oneLine(problem)));
    }
    return diffgateError(runner, inputOnError(inputs), oneLine(error));
  }

  const onError = config.publish['on-error'];
  const deadline = startDeadline(inputs.deadlineSeconds * 1000);
  try {
    const mode = config.publish.mode;
    if (mode === 'analyze') return await analyze(context, config, prepared, deadline);
    const checkName = config.publish['check-name'];
    const checkRunId = await startCheckRun(gateway, checkName, headSha, runner);
    try {
      // Work that outlives the deadline keeps running in the background until the process ends: it
      // must not reach the API (and overwrite the completed check run) in the meantime.
      const fenced = gateway && fenceGateway(gateway, deadline);
      const published = await deadline.race(
        mode === 'publish' ? publishFromArtifact({ ...context, gateway: fenced }, loaded, headSha) : analyzeAndWrite({ ...context, gateway: fenced }, prepared),
      );
      // The checks of the head commit rather than this run's id: the comment stays the same (and is not
      // edited again) while the verdict does.
      const checksUrl = checkRunId !== null && context.links?.repositoryUrl && /^[0-9a-f]{40,64}$/.test(headSha) ? `${context.links.repositoryUrl}/commit/${headSha}/checks` : null;
      const links: ReportLinks = { ...context.links, ...(checksUrl ? { checkRunUrl: checksUrl } : {}) };
      const target = { checkName, checkRunId, pullRequestNumber: published.pullRequestNumber, links };
      const result = await deadline.race(publishReport(published.report, config.publish, target, fenced, runner, context.limits));
      const outputs = {
        ...reportOutputs(published.report, published.paths),
        'check-run-id': result.checkRunId === null ? '' : String(result.checkRunId),
        'comment-url': result.comment?.comment?.url ?? '',
      };
      for (const line of describeDestinations(result, gateway !== null, links)) runner.info(`diffgate: ${line}`);
      return { outputs, failure: verdictFailure(published.report, checkName, result) };
    } catch (error) {
      if (gateway && checkRunId !== null) await failCheckRun(gateway, checkRunId, oneLine(error), onError).catch((problem) => runner.warning(oneLine(problem)));
      return diffgateError(runner, onError, oneLine(error), deadline.expired);
    }
  } finally {
    deadline.clear();
  }
}

async function analyzeAndWrite(context: ActionContext, prepared: PreparedGate | null) {
  const started = Date.now();
  // Before the gate, once: the pull request's commits as the API reports them, for provenance.
  const pullRequestCommits = await readPullRequestCommits(context.gateway, context.event, prepared?.loaded.config.ai ?? 'auto');
  if (pullRequestCommits) context.runner.info(`diffgate: ${describePullRequestCommits(pullRequestCommits)}`);
  const gate = await context.runGate({ ...gateOptions(context, prepared ?? undefined), ...(pullRequestCommits ? { pullRequestCommits } : {}) });
  logGate(context.runner, gate, Date.now() - started);
  const paths = await writeReportFiles(gate.report, gate.config, context.inputs, context.toolVersion);
  return { report: gate.report, paths, pullRequestNumber: pullRequestOf(context.event)?.number || null };
}

/** `mode: analyze`: the report and the pull request's number as files for upload-artifact; nothing posted. */
async function analyze(context: ActionContext, config: Config, prepared: PreparedGate | null, deadline: Deadline): Promise<ActionOutcome> {
  try {
    // Work that outlives the deadline must not reach the API either.
    const fenced = context.gateway && fenceGateway(context.gateway, deadline);
    const { report, paths, pullRequestNumber } = await deadline.race(analyzeAndWrite({ ...context, gateway: fenced }, prepared));
    const written = [paths.report];
    if (pullRequestNumber !== null) written.push(await writePullRequestFile(paths.report, { number: pullRequestNumber, headSha: report.head }));
    context.runner.info(`diffgate: verdict ${report.verdict.status}; wrote ${written.join(', ')} for the publish workflow.`);
    if (config.publish['job-summary']) {
      await context.runner
        .writeJobSummary(jobSummaryMarkdown(report, config.publish['check-name'], (context.limits ?? LIMITS).jobSummaryBytes))
        .catch((error: unknown) => context.runner.warning(`cannot write the job summary: ${oneLine(error)}`));
    }
    // The verdict is published (and gates) from the workflow_run job; failing here would only hide the artifact.
    return { outputs: reportOutputs(report, paths), failure: null };
  } catch (error) {
    return diffgateError(context.runner, config.publish['on-error'], oneLine(error), deadline.expired);
  }
}

/**
 * `mode: publish` on `workflow_run`: the report is data from the pull request's workflow. It is
 * read size-capped and schema-checked, must be about the commit the run tested, and its verdict is
 * decided again with this (trusted, default-branch) policy so a pull request cannot loosen it.
 */
async function publishFromArtifact(context: ActionContext, loaded: LoadedConfig, runHeadSha: string) {
  const { config } = loaded;
  if (context.event.name !== 'workflow_run' || !workflowRunOf(context.event)?.headSha) {
    throw new InputError(`mode publish runs on the workflow_run event (this run is ${context.event.name ?? 'outside GitHub Actions'}): see docs/github.md`);
  }
  const reportPath = resolve(context.inputs.workingDirectory, config.publish['report-path']);
  const untrusted = await readUntrustedReport(reportPath, config.publish['max-report-bytes']);
  const sidecar = pullRequestFilePath(reportPath);
  const pullRequestFile = await readUntrustedPullRequestFile(sidecar).catch((error: unknown) => {
    if (error instanceof InputError && /\(ENOENT\)/.test(error.message)) return null;
    throw error;
  });
  checkHeadSha(untrusted, pullRequestFile, runHeadSha);

  // Thresholds, ignores and per-path rules come from this workflow's config. (Finding levels the
  // analysing run already lowered cannot be raised back: the report does not keep the originals.)
  const judged = judge(untrusted, loaded.policy);
  const report: Report = { ...untrusted, findings: judged.findings, coverage: judged.coverage, mutation: judged.mutation, verdict: judged.verdict };

  const paths = await writePublishedSarif(context, config, report, reportPath);
  const pullRequestNumber = await verifiedPullRequest(context, pullRequestFile, runHeadSha);
  return { report, paths, pullRequestNumber };
}

/** The pull request named by the (untrusted) file, only if the API says its head is the tested commit. */
async function verifiedPullRequest(context: ActionContext, file: PullRequestFile | null, runHeadSha: string): Promise<number | null> {
  if (!file || !context.gateway) return null;
  try {
    const pullRequest = await context.gateway.getPullRequest(file.number);
    if (pullRequest.headSha === runHeadSha) return pullRequest.number;
    context.runner.warning(`pull request #${pullRequest.number} has moved on to ${pullRequest.headSha.slice(0, 12)}: not commenting a verdict for ${runHeadSha.slice(0, 12)}`);
  } catch (error) {
    context.runner.warning(`${oneLine(error)}: not commenting`);
  }
  return null;
}

async function writePublishedSarif(context: ActionContext, config: Config, report: Report, reportPath: string) {
  const paths = { report: reportPath, sarif: null as string | null };
  if (config.publish['sarif-output'] !== null) {
    paths.sarif = resolve(context.inputs.workingDirectory, config.publish['sarif-output']);
    await writeTextFile(paths.sarif, JSON.stringify(renderSarif(report, context.toolVersion, { uncovered: config.publish['annotate-uncovered'] }), null, 2) + '\n');
  }
  return paths;
}
