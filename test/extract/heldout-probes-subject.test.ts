/** Subjects as archives hold them (issue 10): OCR'd `V/v`, field notes, speakers, invitations without one. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const stateHeader = (symbol: string, below: string) =>
  [
    'ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'XÃ HẢI AN                               Độc lập - Tự do - Hạnh phúc',
    '',
    `Số: 45/${symbol}                          Hải An, ngày 14 tháng 10 năm 2025`,
    below,
  ].join('\n');
const subject = (text: string) => parseDocument(text).header.subject;

describe('a V/v that OCR misread', () => {
  const letter = (prefix: string) => stateHeader('UBND-VP', `${prefix} rà soát đất công\n\n    Kính gửi: UBND các thôn.\n\n    UBND xã đề nghị các thôn rà soát./.`);

  it.each(['Vív', 'V/y', 'W/v', 'V\u2044v', 'Viv', 'Vw', 'V/V'])('drops `%s` from the subject and keeps the addressees', (prefix) => {
    const doc = parseDocument(letter(prefix));
    expect(doc.header.subject).toBe('rà soát đất công');
    expect(doc.header.documentType).toBe('Công văn');
    expect(doc.recipients).toEqual(['UBND các thôn']);
  });
});

describe('a field note under a subject', () => {
  const decision = (lines: string) =>
    stateHeader('QĐ-UBND', `\n                         QUYẾT ĐỊNH\n     Về việc công bố danh mục thủ tục hành chính\n${lines}\n\n    Điều 1. Công bố kèm theo Quyết định này.\n    Điều 2. Quyết định có hiệu lực./.`);

  it.each(['                  (Lĩnh vực: Đất đai)', '                  (lĩnh vực đất đai)', '                  Lĩnh vực: Đất đai', '                  (Linh vuc: Dat dai)', '                  (LĨNH VỰC: ĐẤT ĐAI)'])(
    'leaves `%s` out of the subject and keeps it in the body',
    (note) => {
      const doc = parseDocument(decision(note));
      expect(doc.header.subject).toBe('công bố danh mục thủ tục hành chính');
      expect(JSON.stringify(doc.body)).toContain(note.trim());
    },
  );

  it('keeps a lower-case `lĩnh vực` that wraps the subject', () => {
    expect(subject(stateHeader('QĐ-UBND', '\n                         QUYẾT ĐỊNH\n     Về việc công bố thủ tục hành chính trong\n     lĩnh vực đất đai\n\n    Điều 1. Công bố./.'))).toBe(
      'công bố thủ tục hành chính trong lĩnh vực đất đai',
    );
  });
});

describe('a Party thông báo kết luận as OCR reads it', () => {
  it('leaves the speaker to the heading when OCR wrote `KÉT LUẬN`', () => {
    const text = [
      'ĐẢNG BỘ TỈNH QUẢNG TRỊ                    ĐẢNG CỘNG SẢN VIỆT NAM',
      'HUYỆN ỦY HẢI LĂNG',
      '        *                          Hải Lăng, ngày 05 tháng 8 năm 2025',
      'Số 125-TB/HU',
      '',
      '                 THÔNG BÁO KÉT LUẬN',
      '           CỦA ĐỒNG CHÍ BÍ THƯ HUYỆN ỦY',
      '  TẠI BUỔI LÀM VIỆC VỚI ĐẢNG ỦY XÃ HẢI AN',
      '',
      'Ngày 01/8/2025, đồng chí Bí thư Huyện ủy đã làm việc với Đảng ủy xã./.',
    ].join('\n');
    expect(subject(text)).toBe('TẠI BUỔI LÀM VIỆC VỚI ĐẢNG ỦY XÃ HẢI AN');
  });
});

describe('a giấy mời without a trích yếu', () => {
  const invitation = (paragraph: string) =>
    stateHeader('GM-UBND', `\n                                 GIẤY MỜI\n\n${paragraph}\n\n    1. Thời gian: 14 giờ 00, ngày 16/10/2025.\n    2. Địa điểm: Hội trường UBND xã./.`);

  it.each([
    '    Ủy ban nhân dân xã tổ chức Hội nghị triển khai công tác chuyển đổi số năm 2025',
    '    Ủy ban nhân dân xã Hải An tổ chức Hội nghị triển khai\ncông tác chuyển đổi số năm 2025',
    '    Để triển khai công tác chuyển đổi số năm 2025, Ủy ban nhân dân xã tổ chức hội nghị',
    '    Chủ tịch UBND xã mời các đồng chí dự họp',
  ])('reads a sentence naming its host as body: %s', (paragraph) => {
    const doc = parseDocument(invitation(paragraph));
    expect(doc.header.subject).toBeNull();
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('header/subject-missing');
  });

  it('keeps a trích yếu that names the meeting', () => {
    expect(subject(invitation('                 Họp triển khai công tác chuyển đổi số\n\n    UBND xã trân trọng kính mời: Đại diện lãnh đạo các thôn.'))).toBe('Họp triển khai công tác chuyển đổi số');
    expect(subject(invitation('    Dự hội nghị tổng kết công tác năm 2025\n\n    UBND xã trân trọng kính mời: Đại diện các thôn.'))).toBe('Dự hội nghị tổng kết công tác năm 2025');
    expect(subject(invitation('    Tổ chức hội nghị tổng kết công tác năm 2025\n\n    UBND xã trân trọng kính mời: Đại diện các thôn.'))).toBe('Tổ chức hội nghị tổng kết công tác năm 2025');
  });

  it('keeps a trích yếu with the inviting sentence right under it, no blank line between', () => {
    expect(subject(invitation('    Dự Hội nghị tổng kết năm học 2023 - 2024\n    Sở Giáo dục và Đào tạo trân trọng kính mời:'))).toBe('Dự Hội nghị tổng kết năm học 2023 - 2024');
    expect(subject(invitation('    Về việc dự Hội nghị tổng kết năm học 2023 - 2024\n    Sở Giáo dục và Đào tạo trân trọng kính mời:'))).toBe('dự Hội nghị tổng kết năm học 2023 - 2024');
  });
});
