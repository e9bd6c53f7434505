/** The receiving office's name on an incoming-mail stamp above the header, by example. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const letter = (top: string) =>
  [
    top,
    'UBND TỈNH BÌNH ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'VĂN PHÒNG Độc lập - Tự do - Hạnh phúc',
    'Số: 88/VP-NC Bình Định, ngày 12 tháng 3 năm 2025',
    'V/v góp ý dự thảo quy chế',
    'Kính gửi: Sở Tư pháp.',
    'Văn phòng UBND tỉnh đề nghị Sở Tư pháp góp ý dự thảo quy chế./.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, NC.',
    'KT. CHÁNH VĂN PHÒNG',
    'PHÓ CHÁNH VĂN PHÒNG',
    'Lê Minh Tâm',
  ].join('\n');

describe('an incoming stamp above the header', () => {
  it('takes the office named above ĐẾN when the agency follows the stamp', () => {
    const doc = parseDocument(letter('SỞ TƯ PHÁP TỈNH BÌNH ĐỊNH\nĐẾN Số: 1234\nNgày: 14/3/2025\nChuyển:'));
    expect(doc.header.agency.lines).toEqual(['UBND TỈNH BÌNH ĐỊNH', 'VĂN PHÒNG']);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('stamp/incoming');
  });

  it('takes the office also when a signature stamp stands between the incoming stamp and the header', () => {
    const top = 'SỞ TƯ PHÁP TỈNH BÌNH ĐỊNH\nCÔNG VĂN ĐẾN\nSố: 2217\nNgày: 14/3/2025\nChuyển: P.XD\nKý bởi: Văn phòng UBND tỉnh\nThời gian ký: 12.03.2025 16:42:10 +07:00';
    expect(parseDocument(letter(top)).header.agency.lines).toEqual(['UBND TỈNH BÌNH ĐỊNH', 'VĂN PHÒNG']);
  });

  it('leaves the agency when the stamp stands inside the header, under it', () => {
    const text = letter('').replace('VĂN PHÒNG Độc lập - Tự do - Hạnh phúc', 'VĂN PHÒNG Độc lập - Tự do - Hạnh phúc\nĐẾN Số: 1234\nNgày: 14/3/2025');
    expect(parseDocument(text.trimStart()).header.agency.lines).toEqual(['UBND TỈNH BÌNH ĐỊNH', 'VĂN PHÒNG']);
  });
});
