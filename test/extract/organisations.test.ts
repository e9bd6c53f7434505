/** Documents of mass organisations (Đoàn, Hội): their own title where the quốc hiệu stands. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const BODY = '\n\nKẾ HOẠCH\nTổ chức các hoạt động kỷ niệm Ngày thành lập Đoàn\n\n1. Mục đích.\n2. Nội dung.\n\nNơi nhận:\n- Các huyện đoàn;\n- Lưu VP.\n\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\n\nNguyễn Văn Bình';

describe("an organisation's title", () => {
  it('is not an agency line beside the agency (pdftotext columns)', () => {
    const doc = parseDocument(`     BCH ĐOÀN TỈNH QUẢNG NGÃI                       ĐOÀN TNCS HỒ CHÍ MINH\n               ***\n                                      Quảng Ngãi, ngày 06 tháng 3 năm 2024\n        Số: 12-KH/TĐTN-TG${BODY}`);
    expect(doc.header.agency.lines).toEqual(['BCH ĐOÀN TỈNH QUẢNG NGÃI']);
    expect(doc.header.nationalTitle).toBe('ĐOÀN TNCS HỒ CHÍ MINH');
    expect([doc.header.number, doc.header.symbol, doc.header.place]).toEqual(['12', 'KH/TĐTN-TG', 'Quảng Ngãi']);
  });

  it('is not an agency line in a linear copy, nor joined to the agency by one space', () => {
    for (const top of ['HỘI CỰU CHIẾN BINH TỈNH BẮC GIANG\nBAN THƯỜNG VỤ\nHỘI CỰU CHIẾN BINH VIỆT NAM', 'HỘI CỰU CHIẾN BINH TỈNH BẮC GIANG HỘI CỰU CHIẾN BINH VIỆT NAM\nBAN THƯỜNG VỤ']) {
      const doc = parseDocument(`${top}\nSố: 27/KH-CCB\nBắc Giang, ngày 06 tháng 3 năm 2024${BODY}`);
      expect(doc.header.agency.lines, top).toEqual(['HỘI CỰU CHIẾN BINH TỈNH BẮC GIANG', 'BAN THƯỜNG VỤ']);
    }
  });

  it('stays an agency line where it is the body itself, followed by its unit', () => {
    const doc = parseDocument(`BCH ĐOÀN TNCS HỒ CHÍ MINH\nTỈNH QUẢNG NGÃI\nSố: 12-KH/TĐTN\nQuảng Ngãi, ngày 06 tháng 3 năm 2024${BODY}`);
    expect(doc.header.agency.lines).toEqual(['BCH ĐOÀN TNCS HỒ CHÍ MINH', 'TỈNH QUẢNG NGÃI']);
  });
});

describe('the issuer of a document cited in an organisation report', () => {
  it('ends before `gắn với`', () => {
    const doc = parseDocument(`BCH ĐOÀN TỈNH QUẢNG NGÃI\nSố: 12-BC/TĐTN\nQuảng Ngãi, ngày 06 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả năm 2023\n\n1. Tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị gắn với nâng cao chất lượng sinh hoạt.`);
    expect(doc.references.map((r) => r.issuer)).toEqual(['Bộ Chính trị']);
  });
});
