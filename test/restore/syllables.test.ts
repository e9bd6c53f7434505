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
