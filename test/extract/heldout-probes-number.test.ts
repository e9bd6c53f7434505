/** Number lines as archives hold them (issue 10, class 2): gaps, TABs, brackets, OCR, stamps. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const letter = (numberLines: string) =>
  [
    'ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'HUYỆN ĐÔNG ANH                          Độc lập - Tự do - Hạnh phúc',
    numberLines,
    'V/v rà soát đất công',
    '',
    '           Kính gửi: UBND các xã, thị trấn.',
    '',
    '    UBND huyện đề nghị các xã rà soát./.',
  ].join('\n');
const header = (numberLines: string) => {
  const { header: h, diagnostics } = parseDocument(letter(numberLines));
  return { number: h.number, symbol: h.symbol, place: h.place, date: h.date?.iso ?? null, subject: h.subject, rules: diagnostics.map((d) => d.ruleId) };
};

describe('a number line split by TABs', () => {
  it('reads the number after a TAB that follows the bare label', () => {
    expect(header('Số:\t173/UBND-TNMT\tĐông Anh, ngày 11 tháng 4 năm 2025')).toMatchObject({
      number: '173',
      symbol: 'UBND-TNMT',
      place: 'Đông Anh',
      date: '2025-04-11',
      subject: 'rà soát đất công',
    });
    expect(header('Số:\t173/UBND-TNMT         Đông Anh, ngày 11 tháng 4 năm 2025')).toMatchObject({ number: '173', place: 'Đông Anh' });
  });

  it('keeps a Party symbol after a TAB where the number is left blank', () => {
    expect(header('Số\t-CV/HU\tĐông Anh, ngày 11 tháng 4 năm 2025')).toMatchObject({ number: null, symbol: 'CV/HU', place: 'Đông Anh' });
  });
});

describe('symbols with brackets', () => {
  it('keeps a bracketed unit written a space apart, and leaves the place to the date', () => {
    expect(header('Số: 45/TTr-CAT (PC04)              Nghệ An, ngày 20 tháng 02 năm 2025')).toMatchObject({ number: '45', symbol: 'TTr-CAT(PC04)', place: 'Nghệ An' });
    expect(header('Số: 45/TTr-CAT (PC04) Nghệ An, ngày 20 tháng 02 năm 2025')).toMatchObject({ symbol: 'TTr-CAT(PC04)', place: 'Nghệ An' });
    expect(header('Số:   45 /TTr-CAT(PC04)                 Nghệ An, ngày 20 tháng 02 năm 2025')).toMatchObject({ symbol: 'TTr-CAT(PC04)', place: 'Nghệ An' });
  });
});

describe('a running number OCR read with a letter first', () => {
  it('reads `Số:l73/…` as a number line, and says which letters were read as digits', () => {
    const h = header('Số:l73/UBND-TNMT          Đông Anh, ngày 11 tháng 4 năm 2025');
    expect(h).toMatchObject({ number: '173', symbol: 'UBND-TNMT', place: 'Đông Anh' });
    expect(h.rules).toContain('header/digits-repaired');
  });
});

describe('a number stamped on its own line', () => {
  it('reads it above the blank number', () => {
    const h = header('     311\nSố:    /UBND-TNMT                  Đông Anh, ngày 11 tháng 4 năm 2025');
    expect(h).toMatchObject({ number: '311', symbol: 'UBND-TNMT' });
    expect(h.rules).toContain('header/number-stamped');
  });

  it('reads it just below the blank number when the stamp sat low', () => {
    const h = header('Số:    /UBND-TNMT                  Đông Anh, ngày 11 tháng 4 năm 2025\n     311');
    expect(h).toMatchObject({ number: '311', symbol: 'UBND-TNMT', place: 'Đông Anh', subject: 'rà soát đất công' });
    expect(h.rules).toContain('header/number-stamped');
  });

  it('reads the number over Số and the day over the blank day, each from its own column', () => {
    const h = header('          458                                       17\n   Số:        /QĐ-UBND                 Phú Thọ, ngày      tháng 4 năm 2025');
    expect(h).toMatchObject({ number: '458', symbol: 'QĐ-UBND', place: 'Phú Thọ', date: '2025-04-17' });
    expect(h.rules).toEqual(expect.arrayContaining(['header/number-stamped', 'header/date-stamped']));
  });

  it('leaves a blank number blank when no stamp is near', () => {
    const h = header('Số:    /UBND-TNMT                  Đông Anh, ngày 11 tháng 4 năm 2025');
    expect(h.number).toBeNull();
    expect(h.rules).toContain('header/number-blank');
  });
});

describe('a place and date with a blank day left for the registry', () => {
  it('keeps the place when a wide gap stands for the day', () => {
    expect(header('Số:        /UBND-TNMT                  Đông Anh, ngày        tháng 4 năm 2025')).toMatchObject({ number: null, symbol: 'UBND-TNMT', place: 'Đông Anh' });
  });

  it('keeps the place when the day and the month are both blank', () => {
    expect(header('Số:        /UBND-TNMT                  Đông Anh, ngày        tháng        năm 2025')).toMatchObject({ symbol: 'UBND-TNMT', place: 'Đông Anh' });
  });
});

describe('a symbol cut at the end of the number line', () => {
  const office = (numberLines: string) => {
    const text = [
      'UBND TỈNH LÂM ĐỒNG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ XÂY DỰNG                               Độc lập - Tự do - Hạnh phúc',
      numberLines,
      'V/v hướng dẫn thủ tục nhà ở',
      '',
      '           Kính gửi: UBND các huyện.',
      '',
      '    Sở Xây dựng hướng dẫn như sau./.',
    ].join('\n');
    const { header: h, diagnostics } = parseDocument(text);
    return { number: h.number, symbol: h.symbol, place: h.place, subject: h.subject, rules: diagnostics.map((d) => d.ruleId) };
  };

  it.each([
    'Số: 2150 /SXD-                       Lâm Đồng, ngày 05 tháng 6 năm 2025\nQLN&TTBĐS',
    'Số: 2150/SXD-QLN                     Lâm Đồng, ngày 05 tháng 6 năm 2025\n&TTBĐS',
  ])('reads the code on the next line as the rest of the symbol (%#)', (lines) => {
    const h = office(lines);
    expect(h).toMatchObject({ number: '2150', symbol: 'SXD-QLN&TTBĐS', place: 'Lâm Đồng', subject: 'hướng dẫn thủ tục nhà ở' });
    expect(h.rules).toContain('header/symbol-rejoined');
  });

  it('leaves a whole symbol alone', () => {
    const h = office('Số: 2150 /SXD-QLN&TTBĐS              Lâm Đồng, ngày 05 tháng 6 năm 2025');
    expect(h.symbol).toBe('SXD-QLN&TTBĐS');
    expect(h.rules).not.toContain('header/symbol-rejoined');
  });
});
