/**
 * One spec per line kind (Lawtext's style): a line that is of the kind, and a near miss that is not.
 * A line's kind depends only on its own text.
 */
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/lines/index.js';
import { normalizeText } from '../../src/normalize/index.js';
import { classifyLine, type LineKind } from '../../src/zones/index.js';
import { typeHeadingOf } from '../../src/zones/classify.js';

const kindOf = (text: string): LineKind => {
  const [line] = toLines(normalizeText(text).text, { markdown: false });
  if (!line) throw new Error(`no line in ${JSON.stringify(text)}`);
  return classifyLine(line).kind;
};

/** For every kind: `is` reads as that kind, `isNot` (a near miss) does not. */
const SPECS = {
  nationalTitle: { is: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', isNot: 'Nước Cộng hòa xã hội chủ nghĩa Việt Nam có chủ quyền, độc lập, thống nhất và toàn vẹn lãnh thổ, bao gồm đất liền, hải đảo.' },
  motto: { is: 'Độc lập - Tự do - Hạnh phúc', isNot: 'Độc lập, tự chủ trong công tác chuyên môn' },
  partyTitle: { is: 'ĐẢNG CỘNG SẢN VIỆT NAM', isNot: 'ĐẢNG BỘ TỈNH LẠNG SƠN' },
  organisationTitle: { is: 'ĐOÀN TNCS HỒ CHÍ MINH', isNot: 'BCH ĐOÀN TỈNH QUẢNG NGÃI' },
  star: { is: '*', isNot: '* Ghi chú' },
  number: { is: 'Số: 12/UBND-VP', isNot: 'Số lượng đại biểu: 120 người' },
  placeDate: { is: 'Lạng Sơn, ngày 10 tháng 5 năm 2021', isNot: 'Lạng Sơn là tỉnh miền núi' },
  letterSubject: { is: 'V/v tổ chức hội nghị tổng kết', isNot: 'Vì vậy, đề nghị các đơn vị thực hiện' },
  typeHeading: { is: 'KẾ HOẠCH', isNot: 'Kế hoạch này được phổ biến đến các đơn vị' },
  enacting: { is: 'QUYẾT ĐỊNH:', isNot: 'QUYẾT ĐỊNH' },
  recipientsLabel: { is: 'Kính gửi: Sở Nội vụ', isNot: 'Gửi kèm theo Công văn này danh sách' },
  copyRecipientsLabel: { is: 'Đồng kính gửi: Bộ Nội vụ', isNot: 'Đồng chí Giám đốc Sở Nội vụ' },
  distributionLabel: { is: 'Nơi nhận:', isNot: 'Nơi làm việc của Ban chỉ đạo' },
  authority: { is: 'TM. ỦY BAN NHÂN DÂN', isNot: 'KT. Bộ trưởng đã giao cho Vụ Pháp chế' },
  signatureMark: { is: '(Đã ký)', isNot: '(Đã xem xét kỹ hồ sơ)' },
  urgency: { is: 'HỎA TỐC', isNot: 'HỎA TỐC ĐỀ NGHỊ CÁC ĐƠN VỊ THỰC HIỆN NGAY' },
  secrecy: { is: 'MẬT', isNot: 'MẬT KHẨU' },
  basis: { is: 'Căn cứ Luật Tổ chức chính quyền địa phương;', isNot: 'Căn hộ chung cư số 5 đường Lê Lợi' },
  numbered: { is: '1. Chuẩn bị báo cáo tổng kết.', isNot: 'Năm 2024 là năm bản lề' },
  bullet: { is: '- Như trên;', isNot: '-- hết --' },
  annexHeading: { is: 'PHỤ LỤC I', isNot: 'Phụ lục kèm theo gồm các biểu mẫu' },
  caps: { is: 'ỦY BAN NHÂN DÂN', isNot: 'Ủy ban nhân dân' },
  stamp: { is: 'Thời gian ký: 09.01.2025 10:21:11 +07:00', isNot: 'Thời gian thực hiện: tháng 01/2025' },
  text: { is: 'Đề nghị các đơn vị thực hiện nghiêm túc.', isNot: 'ỦY BAN NHÂN DÂN' },
} satisfies Record<LineKind, { is: string; isNot: string }>;

describe('classifyLine', () => {
  for (const [kind, { is, isNot }] of Object.entries(SPECS)) {
    it(`${kind}: "${is}" is one, "${isNot}" is not`, () => {
      expect(kindOf(is)).toBe(kind);
      expect(kindOf(isNot)).not.toBe(kind);
    });
  }

  it('reads the label of a numbered line and marks the end of the body', () => {
    const [line] = toLines('2. Giao Văn phòng theo dõi./.', { markdown: false });
    if (!line) throw new Error('no line');
    const classified = classifyLine(line);
    expect(classified.label).toMatchObject({ kind: 'arabic', label: '2', ordinal: 2 });
    expect(classified.endsBody).toBe(true);
  });
});

describe('lines in other shapes', () => {
  it('reads the enacting line OCR garbled, with its colon', () => {
    expect(kindOf('QUYÊT ĐỊNH:')).toBe('enacting');
    expect(kindOf('QUYET DINH:')).toBe('enacting');
    expect(kindOf('QUYÊT ĐỊNH')).toBe('typeHeading');
  });

  it('reads a misspelt quốc hiệu that a converter joined to the tiêu ngữ in one cell', () => {
    expect(kindOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIÊT NAM Độc lập - Tự do - Hạnh phúc ---------------')).toBe('nationalTitle');
  });

  it('reads a place-date line written in figures', () => {
    expect(kindOf('Khánh Hòa, ngày 11/8/2022')).toBe('placeDate');
    expect(kindOf('Tại Khánh Hòa, ngày 11/8/2022 đã diễn ra hội nghị.')).not.toBe('placeDate');
  });

  it('reads a date alone on its line as the date line, and a sentence that opens with a date as text', () => {
    expect(kindOf('Ngày 05 tháng 12 năm 2025')).toBe('placeDate');
    expect(kindOf('ngày 14 tháng 11 năm 2025.')).toBe('placeDate');
    expect(kindOf('Ngày 05 tháng 12 năm 2025, Phó Chủ tịch Ủy ban nhân dân Thành phố')).not.toBe('placeDate');
  });
});

describe('OCR-damaged căn cứ', () => {
  it('reads a dashed Party căn cứ with damaged letters as basis, and a dashed entry as a bullet', () => {
    expect(kindOf('- Cǎn cú Điều lệ Đảng Cộng sản Việt Nam;')).toBe('basis');
    expect(kindOf('Cǎn cú Nghị định số 30/2020/NĐ-CP;')).toBe('basis');
    expect(kindOf('- Cán bộ, công chức các phòng;')).toBe('bullet');
    expect(kindOf('- Căn hộ Lê Lợi;')).toBe('bullet');
  });
});

describe('a type heading', () => {
  it.each([
    ['QUYẾT ĐỊNH', { name: 'Quyết định', rest: '' }],
    ['KẾ HOẠCH Thực hiện chương trình', { name: 'Kế hoạch', rest: 'Thực hiện chương trình' }],
    // A type issued jointly keeps `liên tịch` in its name; those the table names are found whole.
    ['KẾ HOẠCH LIÊN TỊCH', { name: 'Kế hoạch liên tịch', rest: '' }],
    ['THÔNG TƯ LIÊN TỊCH', { name: 'Thông tư liên tịch', rest: '' }],
    // OCR lost or garbled the diacritics: alone on its line, in capitals, it still counts (`written`
    // says how, for the correction's diagnostic); and with its colon, as the enacting line.
    ['QUYÉT ĐỊNH', { name: 'Quyết định', rest: '', written: 'QUYÉT ĐỊNH' }],
    ['QUYÊT ĐỊNH:', { name: 'Quyết định', rest: ':', written: 'QUYÊT ĐỊNH' }],
    ['KE HOACH', { name: 'Kế hoạch', rest: '', written: 'KE HOACH' }],
    ['  KE HOACH  ', { name: 'Kế hoạch', rest: '', written: 'KE HOACH' }],
    ['KE HOACH\u00a0', { name: 'Kế hoạch', rest: '', written: 'KE HOACH' }],
    ['KE HOACH NAM 2025', null],
    ['UY BAN NHAN DAN TINH', null],
    ['Kế hoạch thực hiện', null],
  ])('%s', (text, expected) => {
    expect(typeHeadingOf(text)).toEqual(expected);
  });
});

describe('the Party star as OCR reads it', () => {
  it('is a star line: `+»`, `★`', () => {
    for (const text of ['+»', '★', '⁎']) expect(kindOf(text), text).toBe('star');
    expect(kindOf('+ Nội dung')).not.toBe('star');
  });
});
