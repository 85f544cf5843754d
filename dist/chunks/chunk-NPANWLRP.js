import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);

// src/event.ts
var NO_EVENT = { name: null, payload: null };
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}
function text(value) {
  return typeof value === "string" ? value : "";
}
function pullRequestOf(event) {
  const pr = record(event.payload?.["pull_request"]);
  if (!pr) return null;
  const base = record(pr["base"]);
  const head = record(pr["head"]);
  const user = record(pr["user"]);
  const labels = Array.isArray(pr["labels"]) ? pr["labels"] : [];
  const baseRepo = record(base?.["repo"]);
  const headRepo = record(head?.["repo"]);
  return {
    number: typeof pr["number"] === "number" ? pr["number"] : 0,
    title: text(pr["title"]),
    body: text(pr["body"]),
    author: text(user?.["login"]),
    baseSha: text(base?.["sha"]),
    headSha: text(head?.["sha"]),
    baseRef: text(base?.["ref"]),
    headRef: text(head?.["ref"]),
    labels: labels.map((label) => text(record(label)?.["name"])).filter((name) => name !== ""),
    fromFork: Boolean(headRepo && baseRepo && text(headRepo["full_name"]) !== text(baseRepo["full_name"]))
  };
}
function mergeGroupOf(event) {
  const group = record(event.payload?.["merge_group"]);
  if (!group) return null;
  return { baseSha: text(group["base_sha"]), headSha: text(group["head_sha"]) };
}

export {
  NO_EVENT,
  pullRequestOf,
  mergeGroupOf
};
