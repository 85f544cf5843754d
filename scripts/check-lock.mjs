// Guard for reproducible installs: fails when an installed package depends on another through a
// spec that moves by itself (a dist-tag such as `latest`, `*`, a git or tarball URL) and no
// `overrides` entry in package.json pins it. Such a spec broke `npm ci` once without a line of this
// project changing: `@microsoft/eslint-formatter-sarif` asks for `jschardet@latest`, and the day
// jschardet published a new version the committed lock stopped satisfying it.
//
// Usage: node scripts/check-lock.mjs [DIR]   (DIR holds package.json and package-lock.json)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];

/** Why `spec` moves by itself, or undefined when it is a fixed semver range. */
export function movingReason(spec) {
  const text = String(spec).trim();
  if (text.startsWith('npm:')) {
    // An alias: `npm:name@spec` moves when its inner spec does.
    const at = text.lastIndexOf('@');
    return at > 'npm:'.length ? movingReason(text.slice(at + 1)) : 'an alias without a version';
  }
  if (/^(file:|link:|workspace:)/.test(text)) return undefined; // inside this repository: does not move
  if (text === '' || text === '*' || /^[xX]$/.test(text) || text === 'latest') return `"${text}" accepts any version`;
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:|https?:)/.test(text)) return 'a git or tarball URL';
  if (/^[^@/\s]+\/[^\s]+$/.test(text) && !text.includes(' ')) return 'a GitHub shorthand';
  // What is left is either a semver range or a dist-tag. A dist-tag is a name: it starts with a
  // letter and is not one of the range keywords.
  if (/^[A-Za-z][\w.-]*$/.test(text) && !/^v\d/.test(text)) return `the dist-tag "${text}"`;
  return undefined;
}

/** The package name of a lock entry's key: `node_modules/a/node_modules/@s/b` → `@s/b`. */
export function lockKeyName(key) {
  const at = key.lastIndexOf('node_modules/');
  return at === -1 ? key : key.slice(at + 'node_modules/'.length);
}

/**
 * Whether `overrides` pins `dependency` (as required by `parent`) to an exact version: a top-level
 * entry, or one nested under the parent's name (`parent` or `parent@range`).
 */
export function isPinned(overrides, parent, dependency) {
  if (!overrides || typeof overrides !== 'object') return false;
  const exact = (value) =>
    (typeof value === 'string' && /^\d+\.\d+\.\d+(-[\w.-]+)?$/.test(value)) ||
    (typeof value === 'object' && value !== null && typeof value['.'] === 'string' && exact(value['.']));
  if (exact(overrides[dependency])) return true;
  for (const [key, nested] of Object.entries(overrides)) {
    if (typeof nested !== 'object' || nested === null) continue;
    const name = key.startsWith('@') ? '@' + key.slice(1).split('@')[0] : key.split('@')[0];
    if (name === parent && exact(nested[dependency])) return true;
  }
  return false;
}

/** Every moving spec in `lock` that `overrides` does not pin, as `{ parent, dependency, spec, reason }`. */
export function findMovingSpecs(lock, overrides) {
  const problems = [];
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    if (key === '') continue; // the project itself: its own specs are reviewed in package.json
    const parent = lockKeyName(key);
    for (const field of DEPENDENCY_FIELDS) {
      for (const [dependency, spec] of Object.entries(entry[field] ?? {})) {
        // An optional peer that nothing installed cannot break an install.
        if (field === 'peerDependencies' && entry.peerDependenciesMeta?.[dependency]?.optional) continue;
        const reason = movingReason(spec);
        if (reason && !isPinned(overrides, parent, dependency)) problems.push({ parent, dependency, spec, reason });
      }
    }
  }
  return problems;
}

/** Reads DIR's package.json and lock; returns the lines to print (empty when all is pinned). */
export function checkLockFiles(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  return findMovingSpecs(lock, manifest.overrides).map(
    (p) =>
      `package-lock.json: ${p.parent} depends on ${p.dependency}@"${p.spec}" (${p.reason}); ` +
      `pin it in package.json "overrides" with an exact version`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = resolve(process.argv[2] ?? '.');
  let lines;
  try {
    lines = checkLockFiles(dir);
  } catch (error) {
    console.error(`check-lock: cannot read ${dir}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  for (const line of lines) console.error(line);
  process.exit(lines.length === 0 ? 0 : 1);
}
