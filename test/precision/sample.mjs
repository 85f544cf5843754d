// Draws the labelled sample of the precision study from the measured findings (see README.md):
// per rule, a seeded shuffle of all its findings across the runs given, then the first PER_RULE.
//
//   node test/precision/sample.mjs 20261121 10,missing-tests=20 .tmp/precision/ky.jsonl .tmp/precision/zod.jsonl ...
//
// The second argument is the sample size per rule, with optional per-rule sizes after commas.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { generator, shuffle } from './harness/random.mjs';

const [seedText = '20261121', perRuleText = '12', ...files] = process.argv.slice(2);
const [defaultSize, ...overrides] = perRuleText.split(',');
const sizeOf = (rule) => Number(overrides.find((entry) => entry.startsWith(`${rule}=`))?.split('=')[1] ?? defaultSize);

const random = generator(Number(seedText));

const byRule = new Map();
for (const file of files) {
  const run = basename(file, '.jsonl');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const finding = { run, ...JSON.parse(line) };
    byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  }
}
for (const [rule, findings] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
  // Fisher-Yates with the seeded generator, rules in name order so the draw does not depend on file order.
  shuffle(findings, random);
  console.error(`${rule}: ${findings.length} findings, sampling ${Math.min(sizeOf(rule), findings.length)}`);
  for (const finding of findings.slice(0, sizeOf(rule))) {
    console.log(JSON.stringify(finding));
  }
}
