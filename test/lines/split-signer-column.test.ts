/** A narrow gap splits a Nơi nhận entry from the signer's column when each side fits its column, by example. */
import { describe, expect, it } from 'vitest';
import { splitCells } from '../../src/lines/split.js';

const cells = (raw: string) => splitCells(raw, { pipes: false }).map((c) => [c.text, c.column]);

describe('an entry beside the signer, four spaces apart', () => {
  it('splits off a position in capitals', () => {
    expect(cells('- Văn phòng Tỉnh ủy, Văn phòng Đoàn    PHÓ CHỦ TỊCH')).toEqual([
      ['- Văn phòng Tỉnh ủy, Văn phòng Đoàn', 0],
      ['PHÓ CHỦ TỊCH', 1],
    ]);
  });

  it("splits off the signer's name after the Lưu entry", () => {
    expect(cells('- Lưu: VT, NVY.    Phan Văn Tường')).toEqual([
      ['- Lưu: VT, NVY.', 0],
      ['Phan Văn Tường', 1],
    ]);
  });

  it('keeps a line whose left side is not a list entry', () => {
    expect(cells('đề nghị Ủy ban nhân dân    Phan Văn Tường')).toEqual([['đề nghị Ủy ban nhân dân    Phan Văn Tường', 0]]);
  });

  it('keeps an entry whose right side is more text of the entry', () => {
    expect(cells('- Sở Tài chính,    Sở Kế hoạch và Đầu tư;')).toEqual([['- Sở Tài chính,    Sở Kế hoạch và Đầu tư;', 0]]);
  });
});

describe('the signer beside an entry, as markdown writes it', () => {
  it('splits off a bold name after a narrow gap, pandoc’s hard break and all', () => {
    expect(cells('  - Báo, tạp chí, nhà xuất bản trực   **Bùi Văn Thạch**\\')).toEqual([
      ['- Báo, tạp chí, nhà xuất bản trực', 0],
      ['**Bùi Văn Thạch**\\', 1],
    ]);
  });
});
