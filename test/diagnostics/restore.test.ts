/**
 * The `restore/…` rules: each fires on a damaged variant of the test letter and never on the
 * clean letter (a clean document is never restored).
 */
import { describe, expect, it } from 'vitest';
import { stripDiacritics } from '../../src/domain/vietnamese.js';
import { parseDocument } from '../../src/index.js';
import { letter } from './cases.js';

const ruleIds = (input: string) => parseDocument(input).diagnostics.map((d) => d.ruleId);
/** The letter as OCR without Vietnamese data gives it. */
const unmarked = (text: string) => stripDiacritics(text);
/** The letter as a PDF whose font has no map for `N`, `T` and `H` gives it. */
const capitalsDropped = (text: string) => text.replace(/(?<![\p{L}])[NTH](?=\p{Ll})/gu, '');

describe('restore/damaged-text', () => {
  it('fires on text without diacritics and on text with dropped capitals, not on the clean letter', () => {
    expect(ruleIds(unmarked(letter()))).toContain('restore/damaged-text');
    expect(ruleIds(capitalsDropped(letter({ body: 'Sở Tài chính đề nghị Sở Nội vụ và Hiệp hội Doanh nghiệp tỉnh phối hợp thực hiện.\nTrên đây là ý kiến của Sở Tài chính.' })))).toContain('restore/damaged-text');
    expect(ruleIds(letter())).not.toContain('restore/damaged-text');
  });
});

describe('restore/diacritics', () => {
  it('fires where a word of a text without diacritics is restored', () => {
    expect(ruleIds(unmarked(letter()))).toContain('restore/diacritics');
    expect(ruleIds(letter())).not.toContain('restore/diacritics');
  });
});

describe('restore/missing-letters', () => {
  it('fires where a dropped capital is put back', () => {
    const damaged = capitalsDropped(letter({ body: 'Sở Tài chính đề nghị Sở Nội vụ và Hiệp hội Doanh nghiệp tỉnh phối hợp thực hiện.\nTrên đây là ý kiến của Sở Tài chính.' }));
    expect(ruleIds(damaged)).toContain('restore/missing-letters');
    expect(ruleIds(letter())).not.toContain('restore/missing-letters');
  });
});

describe('restore/ocr-noise', () => {
  it('fires on specks after the end of a line in OCR text', () => {
    const noisy = unmarked(letter({ body: 'Ủy ban nhân dân huyện đề nghị các đơn vị thực hiện.       ‘". ,\n1. Chuẩn bị báo cáo tổng kết.' }));
    expect(ruleIds(noisy)).toContain('restore/ocr-noise');
    expect(ruleIds(unmarked(letter()))).not.toContain('restore/ocr-noise');
  });
});

describe('restore/signature-evidence', () => {
  const stamp = 'Ủy ban nhân dân\nhuyện Tiên Yên\n12.12.2024\n15:02:11 +07:00\n';
  it('reads an unreadable agency and date from the signature stamp', () => {
    const damaged = unmarked(letter({ agency: 'UY BAN NHAN D4N\nHUYEN T1EN YEN', date: 'Tien Yen, ngay 1? thang 1Z nam 2024' }));
    expect(ruleIds(`${stamp}${damaged}`)).toContain('restore/signature-evidence');
    expect(ruleIds(`${stamp}${unmarked(letter())}`)).not.toContain('restore/signature-evidence');
  });
});
