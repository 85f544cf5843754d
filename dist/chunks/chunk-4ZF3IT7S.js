import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  LEVEL_RANK,
  ruleIdsInCategory
} from "./chunk-X2I7II4Q.js";

// src/provenance/summary.ts
function lowerBoundPercent(part, total) {
  const tenths = Math.floor(part * 1e3 / total) / 10;
  return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
}
function addedLines(count) {
  return count === 1 ? "1 added line" : `${count} added lines`;
}
function describeAiShare(result) {
  const { ai, human, unknown } = result.counts;
  const total = ai + human + unknown;
  if (result.mode === "all") return `Every added line (${total}) is treated as AI-written (ai: all).`;
  if (result.mode === "none") return `AI attribution is off (ai: none): no added line (of ${total}) is treated as AI-written.`;
  if (total === 0) return "No added lines to attribute.";
  const breakdown = `${ai} AI, ${human} human, ${unknown} unknown of ${addedLines(total)}`;
  if (ai === 0) return `No AI markers found (${breakdown}); this does not prove that people wrote them.`;
  if (ai === total) return `All added lines are AI-written (${breakdown}).`;
  return `At least ${lowerBoundPercent(ai, total)}% of added lines are AI-written (${breakdown}); lines without a marker may be AI-written too.`;
}

// src/provenance/lookup.ts
var NO_LINES = [];
function makeProvenanceLookup(result) {
  const byPath = /* @__PURE__ */ new Map();
  for (const file of result.files) {
    byPath.set(file.path, { ai: new Set(file.aiLines), human: new Set(file.humanLines), aiLines: file.aiLines, humanLines: file.humanLines });
  }
  const lookup = (path, line) => {
    const file = byPath.get(path);
    if (!file) return "unknown";
    if (file.ai.has(line)) return "ai";
    if (file.human.has(line)) return "human";
    return "unknown";
  };
  const attributedLines = (path) => {
    const file = byPath.get(path);
    if (!file) return NO_LINES;
    file.sorted ??= [.../* @__PURE__ */ new Set([...file.aiLines, ...file.humanLines])].sort((a, b) => a - b);
    return file.sorted;
  };
  return Object.assign(lookup, { attributedLines });
}
function firstAtLeast(sorted, value) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
function* withinSpan(sorted, start, end) {
  for (let index = firstAtLeast(sorted, start); index < sorted.length; index++) {
    const line = sorted[index] ?? 0;
    if (line > end) return;
    yield line;
  }
}
function* everyLine(start, end) {
  for (let line = start; line <= end; line++) yield line;
}
function provenanceOfRange(lookup, path, startLine, endLine) {
  let sawHuman = false;
  for (const line of lookup.attributedLines ? withinSpan(lookup.attributedLines(path), startLine, endLine) : everyLine(startLine, endLine)) {
    const provenance = lookup(path, line);
    if (provenance === "ai") return "ai";
    if (provenance === "human") sawHuman = true;
  }
  return sawHuman ? "human" : "unknown";
}

// src/provenance/identity.ts
var NOREPLY = /^(?:\d+\+)?([^@+\s]+)@users\.noreply\.github\.com$/i;
function noreplyLogin(address) {
  const match = NOREPLY.exec(address.trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}
function isBotLogin(login) {
  return login.toLowerCase().endsWith("[bot]");
}
function loginsOf(seen) {
  const logins = /* @__PURE__ */ new Set();
  if (seen.login !== "") logins.add(seen.login.toLowerCase());
  if (seen.nameIsLogin && seen.name !== "") logins.add(seen.name.toLowerCase());
  const fromAddress = noreplyLogin(seen.address);
  if (fromAddress) logins.add(fromAddress);
  return [...logins];
}
function isLogin(seen, login) {
  return loginsOf(seen).includes(login.toLowerCase());
}
function hasAddress(seen, address) {
  return seen.address !== "" && seen.address.toLowerCase() === address.toLowerCase();
}
function isListed(seen, listed) {
  if (seen.address !== "" && listed.has(seen.address.toLowerCase())) return true;
  return loginsOf(seen).some((login) => listed.has(login));
}
function parseNameAddress(value) {
  const text = value.trim();
  const open = text.lastIndexOf("<");
  const address = open === -1 || !text.endsWith(">") ? "" : text.slice(open + 1, -1);
  if (address === "" || /[\s<>]/.test(address)) return { name: text, address: "" };
  return { name: text.slice(0, open).trim(), address };
}

// src/provenance/origins.ts
var RANK = { ai: 0, human: 1, unknown: 2 };
function makeOriginLookup(result) {
  const byPath = /* @__PURE__ */ new Map();
  for (const origin of result.origins ?? []) {
    const file = byPath.get(origin.path) ?? { lines: [], origins: /* @__PURE__ */ new Map() };
    for (const line of origin.lines) {
      file.lines.push(line);
      file.origins.set(line, origin);
    }
    byPath.set(origin.path, file);
  }
  for (const file of byPath.values()) file.lines.sort((a, b) => a - b);
  const lookup = (path, line) => byPath.get(path)?.origins.get(line) ?? null;
  const ofSpan = (path, startLine, endLine) => {
    const file = byPath.get(path);
    let best = null;
    for (const line of withinSpan(file?.lines ?? [], startLine, endLine)) {
      const origin = file?.origins.get(line) ?? null;
      if (origin && (!best || RANK[origin.provenance] < RANK[best.provenance])) best = origin;
      if (best?.provenance === "ai") break;
    }
    return best;
  };
  return Object.assign(lookup, { ofSpan });
}
function signalSummary(origin) {
  const signal = origin.signal;
  if (!signal) return null;
  if (signal.source.startsWith("trailer:")) {
    const key = signal.source.slice("trailer:".length);
    const value = signal.detail.slice(signal.detail.indexOf(":") + 1);
    return `${key}: ${parseNameAddress(value).name}`;
  }
  if (signal.source === "author" || signal.source === "committer") return `${signal.source}: ${parseNameAddress(signal.detail).name}`;
  return `${signal.source}: ${signal.detail}`;
}
function describeOrigin(origin) {
  const [first, ...rest] = origin.commits;
  const commit = first ? `${first.slice(0, 7)}${rest.length > 0 ? ` +${rest.length}` : ""}` : null;
  const why = signalSummary(origin) ?? (origin.provenance === "human" ? "authored by a person" : origin.provenance === "unknown" ? "no AI signal, not a person" : null);
  return [commit, why].filter((part) => part !== null).join(" \xB7 ");
}

// src/evidence/mutation/score.ts
function emptyCount() {
  return { killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 0, ignored: 0, valid: 0, score: null };
}
function addStatus(count, status) {
  switch (status) {
    case "Killed":
      count.killed++;
      break;
    case "Timeout":
      count.timeout++;
      break;
    case "Survived":
      count.survived++;
      break;
    case "NoCoverage":
      count.noCoverage++;
      break;
    case "CompileError":
    case "RuntimeError":
      count.invalid++;
      break;
    case "Ignored":
    case "Pending":
      count.ignored++;
      break;
  }
  withScore(count);
}
function sumCounts(counts2) {
  const total = emptyCount();
  for (const count of counts2) {
    total.killed += count.killed;
    total.timeout += count.timeout;
    total.survived += count.survived;
    total.noCoverage += count.noCoverage;
    total.invalid += count.invalid;
    total.ignored += count.ignored;
  }
  return withScore(total);
}
function withScore(count) {
  count.valid = count.killed + count.timeout + count.survived + count.noCoverage;
  count.score = count.valid === 0 ? null : (count.killed + count.timeout) / count.valid * 100;
  return count;
}
function isSurvivor(status) {
  return status === "Survived" || status === "NoCoverage";
}
var STATUS_STRENGTH = {
  Killed: 7,
  Timeout: 6,
  Survived: 5,
  NoCoverage: 4,
  CompileError: 3,
  RuntimeError: 2,
  Ignored: 1,
  Pending: 0
};
function strongerStatus(a, b) {
  return STATUS_STRENGTH[b] > STATUS_STRENGTH[a] ? b : a;
}

// src/policy/conditions.ts
var SCOPE_TEXT = { ai: "AI-written added lines", all: "all added lines" };
function groupPaths(paths, policies, key, pick, topLevel) {
  const groups = /* @__PURE__ */ new Map();
  groups.set(JSON.stringify(topLevel), { settings: topLevel, label: "", paths: /* @__PURE__ */ new Set() });
  const picked = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const policy = policies.policyFor(path);
    let entry = picked.get(policy);
    if (!entry) {
      const settings2 = pick(policy);
      entry = { settings: settings2, id: JSON.stringify(settings2) };
      picked.set(policy, entry);
    }
    const { settings, id } = entry;
    let group = groups.get(id);
    if (!group) {
      group = { settings, label: policies.overridingGlobs(path, key).join(", "), paths: /* @__PURE__ */ new Set() };
      groups.set(id, group);
    }
    group.paths.add(path);
  }
  return [...groups.values()];
}
function conditionId(base, label) {
  return label ? `${base} [${label}]` : base;
}
function inScope(finding, scope) {
  return scope === "all" || finding.provenance === "ai";
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function countCondition(id, what, scope, max, findings, levelOf, anyOn) {
  const base = { id, threshold: max, operator: "<=", unit: "count" };
  if (!anyOn) return { ...base, status: "skipped", actual: null, message: `${what.noun}s${what.qualifier} on ${SCOPE_TEXT[scope]}: off in the policy` };
  const counted = findings.filter((finding) => inScope(finding, scope) && levelOf(finding) !== "off");
  const failing = counted.filter((finding) => levelOf(finding) === "fail").length;
  let status = "pass";
  if (failing > max) status = "fail";
  else if (counted.length > max) status = "warn";
  const allowed = max === 0 ? "none allowed" : `at most ${max} allowed`;
  return { ...base, status, actual: counted.length, message: `${plural(counted.length, what.noun)}${what.qualifier} on ${SCOPE_TEXT[scope]} (${allowed})` };
}
function scopedCountConditions(idBase, what, groups, findings) {
  const results = [];
  for (const group of groups) {
    const inGroup = findings.filter((finding) => group.paths.has(finding.path));
    for (const scope of ["ai", "all"]) {
      const { level, max } = group.settings[scope];
      const rules = group.settings.rules ?? {};
      const levelOf = (finding) => rules[finding.ruleId]?.[scope] ?? level;
      const anyOn = level !== "off" || Object.values(rules).some((rule) => rule[scope] !== void 0 && rule[scope] !== "off");
      results.push(countCondition(conditionId(`${idBase}.${scope}`, group.label), what, scope, max, inGroup, levelOf, anyOn));
    }
  }
  return results;
}
function missingTestsConditions(findings, paths, policies, config) {
  const relevant = findings.filter((finding) => finding.source === "ast" && finding.ruleId === "missing-tests" && counts(finding, {}));
  const groups = groupPaths(paths, policies, "missing-tests", (policy) => policy["missing-tests"], config["missing-tests"]);
  return scopedCountConditions("missing-tests", { noun: "missing-tests finding", qualifier: "" }, groups, relevant);
}
var ERROR_HANDLING_RULES = new Set(ruleIdsInCategory("error-handling"));
function isErrorHandlingFinding(finding, rules) {
  return finding.source === "ast" && (ERROR_HANDLING_RULES.has(finding.ruleId) || finding.tags?.includes("error-handling") === true || finding.ruleId in rules);
}
function counts(finding, namedRules) {
  return finding.tags?.includes("informational") !== true || finding.ruleId in namedRules;
}
function errorHandlingConditions(findings, paths, policies, config) {
  const groups = groupPaths(paths, policies, "error-handling", (policy) => policy["error-handling"], config["error-handling"]);
  const relevant = findings.filter((finding) => {
    const rules = policies.policyFor(finding.path)["error-handling"].rules;
    return isErrorHandlingFinding(finding, rules) && counts(finding, rules);
  });
  return scopedCountConditions("error-handling", { noun: "error-handling finding", qualifier: "" }, groups, relevant);
}
function ruleFindingConditions(findings, paths, policies, config) {
  const groups = groupPaths(paths, policies, "rule-findings", (policy) => policy["rule-findings"], config["rule-findings"]);
  const results = [];
  for (const group of groups) {
    const minLevel = group.settings["min-level"];
    const relevant = findings.filter(
      (finding) => group.paths.has(finding.path) && finding.source === "ast" && finding.ruleId !== "missing-tests" && !isErrorHandlingFinding(finding, policies.policyFor(finding.path)["error-handling"].rules) && LEVEL_RANK[finding.level] >= LEVEL_RANK[minLevel]
    );
    results.push(...scopedCountConditions("rule-findings", { noun: "rule finding", qualifier: ` at level ${minLevel} or above` }, [group], relevant));
  }
  return results;
}
function sarifConditions(findings, sarifMissing, paths, policies, config, noSarifInput = false) {
  const groups = groupPaths(paths, policies, "sarif", (policy) => policy.sarif, config.sarif);
  const results = [];
  for (const group of groups) {
    const minLevel = group.settings["min-level"];
    const minSeverity = group.settings["min-security-severity"];
    const relevant = findings.filter(
      (finding) => group.paths.has(finding.path) && finding.source === "sarif" && finding.onAddedLine !== false && (LEVEL_RANK[finding.level] >= LEVEL_RANK[minLevel] || minSeverity !== null && finding.securitySeverity !== void 0 && finding.securitySeverity >= minSeverity)
    );
    const what = { noun: "scanner result", qualifier: ` at level ${minLevel}${minSeverity === null ? "" : ` or security-severity ${minSeverity}`} or above` };
    results.push(...scopedCountConditions("sarif", what, [group], relevant));
  }
  if (noSarifInput) {
    return results.map(
      (condition) => condition.status === "skipped" ? condition : { ...condition, status: "skipped", actual: null, message: `${condition.id}: not checked, no SARIF input was given` }
    );
  }
  if (!sarifMissing) return results;
  return results.map(
    (condition) => condition.status === "skipped" ? condition : { ...condition, status: "skipped", actual: null, message: `${condition.id}: not checked, the SARIF evidence could not be read (see missing evidence)` }
  );
}
function floorPercent(value) {
  return Math.floor(value * 10 + 1e-9) / 10;
}
function changedCoverageConditions(coverage, coverageMissing, paths, policies, config) {
  const pick = (policy) => ({ ...policy["changed-coverage"], smallChange: policy["small-change-lines"] });
  const groups = groupPaths(paths, policies, "changed-coverage", pick, pick(config));
  const results = [];
  for (const group of groups) {
    for (const scope of ["ai", "all"]) {
      const { level, min } = group.settings[scope];
      const id = conditionId(`changed-coverage.${scope}`, group.label);
      const base = { id, threshold: min, operator: ">=", unit: "%", actual: null };
      const subject = `Coverage of ${SCOPE_TEXT[scope]}`;
      if (level === "off") {
        results.push({ ...base, status: "skipped", message: `${subject}: off in the policy` });
        continue;
      }
      if (!coverage) {
        const why = coverageMissing ? "the coverage evidence could not be read (see missing evidence)" : "no coverage report was given";
        results.push({ ...base, status: "skipped", message: `${subject}: not checked, ${why}` });
        continue;
      }
      let measured = 0;
      let covered = 0;
      for (const file of coverage.files) {
        if (!group.paths.has(file.path)) continue;
        measured += scope === "ai" ? file.ai.measured : file.measured;
        covered += scope === "ai" ? file.ai.covered : file.covered;
      }
      if (measured === 0 || measured < group.settings.smallChange) {
        const why = measured === 0 ? "no such line is measured by the coverage reports" : `only ${plural(measured, "line")} measured, under small-change-lines (${group.settings.smallChange})`;
        results.push({ ...base, status: "skipped", actual: measured === 0 ? null : floorPercent(covered / measured * 100), message: `${subject}: not checked, ${why}` });
        continue;
      }
      const percent = covered / measured * 100;
      const unmentioned = scope === "all" ? coverage.unmentioned.filter((path) => group.paths.has(path)).length : 0;
      const note = unmentioned > 0 ? `; ${plural(unmentioned, "changed file")} in no coverage report, not counted` : "";
      results.push({
        ...base,
        status: percent >= min ? "pass" : level,
        actual: floorPercent(percent),
        message: `${subject}: ${covered} of ${measured} measured lines covered (minimum ${min}%)${note}`
      });
    }
  }
  return results;
}
function mutationConditions(mutation, mutationMissing, paths, policies, config) {
  const groups = groupPaths(paths, policies, "mutation", (policy) => policy.mutation, config.mutation);
  const results = [];
  for (const group of groups) {
    for (const scope of ["ai", "all"]) {
      const { level, min } = group.settings[scope];
      const base = { id: conditionId(`mutation.${scope}`, group.label), threshold: min, operator: ">=", unit: "%", actual: null };
      const subject = `Mutation score of ${SCOPE_TEXT[scope]}`;
      if (level === "off") {
        results.push({ ...base, status: "skipped", message: `${subject}: off in the policy` });
        continue;
      }
      if (!mutation) {
        const why = mutationMissing ? "the mutation evidence could not be read (see missing evidence)" : "no mutation report was given";
        results.push({ ...base, status: "skipped", message: `${subject}: not checked, ${why}` });
        continue;
      }
      const count = sumCounts(mutation.files.filter((file) => group.paths.has(file.path)).map((file) => file[scope]));
      if (count.score === null) {
        results.push({ ...base, status: "skipped", message: `${subject}: not checked, no valid mutant is on these lines in the mutation reports` });
        continue;
      }
      const detected = count.killed + count.timeout;
      results.push({
        ...base,
        status: count.score >= min ? "pass" : level,
        actual: floorPercent(count.score),
        message: `${subject}: ${detected} of ${plural(count.valid, "mutant")} detected by the tests (minimum ${min}%)`
      });
    }
  }
  return results;
}
function overallCoverageConditions(coverage, config) {
  const overall = coverage?.overall ?? null;
  const minimum = config["overall-coverage"];
  const drop = config["coverage-drop"];
  const head = overall?.head.percent ?? null;
  const overallResult = { id: "overall-coverage", status: "skipped", actual: null, threshold: minimum.min, operator: ">=", unit: "%", message: "" };
  if (minimum.level === "off") overallResult.message = "Overall coverage: off in the policy";
  else if (head === null) overallResult.message = "Overall coverage: not checked, no project-wide coverage was measured";
  else {
    overallResult.actual = floorPercent(head);
    overallResult.status = head >= minimum.min ? "pass" : minimum.level;
    overallResult.message = `Overall line coverage of the head reports (minimum ${minimum.min}%)`;
  }
  const dropResult = { id: "coverage-drop", status: "skipped", actual: null, threshold: drop.max, operator: "<=", unit: "pp", message: "" };
  const delta = overall?.delta ?? null;
  if (drop.level === "off") dropResult.message = "Overall coverage drop: off in the policy";
  else if (delta === null) dropResult.message = "Overall coverage drop: not checked, no base coverage report was given";
  else {
    const decrease = Math.max(0, -delta);
    dropResult.actual = Math.max(0, Math.ceil(decrease * 100 - 1e-9) / 100);
    dropResult.status = decrease > drop.max + 1e-9 ? drop.level : "pass";
    dropResult.message = `Overall coverage went from ${overall?.base?.percent?.toFixed(2) ?? "?"}% to ${head?.toFixed(2) ?? "?"}% (drop of at most ${drop.max} percentage points allowed)`;
  }
  return [overallResult, dropResult];
}
function missingEvidenceConditions(missing, config) {
  const seen = /* @__PURE__ */ new Map();
  return missing.map((entry) => {
    const n = (seen.get(entry.kind) ?? 0) + 1;
    seen.set(entry.kind, n);
    const action = config["missing-evidence"][entry.kind];
    const status = action === "error" ? "fail" : action;
    return {
      id: n === 1 ? `missing-evidence.${entry.kind}` : `missing-evidence.${entry.kind}.${n}`,
      status,
      actual: "missing",
      threshold: action,
      message: `Missing ${entry.kind} evidence (policy: ${action}): ${entry.detail}`
    };
  });
}

export {
  isBotLogin,
  isLogin,
  hasAddress,
  isListed,
  parseNameAddress,
  describeAiShare,
  makeProvenanceLookup,
  provenanceOfRange,
  makeOriginLookup,
  describeOrigin,
  emptyCount,
  addStatus,
  sumCounts,
  isSurvivor,
  strongerStatus,
  missingTestsConditions,
  isErrorHandlingFinding,
  errorHandlingConditions,
  ruleFindingConditions,
  sarifConditions,
  floorPercent,
  changedCoverageConditions,
  mutationConditions,
  overallCoverageConditions,
  missingEvidenceConditions
};
