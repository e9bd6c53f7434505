/** Citations listed under their type and issuer, as decisions of other agencies write them (issue 10). */
import { describe, expect, it } from 'vitest';
import { extractReferences, type ReferenceMatch } from '../../src/extract/references/index.js';

const brief = (r: ReferenceMatch) => ({ type: r.type, code: r.code, date: r.date, issuer: r.issuer });
const briefs = (text: string) => extractReferences(text).map(brief);

describe('a list introduced by its type before a colon', () => {
  it('gives every member the type and the issuer named once before the colon', () => {
    expect(briefs('Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010, số 92/2017/NĐ-CP ngày 07/8/2017;')).toEqual([
      { type: 'Nghị định', code: '63/2010/NĐ-CP', date: '2010-06-08', issuer: 'Chính phủ' },
      { type: 'Nghị định', code: '92/2017/NĐ-CP', date: '2017-08-07', issuer: 'Chính phủ' },
    ]);
  });

  it('goes on after a member’s trích yếu, across line breaks', () => {
    const text =
      'Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010\nvề kiểm soát thủ tục hành chính; số 92/2017/NĐ-CP ngày 07/8/2017 sửa đổi, bổ sung\nmột số điều của các nghị định liên quan;';
    const refs = extractReferences(text);
    expect(refs.map(brief)).toEqual([
      { type: 'Nghị định', code: '63/2010/NĐ-CP', date: '2010-06-08', issuer: 'Chính phủ' },
      { type: 'Nghị định', code: '92/2017/NĐ-CP', date: '2017-08-07', issuer: 'Chính phủ' },
    ]);
    expect(refs[0]?.subject).toBe('kiểm soát thủ tục hành chính');
  });

  it('reads one member a line, and a type in lower case', () => {
    expect(briefs('Căn cứ các Quyết định của Thủ tướng Chính phủ:\nsố 1234/QĐ-TTg ngày 05/10/2024;\nsố 45/QĐ-TTg ngày 10/01/2025;').map((r) => [r.type, r.code, r.issuer])).toEqual([
      ['Quyết định', '1234/QĐ-TTg', 'Thủ tướng Chính phủ'],
      ['Quyết định', '45/QĐ-TTg', 'Thủ tướng Chính phủ'],
    ]);
    expect(briefs('Căn cứ các nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010, số 92/2017/NĐ-CP ngày 07/8/2017;').map((r) => r.type)).toEqual(['Nghị định', 'Nghị định']);
  });

  it('keeps the issuer each member names when the colon names none', () => {
    expect(briefs('Căn cứ các Thông tư: số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ, số 02/2021/TT-BTC ngày 05/01/2021 của Bộ Tài chính;').map((r) => [r.type, r.issuer])).toEqual([
      ['Thông tư', 'Bộ Nội vụ'],
      ['Thông tư', 'Bộ Tài chính'],
    ]);
  });

  it('does not carry the list past the sentence', () => {
    expect(briefs('Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010. Theo số 12/BC-UBND ngày 01/02/2025.').map((r) => r.code)).toEqual(['63/2010/NĐ-CP']);
  });
});
