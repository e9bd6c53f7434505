/** Documents as web portals and document databases print them: their own lines around the letter. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const LETTER = ['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 125/QĐ-UBND', 'Tây Ninh, ngày 10 tháng 02 năm 2025', 'QUYẾT ĐỊNH', 'Phê duyệt danh mục dự án kêu gọi đầu tư', '', 'Điều 1. Phê duyệt Danh mục 36 dự án.', '', 'Điều 2. Quyết định có hiệu lực từ ngày ký./.'].join('\n');
const headerOf = (text: string) => {
  const { header } = parseDocument(text);
  return { agency: header.agency.lines, number: header.number, date: header.date?.iso ?? null, subject: header.subject };
};
const EXPECTED = { agency: ['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH'], number: '125', date: '2025-02-10', subject: 'Phê duyệt danh mục dự án kêu gọi đầu tư' };

describe('the header behind a publisher page', () => {
  it('starts after a list of metadata fields', () => {
    expect(headerOf(`- **Số ký hiệu:** 125/QĐ-UBND\n- **Ngày ban hành:** 12/02/2025\n\n${LETTER}`)).toEqual(EXPECTED);
  });

  it('starts after a title in capitals and metadata lines', () => {
    expect(headerOf(`QUYẾT ĐỊNH 125/QĐ-UBND NĂM 2025 PHÊ DUYỆT DANH MỤC DỰ ÁN\nSố hiệu: 125/QĐ-UBND\nLoại văn bản: Quyết định\nĐăng lúc 08:30 - 12/02/2025\n${LETTER}`)).toEqual(EXPECTED);
  });

  it("starts after the portal's name and its breadcrumbs", () => {
    expect(headerOf(`CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH\nTrang chủ > Văn bản > Quyết định\n${LETTER}`)).toEqual(EXPECTED);
  });

  it('starts after a table of metadata', () => {
    expect(headerOf(`| Số hiệu | 125/QĐ-UBND | Ngày ban hành | 12/02/2025 |\n|---|---|---|---|\n| Loại văn bản | Quyết định | Người ký | Huỳnh Văn Sơn |\n\n${LETTER}`)).toEqual(EXPECTED);
  });
});

describe('running page chrome', () => {
  const page = (n: number) => [`Cơ sở dữ liệu văn bản - UBND tỉnh Tây Ninh           vanban.tayninh.gov.vn`, `Quyết định 125/QĐ-UBND                                  Trang ${n}/2`];
  it('leaves a header and footer repeated on every page out of the Nơi nhận list, and says so', () => {
    const text = [...page(1), LETTER.replace('Điều 2. Quyết định có hiệu lực từ ngày ký./.', 'Điều 2. Quyết định có hiệu lực từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- CT, các PCT UBND tỉnh;'), '', 'vanban.tayninh.gov.vn - Bản in ngày 12/02/2025', '', ...page(2), '- Lưu: VT.', '', 'CHỦ TỊCH', '', 'Nguyễn Văn Hùng', '', 'vanban.tayninh.gov.vn - Bản in ngày 12/02/2025'].join('\n');
    const doc = parseDocument(text);
    expect(doc.distribution.map((d) => d.text)).toEqual(['Như Điều 2', 'CT, các PCT UBND tỉnh', 'Lưu: VT']);
    expect(doc.header.number).toBe('125');
    const chrome = doc.diagnostics.filter((d) => d.ruleId === 'document/page-chrome').map((d) => d.message.split('"')[1]);
    expect(chrome).toContain('vanban.tayninh.gov.vn - Bản in ngày 12/02/2025');
    expect(chrome).toContain('Trang 2/2');
  });

  it('keeps a header an annex repeats: the document repeats it, not the pages', () => {
    const annex = `${LETTER}\n\nCHỦ TỊCH\n\nNguyễn Văn Hùng\n\n2\n\nỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUY CHẾ\nHoạt động của Ban chỉ đạo`;
    const doc = parseDocument(annex);
    expect(doc.header.agency.lines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH']);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('document/page-chrome');
  });
});

describe('a header line with no gap between its columns', () => {
  it("splits the agency's capitals from the place and date", () => {
    const doc = parseDocument('ĐẢNG BỘ TỈNH CAO BẰNG ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ HÒA AN Hòa An, ngày 20 tháng 10 năm 2025\n*\nSố 41-KH/ĐU\nKẾ HOẠCH\nnghiên cứu, quán triệt Nghị quyết Đại hội\n\nI- MỤC ĐÍCH\nNắm vững nội dung.');
    expect(doc.header.agency.lines).toEqual(['ĐẢNG BỘ TỈNH CAO BẰNG', 'ĐẢNG ỦY XÃ HÒA AN']);
    expect([doc.header.place, doc.header.date?.iso]).toEqual(['Hòa An', '2025-10-20']);
  });
});

describe('a portal page after the Nơi nhận list', () => {
  it('leaves `[daky]` beside an entry to the signature and ends the list before the page\'s links', () => {
    const doc = parseDocument(
      `${LETTER}\n\nNơi nhận:                                T/M ĐẢNG ỦY\n- Ban Thường vụ Tỉnh ủy (b/c),          BÍ THƯ\n- Ban Tuyên giáo Tỉnh ủy (b/c), [daky]\n- Lưu Văn phòng Đảng ủy. Nông Thị Hạnh\nTải về: 41-KH-DU.pdf\nCác văn bản khác:\nBản quyền thuộc Đảng ủy xã Hòa An, tỉnh Cao Bằng`,
    );
    expect(doc.distribution.map((d) => d.text)).toEqual(['Ban Thường vụ Tỉnh ủy (b/c)', 'Ban Tuyên giáo Tỉnh ủy (b/c)', 'Lưu Văn phòng Đảng ủy']);
    expect(doc.signer).toMatchObject({ authority: 'TM', position: 'BÍ THƯ', name: 'Nông Thị Hạnh' });
  });
});
