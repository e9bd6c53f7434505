/** Kính gửi and Nơi nhận lists, by example. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { parseArchive } from '../../src/extract/distribution.js';

const head = 'Số: 15/UBND-VX\nV/v thử nghiệm\n\n';

describe('Kính gửi', () => {
  it('reads a single recipient on the label line', () => {
    expect(parseDocument(`${head}Kính gửi: Sở Tài chính.\n\nNội dung./.`).recipients).toEqual(['Sở Tài chính']);
  });

  it('reads a dash list that starts on the label line', () => {
    const doc = parseDocument(`${head}Kính gửi: - Các sở, ban, ngành;\n- UBND các huyện.\n\nNội dung./.`);
    expect(doc.recipients).toEqual(['Các sở, ban, ngành', 'UBND các huyện']);
  });

  it('joins a recipient wrapped onto the next line', () => {
    const doc = parseDocument(`${head}Kính gửi:\n- Các cơ quan chuyên môn, cơ quan hành chính khác\nthuộc Ủy ban nhân dân tỉnh;\n- Ủy ban nhân dân các xã.\n\nNội dung./.`);
    expect(doc.recipients).toEqual(['Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân các xã']);
  });

  it('does not take a citizen’s address line for another recipient', () => {
    const doc = parseDocument(`${head}Kính gửi: Bà Trần Thị Cúc\nĐịa chỉ: thôn 2, xã Hòa Bình.\n\nTrả lời đơn của bà, Sở có ý kiến như sau:`);
    expect(doc.recipients).toEqual(['Bà Trần Thị Cúc']);
  });

  it('adds the Đồng kính gửi entries after the Kính gửi ones', () => {
    const doc = parseDocument(`${head}Kính gửi: - Các huyện ủy,\n- Các đảng ủy trực thuộc.\nĐồng kính gửi: - Đảng đoàn HĐND tỉnh.\n\nNội dung./.`);
    expect(doc.recipients).toEqual(['Các huyện ủy', 'Các đảng ủy trực thuộc', 'Đảng đoàn HĐND tỉnh']);
    expect(doc.copyRecipients).toEqual(['Đảng đoàn HĐND tỉnh']);
  });
});

describe('Nơi nhận', () => {
  const footer = (lines: string) => parseDocument(`${head}Kính gửi: Sở Y tế.\n\nNội dung./.\n\nNơi nhận:\n${lines}\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Tám`).distribution;

  it('keeps unit codes that spell a prefix (KT, TL) inside their entry', () => {
    expect(footer('- Như trên;\n- Các Cục: QLXDCT, TL, KTTV;\n- Lưu: VT, KT, TH.').map((e) => e.text)).toEqual(['Như trên', 'Các Cục: QLXDCT, TL, KTTV', 'Lưu: VT, KT, TH']);
    const cell = parseDocument(`${head}Kính gửi: Sở Y tế.\n\nNội dung./.\n\n| **Nơi nhận:**<br>- Như trên;<br>- Các Cục: QLXDCT, TL, KTTV;<br>- Lưu: VT, TL (02b). | **KT. BỘ TRƯỞNG**<br>**THỨ TRƯỞNG**<br><br>**Phùng Đức Bảo** |\n|---|---|`);
    expect(cell.distribution.map((e) => e.text)).toEqual(['Như trên', 'Các Cục: QLXDCT, TL, KTTV', 'Lưu: VT, TL (02b)']);
    expect(cell.signer).toMatchObject({ authority: 'KT', onBehalfOf: 'BỘ TRƯỞNG', position: 'THỨ TRƯỞNG' });
  });

  it('keeps the drafter\'s initials and copies after the archive entry (Lưu: VT, TM; H10.)', () => {
    expect(footer('- Như trên;\n- Lưu: VT, TM; H10.').map((e) => e.text)).toEqual(['Như trên', 'Lưu: VT, TM; H10']);
  });

  it('keeps an entry whose names a dash joins whole', () => {
    const entries = footer('- Cục Kiểm soát TTHC - VPCP;\n- TT. Tỉnh ủy - HĐND tỉnh;\n- Lưu: VT.');
    expect(entries.map((e) => e.text)).toEqual(['Cục Kiểm soát TTHC - VPCP', 'TT. Tỉnh ủy - HĐND tỉnh', 'Lưu: VT']);
  });

  it('reads entries, their purpose, + sub-entries and the Lưu entry', () => {
    const entries = footer('- Như trên;\n- UBND tỉnh (để b/c);\n- Văn phòng UBND tỉnh:\n+ LĐVP, TH;\n- Lưu: VT, VX (2b).');
    expect(entries.map((e) => e.text)).toEqual(['Như trên', 'UBND tỉnh (để b/c)', 'Văn phòng UBND tỉnh', 'LĐVP, TH', 'Lưu: VT, VX (2b)']);
    expect(entries[1]?.purpose).toBe('để b/c');
    expect(entries[3]?.level).toBe(1);
    expect(entries[4]?.archive).toEqual({ units: ['VT', 'VX'], copies: 2 });
  });

  it('splits a flattened cell `- A; - B; - Lưu: VT.`', () => {
    const doc = parseDocument(`${head}Nội dung./.\n\n| Nơi nhận: - Như trên; - Sở Nội vụ; - Lưu: VT. | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Văn Tám |\n|---|---|\n`);
    expect(doc.distribution.map((e) => e.text)).toEqual(['Như trên', 'Sở Nội vụ', 'Lưu: VT']);
  });

  it('keeps Party entries that end with commas and wrap', () => {
    const entries = footer('- Các đồng chí Ủy viên\nBan Chấp hành Đảng bộ tỉnh,\n- Lưu Văn phòng Tỉnh ủy.');
    expect(entries.map((e) => e.text)).toEqual(['Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh', 'Lưu Văn phòng Tỉnh ủy']);
  });
});

describe('parseArchive', () => {
  it('decomposes the Lưu entry', () => {
    expect(parseArchive('Lưu: VT, TCCB')).toEqual({ units: ['VT', 'TCCB'], copies: null });
    expect(parseArchive('Lưu: VT, HC (2).')).toEqual({ units: ['VT', 'HC'], copies: 2 });
    expect(parseArchive('Lưu VT, NVA 05b')).toEqual({ units: ['VT', 'NVA 05b'], copies: 5 });
  });
});
