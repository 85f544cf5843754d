// Declared dependencies for `undeclared-dependency`: nearest package.json, workspaces, tsconfig paths.
// Owned by the undeclared-dependency work. Built once per run, before rules run (rules do no I/O).
import type { FactsInput } from './tests.js';

export interface DependencyFacts {
  [key: string]: unknown;
}

export async function buildDependencyFacts(_input: FactsInput): Promise<DependencyFacts> {
  return {};
}
