import { describe, expect, it } from 'vitest';
import { isUpperCaseText, LETTER_CLASS_BODY, LETTERS, LOWER, startsLowerCase, stripDiacritics, UPPER, vre } from '../../src/domain/vietnamese.js';

/** Every character of a class body, ranges spelled out. */
function members(body: string): string[] {
  const out: string[] = [];
  for (const item of body.match(/.-.|./gsu) ?? []) {
    const from = item.codePointAt(0) ?? 0;
    const to = item.length === 3 ? (item.codePointAt(2) ?? 0) : from;
    for (let c = from; c <= to; c++) out.push(String.fromCodePoint(c));
  }
  return out;
}

describe('letter classes', () => {
  it('list the letters in code-point order, so that V8 does not sort them at every pattern parse', () => {
    for (const body of [UPPER, LOWER, LETTERS]) {
      const codes = members(body).map((c) => c.codePointAt(0) ?? 0);
      expect(codes).toEqual([...codes].sort((a, b) => a - b));
    }
    expect(members(LETTERS).sort()).toEqual([...members(UPPER), ...members(LOWER)].sort());
  });

  it('have every Vietnamese letter inside the blocks the \\p{L} stand-in names', () => {
    const letter = new RegExp(`^[${LETTER_CLASS_BODY}]$`, 'u');
    for (const c of members(LETTERS)) expect(letter.test(c), c).toBe(true);
    for (const c of ['Ơ', 'ư', 'Đ', 'đ', 'Ỹ', 'ỵ', 'ç', 'ñ']) expect(letter.test(c), c).toBe(true);
    for (const c of ['0', '-', ' ', '·', 'Ω', '中']) expect(letter.test(c), c).toBe(false);
  });
});

describe('vre', () => {
  it('reads a pattern the same whether it is given as a literal or as its source and flags', () => {
    const literal = vre(/^(?:Căn cứ|Thực hiện)(?![\p{L}\p{N}])/iu);
    const source = vre('^(?:Căn cứ|Thực hiện)(?![\\p{L}\\p{N}])', 'iu');
    expect(source.source).toBe(literal.source);
    expect(source.flags).toBe(literal.flags);
    for (const text of ['CĂN CỨ Luật', 'căn cứ', 'Căn cứu', 'THỰC HIỆN:', 'thực hiệnx']) expect(source.test(text), text).toBe(literal.test(text));
  });
});

describe('stripDiacritics', () => {
  /** The definition: decompose, drop the combining marks, đ → d, compose again. */
  const byNormalizing = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

  it('takes the marks off Vietnamese letters, in either tone placement and either encoding', () => {
    expect(stripDiacritics('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe('CONG HOA XA HOI CHU NGHIA VIET NAM');
    expect(stripDiacritics('Độc lập – Tự do – Hạnh phúc')).toBe('Doc lap – Tu do – Hanh phuc');
    expect(stripDiacritics('Ủy ban, Uỷ ban, hoà, hòa')).toBe('Uy ban, Uy ban, hoa, hoa');
    // Decomposed input (a combining mark after its letter) and text beyond the table's blocks.
    expect(stripDiacritics('Quye\u0301t \u0111i\u0323nh')).toBe('Quyet dinh');
    expect(stripDiacritics('“Kế hoạch” № 5 — 中文')).toBe('“Ke hoach” № 5 — 中文');
    expect(stripDiacritics('plain ASCII: 12/2024/QĐ-UBND')).toBe('plain ASCII: 12/2024/QD-UBND');
  });

  it('gives what normalizing gives, for every character alone and in company', () => {
    const samples: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const c = String.fromCharCode(code);
      samples.push(c, `a${c}`, `${c}\u0301`, `ệ${c}o`);
    }
    // Mixed strings of the characters the table holds, next to combining marks and Hangul jamo.
    const pool = ['a', 'Ă', 'đ', 'Đ', 'ệ', 'Ỹ', 'ơ', 'ç', 'ſ', 'ǅ', '–', '\u2000', '\u0301', '\u0345', '\u20d0', '\u1100', '\u1161', ' ', '\u00a0'];
    let seed = 7;
    for (let n = 0; n < 20000; n++) {
      let s = '';
      for (let i = 0; i < 1 + (n % 6); i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += pool[seed % pool.length];
      }
      samples.push(s);
    }
    const wrong = samples.filter((s) => stripDiacritics(s) !== byNormalizing(s));
    expect(wrong).toEqual([]);
  });
});

describe('isUpperCaseText and startsLowerCase', () => {
  it('read a line in capitals, and a text that opens with a small letter', () => {
    expect(isUpperCaseText('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG')).toBe(true);
    expect(isUpperCaseText('Số: 12/UBND-VP')).toBe(false);
    expect(isUpperCaseText('12/2024 - (3)')).toBe(false);
    expect(startsLowerCase('- đề nghị các sở')).toBe(true);
    expect(startsLowerCase('1. Đề nghị')).toBe(false);
    expect(startsLowerCase('2024 / 15')).toBe(false);
  });

  it('agree with the letter classes they stand for, character by character and in company', () => {
    const upper = new RegExp(`[${UPPER}]`);
    const lower = new RegExp(`[${LOWER}]`);
    const letter = new RegExp(`[${LETTERS}]`);
    const samples: string[] = [];
    for (let code = 0; code < 0x10000; code++) samples.push(String.fromCharCode(code));
    const pool = ['A', 'a', 'Ệ', 'ệ', 'Đ', 'đ', '1', ' ', 'ß', 'Ω', 'ω', 'ǅ', 'İ', '\u1e9e', '\ud83d\ude00'];
    for (const a of pool) for (const b of pool) for (const c of pool) samples.push(a + b + c);
    const wrong = samples.filter((s) => {
      const first = s.match(letter);
      return isUpperCaseText(s) !== (upper.test(s) && !lower.test(s)) || startsLowerCase(s) !== (first !== null && lower.test(first[0]));
    });
    expect(wrong).toEqual([]);
  });
});

describe('case', () => {
  it('is the same without the Vietnamese locale, for every Vietnamese letter', () => {
    const letters = members(LETTERS);
    expect(letters.length).toBeGreaterThan(130);
    const differ = letters.filter((c) => c.toLowerCase() !== c.toLocaleLowerCase('vi') || c.toUpperCase() !== c.toLocaleUpperCase('vi'));
    expect(differ).toEqual([]);
    expect('ĐƯỢC ỦY QUYỀN'.toLowerCase()).toBe('được ủy quyền');
  });
});
