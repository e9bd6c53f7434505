/** Nơi nhận and Kính gửi read from text laid out in columns (pdftotext -layout, Word tables), by example. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const head = 'Số: 15/UBND-VX\nV/v thử nghiệm\n\n';
const signer = '\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hải';
const footer = (entries: string) => `${head}Kính gửi: Sở Tài chính.\n\nNội dung./.\n\nNơi nhận:\n${entries}${signer}`;
const texts = (doc: ReturnType<typeof parseDocument>) => doc.distribution.map((e) => e.text);

describe('the Lưu entry', () => {
  it("keeps the drafter's initials after its full stop", () => {
    expect(texts(parseDocument(footer('- Như trên;\n- Lưu: VT, TH(2). H')))).toEqual(['Như trên', 'Lưu: VT, TH(2). H']);
    expect(texts(parseDocument(footer('- Như trên;\n- Lưu: VT, TCCB. Thg')))).toEqual(['Như trên', 'Lưu: VT, TCCB. Thg']);
  });

  it('drops a scrap with a vowel after the capital (OCR noise of a stamp)', () => {
    expect(texts(parseDocument(footer('- Như trên;\n- Lưu: VT, TCCB. Ci')))).toEqual(['Như trên', 'Lưu: VT, TCCB']);
  });
});

describe('a note beside an entry', () => {
  it('is left out of the entry when a wide gap sets it off, with an info diagnostic at the note', () => {
    const doc = parseDocument(footer('- Như trên;\n- Cổng TTĐT tỉnh;       Để đăng tải\n- Lưu: VT.'));
    expect(texts(doc)).toEqual(['Như trên', 'Cổng TTĐT tỉnh', 'Lưu: VT']);
    const note = doc.diagnostics.find((d) => d.ruleId === 'distribution/aside-left-out');
    expect(note?.severity).toBe('info');
    expect(note?.place?.start.column).toBe('- Cổng TTĐT tỉnh;       '.length + 1);
  });

  it('stays when one space follows the mark: a single line holding two entries is still read', () => {
    expect(texts(parseDocument(footer('- Như trên;\n- Cổng TTĐT tỉnh; Để đăng tải\n- Lưu: VT.')))).toEqual(['Như trên', 'Cổng TTĐT tỉnh; Để đăng tải', 'Lưu: VT']);
  });
});

describe('page numbers in the footer', () => {
  it('are not entries when the page breaks inside the Nơi nhận list', () => {
    const doc = parseDocument(footer('- Như trên;\n- Sở Nội vụ;\n7\n\f- Lưu: VT.'));
    expect(texts(doc)).toEqual(['Như trên', 'Sở Nội vụ', 'Lưu: VT']);
  });
});

describe('after the closed Lưu entry and the signer', () => {
  const layout = (after: string) =>
    `${head}Kính gửi: Sở Tài chính.\n\nNội dung./.\n\nNơi nhận:                              KT. CHỦ TỊCH\n- Như trên;                              PHÓ CHỦ TỊCH\n- Lưu: VT, TH(2). H                      Lê Văn Hải\n${after}`;

  it('leaves a note below the footer out of the entries', () => {
    const doc = parseDocument(layout('        Số điện thoại liên hệ đăng ký thành phần dự Hội nghị: 0913001110.'));
    expect(texts(doc)).toEqual(['Như trên', 'Lưu: VT, TH(2). H']);
  });

  it('leaves an annex heading out of the entries when the page break is lost', () => {
    const doc = parseDocument(layout('   DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI\n(Ban hành kèm theo Quyết định số 15/QĐ-UBND)'));
    expect(texts(doc)).toEqual(['Như trên', 'Lưu: VT, TH(2). H']);
    expect(doc.signer.name).toBe('Lê Văn Hải');
  });
});

describe('a Kính gửi entry wrapped under a hanging indent', () => {
  it('continues on a line that stands under its text, even in capitals', () => {
    const text = `${head}Kính gửi:\n     - Các tổ chức: Hội Nông dân tỉnh, Trung ương\n       Hội Cựu chiến binh Việt Nam.\n     - Sở Nội vụ.\n\n     Nội dung./.`;
    expect(parseDocument(text).recipients).toEqual(['Các tổ chức: Hội Nông dân tỉnh, Trung ương Hội Cựu chiến binh Việt Nam', 'Sở Nội vụ']);
  });

  it('continues without indents (text copied out of a PDF) over a line that ends inside the list', () => {
    const text = `${head}Kính gửi:\n- Các tổ chức: Hội Nông dân tỉnh, Trung ương\nHội Cựu chiến binh Việt Nam, Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh,\nTrung ương Hội Liên hiệp Phụ nữ Việt Nam.\n- Sở Nội vụ.\nThực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ,\nVăn phòng đề nghị các cơ quan báo cáo./.`;
    expect(parseDocument(text).recipients).toEqual([
      'Các tổ chức: Hội Nông dân tỉnh, Trung ương Hội Cựu chiến binh Việt Nam, Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh, Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
      'Sở Nội vụ',
    ]);
  });

  it('does not take in a body paragraph that starts at the margin', () => {
    const text = `${head}Kính gửi:\n     - Sở Nội vụ\nThực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh, Văn phòng đề nghị Sở báo cáo./.`;
    expect(parseDocument(text).recipients).toEqual(['Sở Nội vụ']);
  });
});

describe('a Nơi nhận list whose label is lost', () => {
  const body = `${head}Kính gửi: Sở Tài chính.\n\nNội dung./.\n\n`;

  it('is read from its opening entry, beside the signature', () => {
    const doc = parseDocument(`${body}                              KT. CHỦ TỊCH\n- Như trên;                   PHÓ CHỦ TỊCH\n- Sở Nội vụ;\n- Lưu: VT.\n\n                              Lê Văn Hải`);
    expect(texts(doc)).toEqual(['Như trên', 'Sở Nội vụ', 'Lưu: VT']);
    expect([doc.signer.position, doc.signer.name]).toEqual(['PHÓ CHỦ TỊCH', 'Lê Văn Hải']);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('distribution/label-missing');
  });

  it('is read above the signature too', () => {
    const doc = parseDocument(`${body}- Như Điều 3;\n- Lưu: VT, NC.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hải`);
    expect(texts(doc)).toEqual(['Như Điều 3', 'Lưu: VT, NC']);
  });

  it('is not opened by a body sentence that starts with "Như trên"', () => {
    const doc = parseDocument(`${body.replace('Nội dung./.', 'Nội dung:')}- Như trên đã nêu, các đơn vị thực hiện nghiêm túc.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hải`);
    expect(texts(doc)).toEqual([]);
  });
});
