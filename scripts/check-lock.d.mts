// Types for scripts/check-lock.mjs, so the tests that import it are type-checked.
export interface MovingSpec {
  parent: string;
  dependency: string;
  spec: string;
  reason: string;
}
export function movingReason(spec: string): string | undefined;
export function lockKeyName(key: string): string;
export function isPinned(overrides: unknown, parent: string, dependency: string): boolean;
export function findMovingSpecs(lock: object, overrides: unknown): MovingSpec[];
export function checkLockFiles(dir: string): string[];
