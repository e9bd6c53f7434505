import { describe, expect, it } from 'vitest';
import { fuzzyKeywordAtStart, fuzzyKeywordIn } from '../../src/domain/fuzzy.js';
import {
  KEYWORDS,
  keywordLine,
  keywordPattern,
  markKey,
  marksPattern,
  SECRECY_MARKS,
  URGENCY_MARKS,
  type Keyword,
  type KeywordName,
} from '../../src/domain/keywords.js';
import { foldKey, isMostlyUpperCase } from '../../src/domain/vietnamese.js';
import { isStampNoise } from '../../src/zones/classify.js';

const entries = Object.entries(KEYWORDS) as Array<[KeywordName, Keyword]>;

describe('keyword table (data test: every entry against its own examples)', () => {
  for (const [name, entry] of entries) {
    describe(`${name} (${entry.key})`, () => {
      const re = keywordLine(name);
      const bare = keywordPattern(name);
      it('matches the key itself', () => expect(bare.test(entry.key)).toBe(true));
      for (const example of entry.examples) it(`matches ${JSON.stringify(example)}`, () => expect(re.test(example)).toBe(true));
      for (const variant of entry.variants) it(`matches its variant ${JSON.stringify(variant)}`, () => expect(bare.test(variant)).toBe(true));
      for (const counter of entry.counterexamples) it(`does not match ${JSON.stringify(counter)}`, () => expect(re.test(counter)).toBe(false));
      for (const miss of entry.nearMisses ?? []) {
        it(`never reads the near miss ${JSON.stringify(miss)} as the key`, () => {
          expect(re.test(miss)).toBe(false);
          expect(fuzzyKeywordAtStart(name, `${miss}:`)).toBeNull();
        });
      }
    });
  }

  it('no variant equals another entry’s key (each written form names one keyword)', () => {
    const keys = new Map(entries.map(([name, e]) => [foldKey(e.key), name]));
    for (const [name, entry] of entries) {
      for (const variant of [...entry.variants, ...entry.examples]) {
        const other = keys.get(foldKey(variant));
        if (other !== undefined) expect(other).toBe(name);
      }
    }
  });

  it('no two entries share a key', () => {
    const keys = entries.map(([, e]) => foldKey(e.key));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('urgency and secrecy marks', () => {
  const urgency = marksPattern(URGENCY_MARKS, '^', '$', 'iu');
  for (const mark of URGENCY_MARKS) {
    for (const example of mark.examples) {
      it(`reads ${JSON.stringify(example)} as ${mark.key}`, () => {
        expect(urgency.test(example)).toBe(true);
        expect(markKey(URGENCY_MARKS, example)).toBe(mark.key);
      });
    }
  }
  for (const mark of SECRECY_MARKS) {
    for (const example of mark.examples) it(`reads ${JSON.stringify(example)} as ${mark.key}`, () => expect(markKey(SECRECY_MARKS, example)).toBe(mark.key));
  }
  it('does not read body words as marks', () => {
    expect(urgency.test('khẩn trương triển khai')).toBe(false);
    expect(markKey(SECRECY_MARKS, 'bí mật nhà nước')).toBeNull();
  });
});

describe('damaged keywords within the edit budget (after folding diacritics)', () => {
  it('reads a label with lost diacritics as 0 edits', () => {
    expect(fuzzyKeywordAtStart('recipients', 'Kinh gui: Sở Y tế')).toMatchObject({ start: 0, end: 8, edits: 0 });
  });
  it('reads one or two wrong letters', () => {
    expect(fuzzyKeywordAtStart('recipients', 'Kính gừl:')?.edits).toBe(1);
    expect(fuzzyKeywordAtStart('distribution', 'Nơl nhặn:')?.edits).toBe(1);
    expect(fuzzyKeywordAtStart('distribution', 'Nới nhạm:')?.edits).toBe(1);
  });
  it('refuses three wrong letters, and words nearer to something else', () => {
    expect(fuzzyKeywordAtStart('recipients', 'Kxnh bxi:')).toBeNull();
    expect(fuzzyKeywordAtStart('recipients', 'Kính mời: các đồng chí')).toBeNull();
    expect(fuzzyKeywordAtStart('distribution', 'Người nhận:')).toBeNull();
  });
  it('reads a damaged Căn cứ though a near miss (`Cán cụ`) folds to the same letters; the near miss itself stays out', () => {
    expect(fuzzyKeywordAtStart('basis', 'Cǎn cú Nghị định số 30/2020/NĐ-CP;')).toMatchObject({ start: 0, end: 6, edits: 0 });
    expect(fuzzyKeywordAtStart('basis', 'Can cu Luật Tổ chức')).toMatchObject({ edits: 0 });
    expect(fuzzyKeywordAtStart('basis', 'Căn cụ Luật Tổ chức')).not.toBeNull();
    expect(fuzzyKeywordAtStart('basis', 'Cán cụ Luật')).toBeNull();
  });
  it('reads a garbled tiêu ngữ line whole', () => {
    expect(fuzzyKeywordAtStart('motto', 'Đôc lâp – Tư do – Hanh phuc')?.edits).toBe(0);
    expect(fuzzyKeywordAtStart('motto', 'Độc lạp - Tụ đo - Hạnh phức')?.edits).toBeLessThanOrEqual(3);
  });
  it('finds a garbled quốc hiệu joined to the agency, with its offsets in the line', () => {
    const text = 'UBND TỈNH BẮC NAM CỌNG HOÀ XÃ HỌI CHỦ NGHỈA VIỆT NAM';
    const found = fuzzyKeywordIn('nationalTitle', text);
    expect(found).not.toBeNull();
    expect(text.slice(found!.start, found!.end)).toBe('CỌNG HOÀ XÃ HỌI CHỦ NGHỈA VIỆT NAM');
  });
});

describe('line shapes read from their letters and symbols', () => {
  it.each([
    ['TỈNH QUẢNG TRỊ', true],
    ['TlNH QUẢNG TRỊ', true],
    ['UBND TlNH QUẢNG TRl', false],
    ['CỘNG HÒA', true],
    ['Ủy ban nhân dân', false],
    ['ĐẢNG', false],
    ['', false],
  ])('mostly capitals: %s → %s', (text, expected) => {
    expect(isMostlyUpperCase(text)).toBe(expected);
  });

  it.each([
    ["(%' Ủ/ Y BAN .\\", true],
    ['ỦY BAN NHÂN DÂN * TỈNH QUẢNG TRỊ *', true],
    ['Sở Tài chính; Sở Nội vụ', false],
    ['a = b + c', false],
    ['100% kinh phí', false],
    ['- Lưu: VT, NC.~Châu~', false],
    ['{%~ TỈNH <^ =', true],
    ["ng1.1011 f/drei '11.1%nh", true],
  ])('seal noise: %s → %s', (text, expected) => {
    expect(isStampNoise(text)).toBe(expected);
  });
});
