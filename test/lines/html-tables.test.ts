/** HTML tables in markdown (pandoc `-t gfm`, MinerU, web pages): their cells become lines. */
import { describe, expect, it } from 'vitest';
import { findHtmlTables } from '../../src/lines/html-tables.js';
import { parseDocument } from '../../src/index.js';
import { linesOf } from '../helpers/lines-of.js';

const PANDOC_HEADER = `<table>
<colgroup>
<col style="width: 40%" />
<col style="width: 60%" />
</colgroup>
<thead>
<tr class="header">
<th><p><strong>ỦY BAN NHÂN DÂN</strong></p>
<p><strong>XÃ TÂN PHÚ</strong></p>
<p>Số: 12/UBND-VP</p>
<p>V/v báo cáo kết quả thu ngân sách
quý I năm 2026</p></th>
<th><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>
<p><em>Tân Phú, ngày 02 tháng 4 năm 2026</em></p></th>
</tr>
</thead>
</table>
`;

describe('findHtmlTables', () => {
  it('finds the rows and the content of every cell', () => {
    const text = '<table><tr><td>A</td><td>B</td></tr><tr><th>C</th></tr></table>';
    const [table] = findHtmlTables(text);
    expect(table?.rows.map((row) => row.map((cell) => text.slice(cell.start, cell.end)))).toEqual([['A', 'B'], ['C']]);
  });

  it('closes cells, rows and the table where a browser would', () => {
    const text = '<TABLE><TR><TD>một<TD>hai<TR><TD>ba';
    const [table] = findHtmlTables(text);
    expect(table?.rows.map((row) => row.map((cell) => text.slice(cell.start, cell.end)))).toEqual([['một', 'hai'], ['ba']]);
    expect(table?.end).toBe(text.length);
  });

  it('keeps a nested table inside its outer cell', () => {
    const text = '<table><tr><td>ngoài<table><tr><td>trong</td></tr></table></td><td>phải</td></tr></table>';
    const [table] = findHtmlTables(text);
    expect(table?.rows[0]?.length).toBe(2);
    expect(text.slice(table?.rows[0]?.[0]?.start, table?.rows[0]?.[0]?.end)).toContain('trong');
  });

  it('reads a caption as a row of its own', () => {
    const text = '<table><caption>Bảng 1</caption><tr><td>x</td></tr></table>';
    expect(findHtmlTables(text)[0]?.rows.length).toBe(2);
  });
});

describe('HTML table cells as lines', () => {
  it('gives a line per paragraph, joins a paragraph wrapped over lines, and keeps its place', () => {
    const { lines, source } = linesOf(PANDOC_HEADER, true);
    expect(lines.map((l) => [l.text, l.column])).toEqual([
      ['ỦY BAN NHÂN DÂN', 0],
      ['XÃ TÂN PHÚ', 0],
      ['Số: 12/UBND-VP', 0],
      ['V/v báo cáo kết quả thu ngân sách quý I năm 2026', 0],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1],
      ['Tân Phú, ngày 02 tháng 4 năm 2026', 1],
    ]);
    expect(lines[0]?.bold).toBe(true);
    expect(lines[5]?.italic).toBe(true);
    expect(source(3)).toBe('V/v báo cáo kết quả thu ngân sách\nquý I năm 2026');
  });

  it('splits a MinerU cell at <br> and keeps the text around a table written inline', () => {
    const { lines } = linesOf('Trước <table><tr><td>Nơi nhận:<br>- Như trên;</td><td>GIÁM ĐỐC</td></tr></table> sau', true);
    expect(lines.map((l) => l.text)).toEqual(['Trước', 'Nơi nhận:', '- Như trên;', 'GIÁM ĐỐC', 'sau']);
  });

  it('reads a letter whose header and signature are HTML tables', () => {
    const doc = parseDocument(`${PANDOC_HEADER}
Kính gửi: Phòng Tài chính - Kế hoạch.

Ủy ban nhân dân xã báo cáo kết quả thu ngân sách quý I năm 2026 như sau./.

<table><tr><td><p><strong>Nơi nhận:</strong></p><p>- Như trên;</p><p>- Lưu: VT.</p></td>
<td><p><strong>CHỦ TỊCH</strong></p><p><strong>Lê Văn Tâm</strong></p></td></tr></table>
`);
    expect(doc.header.agency?.lines).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ TÂN PHÚ']);
    expect([doc.header.number, doc.header.symbol, doc.header.date?.iso]).toEqual(['12', 'UBND-VP', '2026-04-02']);
    expect(doc.header.subject).toBe('báo cáo kết quả thu ngân sách quý I năm 2026');
    expect(doc.distribution.map((d) => d.text)).toEqual(['Như trên', 'Lưu: VT']);
    expect([doc.signer?.position, doc.signer?.name]).toEqual(['CHỦ TỊCH', 'Lê Văn Tâm']);
  });
});
