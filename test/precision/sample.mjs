// Draws the labelled sample of the precision study from the measured findings (see README.md):
// per rule, a seeded shuffle of all its findings across the runs given, then the first PER_RULE.
//
//   node test/precision/sample.mjs 20261121 10,missing-tests=20 .tmp/precision/ky.jsonl .tmp/precision/zod.jsonl ...
//
// The second argument is the sample size per rule, with optional per-rule sizes after commas.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [seedText = '20261121', perRuleText = '12', ...files] = process.argv.slice(2);
const [defaultSize, ...overrides] = perRuleText.split(',');
const sizeOf = (rule) => Number(overrides.find((entry) => entry.startsWith(`${rule}=`))?.split('=')[1] ?? defaultSize);

// mulberry32: a small seeded generator, so the same seed draws the same sample.
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
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
  for (let i = findings.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [findings[i], findings[j]] = [findings[j], findings[i]];
  }
  console.error(`${rule}: ${findings.length} findings, sampling ${Math.min(sizeOf(rule), findings.length)}`);
  for (const finding of findings.slice(0, sizeOf(rule))) {
    console.log(JSON.stringify(finding));
  }
}
