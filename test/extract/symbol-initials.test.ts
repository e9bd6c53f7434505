/** A ký hiệu group OCR misread, read against the agency's initials, by example. */
import { describe, expect, it } from 'vitest';
import { correctSymbolByInitials, initialsOf } from '../../src/extract/symbol-initials.js';
import { parseDocument } from '../../src/index.js';

describe('initialsOf', () => {
  it('takes the first letter of each word, keeps abbreviations, leaves out VÀ', () => {
    expect(initialsOf('TỔNG CỤC THUẾ')).toBe('TCT');
    expect(initialsOf('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG')).toBe('SNNMT');
    expect(initialsOf('UBND TỈNH LÂM ĐỒNG')).toBe('UBNDTLĐ');
    expect(initialsOf('TỔNG LIÊN ĐOÀN LAO ĐỘNG')).toBe('TLĐLĐ');
  });
});

describe('correctSymbolByInitials', () => {
  it('reads a capital OCR misread as the initials it stands for', () => {
    expect(correctSymbolByInitials('ICT-HTQT', ['BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ'])).toMatchObject({ symbol: 'TCT-HTQT', written: 'ICT', read: 'TCT' });
  });

  it('restores the Đ a code lost, from the start of a long name’s initials', () => {
    expect(correctSymbolByInitials('TLD', ['TỔNG LIÊN ĐOÀN LAO ĐỘNG', 'VIỆT NAM'])?.symbol).toBe('TLĐ');
  });

  it('leaves a symbol alone when a group already is the initials, or none is one look-alike away', () => {
    expect(correctSymbolByInitials('TCT-HTQT', ['BỘ TÀI CHÍNH', 'TỔNG CỤC THUẾ'])).toBeNull();
    expect(correctSymbolByInitials('QĐ-UBND', ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'])).toBeNull();
    expect(correctSymbolByInitials('KH-SYT', ['UBND TỈNH BÌNH THUẬN', 'SỞ NỘI VỤ'])).toBeNull();
    expect(correctSymbolByInitials('ICT-HTQT', ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'])).toBeNull();
  });
});

describe('in a parsed letter', () => {
  it('corrects the symbol and says so with its place', () => {
    const doc = parseDocument('BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nSố: 2862/ICT-HTQT\nV/v thông báo hiệu lực\n\nKính gửi: Cục Thuế các tỉnh.\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\nĐặng Ngọc Minh');
    expect(doc.header.symbol).toBe('TCT-HTQT');
    expect(doc.header.numbering?.issuerCode).toBe('TCT');
    const note = doc.diagnostics.find((d) => d.ruleId === 'header/symbol-corrected');
    expect(note?.place?.start.line).toBe(3);
    expect(doc.sources['/header/symbol']?.raw).toBe('2862/ICT-HTQT');
  });
});
