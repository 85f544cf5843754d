// The Action entry. Owned by src/github/ work: read inputs, call runGate, publish, set outputs.
export async function run(): Promise<void> {
  throw new Error('the action entry is not built yet');
}
