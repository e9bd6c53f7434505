/**
 * Citations written the way documents from new sources write them: each example is one class of
 * the held-out sets (issue 10), in text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractReferences, type ReferenceMatch } from '../../src/extract/references/index.js';

const brief = (r: ReferenceMatch) => ({ type: r.type, code: r.code, date: r.date, issuer: r.issuer });
const briefs = (text: string) => extractReferences(text).map(brief);
const repairs = (text: string) => extractReferences(text).flatMap((r) => r.repairs.map((x) => ({ ruleId: x.ruleId, at: text.slice(x.start, x.end) })));

describe('codes written unusually', () => {
  it('reads a Party code whose hyphen was dropped, with or without a space, after a type name', () => {
    expect(briefs('thực hiện theo Kết luận 174 KL/TW ngày 4/7/2025 của Bộ Chính trị;')[0]).toEqual({
      type: 'Kết luận',
      code: '174KL/TW',
      date: '2025-07-04',
      issuer: 'Bộ Chính trị',
    });
    expect(briefs('Căn cứ Kết luận số 174KL/TW ngày 4/7/2025 của Bộ Chính trị;')[0]?.code).toBe('174KL/TW');
  });

  it('reads a Party code whose unit after a second slash is in lower case', () => {
    expect(briefs('và Công văn số 2587-CV/VPTW/nb, ngày 25/5/2010 của Văn phòng Trung ương Đảng hướng dẫn thêm')[0]).toEqual({
      type: 'Công văn',
      code: '2587-CV/VPTW/nb',
      date: '2010-05-25',
      issuer: 'Văn phòng Trung ương Đảng',
    });
  });

  it('does not read a number and a word as a glued code without a type or `số` before it', () => {
    expect(briefs('Có 174 KL/TW được nêu trong bảng.')).toEqual([]);
  });

  it('reads a legal code whose year has a digit too many with the year of its date, and says so', () => {
    const text = 'thay thế Nghị định số 45/25010/NĐ-CP ngày 21/4/2010 Chính phủ quy định về tổ chức, hoạt động và quản lý hội';
    expect(briefs(text)[0]).toEqual({ type: 'Nghị định', code: '45/2010/NĐ-CP', date: '2010-04-21', issuer: 'Chính phủ' });
    expect(repairs(text)).toEqual([{ ruleId: 'reference/code-corrected', at: '45/25010/NĐ-CP' }]);
  });

  it('leaves a damaged year alone where no date gives the year back', () => {
    expect(briefs('theo Nghị định số 45/25010/NĐ-CP của Chính phủ.')).toEqual([]);
    expect(briefs('theo Nghị định số 45/25010/NĐ-CP ngày 21/4/2012 của Chính phủ.')).toEqual([]);
  });

  it('says where a code cut at a line end was rejoined and where a type name was corrected', () => {
    expect(repairs('Trung tâm đã có Công văn số 428/TTXT-\nĐTDN ngày 09/9/2025 báo cáo UBND tỉnh.')).toEqual([
      { ruleId: 'reference/code-rejoined', at: '428/TTXT-\nĐTDN' },
    ]);
    expect(repairs('Căn cứ Nghị đinh số 10/2023/NĐ-CP ngày 03/4/2023 của Chính phủ;')).toEqual([
      { ruleId: 'reference/type-corrected', at: 'Nghị đinh' },
    ]);
    expect(repairs('Căn cứ Nghị định số 10/2023/NĐ-CP ngày 03/4/2023 của Chính phủ;')).toEqual([]);
  });
});

describe('issuers shared, named before, or cut from what follows', () => {
  it('shares the issuer over a run of same-type citations split by semicolons', () => {
    expect(
      briefs('theo Kết luận 174 KL/TW ngày 4/7/2025, Kết luận 177-KL/TW, ngày 11/7/2025;\nKết luận 178-KL/TW ngày 17/7/2025 của Bộ Chính trị về xây dựng tổ chức').map((r) => r.issuer),
    ).toEqual(['Bộ Chính trị', 'Bộ Chính trị', 'Bộ Chính trị']);
  });

  it('shares nothing over a semicolon in a list whose entries name their own issuers', () => {
    expect(
      briefs('Văn bản liên quan: Thông tư số 26/2015/TT-BTC ngày 27/2/2015 của Bộ Tài chính; Thông tư số 219/2013/TT-BTC; Thông tư số 39/2014/TT-BTC ngày 31/3/2014 của Bộ Tài chính.')[1]?.issuer,
    ).toBeNull();
  });

  it('shares the issuer across types when both codes name the same body, not otherwise', () => {
    expect(
      briefs('Căn cứ Nghị quyết số 18/NQ-CP ngày 5/2/2025 và Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;').map((r) => r.issuer),
    ).toEqual(['Chính phủ', 'Chính phủ']);
    expect(briefs('Căn cứ Luật Đất đai số 31/2024/QH15 và Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ;')[0]?.issuer).toBeNull();
  });

  it('reads the second issuer of `của A tại … và B tại …`', () => {
    expect(
      briefs('Theo đề nghị của Hội Khuyến học tỉnh tại Công văn số 06/KHBT ngày 21/01/2022 và Giám đốc Sở Nội vụ tại Công văn số\n437/SNV-TCCC ngày 03/3/2022.').map((r) => r.issuer),
    ).toEqual(['Hội Khuyến học tỉnh', 'Giám đốc Sở Nội vụ']);
  });

  it('reads the subject of `có` before a dated document the subject sends', () => {
    expect(briefs('(1) Hội Cựu giáo chức tỉnh có Văn bản số 16/CGC.BT ngày 19/8/2024 báo cáo về tổ chức đại hội.')[0]?.issuer).toBe('Hội Cựu giáo chức tỉnh');
    expect(briefs('Đối với Hội Tin học, Sở Thông tin và Truyền thông có Công văn số\n1774/STTTT-VP ngày 10/10/2024 báo cáo.')[0]?.issuer).toBe('Sở Thông tin và Truyền thông');
    // A permit a company holds was issued to it, not by it.
    expect(briefs('Công ty có Giấy phép số 12/GP-UBND ngày 3/3/2020.')[0]?.issuer).toBeNull();
  });

  it('reads the subject of an agreeing verb with `theo`, but not of a verb that follows another’s document', () => {
    expect(briefs('(đã được Sở Nội vụ có ý kiến thống nhất theo Công văn số 3342/SNV-TCCC ngày 26/11/2024).')[0]?.issuer).toBe('Sở Nội vụ');
    expect(briefs('Sở Nội vụ báo cáo theo Công văn số 2769/UBND-NCKSTTHC ngày 24/7/2024.')[0]?.issuer).toBeNull();
  });

  it('reads the subject after a topic named back (`về nội dung này`)', () => {
    expect(briefs('(về nội dung này Trung tâm đã có Công văn số 428/TTXT-\nĐTDN ngày 09/9/2025 báo cáo UBND tỉnh).')[0]?.issuer).toBe('Trung tâm');
  });

  it('ends the issuer before a capitalised verb that opens the trích yếu', () => {
    expect(briefs('Căn cứ Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ Ban hành Kế hoạch triển khai;')[0]?.issuer).toBe('Thủ tướng Chính phủ');
  });

  it('reads `của` without its hook before a capitalised name', () => {
    expect(briefs('Căn cứ Nghị định số 10/2023/NĐ-CP ngày 03/4/2023 cua Chính phủ;')[0]?.issuer).toBe('Chính phủ');
  });

  it('reads `so` and `ngay` of OCR without diacritics', () => {
    expect(briefs('Căn cứ Nghị định so 63/2010/NĐ-CP ngay 08/6/2010 của Chính phủ;')[0]).toMatchObject({ code: '63/2010/NĐ-CP', date: '2010-06-08' });
    expect(briefs('so với 12/2020 thì tăng')).toEqual([]);
  });

  it('reads codes listed after the first without their own `số`, sharing the type and the issuer', () => {
    expect(briefs('Căn cứ các Nghị định số 10/2023/NĐ-CP, 11/2023/NĐ-CP và 12/2023/NĐ-CP của Chính phủ;')).toMatchObject([
      { type: 'Nghị định', code: '10/2023/NĐ-CP', issuer: 'Chính phủ' },
      { type: 'Nghị định', code: '11/2023/NĐ-CP', issuer: 'Chính phủ' },
      { type: 'Nghị định', code: '12/2023/NĐ-CP', issuer: 'Chính phủ' },
    ]);
    // A number that is not a code by its shape alone is not a member.
    expect(briefs('Căn cứ Nghị định số 10/2023/NĐ-CP và 11/2023 của năm trước;').map((r) => r.code)).toEqual(['10/2023/NĐ-CP']);
  });

  it('reads a worded date as OCR leaves it: `thong` for `tháng`, a speck before a word', () => {
    expect(briefs('Căn cứ Thông tư số 57/2024/TT-BYT ngay 31 _thong 12 nam 2024 của Bộ Y tế;')[0]).toMatchObject({ date: '2024-12-31', issuer: 'Bộ Y tế' });
    expect(briefs('Căn cứ Thông tư số 57/2024/TT-BYT ngày 31 thông tin năm 2024 của Bộ Y tế;')[0]?.date).toBeNull();
  });

  it('ends an issuer before the verb of its trích yếu, but not inside a steering body’s name', () => {
    const issuer = (tail: string) => briefs(`theo Quyết định số 1/QĐ-UBND ngày 1/1/2020 của ${tail};`)[0]?.issuer;
    expect(issuer('UBND tỉnh phân bổ dự toán')).toBe('UBND tỉnh');
    expect(issuer('Ủy ban nhân dân tỉnh kiện toàn Ban Chỉ đạo')).toBe('Ủy ban nhân dân tỉnh');
    expect(issuer('Hội đồng nhân dân tỉnh thông qua')).toBe('Hội đồng nhân dân tỉnh');
    expect(issuer('Quốc hội khóa XIV phê chuẩn')).toBe('Quốc hội khóa XIV');
    expect(issuer('Ban Chỉ đạo sắp xếp đơn vị hành chính tỉnh')).toBe('Ban Chỉ đạo sắp xếp đơn vị hành chính tỉnh');
  });
});
