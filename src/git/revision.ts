// A commit of the repository, read from git objects (no checkout needed: a bare clone, or a head
// that is not the checked-out commit). The gate opens the head Revision once and passes it to every
// stage that reads files at head, so each file is asked of git at most once per run.
import { InputError } from '../errors.js';
import { repositoryPath, toSha, type RepoPath, type Sha } from '../ids.js';
import { BlobReader } from './blob-reader.js';
import { readTextsOf, textOf, type FileReader } from './files.js';
import { TrackedPathIndex } from './path-index.js';
import { runGit, runGitBuffer, runGitRaw } from './run.js';

/** Made in src/ids.ts (the one place a string becomes a RepoPath); exported here too for git's callers. */
export { repositoryPath };

/**
 * One commit: its tree listing, the index of its paths, and memoised blob reads through one
 * long-lived `git cat-file --batch`. Contents are the blobs exactly as committed (no smudge filters,
 * no end-of-line conversion, no textconv); line numbers match the checked-out file, since CRLF
 * conversion changes line endings, never the number of lines. Paths are repository-relative.
 * `close()` ends the cat-file process: call it when the run ends, also on errors (`using` does).
 */
export class Revision implements FileReader, Disposable {
  readonly label: string;
  /** Every path asked of git, in order: at most once each (the memo), for tests and measurements. */
  readonly blobRequests: RepoPath[] = [];
  private readonly blobs = new Map<RepoPath, Promise<Buffer | null>>();
  private readonly reader: BlobReader;
  /** False when the reader is the run's, shared with other revisions: then the run closes it, not this. */
  private readonly ownsReader: boolean;
  private tracked: Promise<readonly RepoPath[]> | null = null;
  private index: Promise<TrackedPathIndex> | null = null;

  private constructor(
    /** The folder git runs in (any folder inside the repository works). */
    readonly repo: string,
    /** The commit's full SHA. */
    readonly sha: Sha,
    reader?: BlobReader,
  ) {
    this.label = sha;
    this.reader = reader ?? new BlobReader(repo);
    this.ownsReader = reader === undefined;
  }

  /**
   * The commit `revision` names. An unknown revision is an InputError naming it; refs are passed
   * after `--end-of-options`, so a ref from outside can never be read as an option.
   */
  static async open(repo: string, revision: string): Promise<Revision> {
    const result = await runGitRaw(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
    const sha = result.stdout.trim();
    if (result.exitCode !== 0 || sha === '') {
      const problem = result.stderr.trim().split('\n')[0];
      throw new InputError(`unknown revision "${revision}" in ${repo}${problem ? `: ${problem}` : ''}`);
    }
    return new Revision(repo, toSha(sha, `git rev-parse ${revision}`));
  }

  /**
   * The commit of a full SHA that was already resolved and checked (a `DiffRange` end): no git call
   * until a file is read. A SHA that names no commit reads as absent files. With `objects`, reads go
   * through that (already running) cat-file process, which the caller closes.
   */
  static ofResolvedSha(repo: string, sha: Sha, objects?: BlobReader): Revision {
    return new Revision(repo, sha, objects);
  }

  /** A file's bytes at this commit; null when the path is not a file here (absent, a folder, a submodule). */
  readBlob(path: string): Promise<Buffer | null> {
    const inRepository = repositoryPath(path);
    // A path outside the repository (`../x`, `/etc/passwd`) is not a file of this commit.
    if (inRepository === null) return Promise.resolve(null);
    let content = this.blobs.get(inRepository);
    if (!content) {
      this.blobRequests.push(inRepository);
      content = this.request(inRepository);
      this.blobs.set(inRepository, content);
    }
    return content;
  }

  /**
   * Whether the repository has a ref (`refs/notes/ai`), asked of this Revision's cat-file: a question
   * that would otherwise cost a git process, and whose usual answer (no) saves another.
   */
  async hasRef(ref: string): Promise<boolean> {
    return (await this.reader.resolve(ref)) !== null;
  }

  async readText(path: string): Promise<string | null> {
    return textOf(await this.readBlob(path));
  }

  readTexts(paths: readonly string[]): Promise<Map<string, string>> {
    return readTextsOf(this, paths);
  }

  /** Every file (blob or symlink) tracked at this commit, with POSIX separators, sorted. */
  trackedFiles(): Promise<readonly RepoPath[]> {
    this.tracked ??= this.listTree();
    return this.tracked;
  }

  /** The tracked files indexed for path mapping (SARIF, coverage): built once per Revision. */
  pathIndex(): Promise<TrackedPathIndex> {
    this.index ??= this.trackedFiles().then((paths) => new TrackedPathIndex(paths));
    return this.index;
  }

  /** Ends the cat-file process (unless it is a shared one). Reads after this are refused. */
  close(): void {
    if (this.ownsReader) this.reader.close();
  }

  /** `using revision = …` closes it when the scope ends, also on errors. */
  [Symbol.dispose](): void {
    this.close();
  }

  private async request(path: RepoPath): Promise<Buffer | null> {
    // `sha:path` takes the path from the repository root; `repositoryPath` has removed the ./ and
    // ../ forms that git would read relative to the working folder (fatal in a bare repository).
    const objectName = `${this.sha}:${path}`;
    if (!path.includes('\n')) return this.reader.read(objectName);
    // cat-file's batch input is line based; a path holding a newline is read alone.
    const result = await runGitBuffer(this.repo, ['cat-file', 'blob', objectName]);
    return result.exitCode === 0 ? result.stdout : null;
  }

  private async listTree(): Promise<readonly RepoPath[]> {
    // --full-tree: the whole repository even when `repo` is a subfolder. Submodules (commits) are not files.
    const output = await runGit(this.repo, ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', this.sha]);
    const paths: RepoPath[] = [];
    for (const entry of output.split('\0')) {
      const tab = entry.indexOf('\t');
      if (tab < 0) continue;
      const [, type] = entry.slice(0, tab).split(' ');
      // git prints paths from the root, normalised: already repository paths.
      if (type === 'blob') paths.push(entry.slice(tab + 1) as RepoPath);
    }
    return paths.sort();
  }
}

/** Runs `read` with the Revision of `revision`, closing it afterwards (also when `read` throws). */
export async function withRevision<T>(repo: string, revision: string | Revision, read: (revision: Revision) => Promise<T>): Promise<T> {
  const opened = typeof revision === 'string' ? await Revision.open(repo, revision) : revision;
  try {
    return await read(opened);
  } finally {
    opened.close();
  }
}

/** One file at a revision, for callers outside a run (tests, scripts); a run reads through its Revision. */
export function readFileAtRevision(repo: string, revision: string, path: string): Promise<Buffer | null> {
  return withRevision(repo, revision, (opened) => opened.readBlob(path));
}

/** Every file tracked at a revision, for callers outside a run; a run asks its Revision. */
export async function listTrackedFiles(repo: string, revision: string): Promise<RepoPath[]> {
  return [...(await withRevision(repo, revision, (opened) => opened.trackedFiles()))];
}
