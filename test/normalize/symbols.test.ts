/** Characters that fonts and OCR put for others: Word's symbol bullets, the eth for Đ. */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { parseDocument } from '../../src/index.js';

describe('normalizeText and stand-in characters', () => {
  it('reads the private-use bullets of Word symbol fonts as • and keeps the map to them', () => {
    const original = 'Nơi nhận:\n\uf0b7 Như trên;\n\uf0a7 Lưu: VT.';
    const { text, map } = normalizeText(original);
    expect(text).toBe('Nơi nhận:\n• Như trên;\n• Lưu: VT.');
    expect(original.charAt(map.toSource(text.indexOf('•')))).toBe('\uf0b7');
  });

  it('reads an eth as Đ (Vietnamese has none)', () => {
    expect(normalizeText('Số 41-TTr/ÐU, ðồng chí').text).toBe('Số 41-TTr/ĐU, đồng chí');
  });

  it('gives Nơi nhận entries written with Word bullets without their bullet', () => {
    const doc = parseDocument('Số: 12/UBND-VP\nV/v thử\nKính gửi: Sở Nội vụ.\n\nĐề nghị thực hiện./.\n\nNơi nhận:\n\uf0b7 Như trên;\n\uf0b7 UBND tỉnh (b/c);\n\uf0b7 Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nNguyễn Văn An');
    expect(doc.distribution.map((d) => d.text)).toEqual(['Như trên', 'UBND tỉnh (b/c)', 'Lưu: VT']);
  });
});
