import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  runGitRaw
} from "./chunk-MQNOW2YC.js";
import {
  InputError
} from "./chunk-I2ZRAE2I.js";

// src/git/repository.ts
async function requireRepository(repo) {
  const result = await runGitRaw(repo, ["rev-parse", "--git-dir"]);
  if (result.exitCode !== 0 && /not a git repository/i.test(result.stderr)) throw new InputError(`not a git repository: ${repo}`);
}

// src/git/working-tree-snapshot.ts
var STAND_IN_IDENTITY = ["-c", "user.name=diffgate (uncommitted changes)", "-c", "user.email=uncommitted@diffgate.invalid"];
var MESSAGE = "diffgate: uncommitted changes in the working tree (not a real commit)";
async function gitLine(repo, args, what) {
  const result = await runGitRaw(repo, args);
  if (result.exitCode !== 0) {
    const problem = result.stderr.trim().split("\n")[0] ?? `exit code ${result.exitCode}`;
    throw new InputError(`--include-uncommitted: cannot ${what} in ${repo}: ${problem}`);
  }
  return result.stdout.trim();
}
async function snapshotWorkingTree(repo) {
  await requireRepository(repo);
  const head = await runGitRaw(repo, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  const parent = head.stdout.trim();
  if (head.exitCode !== 0 || parent === "") {
    throw new InputError(`--include-uncommitted needs a commit to compare the working tree with: ${repo} has no commit checked out yet`);
  }
  const stash = await gitLine(repo, ["stash", "create"], "read the working tree");
  if (stash === "") return null;
  const identity = (await runGitRaw(repo, ["var", "GIT_AUTHOR_IDENT"])).exitCode === 0 ? [] : STAND_IN_IDENTITY;
  const sha = await gitLine(repo, [...identity, "commit-tree", "--no-gpg-sign", "-p", parent, "-m", MESSAGE, `${stash}^{tree}`], "write the working tree as a commit");
  return { sha, parent };
}

// src/change-head.ts
async function chooseHead(repo, flags) {
  if (!flags.includeUncommitted) return { head: flags.head, note: null };
  if (flags.head !== null || flags.event !== null) {
    throw new InputError(`--include-uncommitted reads the working tree on top of HEAD: it cannot be combined with ${flags.head !== null ? "--head" : "--event"}`);
  }
  const snapshot = await snapshotWorkingTree(repo);
  if (snapshot === null) return { head: null, note: "head: HEAD (no uncommitted changes to tracked files)" };
  return {
    head: snapshot.sha,
    note: `head: the working tree (uncommitted changes to tracked files on top of HEAD ${snapshot.parent.slice(0, 7)}, read as ${snapshot.sha.slice(0, 7)}; untracked files are not included)`
  };
}

export {
  chooseHead
};
