// Public surface of repository I/O: the one git runner, the head Revision, the WorkingTree.
// Stages read files through a `FileReader` they are given; only src/git/ spawns git.
export type { FileReader } from './files.js';
export { BlobReader, type ObjectHeader } from './blob-reader.js';
export { Revision, withRevision, readFileAtRevision, listTrackedFiles } from './revision.js';
export { WorkingTree } from './working-tree.js';
export { TrackedPathIndex } from './path-index.js';
export { runGit, runGitRaw, runGitLines, type GitResult } from './run.js';
export { readPath, readQuoted } from './quote.js';
