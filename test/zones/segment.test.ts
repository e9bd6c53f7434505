/** `segment` on small documents: where each zone starts and ends. */
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/lines/index.js';
import { segment, type Range, type Zones } from '../../src/zones/index.js';

const zonesOf = (lines: string[]): Zones => segment(toLines(lines.join('\n'), { markdown: false }));
const texts = (zones: Zones, range: Range | null) => (range ? zones.lines.slice(range.start, range.end).map((l) => l.line.text) : null);
const textsAt = (zones: Zones, indices: readonly number[]) => indices.map((i) => zones.lines[i]?.line.text);

const HEADER = ['ỦY BAN NHÂN DÂN', 'HUYỆN TIÊN YÊN', 'Số: 215/UBND-VP', 'V/v tổ chức hội nghị', 'Tiên Yên, ngày 12 tháng 12 năm 2024'];
const BODY = ['Ủy ban nhân dân huyện đề nghị:', '1. Chuẩn bị báo cáo.', '2. Cử đại diện dự họp./.'];
const FOOTER = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Hùng'];

describe('segment', () => {
  it('header | Kính gửi: the header ends where the recipients label starts', () => {
    const zones = zonesOf([...HEADER, 'Kính gửi: Các phòng, ban thuộc UBND huyện.', ...BODY, ...FOOTER]);
    expect(texts(zones, zones.header)).toEqual(HEADER);
    expect(texts(zones, zones.recipients)).toEqual(['Kính gửi: Các phòng, ban thuộc UBND huyện.']);
    expect(textsAt(zones, zones.subject)).toEqual(['V/v tổ chức hội nghị']);
  });

  it('Kính gửi | body: a dash list of recipients ends at the first body line', () => {
    const zones = zonesOf([...HEADER, 'Kính gửi:', '- Phòng Nội vụ;', '- Phòng Tài chính.', ...BODY, ...FOOTER]);
    expect(texts(zones, zones.recipients)).toEqual(['Kính gửi:', '- Phòng Nội vụ;', '- Phòng Tài chính.']);
    expect(texts(zones, zones.body)?.[0]).toBe(BODY[0]);
  });

  it('Kính gửi | Đồng kính gửi | body', () => {
    const zones = zonesOf([...HEADER, 'Kính gửi: Sở Nội vụ.', 'Đồng kính gửi: Bộ Nội vụ.', ...BODY, ...FOOTER]);
    expect(texts(zones, zones.recipients)).toEqual(['Kính gửi: Sở Nội vụ.']);
    expect(texts(zones, zones.copyRecipients)).toEqual(['Đồng kính gửi: Bộ Nội vụ.']);
    expect(texts(zones, zones.body)).toEqual(BODY);
  });

  it('header | body without Kính gửi: a Quyết định body starts at its căn cứ', () => {
    const zones = zonesOf(['ỦY BAN NHÂN DÂN', 'Số: 12/QĐ-UBND', 'QUYẾT ĐỊNH', 'Về việc thành lập Tổ công tác', 'Căn cứ Luật Tổ chức chính quyền địa phương;', 'QUYẾT ĐỊNH:', 'Điều 1. Thành lập Tổ công tác.', ...FOOTER]);
    expect(zones.recipients).toBeNull();
    expect(texts(zones, zones.body)?.[0]).toBe('Căn cứ Luật Tổ chức chính quyền địa phương;');
  });

  it('body | Nơi nhận and signature: the body ends at the end mark, the footer splits into both', () => {
    const zones = zonesOf([...HEADER, 'Kính gửi: Sở Nội vụ.', ...BODY, ...FOOTER]);
    expect(texts(zones, zones.body)).toEqual(BODY);
    expect(textsAt(zones, zones.distribution)).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.']);
    expect(textsAt(zones, zones.signer)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Hùng']);
  });

  it('signature before Nơi nhận: both are found whatever their order', () => {
    const zones = zonesOf([...HEADER, 'Kính gửi: Sở Nội vụ.', ...BODY, 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Hùng', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.']);
    expect(textsAt(zones, zones.signer)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Hùng']);
    expect(textsAt(zones, zones.distribution)).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.']);
  });

  it('signature | annex: a PHỤ LỤC heading after the signature starts the annex', () => {
    const zones = zonesOf([...HEADER, 'Kính gửi: Sở Nội vụ.', ...BODY, ...FOOTER, 'PHỤ LỤC I', 'Danh sách đại biểu']);
    expect(texts(zones, zones.annex)).toEqual(['PHỤ LỤC I', 'Danh sách đại biểu']);
    expect(textsAt(zones, zones.signer)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Hùng']);
  });

  it('no header: the body starts at the first line', () => {
    const zones = zonesOf(['1. Chuẩn bị báo cáo.', '2. Cử đại diện dự họp.']);
    expect(zones.header).toEqual({ start: 0, end: 0 });
    expect(texts(zones, zones.body)).toEqual(['1. Chuẩn bị báo cáo.', '2. Cử đại diện dự họp.']);
    expect(zones.signer).toEqual([]);
    expect(zones.annex).toBeNull();
  });
});
