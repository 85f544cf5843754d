// JaCoCo XML: `<package name="com/acme">` + `<sourcefile name="Foo.java">`, so the path is relative to
// a source root (src/main/java/…) that the report does not name; the path mapper finds the one tracked
// file that ends with it. `<group>` elements (multi-module reports) nest packages.
import { InputError } from '../../errors.js';
import type { BranchClaim } from './branch-budget.js';
import type { ParsedReport, ReportFile } from './report.js';
import { addLineHits, newReportFile, parseHits, parseLineNumber } from './report.js';
import type { XmlNode } from './xml-nodes.js';
import { attributeOf, childrenOf } from './xml-nodes.js';

export function readJacoco(reportPath: string, report: XmlNode, claimBranches: BranchClaim): ParsedReport {
  const files: ReportFile[] = [];
  for (const pkg of packagesOf(report)) {
    const packagePath = (attributeOf(pkg, 'name') ?? '').replace(/\/+$/, '');
    for (const sourcefile of childrenOf(pkg, 'sourcefile')) {
      const name = attributeOf(sourcefile, 'name');
      if (!name) continue;
      const file = newReportFile([packagePath ? `${packagePath}/${name}` : name]);
      for (const line of childrenOf(sourcefile, 'line')) readLine(reportPath, file, line, claimBranches);
      files.push(file);
    }
  }
  return { format: 'jacoco', files };
}

function packagesOf(node: XmlNode): XmlNode[] {
  return [...childrenOf(node, 'package'), ...childrenOf(node, 'group').flatMap(packagesOf)];
}

function readLine(reportPath: string, file: ReportFile, line: XmlNode, claimBranches: BranchClaim): void {
  const number = parseLineNumber(attributeOf(line, 'nr'));
  // Covered instructions are the hits, as diff-cover counts them; a line is listed only when it has instructions.
  const coveredInstructions = parseHits(attributeOf(line, 'ci'));
  if (number === null || coveredInstructions === null) {
    throw new InputError(`coverage report ${reportPath}: a <line> lacks a valid nr or ci attribute; regenerate the JaCoCo report`);
  }
  addLineHits(file, number, coveredInstructions);
  const missedBranches = parseHits(attributeOf(line, 'mb')) ?? 0;
  const coveredBranches = parseHits(attributeOf(line, 'cb')) ?? 0;
  claimBranches(file, number, coveredBranches, missedBranches + coveredBranches);
}
