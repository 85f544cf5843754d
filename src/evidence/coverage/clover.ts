// Clover XML (istanbul's clover reporter, PHPUnit, OpenClover): `<file path="…">` with `<line type="stmt|cond|method">`.
// Statement and condition lines are measured, as diff-cover counts them; method lines are declarations.
// `truecount`/`falsecount` on a condition line mean two things: istanbul writes how many branch paths were
// taken and not taken; OpenClover (clover="4…") writes how often the condition was true and false.
import { InputError } from '../../errors.js';
import type { BranchClaim } from './branch-budget.js';
import type { ParsedReport, ReportFile } from './report.js';
import { addLineHits, newReportFile, parseHits, parseLineNumber } from './report.js';
import type { XmlNode } from './xml-nodes.js';
import { attributeOf, childOf, childrenOf } from './xml-nodes.js';

export function readClover(reportPath: string, coverage: XmlNode, claimBranches: BranchClaim): ParsedReport {
  const project = childOf(coverage, 'project');
  const fileNodes = [...childrenOf(project, 'file'), ...childrenOf(project, 'package').flatMap((pkg) => childrenOf(pkg, 'file'))];
  const openClover = /^[4-9]/.test(attributeOf(coverage, 'clover') ?? '');
  const files: ReportFile[] = [];
  for (const fileNode of fileNodes) {
    const path = attributeOf(fileNode, 'path') ?? attributeOf(fileNode, 'name');
    if (!path) continue;
    const file = newReportFile([path]);
    for (const line of childrenOf(fileNode, 'line')) readLine(reportPath, file, line, openClover, claimBranches);
    files.push(file);
  }
  return { format: 'clover', files };
}

function readLine(reportPath: string, file: ReportFile, line: XmlNode, openClover: boolean, claimBranches: BranchClaim): void {
  const type = attributeOf(line, 'type');
  if (type !== 'stmt' && type !== 'cond') return;
  const number = parseLineNumber(attributeOf(line, 'num'));
  const trueCount = parseHits(attributeOf(line, 'truecount'));
  const falseCount = parseHits(attributeOf(line, 'falsecount'));
  const hits = parseHits(attributeOf(line, 'count')) ?? (type === 'cond' && trueCount !== null ? trueCount + (falseCount ?? 0) : null);
  if (number === null || hits === null) {
    throw new InputError(`coverage report ${reportPath}: a <line> lacks a valid num or count attribute; regenerate the Clover report`);
  }
  addLineHits(file, number, hits);
  if (type !== 'cond' || trueCount === null || falseCount === null) return;
  if (openClover) claimBranches(file, number, (trueCount > 0 ? 1 : 0) + (falseCount > 0 ? 1 : 0), 2);
  else claimBranches(file, number, trueCount, trueCount + falseCount);
}
