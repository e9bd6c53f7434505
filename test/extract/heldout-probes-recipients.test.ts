/** Kính gửi written without its colon (issue 10: OCR-damaged keywords). */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const letter = (block: string) =>
  [
    'ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'HUYỆN ĐÔNG ANH                          Độc lập - Tự do - Hạnh phúc',
    '',
    'Số: 173/UBND-TNMT                  Đông Anh, ngày 11 tháng 4 năm 2025',
    'V/v rà soát đất công',
    '',
    block,
    '',
    '    UBND huyện đề nghị các xã rà soát, báo cáo trước ngày 30/4/2025./.',
  ].join('\n');

describe('Kính gửi without a colon', () => {
  it.each(['Kính gửi', 'Kinh gui', 'Kính gứi'])('ends an inline recipient at its line (`%s UBND …`)', (label) => {
    const doc = parseDocument(letter(`           ${label} UBND các xã, thị trấn.`));
    expect(doc.recipients).toEqual(['UBND các xã, thị trấn']);
    expect(doc.body.preamble.map((p) => p.text).join(' ')).toContain('UBND huyện đề nghị');
  });

  it('still reads a dash list under a bare label', () => {
    expect(parseDocument(letter('           Kính gửi\n- UBND các xã;\n- Phòng Tài nguyên và Môi trường.')).recipients).toEqual(['UBND các xã', 'Phòng Tài nguyên và Môi trường']);
  });
});

describe('one addressee under a bare label', () => {
  const telegram = (addressee: string) =>
    parseDocument(`BỘ Y TẾ\nSố: 25/CĐ-BYT\nHà Nội, ngày 02 tháng 8 năm 2025\n\nCÔNG ĐIỆN\nVề việc tăng cường phòng, chống dịch\n\nBỘ TRƯỞNG BỘ Y TẾ điện:\n\n${addressee}\n\nTừ đầu năm 2025 đến nay, cả nước ghi nhận nhiều ca bệnh.\n\nBộ Y tế đề nghị thực hiện./.`);
  it('is read when it stands as a paragraph of its own, without a dash or a closing mark', () => {
    expect(telegram('Đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương').recipients).toEqual([
      'Đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
    ]);
  });
  it('is not a sentence of the body', () => {
    expect(telegram('Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ Y tế đề nghị').recipients).toEqual([]);
  });
});

describe('Kính gửi beside the trích yếu', () => {
  it('is read from the right column, and the trích yếu from the left', () => {
    const doc = parseDocument(
      [
        ' VĂN PHÒNG CHÍNH PHỦ                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        '                                         Độc lập - Tự do - Hạnh phúc',
        ' Số: 412/VPCP-TCCV                     Hà Nội, ngày 12 tháng 8 năm 2024',
        ' V/v xử lý kiến nghị của       Kính gửi: Bộ Tài chính; Bộ Nội vụ.',
        ' Bộ Nội vụ về biên chế',
        '',
        '      Xét đề nghị của Bộ Nội vụ, Phó Thủ tướng Chính phủ có ý kiến như sau:',
        '      Giao Bộ Tài chính chủ trì, báo cáo Thủ tướng Chính phủ./.',
      ].join('\n'),
    );
    expect(doc.header.subject).toBe('xử lý kiến nghị của Bộ Nội vụ về biên chế');
    expect(doc.recipients).toEqual(['Bộ Tài chính', 'Bộ Nội vụ']);
    expect(doc.body.preamble[0]?.text).toMatch(/^Xét đề nghị/);
  });
});
