/** Table rows a converter wrote over several lines (turndown's GFM plugin): one row, cells as lines. */
import { describe, expect, it } from 'vitest';
import { findLooseRows } from '../../src/lines/loose-rows.js';
import { parseDocument } from '../../src/index.js';
import { linesOf } from '../helpers/lines-of.js';

const FOOTER = [
  '| **Nơi nhận:**  ',
  '\\- Như trên;  ',
  '\\- Lưu: VT, VP. | **TM. ỦY BAN NHÂN DÂN**  ',
  '**CHỦ TỊCH**  ',
  '  ',
  '**Trần Văn Hải** |',
  '| --- | --- |',
  '',
].join('\n');

describe('findLooseRows', () => {
  it('reads a row from its opening bar to the line that ends with one', () => {
    const [row] = findLooseRows(FOOTER);
    expect(row?.rows[0]?.map((cell) => cell.segments?.map((s) => FOOTER.slice(s.start, s.end)).filter(Boolean))).toEqual([
      ['**Nơi nhận:**', '\\- Như trên;', '\\- Lưu: VT, VP.'],
      ['**TM. ỦY BAN NHÂN DÂN**', '**CHỦ TỊCH**', '**Trần Văn Hải**'],
    ]);
  });

  it('takes no row whose lines do not break hard (a stray | in OCR text)', () => {
    expect(findLooseRows('| Số: 12/UBND\nV/v họp giao ban\nKính gửi: Sở Nội vụ |\n')).toEqual([]);
  });

  it('takes no row between bars alone on their lines (cells copied one after another, lines ending in spaces)', () => {
    const copied = ['**ỦY BAN NHÂN DÂN**   ', '|   ', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**   ', 'Độc lập - Tự do - Hạnh phúc   ', '|   ', 'Số: 89/QĐ-UBND   ', ''].join('\n');
    expect(findLooseRows(copied)).toEqual([]);
  });
});

describe('a footer row over several lines', () => {
  it('gives Nơi nhận in the left column and the signer in the right', () => {
    const { lines } = linesOf(FOOTER, true);
    expect(lines.map((l) => [l.text, l.column])).toEqual([
      ['Nơi nhận:', 0],
      ['- Như trên;', 0],
      ['- Lưu: VT, VP.', 0],
      ['TM. ỦY BAN NHÂN DÂN', 1],
      ['CHỦ TỊCH', 1],
      ['Trần Văn Hải', 1],
    ]);
  });

  it('reads the distribution and the signer of a letter', () => {
    const doc = parseDocument(`ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC\n\nSố: 12/UBND-VP\n\nV/v họp giao ban\n\nKính gửi: Các phòng, ban.\n\nỦy ban nhân dân huyện mời dự họp./.\n\n${FOOTER}`);
    expect(doc.distribution.map((d) => d.text)).toEqual(['Như trên', 'Lưu: VT, VP']);
    expect([doc.signer?.authority, doc.signer?.position, doc.signer?.name]).toEqual(['TM', 'CHỦ TỊCH', 'Trần Văn Hải']);
  });
});
