/** The header block: the issuing agency and the trích yếu. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const rest = '\nSố: 45/UBND-VP\nV/v thử nghiệm\nKính gửi: Sở Nội vụ.\n\nĐề nghị phối hợp thực hiện./.\n';
const agencyOf = (...lines: string[]) => parseDocument(lines.join('\n') + rest).header.agency;

describe('agency', () => {
  it('splits a managing body from the issuer under it', () => {
    expect(agencyOf('UBND TỈNH QUẢNG BÌNH', 'SỞ NỘI VỤ')).toEqual({
      lines: ['UBND TỈNH QUẢNG BÌNH', 'SỞ NỘI VỤ'],
      parent: ['UBND TỈNH QUẢNG BÌNH'],
      issuer: 'SỞ NỘI VỤ',
    });
  });

  it('leaves a quốc hiệu wrapped early out of the agency, written whole or damaged by OCR', () => {
    for (const title of ['CỘNG HÒA XÃ', 'CONG HOA XA HOI']) {
      const doc = parseDocument(['SỞ TƯ PHÁP', '', title, title.length > 11 ? 'CHỦ NGHĨA VIỆT NAM' : 'HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'].join('\n') + rest);
      expect(doc.header.agency?.lines).toEqual(['SỞ TƯ PHÁP']);
      expect(doc.header.family).toBe('state');
    }
  });

  it('reads a name wrapped onto its place line as one issuer, without a parent', () => {
    expect(agencyOf('ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI')).toMatchObject({ parent: [], issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI' });
  });

  it('keeps a Party committee named after its district (HUYỆN ỦY) as the issuer under its parent', () => {
    expect(agencyOf('ĐẢNG BỘ TỈNH BẮC GIANG', 'HUYỆN ỦY LỤC NAM')).toMatchObject({
      parent: ['ĐẢNG BỘ TỈNH BẮC GIANG'],
      issuer: 'HUYỆN ỦY LỤC NAM',
    });
  });

  it('keeps the parent lines above a wrapped MTTQ name and its standing committee', () => {
    expect(agencyOf('ỦY BAN MTTQ VIỆT NAM', 'TỈNH LẠNG SƠN', 'BAN THƯỜNG TRỰC')).toMatchObject({
      parent: ['ỦY BAN MTTQ VIỆT NAM', 'TỈNH LẠNG SƠN'],
      issuer: 'BAN THƯỜNG TRỰC',
    });
  });

  it('reads a single-line body as the issuer with no parent', () => {
    expect(agencyOf('BỘ TÀI CHÍNH')).toMatchObject({ parent: [], issuer: 'BỘ TÀI CHÍNH' });
  });
});

describe('subject', () => {
  const subjectOf = (...lines: string[]) =>
    parseDocument(['BỘ TÀI CHÍNH', 'Số: 45/BTC-VP', ...lines, 'Kính gửi: Sở Nội vụ.', '', 'Đề nghị phối hợp thực hiện./.'].join('\n')).header.subject;

  it('joins a wrapped line that starts with Ngày but holds a name, not a date', () => {
    expect(subjectOf('V/v tuyên truyền kỷ niệm 95 năm', 'Ngày thành lập Đảng')).toBe('tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng');
  });

  it('reads a công văn trích yếu written as Về việc under the place and date, without V/v', () => {
    const doc = parseDocument('SỞ Y TẾ\nSố: 12/SYT-NVY\nĐắk Lắk, ngày 05 tháng 3 năm 2024\nVề việc tăng cường phòng dịch\nKính gửi: Các bệnh viện.\n\nĐề nghị thực hiện./.');
    expect(doc.header.subject).toBe('tăng cường phòng dịch');
  });

  it('reads a Party letter\'s trích yếu under its number, in lower case with or without về (HD 36)', () => {
    const party = (subject: string) =>
      parseDocument(`TỈNH ỦY PHÚ THỌ\n*\nSố 12-CV/TU\n${subject}\n\nĐẢNG CỘNG SẢN VIỆT NAM\nPhú Thọ, ngày 05 tháng 3 năm 2025\n\nKính gửi: Các huyện ủy.\n\nNội dung./.`).header.subject;
    expect(party('về tăng cường lãnh đạo công tác phòng,\nchống thiên tai')).toBe('tăng cường lãnh đạo công tác phòng, chống thiên tai');
    expect(party('triển khai thực hiện Kết luận số 209-KL/TW')).toBe('triển khai thực hiện Kết luận số 209-KL/TW');
  });

  it('stops before a body sentence that opens with a date', () => {
    expect(subjectOf('V/v tuyên truyền', 'Ngày 26/4/2025, Bộ Tài chính nhận được văn bản.')).toBe('tuyên truyền');
  });
});

describe('độ khẩn and độ mật', () => {
  const marksOf = (mark: string) => {
    const { header } = parseDocument(['BỘ Y TẾ', 'Số: 12/BYT-KCB', 'V/v phòng chống dịch', '', mark, '', 'Kính gửi: Sở Y tế các tỉnh.', '', 'Đề nghị thực hiện./.'].join('\n'));
    return { urgency: header.urgency, secrecy: header.secrecy, subject: header.subject };
  };

  it('reads a mark in capitals', () => {
    expect(marksOf('HỎA TỐC')).toEqual({ urgency: 'HỎA TỐC', secrecy: null, subject: 'phòng chống dịch' });
  });

  it('reads a mark whose diacritics OCR lost or changed as the mark, and says so', () => {
    expect(marksOf('HOA TOC')).toEqual({ urgency: 'HỎA TỐC', secrecy: null, subject: 'phòng chống dịch' });
    expect(marksOf('THUONG KHAN').urgency).toBe('THƯỢNG KHẨN');
    expect(marksOf('HOẢ TỐC').urgency).toBe('HỎA TỐC');
    const { diagnostics } = parseDocument(['BỘ Y TẾ', 'Số: 12/BYT-KCB', 'V/v phòng chống dịch', 'HOA TOC', '', 'Kính gửi: Sở Y tế.'].join('\n'));
    expect(diagnostics.filter((d) => d.ruleId === 'keyword/corrected').map((d) => d.message)).toEqual(['"HOA TOC" read as the urgency "HỎA TỐC" (OCR lost or misread its marks)']);
  });

  it('reads a mark printed beside the Kính gửi list (ô 10b), and the list whole', () => {
    const doc = parseDocument(
      [
        '  CỤC QUẢN LÝ ĐÊ ĐIỀU                     Hà Nội, ngày 18 tháng 9 năm 2025',
        '  Số:  1532 / ĐĐPCTT - TKTH',
        ' V/v triển khai ứng phó bão số 8',
        '                                       Kính gửi:',
        '  KHẨN                                   - Ban Chỉ huy PCTT và TKCN các tỉnh;',
        '                                         - Các Sở Nông nghiệp và Môi trường.',
        '',
        '       Thực hiện Công điện số 96/CĐ-TTg ngày 17/9/2025 của Thủ tướng Chính phủ./.',
      ].join('\n'),
    );
    expect(doc.header.urgency).toBe('KHẨN');
    expect(doc.recipients).toEqual(['Ban Chỉ huy PCTT và TKCN các tỉnh', 'Các Sở Nông nghiệp và Môi trường']);
  });

  it('reads a mark OCR set on the number line, before the place', () => {
    const { header } = parseDocument(['UBND XÃ MỸ HÒA', 'S6: 45/BC-UBND KHẨN Mỹ Hòa, ngày 18 tháng 6 năm 2024', '', 'BÁO CÁO', 'Tình hình sản xuất', '', 'Nội dung./.'].join('\n'));
    expect({ urgency: header.urgency, place: header.place, number: header.number }).toEqual({ urgency: 'KHẨN', place: 'Mỹ Hòa', number: '45' });
  });

  it('reads a mark typed in lower case (Word caps formatting lost) as it is shown', () => {
    expect(marksOf('Khẩn')).toEqual({ urgency: 'KHẨN', secrecy: null, subject: 'phòng chống dịch' });
    expect(marksOf('Mật')).toEqual({ urgency: null, secrecy: 'MẬT', subject: 'phòng chống dịch' });
  });
});

describe('date words with the wrong marks', () => {
  it('reads thảng and nãm as tháng and năm, and says so where they stand', () => {
    const doc = parseDocument('UBND TỈNH HÀ NAM\nSố: 12/UBND-VP\nHà Nam, ngày 12 thảng 3 nãm 2025\nV/v thử\n\nKính gửi: Sở Nội vụ.\n');
    expect(doc.header.date?.iso).toBe('2025-03-12');
    const corrected = doc.diagnostics.filter((d) => d.ruleId === 'keyword/corrected');
    expect(corrected.map((d) => d.message)).toEqual(['"thảng" read as "tháng" (diacritics differ)', '"nãm" read as "năm" (diacritics differ)']);
    expect(corrected.map((d) => d.place?.start.column)).toEqual([17, 25]);
  });

  it('says nothing of a date written right', () => {
    const doc = parseDocument('UBND TỈNH HÀ NAM\nSố: 12/UBND-VP\nHà Nam, ngày 12 tháng 3 năm 2025\nV/v thử\n');
    expect(doc.diagnostics.filter((d) => d.ruleId === 'keyword/corrected')).toEqual([]);
  });
});

describe('a copy mark above the header', () => {
  it('BẢN SAO stamped above the quốc hiệu is not the type: the heading under the number is', () => {
    const doc = parseDocument(
      ['                                           BẢN SAO', 'ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH HÀ NAM                  Độc lập - Tự do - Hạnh phúc', '', 'Số: 45/KH-UBND             Hà Nam, ngày 5 tháng 3 năm 2025', '', '                    KẾ HOẠCH', '      Triển khai công tác văn thư năm 2025', '', 'I. MỤC ĐÍCH', 'Nâng cao chất lượng.'].join('\n'),
    );
    expect(doc.header.documentType).toBe('Kế hoạch');
    expect(doc.header.subject).toBe('Triển khai công tác văn thư năm 2025');
  });
});

describe('an agency block OCR put under the number (the right column read first)', () => {
  it('reads the capitals right under the number as the agency when none stand above it', () => {
    const doc = parseDocument('ĐẢNG CỘNG SẢN VIỆT NAM\nSố 58-TB/ĐUK\nTỈNH ỦY LONG AN\nĐẢNG ỦY KHỐI CÁC CƠ QUAN\n*\nLong An, ngày 12 tháng 3 năm 2025\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ Đảng ủy Khối\n\nNội dung thông báo./.');
    expect(doc.header.agency.lines).toEqual(['TỈNH ỦY LONG AN', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN']);
    expect([doc.header.number, doc.header.symbol, doc.header.date?.iso]).toEqual(['58', 'TB/ĐUK', '2025-03-12']);
  });
});

describe('a speck OCR made of the rule under the agency', () => {
  it('is no agency line', () => {
    expect(parseDocument('UBND TỈNH KHÁNH HÒA\nˆ\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 12/SNNMT-TS\nV/v thử\nKhánh Hòa, ngày 5 tháng 3 năm 2025\n\nKính gửi: Các xã.\n\nĐề nghị thực hiện./.').header.agency.lines).toEqual([
      'UBND TỈNH KHÁNH HÒA',
      'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    ]);
  });
});
