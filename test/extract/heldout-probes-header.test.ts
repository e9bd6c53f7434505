/** A header behind a publisher's banner (issue 10: header lost behind text that is not the document). */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const LETTER = [
  'ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'HUYỆN ĐÔNG ANH                          Độc lập - Tự do - Hạnh phúc',
  '',
  'Số: 173/UBND-TNMT                  Đông Anh, ngày 11 tháng 4 năm 2025',
  'V/v rà soát đất công',
  '',
  '           Kính gửi: UBND các xã, thị trấn.',
  '',
  '    UBND huyện đề nghị các xã rà soát./.',
].join('\n');

describe('a publisher banner with its web address above the header', () => {
  it.each([
    'THƯ VIỆN PHÁP LUẬT\nwww.thuvienphapluat.vn\n\n',
    'LuatVietnam\nhttps://luatvietnam.vn\n',
    'CỔNG THÔNG TIN HUYỆN ĐÔNG ANH\ndonganh.hanoi.gov.vn\n\n',
  ])('leaves the banner out of the agency and says so (%#)', (banner) => {
    const doc = parseDocument(banner + LETTER);
    expect(doc.header.agency.lines).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN ĐÔNG ANH']);
    expect(doc.header).toMatchObject({ number: '173', symbol: 'UBND-TNMT', place: 'Đông Anh', subject: 'rà soát đất công' });
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('header/preamble-skipped');
  });

  it('keeps an agency line that only looks like a name', () => {
    expect(parseDocument(LETTER).header.agency.lines).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN ĐÔNG ANH']);
  });
});

describe('a quốc hiệu wrapped in a narrow right column', () => {
  const header = (tail: string) =>
    [
      '      SỞ NỘI VỤ                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA' + (tail === 'NAM' ? ' VIỆT' : ''),
      `                                                  ${tail}`,
      '                                        Độc lập - Tự do - Hạnh phúc',
      '    Số: 215/SNV-TCBC',
      'V/v tuyển dụng viên chức năm 2026       Gia Lai, ngày 14 tháng 5 năm 2026',
      '',
      '    Kính gửi: Các cơ quan, đơn vị trực thuộc.',
      '',
      '    Sở Nội vụ đề nghị các đơn vị báo cáo nhu cầu tuyển dụng./.',
    ].join('\n');

  it.each(['NAM', 'VIỆT NAM'])('leaves its end (%s) out of the agency', (tail) => {
    const doc = parseDocument(header(tail));
    expect(doc.header.agency.lines).toEqual(['SỞ NỘI VỤ']);
    expect(doc.header).toMatchObject({ number: '215', symbol: 'SNV-TCBC', place: 'Gia Lai' });
  });

  it('keeps a short agency line that is no end of it', () => {
    const doc = parseDocument(header('NAM').replace('SỞ NỘI VỤ', 'BỘ QUỐC PHÒNG').replace(/^( +)NAM$/m, '      QUÂN KHU 5'));
    expect(doc.header.agency.lines).toEqual(['BỘ QUỐC PHÒNG', 'QUÂN KHU 5']);
  });
});

describe('an agency whose place line comes after the number (text copied cell by cell)', () => {
  const copied = [
    'ỦY BAN NHÂN DÂN',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Số: 267 /QĐ-UBND',
    'Sóc Trăng, ngày 17 tháng 02 năm 2025',
    'TỈNH SÓC TRĂNG',
    'Độc lập - Tự do - Hạnh phúc',
    'QUYẾT ĐỊNH',
    'Về việc công bố thủ tục hành chính',
  ].join('\n');

  it('completes the council name with its place', () => {
    expect(parseDocument(copied).header.agency.lines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH SÓC TRĂNG']);
  });

  it('leaves a whole agency name as it is', () => {
    const doc = parseDocument(copied.replace('ỦY BAN NHÂN DÂN\n', 'SỞ TƯ PHÁP\n'));
    expect(doc.header.agency.lines).toEqual(['SỞ TƯ PHÁP']);
  });
});
