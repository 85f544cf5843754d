// The CLI entry: parse flags, call runGate, write files, return the exit code.
export async function runCli(_argv: string[]): Promise<number> {
  return 2;
}
