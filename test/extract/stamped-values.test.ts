/** The number and day a signing system stamps, listed by the text extractor where page 1 ends. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const letter = (tail: string, date = 'Lâm Đồng, ngày      tháng 11 năm 2025') =>
  [
    'SỞ NỘI VỤ TỈNH LÂM ĐỒNG',
    'Số:          /SNV-CCHC',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    date,
    '',
    'Kính gửi: Ủy ban nhân dân các xã, phường.',
    '',
    'Sở Nội vụ đề nghị các đơn vị báo cáo số liệu theo bảng sau:',
    '',
    'Đơn vị',
    '2',
    '',
    '2',
    '',
    tail,
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    'GIÁM ĐỐC',
    '',
    'Lê Văn Tâm',
  ].join('\n');

describe('a stamp listed apart', () => {
  it('fills the blank number and day, and takes the stamp over a table of single figures', () => {
    const doc = parseDocument(letter('644\n06'));
    expect(doc.header.number).toBe('644');
    expect(doc.header.date?.iso).toBe('2025-11-06');
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['header/number-stamped', 'header/date-stamped']));
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('header/number-blank');
    // The stamp's lines are read into the header, not left in the body; the table's figures stay.
    const body = JSON.stringify([doc.body, doc.tasks]);
    expect(body).not.toContain('644');
    expect(body).toContain('Đơn vị');
  });

  it('reads a stamp of four values on one line, and leaves a page number after it out', () => {
    const doc = parseDocument(letter('2775 10 11 2025\n2', 'Lâm Đồng, ngày      tháng      năm'));
    expect(doc.header.number).toBe('2775');
    expect(doc.header.date?.iso).toBe('2025-11-10');
    expect(doc.header.place).toBe('Lâm Đồng');
  });

  it('takes no run that cannot be a stamp, and nothing when the number is written', () => {
    expect(parseDocument(letter('644\n45')).header.number).toBe(null);
    const numbered = parseDocument(letter('644\n06').replace('Số:          /SNV-CCHC', 'Số: 12/SNV-CCHC'));
    expect(numbered.header.number).toBe('12');
    expect(numbered.header.date?.day).toBe(null);
  });
});
