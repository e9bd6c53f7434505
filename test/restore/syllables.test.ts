/** A text without diacritics, clean or OCR-damaged: what the restorer may take for a misread word. */
import { describe, expect, it } from 'vitest';
import { isSyllable, nonSyllableShare } from '../../src/normalize/restore/syllables.js';
import { parseDocument } from '../../src/index.js';

describe('isSyllable', () => {
  it.each([['voi', true], ['nghieng', true], ['truong', true], ['quy', true], ['sfra', false], ['thultic', false], ['vvc', false]])('%s → %s', (word, is) => {
    expect(isSyllable(word as string)).toBe(is);
  });
  it('counts the share of odd lower-case words, acronyms and names aside', () => {
    expect(nonSyllableShare(['lam', 'viec', 'voi', 'UBND', 'Phong'])).toBe(0);
    expect(nonSyllableShare(['sera', 'dal', 'sfra', 'thultic'])).toBeGreaterThan(0.4);
  });
});

describe('a text typed without diacritics', () => {
  it('keeps a short word of its own (`voi` is `với`), not another phrase one letter away', () => {
    const doc = parseDocument(
      'UY BAN NHAN DAN\nTHANH PHO BAO LOC\nSo: 205/TB-UBND\nBao Loc, ngay 08 thang 7 nam 2024\n\nTHONG BAO\nKet luan cua Chu tich UBND thanh pho tai buoi lam viec voi Phong Quan ly do thi\n\nNgay 03/7/2024, dong chi Chu tich UBND thanh pho chu tri buoi lam viec voi Phong Quan ly do thi ve cong tac quan ly trat tu xay dung.\n',
    );
    expect(doc.diagnostics.filter((d) => d.message.startsWith('"voi"'))).toEqual([]);
  });
});

describe('letters OCR misread into no syllable, in a clean text', () => {
  it('reads `rn` at a word end as `m`, and says so', async () => {
    const { repairImpossibleLetters } = await import('../../src/normalize/restore/letters.js');
    expect(repairImpossibleLetters('Nguyễn Văn Narn, huyện Lục Narn').map((r) => [r.start, r.end, r.text])).toEqual([
      [13, 15, 'm'],
      [29, 31, 'm'],
    ]);
    expect(repairImpossibleLetters('Nguyễn Văn Nam, modern')).toEqual([]);
    const doc = parseDocument('UBND HUYỆN LỤC NAM\nSố: 12/UBND-VP\nV/v thử\nLục Narn, ngày 5 tháng 3 năm 2025\n\nKính gửi: Các xã.\n\nĐề nghị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn Narn');
    expect([doc.header.place, doc.signer.name]).toEqual(['Lục Nam', 'Nguyễn Văn Nam']);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'restore/ocr-noise')).toHaveLength(2);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('restore/damaged-text');
  });
});
