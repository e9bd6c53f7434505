/** Header values OCR misread in their diacritics, by example. */
import { describe, expect, it } from 'vitest';
import { snapToLexicon } from '../../src/extract/lexicon-snap.js';
import { parseDocument } from '../../src/index.js';

describe('snapToLexicon', () => {
  it('reads a mark the word does not have as an OCR misreading of the lexicon phrase', () => {
    expect(snapToLexicon('ỦY BAN NHÂN ĐÂN', ['agency'])).toBe('ỦY BAN NHÂN DÂN');
  });

  it('keeps marks that are only missing: the text as written', () => {
    expect(snapToLexicon('UY BAN NHÂN DÂN', ['agency'])).toBeNull();
    expect(snapToLexicon('TỈNH LÂM ĐÒNG', ['agency', 'place'])).toBeNull();
    expect(snapToLexicon('UY BAN NHAN DAN', ['agency'])).toBeNull();
  });

  it('keeps the old tone placement and a phrase that is already right', () => {
    expect(snapToLexicon('UỶ BAN NHÂN DÂN', ['agency'])).toBeNull();
    expect(snapToLexicon('ỦY BAN NHÂN DÂN', ['agency'])).toBeNull();
  });

  it('leaves what the lexicon does not hold', () => {
    expect(snapToLexicon('CÔNG TY CỔ PHẦN ĐẦU TƯ', ['agency'])).toBeNull();
  });
});

describe('in the header', () => {
  it('gives the agency line its lexicon spelling and says so', () => {
    const doc = parseDocument('ỦY BAN NHÂN ĐÂN\nTỈNH TÂY NINH\nSố: 12/UBND-VP\nV/v thử\n\nKính gửi: Sở Nội vụ.\n');
    expect(doc.header.agency.lines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH']);
    expect(doc.header.agency.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH TÂY NINH');
    expect(doc.sources['/header/agency/lines/0']?.raw).toBe('ỦY BAN NHÂN ĐÂN');
    expect(doc.diagnostics.find((d) => d.ruleId === 'keyword/corrected')?.message).toBe('"ỦY BAN NHÂN ĐÂN" read as "ỦY BAN NHÂN DÂN" (diacritics differ)');
  });
});
