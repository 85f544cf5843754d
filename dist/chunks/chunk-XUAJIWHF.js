import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  conditionFamilies,
  describeFamilies,
  describePolicyChange,
  formatCoverageCount,
  linesPerCommit,
  makeAttributor,
  mutationMarkdownSection,
  parseConditionId,
  rankFindings
} from "./chunk-LEQONBCP.js";
import {
  codeSpan,
  escapeMarkdown,
  plainLines,
  plainText,
  truncateUtf8
} from "./chunk-IYN4SJJN.js";
import {
  describeAiShare,
  isErrorHandlingFinding
} from "./chunk-4ZF3IT7S.js";
import {
  AI_MODES,
  LEVEL_RANK,
  VERDICT_STATUSES,
  _default,
  _enum,
  _gte,
  array,
  changedFileSchema,
  conditionSchema,
  coverageSchema,
  describe,
  extend,
  findRule,
  findingSchema,
  int,
  literal,
  meta,
  minimatch,
  missingEvidenceSchema,
  mutationSchema,
  nullable,
  number,
  optional,
  policyChangeSchema,
  sarifSummarySchema,
  shaSchema,
  signalSchema,
  skippedSchema,
  strictObject,
  toJSONSchema,
  toRuleId
} from "./chunk-X2I7II4Q.js";
import {
  InputError
} from "./chunk-I2ZRAE2I.js";

// src/report/limits.ts
var LIMITS = {
  checkRunTextChars: 65535,
  commentChars: 65536,
  jobSummaryBytes: 1024 * 1024,
  annotationsPerRequest: 50,
  workflowAnnotationsPerLevel: 10,
  /** Check-run annotations per run: the highest-ranked, the rest counted in the summary (#15: 2,505 took 53 s). */
  checkRunAnnotations: 500
};

// src/report/annotations.ts
var ANNOTATION_LIMITS = {
  titleChars: 255,
  messageBytes: 64 * 1024,
  rawDetailsBytes: 64 * 1024
};
var WORKFLOW_MESSAGE_CHARS = 4e3;
var PROVENANCE_TEXT = { ai: "AI-written line", human: "human-written line", unknown: "line of unknown authorship" };
function findingTitle(finding) {
  const rule = finding.source === "sarif" && finding.tool ? `${finding.tool} ${finding.ruleId}` : finding.ruleId;
  return plainText(`${rule} \xB7 ${PROVENANCE_TEXT[finding.provenance]}`, ANNOTATION_LIMITS.titleChars);
}
function selectWorkflowAnnotations(findings, perLevel) {
  const room = typeof perLevel === "number" ? { error: perLevel, warning: perLevel, note: perLevel } : perLevel;
  const shown = { error: 0, warning: 0, note: 0 };
  const omitted = { error: 0, warning: 0, note: 0 };
  const annotations = [];
  for (const finding of rankFindings(findings)) {
    if (shown[finding.level] >= room[finding.level]) {
      omitted[finding.level] += 1;
      continue;
    }
    shown[finding.level] += 1;
    annotations.push({
      level: finding.level,
      path: finding.path,
      startLine: finding.startLine,
      endLine: finding.endLine,
      title: findingTitle(finding),
      message: plainLines(finding.message, WORKFLOW_MESSAGE_CHARS)
    });
  }
  return { annotations, omitted };
}
function describeOmitted(omitted) {
  const parts = [
    ["error", "errors"],
    ["warning", "warnings"],
    ["note", "notes"]
  ].filter(([level]) => omitted[level] > 0).map(([level, many]) => `${omitted[level]} more ${omitted[level] === 1 ? level : many}`);
  return parts.length === 0 ? null : `${parts.join(", ")} not shown as annotations: see the job summary.`;
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND_OF_LEVEL = { error: "error", warning: "warning", note: "notice" };
function formatWorkflowCommand(annotation) {
  const properties = [
    `file=${escapeProperty(annotation.path)}`,
    `line=${annotation.startLine}`,
    `endLine=${annotation.endLine}`,
    `title=${escapeProperty(annotation.title)}`
  ];
  return `::${COMMAND_OF_LEVEL[annotation.level]} ${properties.join(",")}::${escapeData(annotation.message)}`;
}
var ANNOTATION_LEVEL = { error: "failure", warning: "warning", note: "notice" };
function toCheckRunAnnotations(findings) {
  return rankFindings(findings).map((finding) => {
    const details = [
      `rule: ${finding.ruleId}`,
      finding.tool ? `tool: ${finding.tool}` : null,
      `source: ${finding.source}`,
      `provenance: ${finding.provenance}`,
      finding.securitySeverity !== void 0 ? `security-severity: ${finding.securitySeverity}` : null,
      `fingerprint: ${finding.fingerprint}`,
      finding.helpUri ? `help: ${finding.helpUri}` : null
    ].filter((line) => line !== null);
    return {
      path: finding.path,
      start_line: finding.startLine,
      end_line: Math.max(finding.startLine, finding.endLine),
      annotation_level: ANNOTATION_LEVEL[finding.level],
      title: findingTitle(finding),
      message: truncateUtf8(plainLines(finding.message, ANNOTATION_LIMITS.messageBytes) || finding.ruleId, ANNOTATION_LIMITS.messageBytes),
      raw_details: truncateUtf8(plainLines(details.join("\n"), ANNOTATION_LIMITS.rawDetailsBytes), ANNOTATION_LIMITS.rawDetailsBytes)
    };
  });
}

// src/report/blocking.ts
function findingFamily(finding) {
  if (finding.source === "sarif") return "sarif";
  if (finding.source === "coverage") return "changed-coverage";
  if (finding.ruleId === "missing-tests") return "missing-tests";
  return isErrorHandlingFinding(finding, {}) ? "error-handling" : "rule-findings";
}
function countedBy(finding, condition, overrides) {
  const { family, scope, globs } = parseConditionId(condition.id);
  if (family !== findingFamily(finding)) return false;
  if (scope === "ai" && finding.provenance !== "ai") return false;
  if (finding.tags?.includes("informational")) return false;
  if (family === "sarif" && finding.onAddedLine === false) return false;
  if ((family === "rule-findings" || family === "sarif") && finding.level !== "error" && !((finding.securitySeverity ?? 0) >= 7 && family === "sarif")) return false;
  const matches = (glob) => minimatch(finding.path, glob, { dot: true });
  return globs.length > 0 ? globs.some(matches) : !overrides.some(matches);
}
function findingKey(finding) {
  return `${finding.path}:${finding.startLine}:${finding.ruleId}`;
}
function uniqueFindings(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    const key = findingKey(finding);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function decisiveFindings(report) {
  const wanted = report.verdict.status === "fail" ? "fail" : report.verdict.status === "warn" ? "warn" : null;
  if (wanted === null) return [];
  const conditions = report.verdict.conditions.filter((condition) => condition.status === wanted);
  const overridesOf = /* @__PURE__ */ new Map();
  for (const condition of report.verdict.conditions) {
    const { family, globs } = parseConditionId(condition.id);
    overridesOf.set(family, [.../* @__PURE__ */ new Set([...overridesOf.get(family) ?? [], ...globs])]);
  }
  const decisive = report.findings.filter(
    (finding) => conditions.some((condition) => countedBy(finding, condition, overridesOf.get(parseConditionId(condition.id).family) ?? []))
  );
  return uniqueFindings(rankFindings(decisive));
}

// src/report/links.ts
var RULE_DOCS_BASE_URL = "https://github.com/diffgate/diffgate/blob/main/docs/rules/";
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
function fileLineUrl(links, head, finding) {
  if (!links.repositoryUrl || !/^[0-9a-f]{7,64}$/i.test(head)) return null;
  const path = finding.path.split("/").map(encodeSegment).join("/");
  const lines2 = finding.endLine > finding.startLine ? `#L${finding.startLine}-L${finding.endLine}` : `#L${finding.startLine}`;
  return `${links.repositoryUrl}/blob/${head}/${path}${lines2}`;
}
function ruleUrl(links, finding) {
  if (finding.source === "ast") return `${links.ruleDocsUrl ?? RULE_DOCS_BASE_URL}${encodeSegment(finding.ruleId)}.md`;
  return safeHttpsUrl(finding.helpUri);
}
function safeHttpsUrl(value) {
  if (!value) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.username || url.password) return null;
  const text = url.href;
  return /[\s()<>"'`\\[\]]/.test(text) ? null : text;
}

// src/report/markdown.ts
var OPEN_ROWS = 10;
var SHORTEST_LIST_ROW = 9;
var MAX_RANGES = 12;
var WHY_CHARS = 200;
var VERDICT_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
var STATUS_ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skipped: "\u2796" };
var LEVEL_TEXT = { error: "\u274C error", warning: "\u26A0\uFE0F warning", note: "\u2139\uFE0F note" };
var WRITTEN_BY = { ai: "\u{1F916} AI", human: "person", unknown: "unknown" };
function renderMarkdown(report, options) {
  const measure = options.unit === "bytes" ? (text) => Buffer.byteLength(text, "utf8") : (text) => text.length;
  const fits = (text) => measure(text) <= options.budget;
  const cap = Math.floor(options.budget / SHORTEST_LIST_ROW) + 1;
  const links = options.links ?? {};
  const attribute = options.attribute ?? makeAttributor(report.provenance);
  const blocking = aiFirst(decisiveFindings(report));
  const blockingKeys = new Set(blocking.map(findingKey));
  const others = rankFindings(report.findings).filter((finding) => !blockingKeys.has(findingKey(finding)));
  const prepared = {
    families: conditionFamilies(report.verdict.conditions, report.coverage),
    blocking: blocking.slice(0, cap).map((finding) => blockingRow(report, finding, links, attribute)),
    blockingCount: blocking.length,
    others: others.slice(0, cap).map(findingRow),
    othersCount: others.length,
    coverageFiles: coverageFileRows(report).slice(0, cap)
  };
  const render = (detail) => renderWithDetail(report, prepared, options, detail);
  const longest = Math.max(
    blocking.length,
    others.length,
    report.coverage?.files.length ?? 0,
    report.skipped.length + (report.provenance.skipped?.length ?? 0),
    report.provenance.aiCommits.length + report.provenance.pullRequestSignals.length
  );
  if (longest < cap) {
    const full = render({ rows: longest, sections: true, conditions: "all" });
    if (fits(full)) return full;
  }
  const rowLengths = [...prepared.blocking, ...prepared.others, ...prepared.coverageFiles].map((row) => row.length + 1);
  const shortestRow = Math.min(SHORTEST_LIST_ROW, ...rowLengths);
  const most = Math.min(longest, Math.floor(options.budget / shortestRow));
  const shapes = [
    { sections: true, conditions: "all" },
    { sections: false, conditions: "all" },
    { sections: false, conditions: "decisive" },
    { sections: false, conditions: "names" }
  ];
  for (const shape of shapes) {
    if (!fits(render({ rows: 0, ...shape }))) continue;
    let low = 0;
    let high = most;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(render({ rows: mid, ...shape }))) low = mid;
      else high = mid - 1;
    }
    return render({ rows: low, ...shape });
  }
  return cutToFit(render({ rows: 0, sections: false, conditions: "names" }), options.budget, measure);
}
function renderPassingNote(report, options) {
  const families = conditionFamilies(report.verdict.conditions, report.coverage);
  const status = report.verdict.status;
  const now = status === "pass" ? "now passing" : "now passing, with warnings";
  return [`## ${VERDICT_ICON[status]} ${escapeMarkdown(options.title, 100)}: ${now}`, "", `${capitalise(describeFamilies(families))}.`, "", footer(report, options.links ?? {})].join("\n") + "\n";
}
function aiFirst(findings) {
  return [...findings.filter((finding) => finding.provenance === "ai"), ...findings.filter((finding) => finding.provenance !== "ai")];
}
function detailsDepthChange(line) {
  if (line.startsWith("<details>")) return 1;
  if (line === "</details>") return -1;
  return 0;
}
function cutToFit(text, budget, measure) {
  const note = "\n\n\u2026 cut to fit the size limit.\n";
  const kept = [];
  let open = 0;
  for (const line of text.split("\n")) {
    const opens = detailsDepthChange(line);
    const candidate = [...kept, line].join("\n") + "\n</details>".repeat(Math.max(0, open + opens)) + note;
    if (measure(candidate) > budget) break;
    kept.push(line);
    open += opens;
  }
  if (kept.length > 0) return kept.join("\n") + "\n</details>".repeat(open) + note;
  let verdictLine = text.split("\n")[0] ?? "";
  while (verdictLine.length > 0 && measure(verdictLine) > budget) verdictLine = [...verdictLine].slice(0, -1).join("");
  return verdictLine;
}
function renderWithDetail(report, prepared, options, detail) {
  const moreAt = options.moreAt ?? "the JSON report";
  const links = options.links ?? {};
  const sections = [
    headline(report, prepared.families, options.title),
    report.policyChange ? `**Policy:** ${escapeMarkdown(describePolicyChange(report.policyChange), 500)}` : "",
    blockingSection(report, prepared, detail.rows, moreAt),
    familiesSection(prepared.families, detail.conditions),
    missingEvidenceSection(report),
    coverageSection(report, prepared.coverageFiles, detail),
    mutationMarkdownSection(report.mutation),
    detail.sections ? otherFindingsSection(prepared, detail.rows, moreAt) : "",
    provenanceSection(report, detail.sections ? detail.rows : 0, moreAt),
    scannerSection(report),
    detail.sections ? skippedSection(report, detail.rows, moreAt) : "",
    detail.sections && detail.conditions === "all" ? allConditionsSection(report.verdict.conditions) : "",
    footer(report, links)
  ];
  return sections.filter((section) => section !== "").join("\n\n") + "\n";
}
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function headline(report, families, title) {
  const status = report.verdict.status;
  const failing = families.filter((family) => family.status === "fail").map((family) => family.name);
  const warning = families.filter((family) => family.status === "warn").map((family) => family.name);
  const why = status === "fail" ? `Failed on ${failing.join(", ")}${warning.length > 0 ? `; warnings on ${warning.join(", ")}` : ""}.` : status === "warn" ? `Passed, with warnings on ${warning.join(", ")}.` : `${capitalise(describeFamilies(families))}.`;
  const added = report.files.reduce((sum, file2) => sum + file2.addedLines.length, 0);
  const counted = status === "pass" ? "" : ` ${capitalise(describeFamilies(families))} \xB7`;
  const lines2 = [`## ${VERDICT_ICON[status]} ${escapeMarkdown(title, 100)}: ${status}`, "", `**${why}**${counted} ${plural(report.files.length, "file")}, ${plural(added, "added line")}`];
  if (report.base === report.head) {
    lines2.push("", `> \u26A0\uFE0F The base and head are the same commit: there is nothing to compare, so nothing was checked. Check which base was chosen.`);
  }
  return lines2.join("\n");
}
function findingWhere(finding) {
  return finding.startLine === finding.endLine ? `${finding.path}:${finding.startLine}` : `${finding.path}:${finding.startLine}-${finding.endLine}`;
}
function ruleName(finding) {
  return finding.source === "sarif" && finding.tool ? `${finding.tool} ${finding.ruleId}` : finding.ruleId;
}
function linked(text, url) {
  return url ? `[${text}](${url})` : text;
}
function blockingRow(report, finding, links, attribute) {
  const where = linked(codeSpan(findingWhere(finding), { inTable: false }), fileLineUrl(links, report.head, finding));
  const rule = linked(codeSpan(ruleName(finding), { inTable: false, max: 120 }), ruleUrl(links, finding));
  const attribution = attribute(finding);
  const who = finding.provenance === "ai" ? ` \xB7 \u{1F916} AI${attribution ? `: ${escapeMarkdown(attribution.text, 200)}` : ""}` : "";
  return `- ${where} \u2014 ${rule} \u2014 ${escapeMarkdown(finding.message || finding.ruleId, WHY_CHARS)}${alsoReported(finding)}${who}`;
}
function alsoReported(finding) {
  if (!finding.alsoReportedBy?.length) return "";
  const names = finding.alsoReportedBy.slice(0, 3).map((entry) => `${escapeMarkdown(entry.tool, 40)} ${codeSpan(entry.ruleId, { inTable: true, max: 80 })}`);
  return ` \xB7 also reported by ${names.join(", ")}`;
}
function blockingSection(report, prepared, rowLimit, moreAt) {
  if (prepared.blockingCount === 0) return "";
  const heading = report.verdict.status === "fail" ? "What blocks" : "What to look at";
  const kept = prepared.blocking.slice(0, rowLimit);
  const open = kept.slice(0, OPEN_ROWS);
  const folded = kept.slice(OPEN_ROWS);
  const lines2 = [`### ${heading} (${prepared.blockingCount})`];
  if (open.length > 0) lines2.push("", ...open);
  if (folded.length > 0) lines2.push("", `<details><summary>${plural(folded.length, "more")}</summary>`, "", ...folded, "", "</details>");
  lines2.push(...moreLine(prepared.blockingCount - kept.length, ["problem", "problems"], moreAt));
  return lines2.join("\n");
}
function familyRow(family) {
  const verdict = family.status === "skipped" ? "" : ` \u2192 ${family.status}`;
  return `| ${STATUS_ICON[family.status]} | ${escapeMarkdown(family.name, 60)} | ${escapeMarkdown(family.summary, 600)}${verdict} |`;
}
function familiesSection(families, shape) {
  const decisive = families.filter((family) => family.status === "fail" || family.status === "warn");
  const rest = families.filter((family) => family.status === "pass" || family.status === "skipped");
  const passed = rest.filter((family) => family.status === "pass").length;
  const restText = `${plural(passed, "check")} passed, ${rest.length - passed} not checked`;
  const lines2 = ["### Checks"];
  if (shape === "names") {
    const names = (status) => families.filter((family) => family.status === status).map((family) => family.name);
    if (names("fail").length > 0) lines2.push("", `Failed: ${names("fail").join(", ")}.`);
    if (names("warn").length > 0) lines2.push("", `Warned: ${names("warn").join(", ")}.`);
    lines2.push("", `${capitalise(restText)}.`);
    return lines2.join("\n");
  }
  const header = ["| | Check | Result |", "|---|---|---|"];
  if (decisive.length > 0) lines2.push("", ...header, ...decisive.map(familyRow));
  if (shape === "decisive" || rest.length === 0) {
    if (rest.length > 0) lines2.push("", `${capitalise(restText)}.`);
    return lines2.join("\n");
  }
  lines2.push("", `<details><summary>${restText}</summary>`, "", ...header, ...rest.map(familyRow), "", "</details>");
  return lines2.join("\n");
}
function allConditionsSection(conditions) {
  if (conditions.length === 0) return "";
  const row = (condition) => `| ${STATUS_ICON[condition.status]} | ${codeSpan(condition.id, { inTable: true, max: 120 })} | ${formatValue(condition.actual, condition.unit)} | ${formatThreshold(condition)} | ${escapeMarkdown(condition.message, 400)} |`;
  return [
    `<details><summary>All conditions (${conditions.length})</summary>`,
    "",
    "| | Condition | Actual | Threshold | |",
    "|---|---|---|---|---|",
    ...conditions.map(row),
    "",
    "</details>"
  ].join("\n");
}
function formatValue(value, unit) {
  if (value === null) return "\u2014";
  if (typeof value === "string") return escapeMarkdown(value, 40);
  if (unit === "%") return `${value.toFixed(1)}%`;
  if (unit === "pp") return `${value} pp`;
  return String(value);
}
function formatThreshold(condition) {
  const value = condition.unit === "%" && typeof condition.threshold === "number" ? `${condition.threshold}%` : formatValue(condition.threshold, condition.unit);
  if (condition.threshold === null || !condition.operator) return value;
  return `${condition.operator === ">=" ? "\u2265" : "\u2264"} ${value}`;
}
function missingEvidenceSection(report) {
  if (report.missingEvidence.length === 0) return "";
  return [
    "### Missing evidence",
    "",
    ...report.missingEvidence.map((entry) => `- **${entry.kind}**: ${escapeMarkdown(entry.detail, 500)}`)
  ].join("\n");
}
function formatLineRanges(lines2) {
  const ranges = [];
  const sorted = [...lines2].sort((a, b) => a - b);
  for (let index = 0; index < sorted.length; ) {
    const start = sorted[index];
    let end = start;
    while (index + 1 < sorted.length && sorted[index + 1] === end + 1) end = sorted[++index];
    index += 1;
    ranges.push(start === end ? `${start}` : `${start}-${end}`);
  }
  return ranges.length > MAX_RANGES ? `${ranges.slice(0, MAX_RANGES).join(", ")}, \u2026 (${ranges.length - MAX_RANGES} more)` : ranges.join(", ");
}
function coverageFileRows(report) {
  const files = [...report.coverage?.files ?? []].sort((a, b) => b.uncoveredLines.length - a.uncoveredLines.length || (a.path < b.path ? -1 : 1));
  return files.map(
    (file2) => `| ${codeSpan(file2.path, { inTable: true })} | ${formatCoverageCount(file2)} | ${formatCoverageCount(file2.ai)} | ${formatLineRanges(file2.uncoveredLines) || "\u2014"} |`
  );
}
function coverageSection(report, fileRows, detail) {
  const coverage = report.coverage;
  if (!coverage) return "";
  const lines2 = [
    "### Coverage of added lines",
    "",
    `All added lines: **${formatCoverageCount(coverage.changed)}** \xB7 AI-written lines: **${formatCoverageCount(coverage.ai)}**` + (coverage.branches ? ` \xB7 branches: ${formatCoverageCount(coverage.branches)}` : "")
  ];
  if (coverage.unmentioned.length > 0) {
    const listed = coverage.unmentioned.slice(0, Math.max(detail.rows, 3));
    const rest = coverage.unmentioned.length - listed.length;
    lines2.push(
      "",
      `In no coverage report (not counted): ${listed.map((path) => codeSpan(path, { inTable: false })).join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`
    );
  }
  if (detail.sections && fileRows.length > 0) {
    const rows = fileRows.slice(0, detail.rows);
    lines2.push(
      "",
      `<details><summary>Coverage by file (${plural(coverage.files.length, "file")})</summary>`,
      "",
      "| File | Added lines covered | AI lines covered | Uncovered lines |",
      "|---|---|---|---|",
      ...rows,
      ...moreLine(coverage.files.length - rows.length, ["file", "files"], "the JSON report"),
      "",
      "</details>"
    );
  }
  return lines2.join("\n");
}
function moreLine(count, [one, many], where) {
  return count > 0 ? ["", `\u2026 and ${plural(count, `more ${one}`, `more ${many}`)} (see ${where}).`] : [];
}
function findingRow(finding) {
  return `| ${LEVEL_TEXT[finding.level]} | ${codeSpan(findingWhere(finding), { inTable: true })} | ${codeSpan(ruleName(finding), { inTable: true, max: 120 })} | ${WRITTEN_BY[finding.provenance]} | ${escapeMarkdown(finding.message)}${alsoReported(finding)} |`;
}
function otherFindingsSection(prepared, rowLimit, moreAt) {
  if (prepared.othersCount === 0) return "";
  const kept = prepared.others.slice(0, rowLimit);
  const lines2 = [`<details><summary>Other findings (${prepared.othersCount}), not deciding the verdict</summary>`, ""];
  if (kept.length > 0) lines2.push("| Level | Where | Rule | Written by | Message |", "|---|---|---|---|---|", ...kept);
  lines2.push(...moreLine(prepared.othersCount - kept.length, ["finding", "findings"], moreAt), "", "</details>");
  return lines2.join("\n");
}
var SIGNALS_SHOWN = 3;
var MATCHED_CHARS = 120;
function matchedSignal(signal) {
  return `${codeSpan(signal.detail, { inTable: false, max: MATCHED_CHARS })} (${escapeMarkdown(signal.source, 60)})`;
}
function matchedSignals(signals) {
  const shown = signals.slice(0, SIGNALS_SHOWN).map(matchedSignal);
  const more = signals.length - shown.length;
  return `${shown.join("; ")}${more > 0 ? `; and ${plural(more, "more signal")}` : ""}`;
}
function commitLines(lines2) {
  if (!lines2) return "";
  const shared = lines2.shared > 0 ? ` (and ${lines2.shared} shared with other AI commits)` : "";
  return ` \xB7 ${plural(lines2.own, "added line")}${shared}`;
}
function provenanceSection(report, rowLimit, moreAt) {
  const lines2 = ["### Who wrote the added lines", "", escapeMarkdown(describeAiShare(report.provenance), 1e3)];
  const commits = report.provenance.aiCommits;
  const pullRequestSignals = report.provenance.pullRequestSignals;
  if (commits.length === 0 && pullRequestSignals.length === 0 || rowLimit === 0) return lines2.join("\n");
  const counts = linesPerCommit(report.provenance);
  lines2.push("", `<details><summary>AI signals (${plural(commits.length, "commit")})</summary>`, "");
  for (const signal of pullRequestSignals.slice(0, rowLimit)) lines2.push(`- pull request: ${matchedSignal(signal)}`);
  const kept = commits.slice(0, rowLimit);
  for (const commit of kept) lines2.push(`- ${codeSpan(commit.sha.slice(0, 7), { inTable: false })}${commitLines(counts?.get(commit.sha))} \xB7 ${matchedSignals(commit.signals)}`);
  lines2.push(...moreLine(commits.length - kept.length, ["commit", "commits"], moreAt), "", "</details>");
  return lines2.join("\n");
}
function skippedSection(report, rowLimit, moreAt) {
  const entries = [...report.skipped, ...report.provenance.skipped ?? []];
  if (entries.length === 0) return "";
  const kept = entries.slice(0, rowLimit);
  return [
    `<details><summary>Not analysed (${plural(entries.length, "entry", "entries")})</summary>`,
    "",
    ...kept.map((entry) => `- ${codeSpan(entry.path, { inTable: false })}: ${escapeMarkdown(entry.reason)}`),
    ...moreLine(entries.length - kept.length, ["entry", "entries"], moreAt),
    "",
    "</details>"
  ].join("\n");
}
function scannerSection(report) {
  const summary = report.sarif;
  if (!summary) return "";
  const results = summary.inputs.reduce((sum, input) => sum + input.results, 0);
  const tools = [...new Set(summary.inputs.flatMap((input) => input.tools))];
  const parts = [
    `${plural(results, "result")} from ${plural(summary.inputs.length, "SARIF file")}${tools.length ? ` (${tools.map((tool) => escapeMarkdown(tool, 60)).join(", ")})` : ""}`,
    `${summary.kept} kept`,
    summary.outsideFilter ? `${summary.outsideFilter} outside the changed lines` : "",
    summary.notNew ? `${summary.notNew} suppressed or not new` : "",
    summary.notFailures ? `${summary.notFailures} not failures` : "",
    summary.silenced ? `${summary.silenced} silenced with a diffgate rule by a line directive` : "",
    summary.unlocated.length ? `${summary.unlocated.length} without a location in the repository` : ""
  ].filter(Boolean);
  return `Scanners: ${parts.join(" \xB7 ")}.`;
}
function footer(report, links) {
  const short = (sha) => sha.replace(/[^0-9a-zA-Z]/g, "").slice(0, 12);
  const where = [links.checkRunUrl ? `[check run](${links.checkRunUrl})` : "", links.jobSummaryUrl ? `[job summary](${links.jobSummaryUrl})` : ""].filter(Boolean);
  return `<sub>diffgate \xB7 ${short(report.base)}\u2026${short(report.head)}${where.length > 0 ? ` \xB7 ${where.join(" \xB7 ")}` : ""}</sub>`;
}

// src/report/json.ts
var MAX_REPORT_BYTES = 50 * 1024 * 1024;
var lines = array(number().check(int(), _gte(1)));
var file = extend(changedFileSchema, {
  aiLines: lines.check(describe("The added lines attributed to an AI assistant.")),
  humanLines: lines.check(describe("The added lines attributed to a person; the rest are unknown."))
});
var jsonReportSchema = strictObject({
  schemaVersion: literal(1),
  verdict: _enum(VERDICT_STATUSES),
  base: shaSchema.check(describe("Base commit SHA.")),
  head: shaSchema.check(describe("Head commit SHA.")),
  files: array(file),
  provenance: strictObject({
    mode: _enum(AI_MODES),
    counts: strictObject({ ai: number().check(int(), _gte(0)), human: number().check(int(), _gte(0)), unknown: number().check(int(), _gte(0)) }),
    aiCommits: array(
      strictObject({
        sha: shaSchema,
        signals: array(signalSchema),
        addedLines: optional(number().check(int(), _gte(0))).check(describe("AI-written added lines placed on this commit alone; absent without per-line records.")),
        sharedLines: optional(number().check(int(), _gte(0))).check(describe("AI-written added lines this commit may have written together with other AI commits (no per-line record told them apart)."))
      })
    ),
    pullRequestSignals: array(signalSchema),
    skipped: optional(array(skippedSchema)).check(describe("Line-level authorship records that could not be read, and why."))
  }),
  coverage: nullable(coverageSchema).check(describe("null when no coverage report was given (or it could not be read).")),
  mutation: _default(nullable(mutationSchema), null).check(describe("Changed-line mutation evidence (docs/mutation.md); null without a mutation report (or when it could not be read).")),
  findings: array(findingSchema),
  conditions: array(conditionSchema).check(describe("Every condition of the policy, with actual against threshold.")),
  sarif: nullable(sarifSummarySchema).check(describe("What the SARIF inputs held; null without SARIF input.")),
  missingEvidence: array(missingEvidenceSchema),
  skipped: array(skippedSchema).check(describe("What could not be analysed, and why.")),
  policyChange: optional(policyChangeSchema).check(describe("Present when the change edits the policy file: which revision\u2019s policy judged it (`applied`: the change\u2019s own)."))
}).check(meta({ title: "diffgate report", description: "The JSON report written by `diffgate --json` (schemaVersion 1)." }));
function reportJsonSchema() {
  return toJSONSchema(jsonReportSchema, { target: "draft-2020-12", io: "output" });
}
function toJsonReport(report, attribute = makeAttributor(report.provenance)) {
  const attribution = new Map(report.provenance.files.map((entry) => [entry.path, entry]));
  const commitLines2 = linesPerCommit(report.provenance);
  return {
    schemaVersion: 1,
    verdict: report.verdict.status,
    base: report.base,
    head: report.head,
    files: report.files.map((changed) => ({
      path: changed.path,
      oldPath: changed.oldPath,
      status: changed.status,
      addedLines: changed.addedLines,
      ...optional2("movedLines", changed.movedLines?.length ? changed.movedLines : void 0),
      aiLines: attribution.get(changed.path)?.aiLines ?? [],
      humanLines: attribution.get(changed.path)?.humanLines ?? [],
      hunks: changed.hunks.map(({ start, end }) => ({ start, end })),
      binary: changed.binary,
      submodule: changed.submodule,
      modeOnly: changed.modeOnly
    })),
    provenance: {
      mode: report.provenance.mode,
      counts: { ...report.provenance.counts },
      aiCommits: report.provenance.aiCommits.map((commit) => {
        const lines2 = commitLines2?.get(commit.sha);
        return { sha: commit.sha, signals: commit.signals.map(pickSignal), ...lines2 ? { addedLines: lines2.own, sharedLines: lines2.shared } : {} };
      }),
      pullRequestSignals: report.provenance.pullRequestSignals.map(pickSignal),
      ...optional2("skipped", report.provenance.skipped?.map(({ path, reason }) => ({ path, reason })))
    },
    coverage: report.coverage && {
      changed: report.coverage.changed,
      ai: report.coverage.ai,
      branches: report.coverage.branches,
      files: report.coverage.files.map((entry) => ({
        path: entry.path,
        measured: entry.measured,
        covered: entry.covered,
        coveredLines: entry.coveredLines,
        uncoveredLines: entry.uncoveredLines,
        ai: entry.ai,
        ...entry.branches ? { branches: entry.branches } : {}
      })),
      unmentioned: report.coverage.unmentioned,
      overall: report.coverage.overall,
      reports: report.coverage.reports.map(({ path, format }) => ({ path, format }))
    },
    mutation: jsonMutation(report.mutation ?? null),
    findings: report.findings.map((entry) => ({
      ruleId: entry.ruleId,
      level: entry.level,
      path: entry.path,
      startLine: entry.startLine,
      endLine: entry.endLine,
      message: entry.message,
      source: entry.source,
      provenance: entry.provenance,
      fingerprint: entry.fingerprint,
      ...optional2("helpUri", entry.helpUri),
      ...optional2("tool", entry.tool),
      ...optional2("securitySeverity", entry.securitySeverity),
      ...optional2("tags", entry.tags),
      ...optional2("onAddedLine", entry.onAddedLine),
      ...optional2("alsoReportedBy", entry.alsoReportedBy?.map(({ tool, ruleId, level, startLine, endLine }) => ({ tool, ruleId, level, startLine, endLine }))),
      ...optional2("attribution", jsonAttribution(attribute(entry)))
    })),
    conditions: report.verdict.conditions.map((entry) => ({
      id: entry.id,
      status: entry.status,
      actual: entry.actual,
      threshold: entry.threshold,
      message: entry.message,
      ...optional2("operator", entry.operator),
      ...optional2("unit", entry.unit)
    })),
    sarif: report.sarif,
    missingEvidence: report.missingEvidence.map(({ kind, detail }) => ({ kind, detail })),
    skipped: report.skipped.map(({ path, reason }) => ({ path, reason })),
    ...optional2("policyChange", report.policyChange ? { ...report.policyChange } : void 0)
  };
}
function jsonAttribution(attribution) {
  if (!attribution) return void 0;
  return { commits: [...attribution.commits], ...optional2("signal", attribution.signal && pickSignal(attribution.signal)), text: attribution.text };
}
function jsonMutation(mutation) {
  if (!mutation) return null;
  const { unmapped: _unmapped, ...documented } = mutation;
  return documented;
}
function pickSignal(signal) {
  return {
    kind: signal.kind,
    source: signal.source,
    detail: signal.detail,
    ...optional2("tool", signal.tool),
    confidence: signal.confidence,
    ...optional2("id", signal.id)
  };
}
function optional2(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function renderJson(report, attribute) {
  return `${JSON.stringify(toJsonReport(report, attribute), null, 2)}
`;
}
function parseJsonReport(text, origin, maxBytes = MAX_REPORT_BYTES) {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes) throw new InputError(`${origin}: the report is ${bytes} bytes, over the ${maxBytes}-byte limit; was it written by diffgate --json?`);
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${origin}: not valid JSON (${error.message}); pass the file diffgate --json wrote`);
  }
  const parsed = jsonReportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join(".") : "(top level)";
    throw new InputError(`${origin}: not a diffgate report (schemaVersion 1): ${where}: ${issue?.message ?? "invalid"}`);
  }
  return fromJsonReport(parsed.data);
}
function fromJsonReport(json) {
  return {
    schemaVersion: 1,
    verdict: { status: json.verdict, conditions: json.conditions },
    base: json.base,
    head: json.head,
    files: json.files.map(({ aiLines: _ai, humanLines: _human, ...changed }) => changed),
    provenance: {
      mode: json.provenance.mode,
      aiCommits: json.provenance.aiCommits,
      pullRequestSignals: json.provenance.pullRequestSignals,
      files: json.files.filter((entry) => entry.aiLines.length > 0 || entry.humanLines.length > 0).map((entry) => ({ path: entry.path, aiLines: entry.aiLines, humanLines: entry.humanLines })),
      counts: json.provenance.counts,
      ...json.provenance.skipped ? { skipped: json.provenance.skipped } : {}
    },
    coverage: json.coverage,
    mutation: json.mutation,
    findings: json.findings,
    sarif: json.sarif,
    missingEvidence: json.missingEvidence,
    skipped: json.skipped,
    ...json.policyChange ? { policyChange: json.policyChange } : {}
  };
}

// src/report/uncovered.ts
var UNCOVERED_RULE_ID = toRuleId("uncovered-lines");
var UNCOVERED_HELP_URI = RULE_DOCS_BASE_URL.replace(/rules\/$/, "coverage.md");
function uncoveredSpans(addedLines, coverage) {
  const uncovered = new Set(coverage.uncoveredLines);
  const covered = new Set(coverage.coveredLines);
  const spans = [];
  let open = null;
  let previous = Number.NaN;
  for (const line of [...addedLines].sort((a, b) => a - b)) {
    if (open && (line !== previous + 1 || covered.has(line))) open = null;
    previous = line;
    if (!uncovered.has(line)) continue;
    if (open) {
      open.end = line;
      open.uncovered += 1;
    } else {
      open = { start: line, end: line, uncovered: 1 };
      spans.push(open);
    }
  }
  return spans;
}
function provenanceOf(authors, span) {
  let human = false;
  for (let line = span.start; authors && line <= span.end; line++) {
    if (authors.ai.has(line)) return "ai";
    human ||= authors.human.has(line);
  }
  return human ? "human" : "unknown";
}
function uncoveredFindings(report) {
  if (!report.coverage) return [];
  const addedLines = new Map(report.files.map((file2) => [file2.path, file2.addedLines]));
  const authors = new Map(report.provenance.files.map((file2) => [file2.path, { ai: new Set(file2.aiLines), human: new Set(file2.humanLines) }]));
  return report.coverage.files.flatMap(
    (file2) => uncoveredSpans(addedLines.get(file2.path) ?? [], file2).map((span) => {
      const lines2 = span.start === span.end ? `Added line ${span.start} is` : `Added lines ${span.start}-${span.end} (${span.uncovered} measured) are`;
      return {
        ruleId: UNCOVERED_RULE_ID,
        level: "note",
        path: file2.path,
        startLine: span.start,
        endLine: span.end,
        message: `${lines2} not covered by any test in the coverage reports.`,
        source: "coverage",
        provenance: provenanceOf(authors.get(file2.path), span),
        fingerprint: `${UNCOVERED_RULE_ID}:${file2.path}:${span.start}-${span.end}`,
        helpUri: UNCOVERED_HELP_URI,
        onAddedLine: true
      };
    })
  );
}

// src/report/sarif.ts
var UNCOVERED_DESCRIPTION = "Added lines that no test covers, by the coverage reports given (changed-line coverage).";
function ruleOf(id, findings, options) {
  const docsBase = options.docsBaseUrl ?? RULE_DOCS_BASE_URL;
  const helpUri = findings.find((finding) => finding.helpUri)?.helpUri ?? `${docsBase}${encodeURIComponent(id)}.md`;
  const level = findings.reduce((worst, finding) => LEVEL_RANK[finding.level] > LEVEL_RANK[worst] ? finding.level : worst, "note");
  const description = options.ruleDescriptions?.[id] ?? findRule(id)?.meta.description ?? (id === UNCOVERED_RULE_ID ? UNCOVERED_DESCRIPTION : `diffgate rule ${id}`);
  const tags = [...new Set(findings.flatMap((finding) => finding.tags ?? []))];
  return {
    id,
    name: id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join(""),
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: { text: `See ${helpUri}`, markdown: `See [the rule's documentation](${helpUri}).` },
    helpUri,
    defaultConfiguration: { level },
    properties: tags.length > 0 ? { tags } : {}
  };
}
function renderSarif(report, toolVersion, options = {}) {
  const own = rankFindings([...report.findings.filter((finding) => finding.source !== "sarif"), ...options.uncovered ? uncoveredFindings(report) : []]);
  const byRule = /* @__PURE__ */ new Map();
  for (const finding of own) byRule.set(finding.ruleId, [...byRule.get(finding.ruleId) ?? [], finding]);
  const ruleIds = [...byRule.keys()].sort();
  const rules = ruleIds.map((id) => ruleOf(id, byRule.get(id) ?? [], options));
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const results = own.map((finding) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
    level: finding.level,
    message: { text: finding.message || finding.ruleId },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(finding.path), uriBaseId: "%SRCROOT%" },
          region: { startLine: finding.startLine, endLine: Math.max(finding.startLine, finding.endLine) }
        }
      }
    ],
    partialFingerprints: { "diffgateFingerprint/v1": finding.fingerprint },
    properties: {
      provenance: finding.provenance,
      source: finding.source,
      ...finding.onAddedLine === void 0 ? {} : { onAddedLine: finding.onAddedLine }
    }
  }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "diffgate",
            version: toolVersion,
            semanticVersion: toolVersion,
            informationUri: (options.docsBaseUrl ?? RULE_DOCS_BASE_URL).replace(/docs\/rules\/$/, ""),
            rules
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        columnKind: "utf16CodeUnits",
        results,
        properties: { base: report.base, head: report.head, verdict: report.verdict.status }
      }
    ]
  };
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

// src/report/title.ts
var TITLE_CHARS = 255;
function plural2(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
function findingLevelCounts(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.level] += 1;
  return `${plural2(counts.error, "error")}, ${plural2(counts.warning, "warning")}, ${plural2(counts.note, "note")}`;
}
function checkRunTitle(report) {
  const families = conditionFamilies(report.verdict.conditions, report.coverage).filter((family) => family.status !== "skipped");
  const failed = families.filter((family) => family.status === "fail").length;
  const warned = families.filter((family) => family.status === "warn").length;
  const verdict = report.verdict.status === "fail" ? "Gate failed" : report.verdict.status === "warn" ? "Passed with warnings" : "Gate passed";
  const checks = [failed ? `${failed} of ${plural2(families.length, "check")} failed` : "", warned ? `${warned} ${failed ? "" : `of ${plural2(families.length, "check")} `}warned` : ""].filter(Boolean).join(", ").replace(/ {2,}/g, " ");
  const findings = report.findings.length === 0 ? "no findings" : `${plural2(report.findings.length, "finding")} (${findingLevelCounts(report.findings)})`;
  const title = `${verdict}: ${checks || `${plural2(families.length, "check")} passed`} \xB7 ${findings}`;
  return title.length <= TITLE_CHARS ? title : `${title.slice(0, TITLE_CHARS - 1)}\u2026`;
}

// src/report/index.ts
function selectWorkflowAnnotations2(findings, perLevel = LIMITS.workflowAnnotationsPerLevel) {
  return selectWorkflowAnnotations(findings, perLevel);
}

export {
  LIMITS,
  ANNOTATION_LIMITS,
  findingTitle,
  describeOmitted,
  formatWorkflowCommand,
  toCheckRunAnnotations,
  RULE_DOCS_BASE_URL,
  OPEN_ROWS,
  renderMarkdown,
  renderPassingNote,
  MAX_REPORT_BYTES,
  jsonReportSchema,
  reportJsonSchema,
  toJsonReport,
  renderJson,
  parseJsonReport,
  uncoveredFindings,
  renderSarif,
  findingLevelCounts,
  checkRunTitle,
  selectWorkflowAnnotations2 as selectWorkflowAnnotations
};
