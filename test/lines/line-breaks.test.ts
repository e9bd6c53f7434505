/** Where a line of the letter ends: what converters and copies do to line breaks, read back. */
import { describe, expect, it } from 'vitest';
import { linesOf } from '../helpers/lines-of.js';

const texts = (original: string, markdown = false) => linesOf(original, markdown).lines.map((l) => l.text);

describe('line breaks', () => {
  it('reads CR CR LF (a file converted to CRLF twice) as one break', () => {
    expect(texts('| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\r\r\n|---|---|\r\r\n| Số: 12/BYT | Hà Nội, ngày 2 tháng 3 năm 2025 |\r\r\n', true)).toEqual([
      'BỘ Y TẾ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 12/BYT',
      'Hà Nội, ngày 2 tháng 3 năm 2025',
    ]);
    expect(texts('Dòng một\r\rDòng ba')).toEqual(['Dòng một', 'Dòng ba']);
    expect(linesOf('Dòng một\r\rDòng ba').lines[1]?.gapBefore).toBe(true);
  });

  it('ends a line at <br> outside a table too', () => {
    expect(texts('**Nơi nhận:**<br>- Như trên;<br>- Lưu: VT.', true)).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.']);
    const { source } = linesOf('**Nơi nhận:**<br>- Như trên;<br>- Lưu: VT.', true);
    expect(source(2)).toBe('- Lưu: VT.');
  });

  it('reads a table indented by two spaces once', () => {
    expect(texts('  | SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n  |---|---|\n  | Số: 5/SYT | Độc lập - Tự do - Hạnh phúc |\n', true)).toEqual([
      'SỞ Y TẾ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 5/SYT',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
  });

  it('ends a table at a line with no bar (a file written without blank lines)', () => {
    const { lines } = linesOf('| UBND XÃ EA KAR | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n**THÔNG BÁO**\nVề việc họp\n', true);
    expect(lines.map((l) => [l.text, l.cell !== null])).toEqual([
      ['UBND XÃ EA KAR', true],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true],
      ['THÔNG BÁO', false],
      ['Về việc họp', false],
    ]);
  });

  it('joins a name that a narrow column broke, and keeps breaks between names', () => {
    expect(texts('TM. ỦY BAN NHÂN\nDÂN\nCHỦ TỊCH\nThành phố Hồ Chí\nMinh, ngày 9 tháng 12 năm 2025')).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Thành phố Hồ Chí Minh, ngày 9 tháng 12 năm 2025',
    ]);
    expect(texts('ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH')).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH BẮC NINH']);
    // A blank line between is the letter's own break.
    expect(texts('ỦY BAN NHÂN\n\nDÂN')).toEqual(['ỦY BAN NHÂN', 'DÂN']);
  });

  it('reads a double-spaced text: one blank line is how each line ends, two are a break', () => {
    // A wrapped text: its sentences go on in lower case across the blank lines.
    const lines = Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? `Câu ${i + 1} được viết` : `tiếp ở dòng sau.`));
    const { lines: read } = linesOf(`${lines.slice(0, 7).join('\n\n')}\n\n\n${lines.slice(7).join('\n\n')}`);
    expect(read.map((l) => l.gapBefore)).toEqual([true, false, false, false, false, false, false, true, false, false, false, false, false, false]);
    // Paragraphs a blank line apart, wrapped over several lines: not double-spaced.
    const wrapped = linesOf(Array.from({ length: 6 }, (_, i) => `Đoạn ${i} dòng một\ndòng hai`).join('\n\n')).lines;
    expect(wrapped.filter((l) => l.gapBefore)).toHaveLength(6);
    // A paragraph to a line (markdown, a Word export): every blank line is a break.
    const paragraphs = linesOf(Array.from({ length: 14 }, (_, i) => `Đoạn ${i + 1} là một câu trọn vẹn.`).join('\n\n')).lines;
    expect(paragraphs.every((l) => l.gapBefore)).toBe(true);
  });

  it('cuts a Nơi nhận list whose line breaks were lost into its entries', () => {
    expect(texts('Nơi nhận:- Như trên;- Sở Y tế (b/c);- Lưu: VT, VP.')).toEqual(['Nơi nhận:', '- Như trên;', '- Sở Y tế (b/c);', '- Lưu: VT, VP.']);
    // A sentence that names the list is not cut.
    expect(texts('Nơi nhận: các sở, ngành; Ủy ban nhân dân các huyện')).toEqual(['Nơi nhận: các sở, ngành; Ủy ban nhân dân các huyện']);
  });

  it('reads a merged cell a converter repeated once, in a header or signature table only', () => {
    const header = '| UBND TỈNH PHÚ YÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| UBND TỈNH PHÚ YÊN | Độc lập - Tự do - Hạnh phúc |\n| SỞ TÀI CHÍNH | Độc lập - Tự do - Hạnh phúc |\n';
    expect(texts(header, true)).toEqual(['UBND TỈNH PHÚ YÊN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'SỞ TÀI CHÍNH']);
    const body = '| STT | Thời hạn |\n|---|---|\n| 1 | 30/11/2025 |\n| 2 | 30/11/2025 |\n';
    expect(texts(body, true)).toEqual(['STT', 'Thời hạn', '1', '30/11/2025', '2', '30/11/2025']);
  });
});
