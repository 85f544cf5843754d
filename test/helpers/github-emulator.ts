// A local GitHub REST API for tests: node:http on 127.0.0.1 (random port), with state (check runs
// and their annotations, issue comments, pull requests) and a validator that checks EVERY request
// — method, path template, path and query parameters, JSON body — against GitHub's own OpenAPI
// description (@octokit/openapi); list endpoints page with `page`/`per_page` and a Link header. An invalid request gets a 422 and is recorded, so a test that
// asserts `emulator.problems()` is empty fails on any request GitHub would refuse.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** The operations the emulator serves; any other request is recorded as unsupported. */
const OPERATIONS = [
  'checks/create',
  'checks/update',
  'checks/get',
  'checks/list-annotations',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'pulls/get',
  'pulls/list-commits',
  'users/get-authenticated',
] as const;

/** GitHub lists at most this many commits of a pull request (`pulls/list-commits`), whatever the pages. */
const PULL_REQUEST_COMMITS_CAP = 250;

/** A commit of a pull request as the emulator is told it: git's identities and the accounts GitHub linked. */
export interface EmulatedCommit {
  sha: string;
  message?: string;
  author?: { name: string; email: string };
  committer?: { name: string; email: string };
  /** The GitHub account linked to the author (null: GitHub could not link one). */
  authorLogin?: string | null;
  committerLogin?: string | null;
}

type OperationId = (typeof OPERATIONS)[number];

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: object;
}

interface CompiledOperation {
  operationId: OperationId;
  method: string;
  template: string;
  pattern: RegExp;
  pathNames: string[];
  validatePath: ValidateFunction;
  validateQuery: ValidateFunction;
  validateBody: ValidateFunction | null;
  bodyRequired: boolean;
}

let compiled: CompiledOperation[] | null = null;

/** Parses the (large) OpenAPI description once per test file and compiles only the operations served. */
function operations(): CompiledOperation[] {
  if (compiled) return compiled;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  // Parameters arrive as strings: coerce them to the declared types before validating.
  const paramsAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: true });
  const bodyAjv = new Ajv({ strict: false, allErrors: true });
  addFormats(paramsAjv);
  addFormats(bodyAjv);
  const found: CompiledOperation[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      const operation = raw as { operationId?: string; parameters?: Parameter[]; requestBody?: { required?: boolean; content?: Record<string, { schema?: object }> } };
      if (!OPERATIONS.includes(operation.operationId as OperationId)) continue;
      const parameters = operation.parameters ?? [];
      const objectOf = (where: string, extra: boolean) => {
        const own = parameters.filter((parameter) => parameter.in === where);
        return {
          type: 'object',
          properties: Object.fromEntries(own.map((parameter) => [parameter.name, parameter.schema ?? {}])),
          required: own.filter((parameter) => parameter.required).map((parameter) => parameter.name),
          additionalProperties: extra,
        };
      };
      const pathNames = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      found.push({
        operationId: operation.operationId as OperationId,
        method: method.toUpperCase(),
        template,
        pattern: new RegExp('^' + template.replace(/\{[^}]+\}/g, '([^/]+)') + '$'),
        pathNames,
        validatePath: paramsAjv.compile(objectOf('path', false)),
        validateQuery: paramsAjv.compile(objectOf('query', false)),
        validateBody: bodySchema ? bodyAjv.compile(bodySchema) : null,
        bodyRequired: operation.requestBody?.required === true,
      });
    }
  }
  if (found.length !== OPERATIONS.length) throw new Error(`github-emulator: found ${found.length} of ${OPERATIONS.length} operations in the OpenAPI description`);
  compiled = found;
  return found;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: OperationId | null;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** Why GitHub would refuse this request; empty when it is valid. */
  problems: string[];
}

export interface CheckRunState {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Record<string, unknown>[];
  /** The number of annotations each create/update request carried. */
  annotationBatches: number[];
}

export interface CommentState {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  /** How many times the comment was edited through the API. */
  edits: number;
}

export interface Fault {
  operationId: OperationId;
  status: number;
  message?: string;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1; Infinity for a lasting denial). */
  times?: number;
  /** Accept the request and never answer it (an API that hangs); `status` is then unused. */
  hang?: boolean;
}

export class GitHubEmulator {
  readonly requests: RecordedRequest[] = [];
  readonly checkRuns: CheckRunState[] = [];
  readonly comments = new Map<number, CommentState[]>();
  readonly pullRequests = new Map<number, { number: number; headSha: string; state: string }>();
  /** The items `pulls/list-commits` answers with, per pull request (unknown pull requests answer 404, as GitHub does). */
  readonly pullRequestCommits = new Map<number, unknown[]>();
  private readonly faults: (Fault & { left: number })[] = [];
  private nextId = 1000;
  /** The login `GET /user` answers with; null answers 403 as it does for the workflow's GITHUB_TOKEN. */
  viewer: string | null = null;
  private server: Server | null = null;
  url = '';

  constructor(
    readonly owner: string,
    readonly repo: string,
  ) {}

  static async start(owner = 'octo-org', repo = 'octo-repo'): Promise<GitHubEmulator> {
    const emulator = new GitHubEmulator(owner, repo);
    operations();
    emulator.server = createServer((request, response) => void emulator.handle(request, response));
    await new Promise<void>((resolve) => emulator.server!.listen(0, '127.0.0.1', resolve));
    emulator.url = `http://127.0.0.1:${(emulator.server.address() as AddressInfo).port}`;
    return emulator;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Forgets requests, state and faults between tests (the server keeps running). */
  reset(): void {
    this.requests.length = 0;
    this.checkRuns.length = 0;
    this.comments.clear();
    this.pullRequests.clear();
    this.pullRequestCommits.clear();
    this.faults.length = 0;
    this.viewer = null;
  }

  fail(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  addPullRequest(number: number, headSha: string): void {
    this.pullRequests.set(number, { number, headSha, state: 'open' });
  }

  /** Adds commits to a pull request, in order, as GitHub's REST API renders them. */
  addPullRequestCommits(number: number, commits: EmulatedCommit[]): void {
    const list = this.pullRequestCommits.get(number) ?? [];
    list.push(...commits.map((commit) => this.commitJson(commit)));
    this.pullRequestCommits.set(number, list);
  }

  addComment(issue: number, body: string, login = 'octocat'): CommentState {
    const now = new Date().toISOString();
    const comment: CommentState = { id: this.nextId++, body, user: { login, type: 'User' }, created_at: now, updated_at: now, edits: 0 };
    const list = this.comments.get(issue) ?? [];
    list.push(comment);
    this.comments.set(issue, list);
    return comment;
  }

  /** Every request GitHub would have refused, as `METHOD path: problem` lines. */
  problems(): string[] {
    return this.requests.flatMap((request) => request.problems.map((problem) => `${request.method} ${request.path}: ${problem}`));
  }

  requestsFor(operationId: OperationId): RecordedRequest[] {
    return this.requests.filter((request) => request.operationId === operationId);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.url);
    const method = (request.method ?? 'GET').toUpperCase();
    const query = Object.fromEntries(url.searchParams);
    const record: RecordedRequest = { method, path: url.pathname, operationId: null, query, body: null, status: 0, problems: [] };
    this.requests.push(record);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-request-id': `EMU:${this.requests.length}`, ...headers });
      response.end(data === undefined ? '' : JSON.stringify(data));
    };

    const match = this.route(method, url.pathname);
    if (!match) {
      record.problems.push('no such operation in the emulator (unsupported or wrong path)');
      return send(404, { message: 'Not Found', status: '404' });
    }
    const { operation, params } = match;
    record.operationId = operation.operationId;

    if (!/^(token|Bearer) \S+/.test(request.headers.authorization ?? '')) record.problems.push('no Authorization header');
    if (!operation.validatePath(params)) record.problems.push(`path parameters: ${describe(operation.validatePath)}`);
    if (!operation.validateQuery({ ...query })) record.problems.push(`query: ${describe(operation.validateQuery)}`);
    if (raw !== '') {
      try {
        record.body = JSON.parse(raw);
      } catch {
        record.problems.push('body is not JSON');
      }
    }
    if (operation.validateBody) {
      if (raw === '' && operation.bodyRequired) record.problems.push('body: required');
      else if (record.body !== null && !operation.validateBody(record.body)) record.problems.push(`body: ${describe(operation.validateBody)}`);
    } else if (raw !== '') record.problems.push('this operation takes no body');
    // GitHub refuses a check run on anything but a full commit SHA.
    if (operation.operationId === 'checks/create' && !/^[0-9a-f]{40}$/.test(String((record.body as { head_sha?: unknown } | null)?.head_sha))) {
      record.problems.push('head_sha: not a full commit SHA');
    }
    if (record.problems.length > 0) return send(422, { message: 'Validation Failed', errors: record.problems, status: '422' });

    const fault = this.faults.find((candidate) => candidate.operationId === operation.operationId && candidate.left > 0);
    if (fault) {
      fault.left -= 1;
      if (fault.hang) return;
      return send(fault.status, { message: fault.message ?? 'Emulated failure', status: String(fault.status) }, fault.headers);
    }
    this.serve(operation.operationId, params, query, record, send);
  }

  private route(method: string, path: string): { operation: CompiledOperation; params: Record<string, string> } | null {
    for (const operation of operations()) {
      if (operation.method !== method) continue;
      const found = operation.pattern.exec(path);
      if (!found) continue;
      const params = Object.fromEntries(operation.pathNames.map((name, index) => [name, decodeURIComponent(found[index + 1]!)]));
      return { operation, params };
    }
    return null;
  }

  private serve(
    operationId: OperationId,
    params: Record<string, string>,
    query: Record<string, string>,
    record: RecordedRequest,
    send: (status: number, data: unknown, headers?: Record<string, string>) => void,
  ): void {
    if (operationId !== 'users/get-authenticated' && (params['owner'] !== this.owner || params['repo'] !== this.repo)) {
      return send(404, { message: 'Not Found', status: '404' });
    }
    const body = (record.body ?? {}) as Record<string, unknown>;
    switch (operationId) {
      case 'checks/create': {
        const run: CheckRunState = {
          id: this.nextId++,
          name: String(body['name']),
          head_sha: String(body['head_sha']),
          status: 'queued',
          conclusion: null,
          output: { title: null, summary: null, text: null },
          annotations: [],
          annotationBatches: [],
        };
        this.checkRuns.push(run);
        this.applyCheckRun(run, body, record);
        return send(201, this.checkRunJson(run));
      }
      case 'checks/update': {
        const run = this.checkRuns.find((candidate) => candidate.id === Number(params['check_run_id']));
        if (!run) return send(404, { message: 'Not Found', status: '404' });
        this.applyCheckRun(run, body, record);
        return send(200, this.checkRunJson(run));
      }
      case 'checks/get': {
        const run = this.checkRuns.find((candidate) => candidate.id === Number(params['check_run_id']));
        return run ? send(200, this.checkRunJson(run)) : send(404, { message: 'Not Found', status: '404' });
      }
      case 'checks/list-annotations': {
        const run = this.checkRuns.find((candidate) => candidate.id === Number(params['check_run_id']));
        if (!run) return send(404, { message: 'Not Found', status: '404' });
        return this.sendPage(run.annotations, query, record, send);
      }
      case 'issues/list-comments': {
        const list = this.comments.get(Number(params['issue_number'])) ?? [];
        return this.sendPage(list.map((comment) => this.commentJson(comment, Number(params['issue_number']))), query, record, send);
      }
      case 'issues/create-comment': {
        const issue = Number(params['issue_number']);
        const comment = this.addComment(issue, String(body['body']), 'github-actions[bot]');
        comment.user.type = 'Bot';
        return send(201, this.commentJson(comment, issue));
      }
      case 'issues/update-comment': {
        for (const [issue, list] of this.comments) {
          const comment = list.find((candidate) => candidate.id === Number(params['comment_id']));
          if (!comment) continue;
          comment.body = String(body['body']);
          comment.edits += 1;
          comment.updated_at = new Date().toISOString();
          return send(200, this.commentJson(comment, issue));
        }
        return send(404, { message: 'Not Found', status: '404' });
      }
      case 'users/get-authenticated': {
        if (this.viewer === null) return send(403, { message: 'Resource not accessible by integration', status: '403' });
        return send(200, { login: this.viewer, id: 1, type: 'User' });
      }
      case 'pulls/list-commits': {
        const commits = this.pullRequestCommits.get(Number(params['pull_number']));
        if (!commits) return send(404, { message: 'Not Found', status: '404' });
        return this.sendPage(commits.slice(0, PULL_REQUEST_COMMITS_CAP), query, record, send);
      }
      case 'pulls/get': {
        const pull = this.pullRequests.get(Number(params['pull_number']));
        if (!pull) return send(404, { message: 'Not Found', status: '404' });
        return send(200, {
          id: pull.number * 10,
          number: pull.number,
          state: pull.state,
          html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pull.number}`,
          head: { sha: pull.headSha, ref: 'feature', repo: { full_name: `${this.owner}/${this.repo}` } },
          base: { sha: '0'.repeat(40), ref: 'main', repo: { full_name: `${this.owner}/${this.repo}` } },
        });
      }
    }
  }

  /** GitHub's semantics on top of the schema: conclusion with completed, annotations appended. */
  private applyCheckRun(run: CheckRunState, body: Record<string, unknown>, record: RecordedRequest): void {
    if (typeof body['name'] === 'string') run.name = body['name'];
    if (typeof body['status'] === 'string') run.status = body['status'];
    if (typeof body['conclusion'] === 'string') {
      run.conclusion = body['conclusion'];
      run.status = 'completed';
    }
    if (run.status === 'completed' && run.conclusion === null) record.problems.push('status completed needs a conclusion');
    const output = body['output'] as { title?: string; summary?: string; text?: string; annotations?: Record<string, unknown>[] } | undefined;
    if (output) {
      run.output = { title: output.title ?? null, summary: output.summary ?? null, text: output.text ?? null };
      const annotations = output.annotations ?? [];
      run.annotations.push(...annotations);
      run.annotationBatches.push(annotations.length);
    }
  }

  private sendPage(
    items: unknown[],
    query: Record<string, string>,
    record: RecordedRequest,
    send: (status: number, data: unknown, headers?: Record<string, string>) => void,
  ): void {
    const perPage = Math.min(Number(query['per_page'] ?? 30), 100);
    const page = Number(query['page'] ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (target: number, rel: string) => {
      const next = new URL(record.path, this.url);
      for (const [key, value] of Object.entries(query)) next.searchParams.set(key, value);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(target));
      return `<${next.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    send(200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {});
  }

  private checkRunJson(run: CheckRunState): Record<string, unknown> {
    return {
      id: run.id,
      name: run.name,
      head_sha: run.head_sha,
      status: run.status,
      conclusion: run.conclusion,
      html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}`,
      output: { ...run.output, annotations_count: run.annotations.length },
    };
  }

  /** A commit item of `pulls/list-commits`, with the fields GitHub's schema requires. */
  private commitJson(commit: EmulatedCommit): Record<string, unknown> {
    const api = `${this.url}/repos/${this.owner}/${this.repo}`;
    const author = commit.author ?? { name: 'Ada Person', email: 'ada@example.com' };
    const committer = commit.committer ?? author;
    const date = '2026-01-01T00:00:00Z';
    const account = (login: string | null | undefined) =>
      login ? { login, id: this.nextId++, node_id: `U_${login}`, type: login.endsWith('[bot]') ? 'Bot' : 'User', site_admin: false, html_url: `https://github.com/${login}` } : null;
    return {
      url: `${api}/commits/${commit.sha}`,
      sha: commit.sha,
      node_id: `C_${commit.sha.slice(0, 12)}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/commit/${commit.sha}`,
      comments_url: `${api}/commits/${commit.sha}/comments`,
      commit: {
        url: `${api}/git/commits/${commit.sha}`,
        author: { ...author, date },
        committer: { ...committer, date },
        message: commit.message ?? 'commit',
        comment_count: 0,
        tree: { sha: '0'.repeat(40), url: `${api}/git/trees/${'0'.repeat(40)}` },
      },
      author: account(commit.authorLogin),
      committer: account(commit.committerLogin),
      parents: [],
    };
  }

  private commentJson(comment: CommentState, issue: number): Record<string, unknown> {
    return {
      id: comment.id,
      body: comment.body,
      user: comment.user,
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${comment.id}`,
    };
  }
}

function describe(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'invalid'}`).join('; ');
}
