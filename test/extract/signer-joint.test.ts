/** Two signature blocks side by side: a joint document (liên tịch), a biên bản. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const jointHeader = (symbol: string, agencies: [string, string]) =>
  [
    `${agencies[0].padEnd(34)}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
    `${agencies[1].padEnd(38)}Độc lập - Tự do - Hạnh phúc`,
    '',
    `Số: 12/${symbol}                  Phú Yên, ngày 10 tháng 3 năm 2025`,
    '',
    '                         KẾ HOẠCH LIÊN TỊCH',
    '          Tổ chức Hội thi tin học trẻ năm 2025',
    '',
    '1. Mục đích: nâng cao kỹ năng tin học cho học sinh.',
    '2. Thời gian: tháng 5 năm 2025.',
    '',
  ].join('\n');

const footer = [
  'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN               KT. GIÁM ĐỐC',
  '        PHÓ BÍ THƯ                       PHÓ GIÁM ĐỐC',
  '',
  '      Trần Văn Bình                        Lê Thị Hoa',
  '',
  'Nơi nhận:',
  '- Các trường THPT;',
  '- Lưu: VT.',
].join('\n');

describe('joint signatures', () => {
  it('keeps each block whole: the lead issuer of the ký hiệu signs, the other is a cosigner', () => {
    const doc = parseDocument(jointHeader('KHLT-SGDĐT-TĐ', ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'TỈNH ĐOÀN PHÚ YÊN']) + footer);
    expect(doc.signer).toMatchObject({ authority: 'KT', onBehalfOf: 'GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Hoa' });
    expect(doc.cosigners).toMatchObject([{ authority: 'TM', onBehalfOf: 'BAN THƯỜNG VỤ TỈNH ĐOÀN', position: 'PHÓ BÍ THƯ', name: 'Trần Văn Bình' }]);
    expect(doc.distribution.map((d) => d.text)).toEqual(['Các trường THPT', 'Lưu: VT']);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('signer/joint');
  });

  it('takes the left block when the ký hiệu names its body first', () => {
    const doc = parseDocument(jointHeader('KHLT-TĐ-SGDĐT', ['TỈNH ĐOÀN PHÚ YÊN', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO']) + footer);
    expect(doc.signer.name).toBe('Trần Văn Bình');
    expect(doc.cosigners?.map((s) => s.name)).toEqual(['Lê Thị Hoa']);
  });

  it('reads a biên bản signed by the secretary and the chair in a table: the right-hand block signs', () => {
    const doc = parseDocument(
      [
        '| **SỞ XÂY DỰNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |',
        '|---|---|',
        '| Số: 15/BB-SXD | *Hà Tĩnh, ngày 20 tháng 5 năm 2024* |',
        '',
        '**BIÊN BẢN**',
        '',
        '**Họp thẩm định hồ sơ dự án**',
        '',
        'Cuộc họp kết thúc vào hồi 11 giờ 00 phút cùng ngày./.',
        '',
        '| **THƯ KÝ** | **CHỦ TRÌ** |',
        '|---|---|',
        '| *(Đã ký)* | *(Đã ký)* |',
        '| **Vũ Thị Hằng** | **Đoàn Minh Tuấn** |',
        '',
      ].join('\n'),
      { format: 'markdown' },
    );
    expect(doc.signer).toMatchObject({ position: 'CHỦ TRÌ', name: 'Đoàn Minh Tuấn' });
    expect(doc.cosigners).toMatchObject([{ position: 'THƯ KÝ', name: 'Vũ Thị Hằng' }]);
  });

  it('starts the footer at a title split off the left of the authority line', () => {
    const doc = parseDocument(
      jointHeader('BB-ĐKT', ['CHI CỤC AN TOÀN THỰC PHẨM', 'ĐOÀN KIỂM TRA LIÊN NGÀNH']) +
        [
          '  ĐẠI DIỆN CƠ SỞ ĐƯỢC KIỂM TRA                      TM. ĐOÀN KIỂM TRA',
          '          GIÁM ĐỐC                                      TRƯỞNG ĐOÀN',
          '   (Ký, ghi rõ họ tên, đóng dấu)',
          '        Phạm Quốc Huy                                 Nguyễn Hữu Phước',
        ].join('\n'),
    );
    expect(doc.signer).toMatchObject({ authority: 'TM', onBehalfOf: 'ĐOÀN KIỂM TRA', position: 'TRƯỞNG ĐOÀN', name: 'Nguyễn Hữu Phước' });
    expect(doc.cosigners).toMatchObject([{ authority: null, position: 'GIÁM ĐỐC', titles: ['ĐẠI DIỆN CƠ SỞ ĐƯỢC KIỂM TRA', 'GIÁM ĐỐC'], name: 'Phạm Quốc Huy' }]);
  });

  it('leaves a lone signer beside the Nơi nhận list as it was, with no cosigners', () => {
    const doc = parseDocument(
      jointHeader('UBND-VP', ['UBND TỈNH PHÚ YÊN', 'VĂN PHÒNG']) +
        ['Nơi nhận:                                 KT. CHÁNH VĂN PHÒNG', '- Như trên;                                PHÓ CHÁNH VĂN PHÒNG', '- Lưu: VT.', '', '                                           Nguyễn Văn Nam'].join('\n'),
    );
    expect(doc.signer).toMatchObject({ authority: 'KT', position: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn Nam' });
    expect(doc.cosigners).toBeUndefined();
  });
});
