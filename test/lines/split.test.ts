/** The column splitters: how one physical line of a converter's output becomes layout cells. */
import { describe, expect, it } from 'vitest';
import { leftColumnTabs, splitCells, type RawCell } from '../../src/lines/split.js';

const cells = (raw: string, options: { pipes?: boolean; leftTabs?: number } = {}) =>
  splitCells(raw, { pipes: options.pipes ?? false, leftTabs: options.leftTabs }).map((c: RawCell) => [c.text, c.column, c.start]);

describe('splitCells: TAB columns (docx-to-text)', () => {
  it('splits at TABs, the second cell in the right column', () => {
    expect(cells('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual([
      ['ỦY BAN NHÂN DÂN', 0, 0],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1, 16],
    ]);
  });

  it('puts a lone cell indented one TAB more than the left column in the right column', () => {
    expect(cells('\t\tĐộc lập - Tự do - Hạnh phúc', { leftTabs: 1 })).toEqual([['Độc lập - Tự do - Hạnh phúc', 1, 2]]);
    expect(cells('\tHUYỆN TIÊN YÊN', { leftTabs: 1 })).toEqual([['HUYỆN TIÊN YÊN', 0, 1]]);
  });

  it('reads a TAB after a bullet, a label or V/v as a space, as Word numbering comes out', () => {
    expect(cells('-\tNhư trên;')).toEqual([['-\tNhư trên;', 0, 0]]);
    expect(cells('1.\tBiên chế công chức')).toEqual([['1.\tBiên chế công chức', 0, 0]]);
    expect(cells('\tII.\tNHIỆM VỤ')).toEqual([['II.\tNHIỆM VỤ', 0, 1]]);
    expect(cells('Điều 2.\tHiệu lực thi hành')).toEqual([['Điều 2.\tHiệu lực thi hành', 0, 0]]);
    expect(cells('V/v\tbáo cáo tình hình')).toEqual([['V/v\tbáo cáo tình hình', 0, 0]]);
    // …and the spaces a PDF's text keeps for that tab stop.
    expect(cells('   II.        TỒN TẠI, HẠN CHẾ')).toEqual([['II.        TỒN TẠI, HẠN CHẾ', 0, 3]]);
    // A cell that only looks like a label is still a cell when it is not at the line's start.
    expect(cells('Số: 12/UBND\t-\tHà Nội')).toHaveLength(3);
  });

  it('finds the usual left-column indent from the lines that hold two cells', () => {
    expect(leftColumnTabs(['\tA\t\tB', '\tC\tD', 'Kính gửi:\tSở Nội vụ', '\t\tE'])).toBe(1);
    expect(leftColumnTabs(['no tabs here'])).toBeUndefined();
  });
});

describe('splitCells: space-gap columns (pdftotext -layout)', () => {
  it('splits at a wide run of spaces', () => {
    expect(cells('UBND HUYỆN TIÊN YÊN          Tiên Yên, ngày 12 tháng 12 năm 2024')).toEqual([
      ['UBND HUYỆN TIÊN YÊN', 0, 0],
      ['Tiên Yên, ngày 12 tháng 12 năm 2024', 1, 29],
    ]);
  });

  it('splits at a narrow gap only before what starts a right-hand cell', () => {
    expect(cells('Số: 12/UBND-VP    Độc lập - Tự do - Hạnh phúc')).toEqual([
      ['Số: 12/UBND-VP', 0, 0],
      ['Độc lập - Tự do - Hạnh phúc', 1, 18],
    ]);
    expect(cells('các đơn vị    thực hiện nghiêm túc')).toEqual([['các đơn vị    thực hiện nghiêm túc', 0, 0]]);
  });

  it('puts a lone, deeply indented line in the right column', () => {
    expect(cells(' '.repeat(30) + 'CHỦ TỊCH')).toEqual([['CHỦ TỊCH', 1, 30]]);
    expect(cells('    CHỦ TỊCH')).toEqual([['CHỦ TỊCH', 0, 4]]);
  });
});

describe('splitCells: pipe rows (flattened tables)', () => {
  it('splits a row into cells, left and right', () => {
    expect(cells('| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', { pipes: true })).toEqual([
      ['ỦY BAN NHÂN DÂN', 0, 2],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1, 20],
    ]);
  });

  it('keeps an escaped pipe inside its cell, and reads pipes as text when pipes are off', () => {
    expect(cells('| a \\| b | c |', { pipes: true }).map(([text]) => text)).toEqual(['a \\| b', 'c']);
    expect(cells('| a | b |').map(([text]) => text)).toEqual(['| a | b |']);
  });
});

describe('splitCells: OCR-merged columns', () => {
  it('splits a line whose two header columns OCR joined with one space', () => {
    expect(cells('BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual([
      ['BỘ TÀI CHÍNH', 0, 0],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1, 13],
    ]);
  });

  it('does not split a sentence that quotes the motto', () => {
    const sentence = 'Tinh thần Độc lập - Tự do - Hạnh phúc';
    expect(cells(sentence)).toEqual([[sentence, 0, 0]]);
  });

  it('splits the signature column off a Nơi nhận line', () => {
    expect(cells('- Như trên; KT. CHỦ TỊCH').map(([text, column]) => [text, column])).toEqual([
      ['- Như trên;', 0],
      ['KT. CHỦ TỊCH', 1],
    ]);
  });

  it('splits the trích yếu off a flattened number line at V/v', () => {
    expect(cells('Số: 1414/TCT-CS V/v hỗ trợ doanh nghiệp').map(([text]) => text)).toEqual(['Số: 1414/TCT-CS', 'V/v hỗ trợ doanh nghiệp']);
    // OCR read a digit of the number as a letter.
    expect(cells('Số: 1O452/BTC-HCSN V/v: triển khai').map(([text]) => text)).toEqual(['Số: 1O452/BTC-HCSN', 'V/v: triển khai']);
    expect(cells('Số: 902l/CT-TTHT Vv thuế suất').map(([text]) => text)).toEqual(['Số: 902l/CT-TTHT', 'Vv thuế suất']);
  });
});
