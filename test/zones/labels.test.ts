/** Numbering labels, by example: what each pattern reads, and what it must not. */
import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../src/zones/labels.js';

describe('matchLabel', () => {
  it('reads no label in a number wrapped to a line start (`1.250 tỷ đồng`)', () => {
    expect(matchLabel('1.250 tỷ đồng, tăng 10%')).toBeNull();
    expect(matchLabel('3.500 lao động.')).toBeNull();
  });

  it('gives the other reading of a label OCR made ambiguous', () => {
    expect(matchLabel('l- KẾT QUẢ THỰC HIỆN')).toMatchObject({ kind: 'arabic', label: '1', alternative: { kind: 'roman', label: 'I', written: 'l-' } });
    expect(matchLabel('H. NỘI DUNG HOẠT ĐỘNG')).toMatchObject({ kind: 'part', label: 'H', alternative: { kind: 'roman', label: 'II' } });
    expect(matchLabel('B. NỘI DUNG')?.alternative).toBeUndefined();
  });

  it.each([
    ['1. Chủ trì: Đồng chí A', 'arabic', '1'],
    ['II. TỔ CHỨC THỰC HIỆN', 'roman', 'II'],
    ['a) Sở Nội vụ', 'letter', 'a'],
    ['Điều 3. Chánh Văn phòng', 'article', 'Điều 3'],
    ['1.2. Kết quả', 'decimal', '1.2'],
    // OCR reads `1.` as `l.` or `|.`: a point letter takes `)`, never `.`.
    ['l. Cht tri: Đồng chí A', 'arabic', '1'],
    ['|. Chủ trì', 'arabic', '1'],
    ['l- Ưu điểm', 'arabic', '1'],
    // Điều as OCR leaves it: a one read as l, the space lost, a comma for the period.
    ['Điều l. Thành lập tổ', 'article', 'Điều 1'],
    ['Điều2. Tổ có nhiệm vụ', 'article', 'Điều 2'],
    ['Điều 3, Chánh Văn phòng thi hành', 'article', 'Điều 3'],
    // A report's lettered parts, above its roman numerals; `C.` is a part, `V.` a numeral.
    ['A. KẾT QUẢ THỰC HIỆN', 'part', 'A'],
    ['C. Kiến nghị', 'part', 'C'],
    ['V. KẾT LUẬN', 'roman', 'V'],
    // Roman numerals as OCR leaves them: `l` and `1` for `I`, a dash after (Party), the strokes of `II` joined into `H`.
    ['Il- PHƯƠNG HƯỚNG NHIỆM VỤ', 'roman', 'II'],
    ['HI. KINH PHÍ THỰC HIỆN', 'roman', 'III'],
    // Party letters and lettered parts with a dash.
    ['a- Ban Tuyên giáo chủ trì', 'letter', 'a'],
    ['A- KẾT QUẢ THỰC HIỆN', 'part', 'A'],
    // A label alone on its line: its text is the paragraph under it.
    ['II.', 'roman', 'II'],
    ['b)', 'letter', 'b'],
  ])('%s → %s %s', (text, kind, label) => {
    expect(matchLabel(text)).toMatchObject({ kind, label });
  });

  it.each([['l. được'], ['15/3/2024 họp'], ['2021. Năm'], ['lập kế hoạch'], ['A.B.C là công ty'], ['B. được'], ['12'], ['1-'], ['3.'], ['a.'], ['Điều lệ Đảng quy định'], ['Điều 3, Điều 4 được sửa đổi']])('%s is no label', (text) => {
    expect(matchLabel(text)).toBeNull();
  });
});
