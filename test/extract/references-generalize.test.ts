import { describe, expect, it } from 'vitest';
import { extractReferences, type ReferenceMatch } from '../../src/extract/references/index.js';
import { parseDocument } from '../../src/index.js';
import { restoreOcrDigits } from '../../src/extract/references-in-body.js';

const brief = (r: ReferenceMatch) => ({ type: r.type, code: r.code, date: r.date, issuer: r.issuer });
const briefs = (text: string) => extractReferences(text).map(brief);

describe('citations the held-out sets showed', () => {
  it('shares the issuer written after the last of a run of same-type citations', () => {
    expect(
      briefs('Căn cứ Nghị định số 48/2013/NĐ-CP ngày\n14 tháng 5 năm 2013 và Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều;'),
    ).toEqual([
      { type: 'Nghị định', code: '48/2013/NĐ-CP', date: '2013-05-14', issuer: 'Chính phủ' },
      { type: 'Nghị định', code: '92/2017/NĐ-CP', date: '2017-08-07', issuer: 'Chính phủ' },
    ]);
  });

  it('does not share an issuer across types (a Luật is not the Chính phủ’s)', () => {
    const [law] = briefs('Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024 và Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ;');
    expect(law?.issuer).not.toBe('Chính phủ');
  });

  it('reads a code wrapped at its dash onto the next line', () => {
    expect(briefs('Trung tâm đã có Công văn số 428/TTXT-\nĐTDN ngày 09/9/2025 báo cáo UBND tỉnh.')[0]).toMatchObject({ code: '428/TTXT-ĐTDN', date: '2025-09-09' });
  });

  it('reads a Party code with a second slash', () => {
    expect(briefs('thay thế Công văn số 2587-CV/VPTW/NB, ngày 25/5/2010 của Văn phòng Trung ương Đảng.')[0]).toMatchObject({ code: '2587-CV/VPTW/NB', date: '2010-05-25' });
  });

  it('reads codes with dots, & and brackets', () => {
    expect(briefs('Thực hiện Nghị quyết số 66.4/2025/NQ-CP ngày 10/6/2025 của Chính phủ;')[0]?.code).toBe('66.4/2025/NQ-CP');
    expect(briefs('theo Tờ trình số 12/TTr-CAT(PC04) ngày 3/3/2025 của Công an tỉnh.')[0]?.code).toBe('12/TTr-CAT(PC04)');
    expect(briefs('theo Công văn số 45/SXD-QLN&TTBĐS ngày 3/3/2025 của Sở Xây dựng.')[0]?.code).toBe('45/SXD-QLN&TTBĐS');
  });

  it('restores an OCR-damaged type name', () => {
    expect(briefs('Căn cứ Hướng dân số 37/HD-BCA-C04 ngày 24/9/2025 của Bộ Công an;')[0]?.type).toBe('Hướng dẫn');
    // `đmh`: OCR reads `in` as `m`.
    expect(briefs('theo Nghị đmh số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ.')[0]?.type).toBe('Nghị định');
  });

  it('reads `Văn bản số …` as its type, a date after a line break, an issuer named before the head', () => {
    expect(briefs('Thực hiện Văn bản số 59-CV/BCĐ ngày 12/9/2025 của Ban Chỉ đạo Trung ương về việc sắp xếp;')[0]).toMatchObject({ type: 'Văn bản', code: '59-CV/BCĐ' });
    expect(briefs('Căn cứ Nghị định số 63/2010/NĐ-CP\nngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;')[0]?.date).toBe('2010-06-08');
    expect(briefs('Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 565/TTr-SNV ngày 14/02/2025.')[0]?.issuer).toBe('Giám đốc Sở Nội vụ');
  });

  it('keeps a comma inside the title of a minister who heads an office', () => {
    expect(briefs('Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn về nghiệp vụ;')[0]?.issuer).toBe(
      'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
    );
  });

  it('keeps the Party\'s joint issuer whole, and a list of citations apart', () => {
    const found = briefs('Thực hiện Kết luận số 126-KL/TW, ngày 14-02-2025 của Bộ Chính trị, Ban Bí thư, Chỉ thị số 05-CT/TW của Bộ Chính trị.');
    expect(found.map((r) => r.issuer)).toEqual(['Bộ Chính trị, Ban Bí thư', 'Bộ Chính trị']);
  });

  it('ends the issuer before `qui định` written the old way', () => {
    expect(briefs('theo Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ qui định xử phạt.')[0]?.issuer).toBe('Chính phủ');
  });
});

describe('citations written in other ways', () => {
  it('reads a type written as its code before `số` (QĐ, CV, NĐ), and ends an issuer before the next such one', () => {
    expect(briefs('căn cứ QĐ số 1102/QĐ-UBND ngày 15/8/2025 của UBND xã và CV số 533/UBND-VP ngày 16/9/2025 của UBND xã.')).toEqual([
      { type: 'Quyết định', code: '1102/QĐ-UBND', date: '2025-08-15', issuer: 'UBND xã' },
      { type: 'Công văn', code: '533/UBND-VP', date: '2025-09-16', issuer: 'UBND xã' },
    ]);
  });

  it('reads `s6`, OCR for `số`, as the keyword', () => {
    expect(briefs('Căn cứ Quyết định s6 97/QĐ-STNMT ngày 20/02/2025 của Sở Tài nguyên và Môi trường;')[0]).toMatchObject({ code: '97/QĐ-STNMT', date: '2025-02-20' });
  });

  it('reads a date in brackets after the code, and the issuer after it', () => {
    expect(briefs('Xét Tờ trình số 18-TTr/ĐU (ngày 28/3/2025) của Đảng ủy xã Tịnh Hà về việc đề nghị.')[0]).toMatchObject({ date: '2025-03-28', issuer: 'Đảng ủy xã Tịnh Hà' });
  });

  it('takes a law’s date written after what it amends, in its code’s year only', () => {
    const amending = 'Căn cứ Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;';
    expect(briefs(amending)[0]?.date).toBe('2019-11-22');
    expect(briefs('Căn cứ Nghị định số 11/2024/NĐ-CP sửa đổi quy định áp dụng từ ngày 5/3/2020; Thông tư số 01/2024/TT-BTC.')[0]?.date).toBeNull();
  });
});

describe('citations as OCR left them', () => {
  it('reads a date whose digits OCR read as letters, and the issuer after it', () => {
    expect(briefs(restoreOcrDigits('Thực hiện Công văn số 1l47/PGDĐT-THCS ngày O6/9/2O24 của Phòng Giáo dục và Đào tạo; Quyết định số 5/QĐ-UBND ngày l0 tháng 3 nǎm 2025 của UBND xã.'))).toEqual([
      { type: 'Công văn', code: '1147/PGDĐT-THCS', date: '2024-09-06', issuer: 'Phòng Giáo dục và Đào tạo' },
      { type: 'Quyết định', code: '5/QĐ-UBND', date: '2025-03-10', issuer: 'UBND xã' },
    ]);
  });

  it('leaves a date alone whose year does not read as one', () => {
    expect(restoreOcrDigits('ngày lO/lO/SOlO')).toBe('ngày lO/lO/SOlO');
  });
});

describe('steering bodies', () => {
  it('keeps the area a steering body is named for, before the document\'s own về', () => {
    expect(briefs('Căn cứ Kế hoạch số 418/KH-BCĐLNATTP ngày 20 tháng 11 năm 2024 của Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh về bảo đảm an toàn thực phẩm dịp Tết;')[0]?.issuer).toBe(
      'Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh',
    );
    expect(briefs('Thực hiện Kế hoạch số 14/KH-BCĐ ngày 3/3/2025 của Ban Chỉ đạo tỉnh về triển khai về nguồn;')[0]?.issuer).toBe('Ban Chỉ đạo tỉnh');
  });
});

describe('citations over a page break', () => {
  it('reads a citation that runs on past a page number', () => {
    const doc = parseDocument('Số: 9/UBND-VP\nV/v thử\n\nKính gửi: Sở Y tế.\n\n3. Thực hiện nghiêm Quyết định số 1825/QĐ-BNNMT ngày\n\f                 2\n\n05/6/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường về ban hành quy trình.');
    expect(doc.references.map((r) => [r.date, r.issuer])).toEqual([['2025-06-05', 'Bộ trưởng Bộ Nông nghiệp và Môi trường']]);
  });
});

describe('citations in a table', () => {
  it('ends an issuer at its cell: the next cell is not part of the name', () => {
    const doc = parseDocument(
      [
        'Số: 9/UBND-VP',
        'V/v thử',
        '',
        'Kính gửi: Sở Y tế.',
        '',
        'Danh mục văn bản:',
        '',
        '| STT | Văn bản | Nội dung |',
        '|---|---|---|',
        '| 1 | Quyết định số 1520/QĐ-BKHCN ngày 10/7/2025 của Bộ trưởng | Quy chế công tác văn thư điện tử |',
        '| 2 | Công văn số 2210/BKHCN-VP ngày 21/8/2025 của Bộ | Lập hồ sơ điện tử của các đơn vị |',
      ].join('\n'),
    );
    expect(doc.references.map((r) => r.issuer)).toEqual(['Bộ trưởng', 'Bộ']);
  });
});

describe('Party citations', () => {
  it('types a Thông báo kết luận by its code, ends the issuer before it, and reads an issuer named as a comrade', () => {
    expect(
      briefs('Thực hiện Công văn số 1532-CV/TU, ngày 10-02-2025 của Ban Thường vụ Tỉnh ủy và Thông báo kết luận số 845-TB/TU, ngày 12-02-2025 của đồng chí Bí thư Tỉnh ủy tại buổi làm việc.'),
    ).toEqual([
      { type: 'Công văn', code: '1532-CV/TU', date: '2025-02-10', issuer: 'Ban Thường vụ Tỉnh ủy' },
      { type: 'Thông báo', code: '845-TB/TU', date: '2025-02-12', issuer: 'đồng chí Bí thư Tỉnh ủy' },
    ]);
  });

  it('keeps a Kết luận a Kết luận when its code says so', () => {
    expect(briefs('Thực hiện Thông báo, Kết luận số 45-KL/TU ngày 02/3/2025 của Ban Thường vụ Tỉnh ủy.')[0]?.type).toBe('Kết luận');
  });
});

describe('the body asked to issue the cited document', () => {
  it('is its issuer: `… trình Ủy ban nhân dân tỉnh ban hành Quyết định số …`', async () => {
    const { parseDocument } = await import('../../src/index.js');
    const doc = parseDocument('SỞ NÔNG NGHIỆP\nSố: 12/BC-CCTL\nThanh Hóa, ngày 5 tháng 10 năm 2025\n\nBÁO CÁO\nKết quả\n\n1. Tham mưu Sở trình Ủy ban nhân dân tỉnh ban hành Quyết định số 3015/QĐ-UBND ngày 12/9/2025 phê duyệt phương án.');
    expect(doc.references.map((r) => r.issuer)).toEqual(['Ủy ban nhân dân tỉnh']);
  });
});
