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
