import { createRequire as __diffgateCreateRequire } from 'node:module';
import { fileURLToPath as __diffgateFileURLToPath } from 'node:url';
import { dirname as __diffgateDirname } from 'node:path';
const require = __diffgateCreateRequire(import.meta.url);
const __filename = __diffgateFileURLToPath(import.meta.url);
const __dirname = __diffgateDirname(__filename);
import {
  ANNOTATION_LIMITS,
  LIMITS,
  MAX_REPORT_BYTES,
  OPEN_ROWS,
  RULE_DOCS_BASE_URL,
  checkRunTitle,
  describeOmitted,
  findingTitle,
  formatWorkflowCommand,
  jsonReportSchema,
  parseJsonReport,
  renderJson,
  renderMarkdown,
  renderPassingNote,
  renderSarif,
  reportJsonSchema,
  selectWorkflowAnnotations,
  toCheckRunAnnotations,
  toJsonReport
} from "./chunk-GA7CD25A.js";
import "./chunk-UJW5LMBK.js";
import {
  attributeFinding,
  rankFindings
} from "./chunk-GH6D7LZH.js";
import {
  codeSpan,
  comparesNothing,
  describeBase,
  escapeMarkdown,
  plainText,
  terminalText,
  truncate,
  truncateUtf8,
  withoutWorkflowCommands
} from "./chunk-XS4VFLBW.js";
import "./chunk-YNNDIQDB.js";
import "./chunk-IK2T3WPE.js";
export {
  ANNOTATION_LIMITS,
  LIMITS,
  MAX_REPORT_BYTES,
  OPEN_ROWS,
  RULE_DOCS_BASE_URL,
  attributeFinding,
  checkRunTitle,
  codeSpan,
  comparesNothing,
  describeBase,
  describeOmitted,
  escapeMarkdown,
  findingTitle,
  formatWorkflowCommand,
  jsonReportSchema,
  parseJsonReport,
  plainText,
  rankFindings,
  renderJson,
  renderMarkdown,
  renderPassingNote,
  renderSarif,
  reportJsonSchema,
  selectWorkflowAnnotations,
  terminalText,
  toCheckRunAnnotations,
  toJsonReport,
  truncate,
  truncateUtf8,
  withoutWorkflowCommands
};
