import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AI_SIGNALS } from '../../src/provenance/catalogue.js';

const docs = readFileSync(new URL('../../docs/provenance.md', import.meta.url), 'utf8');

describe('the signal catalogue', () => {
  it('has unique ids', () => {
    const ids = AI_SIGNALS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is documented entry by entry, with value and confidence', () => {
    for (const entry of AI_SIGNALS) {
      const row = docs.split('\n').find((line) => line.startsWith(`| \`${entry.id}\` |`));
      expect(row, entry.id).toBeDefined();
      expect(row).toContain(`\`${entry.value}\``);
      expect(row).toContain(`| ${entry.confidence} |`);
    }
  });

  it('never matches a whole domain or a bare [bot] suffix', () => {
    for (const entry of AI_SIGNALS) {
      if (entry.match === 'address') expect(entry.value, entry.id).toMatch(/^[^@\s]+@[^@\s]+$/);
      expect(entry.value, entry.id).not.toBe('[bot]');
    }
  });
});
