/** Where Nơi nhận ends when the signature is missing, and how a subject wraps: small documents. */
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/lines/index.js';
import { findTables } from '../../src/lines/markdown.js';
import { segment, type Zones } from '../../src/zones/index.js';

const zonesOf = (text: string, markdown = false): Zones => segment(toLines(text, { markdown, findTables }));
const textsAt = (zones: Zones, indices: readonly number[]) => indices.map((i) => zones.lines[i]?.line.text);

const HEADER = 'ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 88/QĐ-UBND\nGia Lai, ngày 03 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Công bố kèm theo Quyết định này thủ tục hành chính./.\n\n';

describe('the end of Nơi nhận', () => {
  it('is the end of its table when the signature was lost (an image the converter left out)', () => {
    const zones = zonesOf(
      `${HEADER}<table><tr><td><p>Nơi nhận:</p><p>- Như Điều 1;</p><p>- Lưu: VT.</p></td><td></td></tr></table>\n\nTHỦ TỤC HÀNH CHÍNH ĐƯỢC CÔNG BỐ\n\nThủ tục cấp giấy phép xây dựng nhà ở riêng lẻ.\n`,
      true,
    );
    expect(textsAt(zones, zones.distribution)).toEqual(['Nơi nhận:', '- Như Điều 1;', '- Lưu: VT.']);
    expect(zones.annex).not.toBeNull();
  });

  it('is the closed Lưu entry when no signer is read and a heading follows a blank line', () => {
    const zones = zonesOf(`${HEADER}Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\n\n\nTHỦ TỤC HÀNH CHÍNH ĐƯỢC CÔNG BỐ TRONG LĨNH VỰC XÂY DỰNG CỦA TỈNH\n`);
    expect(textsAt(zones, zones.distribution)).toEqual(['Nơi nhận:', '- Như Điều 1;', '- Lưu: VT.']);
  });

  it("is the closed Lưu entry when a portal's short lines follow it (a draft without its signer's name)", () => {
    const zones = zonesOf(`${HEADER}Nơi nhận:\n- Như Điều 1;\n- Lưu: VT, KGVX.\n\nÝ kiến góp ý (3)\nNguyễn Văn A - 03/12/2025: Đề nghị bổ sung tiêu chí.\n`);
    expect(textsAt(zones, zones.distribution)).toEqual(['Nơi nhận:', '- Như Điều 1;', '- Lưu: VT, KGVX.']);
  });

  it('keeps drafter initials after the closed Lưu entry', () => {
    const zones = zonesOf(`${HEADER}Nơi nhận:\n- Như Điều 1;\n- Lưu: VT, KGVX.\nH10\n`);
    expect(textsAt(zones, zones.distribution).at(-1)).toBe('H10');
  });

  it('goes on over an entry wrapped without a blank line while the Lưu entry is open', () => {
    const zones = zonesOf(`${HEADER}Nơi nhận:\n- Như Điều 1;\n- Lưu: VT, Sở Xây dựng, Sở Tư pháp, Văn phòng\nỦy ban nhân dân tỉnh.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhạm Văn Hòa\n`);
    expect(textsAt(zones, zones.distribution).at(-1)).toBe('Ủy ban nhân dân tỉnh.');
  });
});

describe('a subject wrapped at a dash', () => {
  it('goes on over `– Bảo Lộc` when the line above stops mid-phrase', () => {
    const zones = zonesOf('ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 41/TB-UBND\n\nTHÔNG BÁO\nKết luận về tiến độ giải phóng mặt bằng tuyến cao tốc Tân Phú\n– Bảo Lộc\n\nNgày 24/4/2026, Ủy ban nhân dân tỉnh đã kiểm tra.\n');
    expect(textsAt(zones, zones.subject)).toEqual(['Kết luận về tiến độ giải phóng mặt bằng tuyến cao tốc Tân Phú', '– Bảo Lộc']);
  });

  it('stops at a dash entry that ends like an entry', () => {
    const zones = zonesOf('ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 41/UBND-KT\nV/v triển khai kế hoạch\n- Sở Tài chính;\n\nỦy ban nhân dân tỉnh đề nghị.\n');
    expect(textsAt(zones, zones.subject)).toEqual(['V/v triển khai kế hoạch']);
  });
});
