import { describe, expect, it } from 'vitest';
import { isoTimestamp } from '../../src/extract/stamps.js';
import { parseText } from '../../src/parse.js';

const HEADER = ['UBND TỈNH BẮC NAM', 'SỞ Y TẾ', 'Số: 45/SYT-NV', 'V/v tăng cường phòng chống dịch', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bắc Nam, ngày 02 tháng 4 năm 2025', '', 'Kính gửi: Các bệnh viện trong tỉnh.', '', 'Sở Y tế đề nghị các đơn vị triển khai ngay.'];

describe('stamps are set aside before the header is read', () => {
  it('keeps a digital-signature block out of the agency and records its fields', () => {
    const doc = parseText(['TRUNG TÂM CÔNG BÁO VÀ TIN HỌC', 'Ký bởi: SỞ Y TẾ', 'Cơ quan: TỈNH BẮC NAM', 'Email: syt@bacnam.gov.vn', 'Thời gian ký: 03.04.2025 08:15:02 +07:00', ...HEADER].join('\n'));
    expect(doc.header.agency.lines).toEqual(['UBND TỈNH BẮC NAM', 'SỞ Y TẾ']);
    expect(doc.digitalSignatures).toEqual([
      expect.objectContaining({ signer: 'SỞ Y TẾ', agency: 'TỈNH BẮC NAM', email: 'syt@bacnam.gov.vn', time: '03.04.2025 08:15:02 +07:00', isoTime: '2025-04-03T08:15:02+07:00' }),
    ]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('stamp/digital-signature');
  });

  it('reads an unlabelled appearance (name, place, date, zoned time) above the header as one block', () => {
    const top = ['                                        Sở Y tế', '                                        tỉnh Bắc Nam', '                                        03.04.2025', '                                        08:15:02 +07:00', ''];
    const doc = parseText([...top, ...HEADER].join('\n'));
    expect(doc.digitalSignatures?.[0]?.lines).toEqual(['Sở Y tế', 'tỉnh Bắc Nam', '03.04.2025', '08:15:02 +07:00']);
    expect(doc.header.number).toBe('45');
  });

  it('never takes the number of an incoming-mail stamp', () => {
    const doc = parseText(['CÔNG VĂN ĐẾN', 'Số: 3391', 'Ngày: 05/4/2025', 'Chuyển: BGĐ', ...HEADER].join('\n'));
    expect(doc.header).toMatchObject({ number: '45', symbol: 'SYT-NV' });
    expect(doc.header.agency.lines).toEqual(['UBND TỈNH BẮC NAM', 'SỞ Y TẾ']);
  });

  it('keeps a stamp printed beside Nơi nhận, its wrapped value too, out of the list and the signer', () => {
    const footer = [
      'Nơi nhận:                                                 TM. ỦY BAN NHÂN DÂN',
      '- Như trên;                                                  CHỦ TỊCH',
      '- Thường trực HĐND tỉnh (b/c);  Ký số bởi: Ủy ban nhân dân',
      '- Chủ tịch, các PCT UBND tỉnh;                        tỉnh Bắc Nam',
      '- VPUB;                                               Thời gian ký: 14.08.2024',
      '- Lưu: VT.                                            10:05:12 +07:00',
      '                                                    Đặng Minh Quân',
    ];
    const doc = parseText([...HEADER, '', ...footer].join('\n'));
    expect(doc.signer).toMatchObject({ authority: 'TM', position: 'CHỦ TỊCH', name: 'Đặng Minh Quân' });
    expect(doc.distribution.map((e) => e.text)).toEqual(['Như trên', 'Thường trực HĐND tỉnh (b/c)', 'Chủ tịch, các PCT UBND tỉnh', 'VPUB', 'Lưu: VT']);
    expect(doc.digitalSignatures?.[0]?.lines).toContain('tỉnh Bắc Nam');
  });

  it('leaves a document without stamps alone', () => {
    expect(parseText(HEADER.join('\n')).digitalSignatures).toEqual([]);
  });
});

describe('isoTimestamp', () => {
  it('reads day-first stamps with and without time and zone', () => {
    expect(isoTimestamp('09.01.2025 10:21:11 +07:00')).toBe('2025-01-09T10:21:11+07:00');
    expect(isoTimestamp('9/1/2025 10:21')).toBe('2025-01-09T10:21');
    expect(isoTimestamp('18.02.2025')).toBe('2025-02-18');
    expect(isoTimestamp('không có')).toBeNull();
  });
});

describe('a stamp label behind a speck of its frame', () => {
  it('is split off a Nơi nhận entry and kept out of the list (`|Ký bởi:`, `(Cơ quan:`)', () => {
    const footer = ['Nơi nhận:                                   KT. GIÁM ĐỐC', '- Như trên;                                  PHÓ GIÁM ĐỐC', '- Chủ tịch, các PCT UBND tỉnh; |Ký bởi: Sở Y tế tỉnh Bắc Nam', '(Cơ quan: Tỉnh Bắc Nam', '- Lưu: VT.', '', '                                            Đặng Minh Quân'];
    const doc = parseText([...HEADER, '', ...footer].join('\n'));
    expect(doc.distribution.map((d) => d.text)).toEqual(['Như trên', 'Chủ tịch, các PCT UBND tỉnh', 'Lưu: VT']);
    expect(doc.digitalSignatures?.[0]?.signer).toBe('Sở Y tế tỉnh Bắc Nam');
  });
});
