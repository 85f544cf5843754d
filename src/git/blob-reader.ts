// One long-lived `git cat-file --batch` process per run: a repository with thousands of test files
// must not cost thousands of `git show` processes, and reads asked for at different times (the
// changed files, then the tests, then the modules they import) share the one process.
import { InputError } from '../errors.js';
import { gitFailure, launchFailure, startGit, type GitProcess } from './run.js';

/** What a name resolved to: the object's id and type (`commit`, `blob`, `tree`, `tag`). */
export interface ObjectHeader {
  oid: string;
  type: string;
}

type PendingRead =
  | { want: 'content'; resolve(content: Buffer | null): void; reject(error: unknown): void }
  | { want: 'header'; resolve(header: ObjectHeader | null): void; reject(error: unknown): void };

const HEADER = /^([0-9a-f]+) (\w+) (\d+)$/;
const NEWLINE = 0x0a;

/**
 * Reads objects named like `<sha>:<path>` through `git cat-file --batch`, and resolves revisions
 * (`main^{commit}`) through the same process. Requests are written as they come and answered in
 * order; git flushes after each object, so a read resolves as soon as its object arrived. `close()`
 * ends the process; call it at the end of the run, also on errors (`using` does).
 */
export class BlobReader implements Disposable {
  private child: GitProcess | null = null;
  private readonly pending: PendingRead[] = [];
  /** Bytes received and not yet consumed, in arrival order (joined only when a whole piece is there). */
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The object whose content is being received: its type and size, or null while a header is awaited. */
  private body: ObjectHeader & { size: number } | null = null;
  private failure: Error | null = null;
  private closed = false;

  constructor(private readonly repo: string) {}

  /** The content of a blob; null when the object is missing or is not a blob (a tree, a submodule). */
  read(objectName: string): Promise<Buffer | null> {
    return this.ask(objectName, (resolve, reject) => ({ want: 'content', resolve, reject }));
  }

  /**
   * The id and type of the object a name resolves to (`HEAD^{commit}`, `origin/main`, `<sha>:<path>`);
   * null when git has no such object (`missing`, `ambiguous`). Costs no process of its own: a run
   * resolves every revision through the cat-file it reads files with, instead of one `rev-parse` each.
   */
  resolve(objectName: string): Promise<ObjectHeader | null> {
    return this.ask(objectName, (resolve, reject) => ({ want: 'header', resolve, reject }));
  }

  private ask<T>(objectName: string, pending: (resolve: (value: T) => void, reject: (error: unknown) => void) => PendingRead): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error(`the git object reader for ${this.repo} is closed`));
    // cat-file's input is one name per line: a name with a newline cannot be asked for here.
    if (objectName.includes('\n')) return Promise.reject(new Error('object names given to cat-file --batch cannot hold a newline'));
    const child = this.process();
    if (this.pending.length === 0) this.holdProcess(true);
    return new Promise<T>((resolve, reject) => {
      this.pending.push(pending(resolve, reject));
      child.stdin?.write(`${objectName}\n`);
    });
  }

  /**
   * An idle cat-file does not keep node running: a reader someone forgot to close (an error path between
   * two steps) must never hang the process. While a read is pending, it does.
   */
  private holdProcess(hold: boolean): void {
    const child = this.child;
    if (!child) return;
    for (const handle of [child, child.stdin, child.stdout, child.stderr] as Array<{ ref?(): void; unref?(): void } | null>) {
      if (hold) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  /** Ends the process. Reads still waiting are refused. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    const child = this.child;
    if (!child) return;
    if (this.pending.length > 0) {
      this.fail(new Error(`the git object reader for ${this.repo} was closed with reads pending`));
      child.kill();
    }
    child.stdin?.end();
  }

  /** `using objects = new BlobReader(repo)` closes it when the scope ends, also on errors. */
  [Symbol.dispose](): void {
    this.close();
  }

  private process(): GitProcess {
    if (this.child) return this.child;
    const args = ['cat-file', '--batch'];
    const child = startGit(this.repo, args, 'pipe');
    this.child = child;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => this.fail(launchFailure(this.repo, args, error)));
    child.on('close', (code) => {
      if (this.pending.length > 0) this.fail(gitFailure('git cat-file', this.repo, { stderr, exitCode: code ?? 1 }));
    });
    return child;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const read of this.pending.splice(0)) read.reject(error);
    this.holdProcess(false);
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    try {
      this.drain();
    } catch (error) {
      this.fail(error instanceof Error ? error : new InputError(String(error)));
      this.child?.kill();
    }
  }

  /** All buffered bytes as one Buffer (copied once, when a whole header or body is there). */
  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private consume(bytes: number): void {
    const rest = this.joined().subarray(bytes);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
  }

  /** Answers every request whose whole reply has arrived: `<oid> <type> <size>\n<bytes>\n`, or `<name> missing\n`. */
  private drain(): void {
    for (;;) {
      const read = this.pending[0];
      if (!read) {
        this.holdProcess(false);
        return;
      }
      if (this.body === null) {
        const newline = this.joined().indexOf(NEWLINE);
        if (newline < 0) return;
        const header = this.joined().toString('utf8', 0, newline);
        this.consume(newline + 1);
        const match = HEADER.exec(header);
        if (!match) {
          // `missing` or `ambiguous`: no content follows.
          this.pending.shift();
          read.resolve(null);
          continue;
        }
        this.body = { oid: match[1] as string, type: match[2] as string, size: Number(match[3]) };
      }
      // The content and its closing newline; the size is git's own, for bytes that follow.
      if (this.buffered < this.body.size + 1) return;
      const { oid, type, size } = this.body;
      // A header request skips the content (a commit's text) without copying it.
      const content = read.want === 'content' && type === 'blob' ? Buffer.from(this.joined().subarray(0, size)) : null;
      this.consume(size + 1);
      this.body = null;
      this.pending.shift();
      if (read.want === 'header') read.resolve({ oid, type });
      else read.resolve(content);
    }
  }
}
