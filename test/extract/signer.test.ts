/** The signature block in the shapes converters leave it in. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const body = 'Số: 45/UBND-VP\nV/v thử nghiệm\nKính gửi: Sở Nội vụ.\n\nĐề nghị Sở Nội vụ phối hợp thực hiện./.\n\n';
const signerOf = (footer: string) => parseDocument(body + footer).signer;

describe('signer', () => {
  it('reads a stacked chain: TM over KT, the position, the name', () => {
    expect(signerOf('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn An')).toMatchObject({
      authority: 'TM',
      onBehalfOf: 'ỦY BAN NHÂN DÂN',
      position: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Văn An',
      chain: [
        { prefix: 'TM', title: 'ỦY BAN NHÂN DÂN' },
        { prefix: 'KT', title: 'CHỦ TỊCH' },
      ],
    });
  });

  it('reads a title OCR damaged by one letter or its diacritics as the known position, and says so', () => {
    const doc = parseDocument(body + 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHU TỊCH\nÖPHO CHỦ TỊCH\n\n\nNguyễn Văn An');
    expect(doc.signer).toMatchObject({ authority: 'KT', onBehalfOf: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', chain: [{ prefix: 'KT', title: 'CHỦ TỊCH' }] });
    const corrected = doc.diagnostics.filter((d) => d.ruleId === 'keyword/corrected').map((d) => d.message);
    expect(corrected).toEqual(['"CHU TỊCH" read as "CHỦ TỊCH" (diacritics or case differ)', '"ÖPHO CHỦ TỊCH" read as "PHÓ CHỦ TỊCH" (1 letter differs)']);
  });

  it('leaves a title it does not know alone, even near a known one, and one typed without diacritics', () => {
    expect(signerOf('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nHỘI TRƯỞNG\n\n\nNguyễn Văn An').position).toBe('HỘI TRƯỞNG');
    expect(signerOf('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. TONG CUC TRUONG\nPHO TONG CUC TRUONG\n\n\nNguyen Van An')).toMatchObject({ onBehalfOf: 'TONG CUC TRUONG', position: 'PHO TONG CUC TRUONG' });
  });

  it('splits a block flattened into one table cell', () => {
    const footer = '| Nơi nhận: - Như trên; - Lưu: VT, VP. | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Thị Bình |\n|---|---|\n';
    expect(signerOf(footer)).toMatchObject({ authority: 'KT', onBehalfOf: 'GIÁM ĐỐC', position: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Bình' });
  });

  it('drops (Đã ký) wherever the flattening put it', () => {
    const footer = '| Nơi nhận: - Như trên; - Lưu: VT. | TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ PHÁP CHẾ (Đã ký) Lê Văn Cường |\n|---|---|\n';
    expect(signerOf(footer)).toMatchObject({ authority: 'TL', onBehalfOf: 'BỘ TRƯỞNG', position: 'VỤ TRƯỞNG VỤ PHÁP CHẾ', name: 'Lê Văn Cường', signed: true });
  });

  it('maps the Party prefixes T/M, K/T, T/L to TM, KT, TL', () => {
    expect(signerOf('Nơi nhận:\n- Như trên,\n- Lưu Văn phòng.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nHoàng Minh Đức')).toMatchObject({
      authority: 'KT',
      onBehalfOf: 'TRƯỞNG BAN',
      position: 'PHÓ TRƯỞNG BAN',
      name: 'Hoàng Minh Đức',
    });
  });

  it('reads an acting head (Q.) with the head’s title as position', () => {
    expect(signerOf('Nơi nhận:\n- Lưu: VT.\n\nQ. GIÁM ĐỐC\n\nPhạm Văn Dũng')).toMatchObject({ authority: 'Q', onBehalfOf: null, position: 'GIÁM ĐỐC', name: 'Phạm Văn Dũng' });
  });

  it('reads an acting office under another prefix (TL. … / Q. …) as the signer’s position', () => {
    expect(signerOf('Nơi nhận:\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nQ. CHÁNH VĂN PHÒNG\n\nVõ Thanh Hiền')).toMatchObject({ authority: 'TL', onBehalfOf: 'CHỦ TỊCH', position: 'CHÁNH VĂN PHÒNG', name: 'Võ Thanh Hiền' });
  });

  it('drops a (Đã ký và đóng dấu) mark as it drops (Đã ký)', () => {
    expect(signerOf('Nơi nhận:\n- Lưu: VT.\n\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n(Đã ký và đóng dấu)\n\nVũ Minh Khôi')).toMatchObject({ position: 'PHÓ TỔNG CỤC TRƯỞNG', name: 'Vũ Minh Khôi', signed: true });
  });

  it('reads a name in capitals under the signing space of a table cell (<br><br>)', () => {
    const footer = '| **Nơi nhận:**<br>- Lưu: VT. | **TM. HỘI ĐỒNG NHÂN DÂN**<br>**CHỦ TỊCH**<br><br><br>**VŨ XUÂN CƯỜNG** |\n|---|---|';
    expect(signerOf(footer)).toMatchObject({ authority: 'TM', position: 'CHỦ TỊCH', name: 'VŨ XUÂN CƯỜNG' });
  });

  it('reads a name under a speck OCR made of the seal (~, *, \') as the name, not a list entry', () => {
    for (const speck of ['~', '*', "'"]) {
      const doc = parseDocument(`${body}Nơi nhận:\n- Như trên;\n- Lưu: VT, TĐKT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n${speck} Phạm Đình Quyết`);
      expect(doc.signer.name).toBe('Phạm Đình Quyết');
      expect(doc.distribution.map((e) => e.text)).toEqual(['Như trên', 'Lưu: VT, TĐKT']);
    }
  });

  it('leaves a bracketed note beside the Nơi nhận entries out of the signer, and says so', () => {
    const footer = ['Nơi nhận:                                             K/T TRƯỞNG BAN', '- Ban Tuyên giáo TW,                                     PHÓ TRƯỞNG BAN', '- Thường trực Tỉnh ủy,            (báo cáo)', '- Lưu Văn phòng Ban.', '', '                                                    Rơ Châm Hương'].join('\n');
    const doc = parseDocument(body + footer);
    expect(doc.signer).toMatchObject({ authority: 'KT', position: 'PHÓ TRƯỞNG BAN', name: 'Rơ Châm Hương' });
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('distribution/aside-left-out');
  });

  it('reads the signer beside Nơi nhận in TAB columns', () => {
    const footer = 'Nơi nhận:\tKT. CHỦ TỊCH\n- Như trên;\tPHÓ CHỦ TỊCH\n- Lưu: VT.\t(Đã ký)\n\t\tĐỗ Văn Em\n';
    const doc = parseDocument(body + footer);
    expect(doc.signer).toMatchObject({ authority: 'KT', position: 'PHÓ CHỦ TỊCH', name: 'Đỗ Văn Em' });
    expect(doc.distribution.map((d) => d.text)).toEqual(['Như trên', 'Lưu: VT']);
  });

  it('strips a trailing (đã ký) from the name', () => {
    expect(signerOf('TM. ĐOÀN CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\nVũ Thị Giang (đã ký)')).toMatchObject({ name: 'Vũ Thị Giang', signed: true });
  });

  it('reads a name printed in capitals under the signing space', () => {
    expect(signerOf('Nơi nhận:\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nNGUYỄN VĂN ĐỨC')).toMatchObject({ position: 'PHÓ GIÁM ĐỐC', name: 'NGUYỄN VĂN ĐỨC' });
  });

  it('does not take a capitals title line for a name when no signing space separates it', () => {
    expect(signerOf('Nơi nhận:\n- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ\nĐOÀN TRƯỜNG')).toMatchObject({ position: 'ĐOÀN TRƯỜNG', name: null });
  });

  it.each(['Ths. Đặng Minh Quân', 'Đại tá, TS. Đặng Minh Quân', 'Luật sư Đặng Minh Quân', 'BS. CKII Đặng Minh Quân'])('drops the rank, degree or profession before the name: %s', (line) => {
    expect(signerOf(`Nơi nhận:\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n${line}`)).toMatchObject({ position: 'PHÓ GIÁM ĐỐC', name: 'Đặng Minh Quân' });
  });

  it('drops academic titles written without a final dot (TS.BS)', () => {
    expect(signerOf('Nơi nhận:\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n[Chữ ký số]\n\nTS.BS Lê Thị Bình')).toMatchObject({ position: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Bình' });
  });
});

describe('what OCR reads of the signature and the seal', () => {
  const header = 'SỞ Y TẾ\nTỈNH NINH BÌNH\nSố: 45/SYT-VP\nNinh Bình, ngày 5 tháng 3 năm 2025\nV/v thử nghiệm\nKính gửi: Các bệnh viện.\n\nĐề nghị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n';
  it("leaves a stroke of the signature read as a letter or two out of the position ('J ~', '~ /Ɩ')", () => {
    for (const stroke of ['J ~', "'I ~", '~ /Ɩ', 'J']) {
      expect(parseDocument(`${header}KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n${stroke}\nNguyễn Văn An`).signer, stroke).toMatchObject({ position: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An', signed: true });
    }
  });

  it("leaves the seal's ring (the agency's and the place's words) out of the position", () => {
    const doc = parseDocument(`${header}TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n★ SỞ Y TẾ ★\nNINH BÌNH\nPhạm Minh Đức`);
    expect(doc.signer).toMatchObject({ authority: 'TL', onBehalfOf: 'GIÁM ĐỐC', position: 'CHÁNH VĂN PHÒNG', name: 'Phạm Minh Đức', signed: true });
  });

  it('keeps a position it does not know when no known one stands above it', () => {
    expect(parseDocument(`${header}TRƯỞNG BAN\n\nPhạm Minh Đức`).signer.position).toBe('TRƯỞNG BAN');
  });
});

describe('a position wrapped in the signature column', () => {
  it('joins the area of the unit the title names (`CHI CỤC TRƯỞNG CHI CỤC THUẾ` / `KHU VỰC II`)', () => {
    expect(signerOf('Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTUQ. CỤC TRƯỞNG\nCHI CỤC TRƯỞNG CHI CỤC THUẾ\nKHU VỰC II\n\nLâm Quốc Bảo')).toMatchObject({
      authority: 'TUQ',
      position: 'CHI CỤC TRƯỞNG CHI CỤC THUẾ KHU VỰC II',
      name: 'Lâm Quốc Bảo',
    });
  });
});
