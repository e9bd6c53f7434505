import { describe, expect, it } from 'vitest';
import { dateFromParts, numericDate, wordedDate } from '../../src/domain/date-grammar.js';
import { CITED_CODE_SHAPES } from '../../src/domain/number-grammar.js';
import { caseless } from '../../src/domain/patterns.js';
import { vre } from '../../src/domain/vietnamese.js';
import { parseDocumentNumber } from '../../src/extract/number.js';
import { extractReferences } from '../../src/extract/references/index.js';
import { parseText } from '../../src/parse.js';

const DASHES = ['-', '–', '—', '−', '‐'];

describe('one số/ký hiệu grammar for the header and the citation reader', () => {
  for (const dash of DASHES) {
    const code = `15${dash}CV/TU`;
    it(`reads ${JSON.stringify(code)} the same in the header and in a body citation`, () => {
      expect(parseDocumentNumber(`Số ${code}`)?.numbering).toMatchObject({ number: '15', typeCode: 'CV', issuerCode: 'TU', form: 'party' });
      const [ref] = extractReferences(`Thực hiện Công văn số ${code} ngày 04-12-2023 của Tỉnh ủy về công tác cán bộ.`);
      expect(ref).toMatchObject({ type: 'Công văn', code: '15-CV/TU', date: '2023-12-04' });
    });
    it(`reads the unit after ${JSON.stringify(dash)} in a state symbol in both places`, () => {
      expect(parseDocumentNumber(`Số: 12/UBND${dash}VP`, { isLetter: true })?.symbol).toBe('UBND-VP');
      expect(extractReferences(`theo Công văn số 12/UBND${dash}VP ngày 5/6/2023 của UBND huyện.`)[0]?.code).toBe('12/UBND-VP');
    });
  }

  it('reads a whole document with an em dash in both places', () => {
    const doc = parseText(
      ['HUYỆN ỦY NAM ĐÀN', '*', 'Số 15—CV/HU', 'V/v tổng kết công tác', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Nam Đàn, ngày 04 tháng 12 năm 2023', '',
        'Kính gửi: Các chi bộ trực thuộc.', '', 'Thực hiện Kế hoạch số 21—KH/HU ngày 02-10-2023 của Ban Thường vụ Huyện ủy về tổng kết năm, đề nghị các chi bộ báo cáo.'].join('\n'),
    );
    expect(doc.header.number).toBe('15');
    expect(doc.header.symbol).toBe('CV/HU');
    expect(doc.references.map((r) => r.code)).toEqual(['21-KH/HU']);
  });

  it('reads dotted numbers, dotted groups, & and bracketed units', () => {
    for (const code of ['66.4/2025/NQ-CP', '128.2025/OL.WMCLV', '45/SXD-QLN&TTBĐS', '12/TTr-CAT(PC04)', '01/CV-01']) {
      const anyShape = vre(`^(?:${Object.values(CITED_CODE_SHAPES).join('|')})$`, 'u');
      expect(anyShape.test(code), code).toBe(true);
    }
    expect(parseDocumentNumber('Số: 12/TTr-CAT(PC04)')?.symbol).toBe('TTr-CAT(PC04)');
    expect(parseDocumentNumber('Số:173    /KH-UBND')).toMatchObject({ symbol: 'KH-UBND', numbering: { number: '173' } });
  });
});

describe('one date grammar', () => {
  it('reads worded dates with wide gaps and OCR digits on the date line', () => {
    const m = 'ngày 28     tháng 4    năm 2026'.match(caseless(wordedDate('loose')))!;
    expect(dateFromParts(m[1], m[2], m[3] ?? '').iso).toBe('2026-04-28');
    const ocr = 'ngày 2O tháng O8 năm 2O24'.match(caseless(wordedDate('loose')))!;
    expect(dateFromParts(ocr[1], ocr[2], ocr[3] ?? '').iso).toBe('2024-08-20');
  });
  it('reads a day or month of look-alikes alone between the date words, and S for 5', () => {
    const ocr = 'ngày 2S tháng lO năm 2O24'.match(caseless(wordedDate('loose')))!;
    expect(dateFromParts(ocr[1], ocr[2], ocr[3] ?? '').iso).toBe('2024-10-25');
  });
  it('reads date words whose vowel carries the wrong mark (OCR, hurried typing)', () => {
    const m = 'ngảy 12 thảng 3 nãm 2025'.match(caseless(wordedDate('loose')))!;
    expect(dateFromParts(m[1], m[2], m[3] ?? '').iso).toBe('2025-03-12');
  });
  it('reads numeric dates with any dash in running text', () => {
    for (const dash of DASHES) {
      const m = `04${dash}12${dash}2023`.match(caseless(numericDate('tight')))!;
      expect(dateFromParts(m[1], m[2], m[3] ?? '').iso).toBe('2023-12-04');
    }
  });
  it('reads a numeric date wrapped at a separator in running text', () => {
    const m = 'ngày 04\n/5/2021 của Ban'.match(caseless(numericDate('tight')))!;
    expect(dateFromParts(m[1], m[2], m[3] ?? '').iso).toBe('2021-05-04');
    expect('ngày 04\n\n/5/2021'.match(caseless(numericDate('tight')))).toBeNull();
  });
  it('reads the two-digit years of old letters, and not a span of days as a date', () => {
    const tight = caseless(numericDate('tight'));
    const old = 'ngày 12/02/98 của Sở'.match(tight)!;
    expect(dateFromParts(old[1], old[2], old[3] ?? '').iso).toBe('1998-02-12');
    const recent = 'ngày 3-1-05 của Sở'.match(tight)!;
    expect(dateFromParts(recent[1], recent[2], recent[3] ?? '').iso).toBe('2005-01-03');
    expect('ngày 25-26/10/2024'.match(caseless(numericDate('loose')))?.[0]).toBe('26/10/2024');
    expect('ngày 25-26/10/2024'.match(tight)?.[0]).toBe('26/10/2024');
  });
  it('leaves a day with `Ø` (0 or 8 to OCR) unread', () => {
    expect(dateFromParts('2Ø', '5', '2023').iso).toBe('2023-05');
  });
  it('keeps what is readable of an impossible date', () => {
    expect(dateFromParts('31', '02', '2024').iso).toBe('2024-02');
    expect(dateFromParts('', '7', '2024').iso).toBe('2024-07');
  });
});
