/** normalize and lines: every piece of text keeps its place in the original file. */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { linesOf } from './helpers/lines-of.js';

describe('normalizeText', () => {
  it('composes NFD, folds CRLF and odd spaces, and maps back to the original', () => {
    const original = 'Ha\u0300 No\u0302\u0323i,\u00a0nga\u0300y\r\n05';
    const { text, map } = normalizeText(original);
    expect(text).toBe('Hà Nội, ngày\n05');
    expect(original.slice(map.toSource(text.indexOf('ngày')), map.toSource(text.indexOf('\n')))).toBe('nga\u0300y');
  });
});

describe('toLines', () => {
  it('splits TAB columns and remembers which column', () => {
    const { lines } = linesOf('\tỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n');
    expect(lines.map((l) => [l.text, l.column])).toEqual([
      ['ỦY BAN NHÂN DÂN', 0],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1],
    ]);
  });

  it('splits pdftotext -layout columns at a wide gap', () => {
    const { lines } = linesOf('UBND HUYỆN NAM ĐÀN                    Độc lập - Tự do - Hạnh phúc');
    expect(lines.map((l) => l.text)).toEqual(['UBND HUYỆN NAM ĐÀN', 'Độc lập - Tự do - Hạnh phúc']);
  });

  it('splits header columns that OCR joined with one space', () => {
    const { lines } = linesOf('BỘ TÀI CHÍNH CỘNG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM');
    expect(lines.map((l) => [l.text, l.column])).toEqual([
      ['BỘ TÀI CHÍNH', 0],
      ['CỘNG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM', 1],
    ]);
  });

  it('reads GFM table cells, splits them at <br>, and strips emphasis', () => {
    const { lines, source } = linesOf('| **ỦY BAN NHÂN DÂN**<br>**HUYỆN KỲ ANH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n| Số: 12/UBND | *Kỳ Anh, ngày 02 tháng 5 năm 2024* |\n', true);
    expect(lines.map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN KỲ ANH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/UBND', 'Kỳ Anh, ngày 02 tháng 5 năm 2024']);
    expect(lines[1]?.cell).toEqual({ table: 0, row: 0, column: 0 });
    expect(lines[1]?.bold).toBe(true);
    expect(source(4)).toBe('Kỳ Anh, ngày 02 tháng 5 năm 2024');
  });

  it('joins lines a converter wrapped inside one emphasis span', () => {
    const { lines, source } = linesOf('**ỦY BAN NHÂN\nDÂN**\n*Hà Nội, ngày 18\ntháng 11 năm 2025*', true);
    expect(lines.map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN', 'Hà Nội, ngày 18 tháng 11 năm 2025']);
    expect(source(1)).toBe('Hà Nội, ngày 18\ntháng 11 năm 2025');
  });

  it('does not take a `* ` bullet (a list item, or OCR\'s dash) for the opening of an emphasis span', () => {
    const { lines } = linesOf('*Nơi nhận:*\n* Như trên;\n* UBND tỉnh (để b/c);\n- Lưu: VT.', true);
    expect(lines.map((l) => l.text)).toEqual(['Nơi nhận:', '* Như trên;', '* UBND tỉnh (để b/c);', '- Lưu: VT.']);
  });

  it('keeps the Party `*` line and drops `|` separator lines', () => {
    const { lines } = linesOf('**BAN TUYÊN GIÁO**\n*\n|\n**ĐẢNG CỘNG SẢN VIỆT NAM**', true);
    expect(lines.map((l) => l.text)).toEqual(['BAN TUYÊN GIÁO', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(lines[2]?.gapBefore).toBe(true);
  });
});
