import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  describeOrigin,
  floorPercent,
  makeOriginLookup
} from "./chunk-4ZF3IT7S.js";
import {
  LEVEL_RANK,
  compareCodePoints,
  minimatch
} from "./chunk-X2I7II4Q.js";

// src/report/rank.ts
function compareFindings(a, b) {
  return LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || Number(b.provenance === "ai") - Number(a.provenance === "ai") || // Findings on added lines before those only near them.
  Number(b.onAddedLine !== false) - Number(a.onAddedLine !== false) || (b.securitySeverity ?? -1) - (a.securitySeverity ?? -1) || compareCodePoints(a.path, b.path) || a.startLine - b.startLine || a.endLine - b.endLine || compareCodePoints(a.ruleId, b.ruleId) || compareCodePoints(a.fingerprint, b.fingerprint);
}
function rankFindings(findings) {
  return [...findings].sort(compareFindings);
}

// src/report/attribution.ts
var SHOWN_COMMITS = 2;
var MAX_SIGNAL_CHARS = 80;
function clip(text) {
  return text.length > MAX_SIGNAL_CHARS ? `${text.slice(0, MAX_SIGNAL_CHARS - 1)}\u2026` : text;
}
function describeSignal(signal) {
  const withoutAddress = signal.detail.replace(/\s*<[^>]*>\s*$/, "");
  if (signal.source.startsWith("trailer:")) {
    const key = signal.source.slice("trailer:".length);
    return clip(withoutAddress.toLowerCase().startsWith(`${key.toLowerCase()}:`) ? withoutAddress : `${key}: ${withoutAddress}`);
  }
  if (signal.source === "author" || signal.source === "committer") return clip(`${signal.source}: ${withoutAddress}`);
  if (signal.source.startsWith("pr:")) return clip(`pull request ${signal.source.slice(3)}: ${signal.detail}`);
  if (signal.source === "config:ai-paths") return clip(`ai-paths: ${signal.detail}`);
  return clip(`${signal.source}: ${signal.detail}`);
}
function makeAttributor(provenance) {
  const origins = provenance.origins ? makeOriginLookup(provenance) : null;
  const commits = provenance.aiCommits.filter((commit) => commit.signals.length > 0);
  const signalsOfFile = new Map(provenance.files.map((file) => [file.path, file.signals?.[0]]));
  const candidates = candidateCommits(commits);
  return (finding) => {
    if (finding.provenance !== "ai") return null;
    if (finding.attribution) return finding.attribution;
    const origin = origins?.ofSpan(finding.path, finding.startLine, finding.endLine) ?? null;
    if (origin?.provenance === "ai") return { commits: origin.commits, ...origin.signal ? { signal: origin.signal } : {}, text: clip(describeOrigin(origin)) };
    if (provenance.mode === "all") return { commits: [], text: "ai: all (every added line counts as AI-written)" };
    const pullRequest = provenance.pullRequestSignals[0];
    if (pullRequest) return { commits: [], signal: pullRequest, text: describeSignal(pullRequest) };
    const fileSignal = signalsOfFile.get(finding.path);
    if (fileSignal) return { commits: [], signal: fileSignal, text: describeSignal(fileSignal) };
    return candidates;
  };
}
function candidateCommits(commits) {
  if (commits.length === 0) return null;
  const [first] = commits;
  if (commits.length === 1 && first) return { commits: [first.sha], signal: first.signals[0], text: `${first.sha.slice(0, 7)} \xB7 ${describeSignal(first.signals[0])}` };
  const named = commits.slice(0, SHOWN_COMMITS).map((commit) => commit.sha.slice(0, 7));
  const more = commits.length - named.length;
  const text = `${named.join(" or ")}${more > 0 ? ` or ${more} more` : ""} (AI commits in this change; see the AI signals)`;
  return { commits: commits.map((commit) => commit.sha), text };
}
function linesPerCommit(provenance) {
  if (provenance.origins) {
    const counts = new Map(provenance.aiCommits.map((commit) => [commit.sha, { own: 0, shared: 0 }]));
    for (const origin of provenance.origins) {
      if (origin.provenance !== "ai") continue;
      for (const sha of origin.commits) {
        const count = counts.get(sha);
        if (!count) continue;
        if (origin.commits.length === 1) count.own += origin.lines.length;
        else count.shared += origin.lines.length;
      }
    }
    return counts;
  }
  if (!provenance.aiCommits.some((commit) => commit.addedLines !== void 0)) return null;
  return new Map(provenance.aiCommits.map((commit) => [commit.sha, { own: commit.addedLines ?? 0, shared: commit.sharedLines ?? 0 }]));
}

// src/report/numbers.ts
function percentNumber(value) {
  return floorPercent(value).toFixed(1);
}
function formatPercent(value) {
  return value === null || value === void 0 ? "n/a" : `${percentNumber(value)}%`;
}
function formatCoverageCount(count) {
  if (count.measured === 0) return "\u2014";
  return `${formatPercent(count.covered / count.measured * 100)} (${count.covered}/${count.measured})`;
}

// src/report/families.ts
var FAMILY_NAMES = {
  "missing-evidence": "missing evidence",
  "missing-tests": "missing tests",
  "error-handling": "error handling",
  "rule-findings": "rule findings",
  sarif: "scanner results",
  "changed-coverage": "coverage of added lines",
  "overall-coverage": "overall coverage",
  "coverage-drop": "coverage drop",
  mutation: "mutation score of added lines"
};
var STATUS_RANK = { skipped: 0, pass: 1, warn: 2, fail: 3 };
function parseConditionId(id) {
  const match = /^([^.[\s]+)(?:\.([^\s[]+))?(?: \[(.*)\])?$/.exec(id);
  if (!match) return { family: id, scope: null, globs: [] };
  const rest = match[2] ?? "";
  const scope = rest === "ai" || rest === "all" ? rest : null;
  return { family: match[1], scope, globs: match[3] ? match[3].split(", ").filter(Boolean) : [] };
}
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
function whereText(globs, overrides) {
  if (globs.length > 0) return `in ${globs.join(", ")}`;
  return overrides.length > 0 ? `outside ${overrides.join(", ")}` : "";
}
function inGroup(path, globs, overrides) {
  const matches = (glob) => minimatch(path, glob, { dot: true });
  return globs.length > 0 ? globs.some(matches) : !overrides.some(matches);
}
function limitText(condition) {
  if (condition.threshold === null || condition.threshold === void 0) return "";
  const unit = condition.unit ?? (condition.operator === ">=" ? "%" : "count");
  if (unit === "count") return condition.threshold === 0 ? "none allowed" : `at most ${condition.threshold} allowed`;
  const value = unit === "pp" ? `${condition.threshold} pp` : `${condition.threshold}%`;
  return condition.operator === "<=" ? `at most ${value}` : `minimum ${value}`;
}
function countText(conditions) {
  const all = conditions.find((condition) => parseConditionId(condition.id).scope === "all");
  const ai = conditions.find((condition) => parseConditionId(condition.id).scope === "ai");
  const total = typeof all?.actual === "number" ? all.actual : null;
  const onAi = typeof ai?.actual === "number" ? ai.actual : null;
  const decisive = [all, ai].find((condition) => condition && condition.status !== "skipped" && condition.status !== "pass") ?? all ?? ai;
  const limit = decisive ? limitText(decisive) : "";
  let text;
  if (total !== null && onAi !== null) text = total === 0 ? "0" : onAi === total ? `${total}, all on AI-written lines` : `${total}, ${onAi} on AI-written lines`;
  else if (total !== null) text = `${total} on all added lines`;
  else if (onAi !== null) text = `${onAi} on AI-written lines`;
  else return "not checked";
  return limit ? `${text} (${limit})` : text;
}
function coverageText(condition, coverage, overrides) {
  const { scope, globs } = parseConditionId(condition.id);
  const who = scope === "ai" ? "AI-written lines" : "all added lines";
  const where = whereText(globs, overrides);
  const subject = [who, where].filter(Boolean).join(" ");
  if (condition.status === "skipped") return `${subject}: not checked`;
  let measured = 0;
  let covered = 0;
  for (const file of coverage?.files ?? []) {
    if (!inGroup(file.path, globs, overrides)) continue;
    measured += scope === "ai" ? file.ai.measured : file.measured;
    covered += scope === "ai" ? file.ai.covered : file.covered;
  }
  const value = measured > 0 ? formatCoverageCount({ measured, covered }) : formatPercent(typeof condition.actual === "number" ? condition.actual : null);
  return `${subject} ${value}, ${limitText(condition)}`;
}
function valueText(condition) {
  if (condition.status === "skipped") return "not checked";
  const actual = condition.actual;
  const value = typeof actual === "number" ? condition.unit === "%" ? formatPercent(actual) : condition.unit === "pp" ? `${actual} pp` : String(actual) : String(actual ?? "\u2014");
  const limit = limitText(condition);
  return limit ? `${value} (${limit})` : value;
}
function summaryOf(family, conditions, coverage) {
  const checked = conditions.filter((condition) => condition.status !== "skipped");
  if (checked.length === 0) return conditions[0]?.message ?? "not checked";
  const overrides = [...new Set(conditions.flatMap((condition) => parseConditionId(condition.id).globs))];
  if (family === "changed-coverage") return checked.map((condition) => coverageText(condition, coverage, overrides)).join("; ");
  if (checked.every((condition) => (condition.unit ?? "count") === "count" && parseConditionId(condition.id).scope !== null)) {
    const groups = /* @__PURE__ */ new Map();
    for (const condition of conditions) {
      const key = parseConditionId(condition.id).globs.join(", ");
      groups.set(key, [...groups.get(key) ?? [], condition]);
    }
    return [...groups.entries()].map(([key, members]) => {
      const where = whereText(key ? key.split(", ") : [], key ? [] : overrides);
      return where ? `${where}: ${countText(members)}` : countText(members);
    }).join("; ");
  }
  if (family === "missing-evidence") return checked.map((condition) => condition.message).join("; ");
  return checked.map((condition) => valueText(condition)).join("; ");
}
function conditionFamilies(conditions, coverage) {
  const byFamily = /* @__PURE__ */ new Map();
  for (const condition of conditions) {
    const { family } = parseConditionId(condition.id);
    byFamily.set(family, [...byFamily.get(family) ?? [], condition]);
  }
  return [...byFamily.entries()].map(([id, members]) => {
    const status = members.reduce((worst, condition) => STATUS_RANK[condition.status] > STATUS_RANK[worst] ? condition.status : worst, "skipped");
    return { id, name: FAMILY_NAMES[id] ?? id, status, summary: summaryOf(id, members, coverage), conditions: members };
  });
}
function describeFamilies(families) {
  const count = (status) => families.filter((family) => family.status === status).length;
  const checked = families.filter((family) => family.status !== "skipped").length;
  const failed = count("fail");
  const warned = count("warn");
  if (failed === 0 && warned === 0) return checked === 0 ? "no check could be made" : `all ${plural(checked, "check")} passed`;
  const parts = [failed ? `${failed} of ${plural(checked, "check")} failed` : "", warned ? `${warned} ${failed ? "" : `of ${plural(checked, "check")} `}warned` : ""];
  return parts.filter(Boolean).join(", ").replace(/ {2,}/g, " ");
}

// src/report/policy-change.ts
function describePolicyChange(change) {
  return change.applied ? `This change edits the policy file ${change.path}; its version was applied (policy-source: head).` : `This change edits the policy file ${change.path}; the base revision's policy was applied, not the change's (policy-source: base).`;
}

// src/report/mutation.ts
function score(count) {
  if (count.score === null) return "not measured (no valid mutant)";
  return `${formatPercent(count.score)} (${count.killed + count.timeout}/${count.valid} mutants detected)`;
}
function describeMutationScores(mutation) {
  const survivors = mutation.survivors.length;
  return `all added lines ${score(mutation.all)}, AI-written lines ${score(mutation.ai)}` + (survivors > 0 ? `; ${survivors} line${survivors === 1 ? "" : "s"} with a surviving mutant` : "");
}
function mutationTerminalLines(mutation) {
  if (!mutation) return [];
  return [
    `changed-line mutation score: ${describeMutationScores(mutation)}`,
    ...mutation.skipped.map((entry) => `  mutation report not used for ${entry.path}: ${entry.reason}`),
    ...mutation.unmentioned.length > 0 ? [`  not in any mutation report: ${mutation.unmentioned.join(", ")}`] : []
  ];
}
function mutationMarkdownSection(mutation) {
  if (!mutation) return "";
  return ["### Mutation score of added lines", "", describeMutationScores(mutation) + " \u2014 see [docs/mutation.md](https://github.com/diffgate/diffgate/blob/main/docs/mutation.md)."].join("\n");
}

export {
  rankFindings,
  describeSignal,
  makeAttributor,
  linesPerCommit,
  formatCoverageCount,
  parseConditionId,
  conditionFamilies,
  describeFamilies,
  describePolicyChange,
  mutationTerminalLines,
  mutationMarkdownSection
};
