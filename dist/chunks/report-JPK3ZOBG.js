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
} from "./chunk-XUAJIWHF.js";
import {
  linesPerCommit,
  makeAttributor,
  rankFindings
} from "./chunk-LEQONBCP.js";
import {
  comparesNothing,
  describeBase
} from "./chunk-CL2UNNAW.js";
import {
  codeSpan,
  escapeMarkdown,
  plainText,
  terminalText,
  truncate,
  truncateUtf8,
  withoutWorkflowCommands
} from "./chunk-IYN4SJJN.js";
import "./chunk-4ZF3IT7S.js";
import "./chunk-X2I7II4Q.js";
import "./chunk-I2ZRAE2I.js";
import "./chunk-JWPOZ637.js";
export {
  ANNOTATION_LIMITS,
  LIMITS,
  MAX_REPORT_BYTES,
  OPEN_ROWS,
  RULE_DOCS_BASE_URL,
  checkRunTitle,
  codeSpan,
  comparesNothing,
  describeBase,
  describeOmitted,
  escapeMarkdown,
  findingTitle,
  formatWorkflowCommand,
  jsonReportSchema,
  linesPerCommit,
  makeAttributor,
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
