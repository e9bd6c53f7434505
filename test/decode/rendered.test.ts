/**
 * The plain-text fixtures written as Word files — in Unicode, and in the legacy fonts `.VnTime`
 * (TCVN3) and `VNI-Times` — parse to the same fields as the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { renderDocx, type LegacyFont } from '../helpers/docx.js';
import { agreement } from '../helpers/fields.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = readdirSync(dir)
  .filter((n) => n.endsWith('.txt') && !n.includes('utf16'))
  .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8').replace(/^\ufeff/, '') }));

function meanAgreement(font: LegacyFont | undefined): { mean: number; misses: string[] } {
  let total = 0;
  const misses: string[] = [];
  for (const { name, text } of fixtures) {
    const { score, differences } = agreement(parseDocument(text, { path: name }), parseDocument(renderDocx(text, { font }), { path: `${name}.docx` }));
    total += score;
    if (score < 1) misses.push(`${name}: ${differences.join('; ')}`);
  }
  return { mean: total / fixtures.length, misses };
}

describe('fixtures written as .docx parse to the same fields', () => {
  it('in Unicode', () => {
    const { mean, misses } = meanAgreement(undefined);
    expect(mean, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  for (const font of ['.VnTime', 'VNI-Times'] as const) {
    it(`in the legacy font ${font}, converted by the runs' font`, () => {
      const unicode = meanAgreement(undefined).mean;
      const { mean, misses } = meanAgreement(font);
      expect(mean, misses.join('\n')).toBeGreaterThanOrEqual(unicode - 0.02);
    }, 60_000);
  }

  it('says what it converted', () => {
    const doc = parseDocument(renderDocx(fixtures[0]!.text, { font: '.VnTime' }));
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'decode/legacy-encoding', severity: 'info', message: expect.stringMatching(/\.VnTime/) }));
  });
});
