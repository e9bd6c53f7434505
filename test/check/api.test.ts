/** The linter from the library: `lintDocument` on text and on a .docx. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINT_RULES, lintDocument } from '../../src/index.js';
import { docxBytes, specimenLetter } from '../../src/check/rules/docx-example.js';

const FAULTS = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'check', 'faults.txt'), 'utf8');

describe('lintDocument', () => {
  it('gives ESLint-shaped messages in Vietnamese or English, with a fix where it is safe', () => {
    const vi = lintDocument(FAULTS);
    const padding = vi.find((m) => m.ruleId === 'VB132')!;
    expect(padding).toMatchObject({ ruleName: 'date-padding', severity: 'error', line: 10, column: 17, endLine: 10, endColumn: 18 });
    expect(padding.message).toBe('Ngày "5" phải ghi "05" (NĐ 30/2020/NĐ-CP)');
    expect(padding.fix).toEqual({ range: [FAULTS.indexOf('ngày 5 ') + 5, FAULTS.indexOf('ngày 5 ') + 5], text: '0' });
    const en = lintDocument(FAULTS, { lang: 'en', rules: { VB123: { severity: 'off' } } });
    expect(en.find((m) => m.ruleId === 'VB132')!.message).toBe('The day "5" must be written "05" (Decree 30/2020/NĐ-CP)');
    expect(en.some((m) => m.ruleId === 'VB123')).toBe(false);
  });

  it('reads a .docx with its run properties', () => {
    const letter = specimenLetter();
    letter.header.right[0] = { ...letter.header.right[0]!, bold: false };
    const messages = lintDocument(docxBytes(letter));
    expect(messages.map((m) => m.ruleId)).toEqual(['VB603']);
  });

  it('lists the rules', () => {
    expect(LINT_RULES.map((r) => r.id)).toContain('VB605');
  });
});

describe('lintDocument on damaged documents', () => {
  it('never throws, and every message points inside the text', async () => {
    const { STATE_CONG_VAN, STATE_QUYET_DINH, PARTY_CONG_VAN } = await import('../../src/check/examples.js');
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const noise = ['', '|', '**', '\t', '  ', '- ', '–', './.', 'Số:', 'Nơi nhận:', 'KT.', '\r\n', 'ngày 31 tháng 02 năm 2024', '\u0301'];
    for (let i = 0; i < 150; i++) {
      const base = [STATE_CONG_VAN, STATE_QUYET_DINH, PARTY_CONG_VAN, FAULTS][i % 4]!;
      const lines = base.split('\n');
      for (let k = 0; k < 4; k++) {
        const at = Math.floor(random() * lines.length);
        const what = random();
        if (what < 0.3) lines.splice(at, 1 + Math.floor(random() * 3));
        else if (what < 0.6) lines[at] = (lines[at] ?? '') + noise[Math.floor(random() * noise.length)];
        else lines.splice(at, 0, noise[Math.floor(random() * noise.length)]!);
      }
      const text = lines.join('\n');
      if (text.trim() === '') continue;
      const count = text.split(/\r\n|\r|\n/).length;
      for (const m of lintDocument(text)) {
        expect(m.line).toBeGreaterThanOrEqual(1);
        expect(m.line).toBeLessThanOrEqual(count);
        if (m.fix) expect(m.fix.range[1]).toBeLessThanOrEqual(text.length);
      }
    }
  });
});
