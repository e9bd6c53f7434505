/** Top-level units as archives hold them (issue 10: body): OCR'd roman labels, the last heading typed twice. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const plan = (body: string) =>
  [
    'ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'HUYỆN ĐÔNG ANH                          Độc lập - Tự do - Hạnh phúc',
    '',
    'Số: 173/KH-UBND                  Đông Anh, ngày 11 tháng 4 năm 2025',
    '',
    '                          KẾ HOẠCH',
    '         Triển khai công tác chuyển đổi số năm 2025',
    '',
    body,
  ].join('\n');
const units = (body: string) => parseDocument(plan(body)).tasks.map((t) => `${t.label} ${t.text}`);
const rules = (body: string) => parseDocument(plan(body)).diagnostics.map((d) => d.ruleId);
const THREE = (third: string) => `I. MỤC ĐÍCH\nNâng cao hiệu quả.\nII. NHIỆM VỤ\nHoàn thiện thể chế.\n\n${third} TỔ CHỨC THỰC HIỆN\nCác phòng thực hiện./.`;

describe('a roman label OCR misread', () => {
  it.each(['IlI.', '1II.', 'III,', 'IIl.'])('reads `%s` before a heading in capitals as III, and says so', (written) => {
    expect(units(THREE(written))).toEqual(['I MỤC ĐÍCH', 'II NHIỆM VỤ', 'III TỔ CHỨC THỰC HIỆN']);
    expect(rules(THREE(written))).toContain('body/label-repaired');
  });

  it('does not read a sentence that starts with a digit and letters as a unit', () => {
    expect(units(THREE('III.')).length).toBe(3);
    expect(rules(THREE('III.'))).not.toContain('body/label-repaired');
    expect(units('I. MỤC ĐÍCH\n1I, lớp học được tổ chức tại xã.')).toEqual(['I MỤC ĐÍCH']);
  });
});

describe('the last heading typed with the label before it', () => {
  it('keeps `II.` typed twice as the last unit, and says so', () => {
    const body = 'I. MỤC ĐÍCH\nNâng cao hiệu quả.\nII. NHIỆM VỤ\nHoàn thiện thể chế.\nII. TỔ CHỨC THỰC HIỆN\nCác phòng thực hiện./.';
    expect(units(body)).toEqual(['I MỤC ĐÍCH', 'II NHIỆM VỤ', 'II TỔ CHỨC THỰC HIỆN']);
    expect(rules(body)).toContain('body/label-repeated');
  });

  it('leaves a repeated arabic label in a sentence to the unit before it', () => {
    const body = 'I. NHIỆM VỤ\n1. Hoàn thiện thể chế.\n1. Các phòng thực hiện./.';
    expect(units(body)).toEqual(['I NHIỆM VỤ']);
  });
});
