import { describe, expect, it } from 'vitest';
import { LETTER_CLASS_BODY, LETTERS, LOWER, UPPER, vre } from '../../src/domain/vietnamese.js';

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
