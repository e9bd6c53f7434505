/** Table cells a converter flattened are cut back into the lines of the header and the footer. */
import { describe, expect, it } from 'vitest';
import { splitFlattenedCell } from '../../src/lines/flattened-cells.js';
import { linesOf } from '../helpers/lines-of.js';

const pieces = (cell: string) => splitFlattenedCell(0, cell).map(([, text]) => text.trim());

describe('splitFlattenedCell', () => {
  it('cuts a header cell at its emphasis runs and before Số and V/v', () => {
    expect(pieces('BỘ CÔNG AN **CÔNG AN TỈNH GIA LAI** Số: 409/TTr-CAT V/v xét duyệt địa bàn')).toEqual([
      'BỘ CÔNG AN', '**CÔNG AN TỈNH GIA LAI**', 'Số: 409/TTr-CAT', 'V/v xét duyệt địa bàn',
    ]);
  });

  it('cuts a Party header cell at its star and before a number written without a colon', () => {
    expect(pieces('TỈNH ỦY LÂM ĐỒNG ỦY BAN KIỂM TRA \\* Số 03-QĐi/UBKTTU')).toEqual(['TỈNH ỦY LÂM ĐỒNG ỦY BAN KIỂM TRA', '\\*', 'Số 03-QĐi/UBKTTU']);
    // A number in a sentence is no anchor: it has no capital code after its dash.
    expect(pieces('Tổng số 03 - năm nay giảm so với kỳ trước')).toEqual(['Tổng số 03 - năm nay giảm so với kỳ trước']);
  });

  it('keeps a place of several words whole before its date', () => {
    expect(pieces('**Độc lập - Tự do - Hạnh phúc** Thành phố Hồ Chí Minh, ngày 17 tháng 8 năm 2026')).toEqual([
      '**Độc lập - Tự do - Hạnh phúc**', 'Thành phố Hồ Chí Minh, ngày 17 tháng 8 năm 2026',
    ]);
    expect(pieces('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 05 tháng 3 năm 2026')).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hà Nội, ngày 05 tháng 3 năm 2026',
    ]);
    expect(pieces('Hà Nội, ngày 05 tháng 3 năm 2026')).toEqual(['Hà Nội, ngày 05 tháng 3 năm 2026']);
  });

  it('cuts Nơi nhận into its entries, with or without a space after the semicolon', () => {
    expect(pieces('_**Nơi nhận:**_ \\- Như trên; \\- TTUB: CT, các PCT;\\- Lưu: VT, ĐT.')).toEqual([
      '_**Nơi nhận:**_', '\\- Như trên;', '\\- TTUB: CT, các PCT;', '\\- Lưu: VT, ĐT.',
    ]);
  });

  it('does not cut inside a bold phrase or an escaped rule', () => {
    expect(pieces('**CHÍNH PHỦ** \\_\\_\\_\\_ Số: 30/2026/NĐ-CP')).toEqual(['**CHÍNH PHỦ**', '\\_\\_\\_\\_', 'Số: 30/2026/NĐ-CP']);
  });

  it('leaves a cell of the body alone: it holds no anchor of a header or a footer', () => {
    const sentence = 'Lắp đặt **biển báo** và vạch sơn theo phương án; - bổ sung đèn tín hiệu';
    expect(pieces(sentence)).toEqual([sentence]);
  });
});

describe('flattened cells as lines', () => {
  it('gives the lines of a header row that node-html-markdown flattened', () => {
    const { lines } = linesOf('| **SỞ Y TẾ** Số: 86/SYT-NV | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** _Kon Tum, ngày 09 tháng 3 năm 2026_ |\n| --- | --- |\n', true);
    expect(lines.map((l) => [l.text, l.column])).toEqual([
      ['SỞ Y TẾ', 0],
      ['Số: 86/SYT-NV', 0],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1],
      ['Kon Tum, ngày 09 tháng 3 năm 2026', 1],
    ]);
  });

  it('also in a `|` row that is no GFM table (its delimiter row is malformed)', () => {
    const { lines } = linesOf('| **SỞ Y TẾ** Số: 86/SYT-NV | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |  |\n| --- | --- |  |\n', true);
    expect(lines.map((l) => l.text)).toEqual(['SỞ Y TẾ', 'Số: 86/SYT-NV', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });
});

describe('splitFlattenedCell and words of a sentence', () => {
  it('does not take the quốc hiệu or the Party written in a subject for the header lines', () => {
    const subject = 'V/v hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam và kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam';
    expect(pieces(subject)).toEqual([subject]);
  });
});

describe('a flattened signature cell', () => {
  it('is cut at its bold runs when it opens with the authority prefix', () => {
    expect(pieces('**TM. CHÍNH PHỦ** **THỦ TƯỚNG** \\[ (Đã ký) **Nguyễn Xuân Phúc**')).toEqual([
      '**TM. CHÍNH PHỦ**', '**THỦ TƯỚNG**', '\\[ (Đã ký)', '**Nguyễn Xuân Phúc**',
    ]);
  });
});

describe('a rule glued to the name above it', () => {
  it('is dropped from the name as a rule after a space is', () => {
    const { lines } = linesOf('| BAN CHẤP HÀNH TRUNG ƯƠNG **VĂN PHÒNG\\-------** | **ĐẢNG CỘNG SẢN VIỆT NAM\\------** |\n| --- | --- |\n', true);
    // (The left cell holds no anchor, so it stays one line: its bold run alone is no reason to cut.)
    expect(lines.map((l) => l.text)).toEqual(['BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
  });
});
