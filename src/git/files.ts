// The read interface shared by the head `Revision` and the `WorkingTree`: a stage that reads files
// takes a `FileReader` and never knows (or chooses) where the files come from; the gate chooses.

export interface FileReader {
  /** Where the files come from, for messages: a commit SHA, or `the working tree at <folder>`. */
  readonly label: string;
  /** A file's bytes; null when the path is not a file there (absent, a folder, a submodule). */
  readBlob(path: string): Promise<Buffer | null>;
  /** A file's text; null when it is not a file there or looks binary (a NUL byte). */
  readText(path: string): Promise<string | null>;
  /** The text of each readable, non-binary path; the others are left out. */
  readTexts(paths: readonly string[]): Promise<Map<string, string>>;
}

/** The text of a file's bytes, or null for binary content (a NUL byte). */
export function textOf(content: Buffer | null): string | null {
  return content === null || content.includes(0) ? null : content.toString('utf8');
}

/** readTexts in terms of readText: every distinct path asked for at once, so batched readers batch. */
export async function readTextsOf(reader: Pick<FileReader, 'readText'>, paths: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(paths)];
  const texts = await Promise.all(wanted.map((path) => reader.readText(path)));
  const found = new Map<string, string>();
  wanted.forEach((path, index) => {
    const text = texts[index];
    if (text !== null && text !== undefined) found.set(path, text);
  });
  return found;
}
