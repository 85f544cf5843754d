// The checked-out files on disk, behind the same interface as the head `Revision`. Only for
// callers that have no head commit to read (library use and tests): the gate reads the Revision.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readTextsOf, textOf, type FileReader } from './files.js';
import { repositoryPath } from './revision.js';

export class WorkingTree implements FileReader {
  readonly label: string;

  constructor(readonly root: string) {
    this.label = `the working tree at ${root}`;
  }

  /** The file's bytes as they are on disk (after checkout filters); null when unreadable or not a file. */
  readBlob(path: string): Promise<Buffer | null> {
    const inRepository = repositoryPath(path);
    // The same paths as a Revision: nothing outside the repository is read.
    if (inRepository === null) return Promise.resolve(null);
    return readFile(join(this.root, inRepository)).catch(() => null);
  }

  async readText(path: string): Promise<string | null> {
    return textOf(await this.readBlob(path));
  }

  readTexts(paths: readonly string[]): Promise<Map<string, string>> {
    return readTextsOf(this, paths);
  }
}
