/** Grid tables drawn in text (pandoc `-t plain`, reStructuredText, box drawing): cells as lines. */
import { describe, expect, it } from 'vitest';
import { findGridTables } from '../../src/lines/grid-tables.js';
import { parseDocument } from '../../src/index.js';
import { linesOf } from '../helpers/lines-of.js';

// pandoc wraps each paragraph of a cell and puts a blank line between paragraphs.
const PANDOC_GRID = `+----------------------------+------------------------------+
| SỞ GIÁO DỤC VÀ ĐÀO TẠO     | CỘNG HÒA XÃ HỘI CHỦ NGHĨA    |
|                            | VIỆT NAM                     |
| Số: 305/SGDĐT-KHTC         |                              |
|                            | Độc lập - Tự do - Hạnh phúc  |
| V/v hướng dẫn thu học phí  |                              |
| năm học 2026-2027          |                              |
+============================+==============================+
`;

describe('findGridTables', () => {
  it('reads a cell as its slices of the physical lines, blank ones included', () => {
    const [table] = findGridTables(PANDOC_GRID);
    expect(table?.kind).toBe('grid');
    expect(table?.paragraphs).toBe(true);
    const left = table?.rows[0]?.[0];
    expect(left?.segments?.map((s) => PANDOC_GRID.slice(s.start, s.end))).toEqual([
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO', '', 'Số: 305/SGDĐT-KHTC', '', 'V/v hướng dẫn thu học phí', 'năm học 2026-2027',
    ]);
  });

  it('needs a row between its rules: a rule alone is not a table', () => {
    expect(findGridTables('+------+------+\n\nvăn bản\n')).toEqual([]);
  });
});

describe('grid table cells as lines', () => {
  it('joins the wrapped lines of each paragraph and keeps every line in its column', () => {
    const { lines, source } = linesOf(PANDOC_GRID);
    expect(lines.map((l) => [l.text, l.column])).toEqual([
      ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 0],
      ['Số: 305/SGDĐT-KHTC', 0],
      ['V/v hướng dẫn thu học phí năm học 2026-2027', 0],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1],
      ['Độc lập - Tự do - Hạnh phúc', 1],
    ]);
    expect(source(2)).toBe('V/v hướng dẫn thu học phí  |                              |\n| năm học 2026-2027');
  });

  it('gives a line per physical line where the cells have no paragraphs (box drawing)', () => {
    const { lines } = linesOf('┌──────────────┬──────────────────┐\n│ BỘ TƯ PHÁP   │ CỘNG HÒA XÃ HỘI  │\n│ CỤC HỘ TỊCH  │ Độc lập - Tự do  │\n└──────────────┴──────────────────┘\n');
    expect(lines.map((l) => [l.text, l.column])).toEqual([
      ['BỘ TƯ PHÁP', 0],
      ['CỤC HỘ TỊCH', 0],
      ['CỘNG HÒA XÃ HỘI', 1],
      ['Độc lập - Tự do', 1],
    ]);
  });

  it('reads the header of a letter pandoc printed as plain text', () => {
    const doc = parseDocument(`${PANDOC_GRID}
Kính gửi: Các trường trung học phổ thông.

Sở Giáo dục và Đào tạo hướng dẫn thu học phí năm học 2026-2027 như sau./.
`);
    expect(doc.header.agency?.lines).toEqual(['SỞ GIÁO DỤC VÀ ĐÀO TẠO']);
    expect([doc.header.number, doc.header.symbol]).toEqual(['305', 'SGDĐT-KHTC']);
    expect(doc.header.nationalTitle).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc.header.subject).toBe('hướng dẫn thu học phí năm học 2026-2027');
  });
});
