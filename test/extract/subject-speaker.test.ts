/** The trích yếu of a thông báo kết luận: the speaker belongs to the heading, by example. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const party = (heading: string) =>
  ['TỈNH ỦY HÀ NAM                    ĐẢNG CỘNG SẢN VIỆT NAM', '      *              Hà Nam, ngày 05 tháng 8 năm 2025', 'Số 125-TB/TU', '', heading, '', 'Ngày 01/8/2025, đồng chí Bí thư Tỉnh ủy đã làm việc với Đảng ủy xã.', '1- Đánh giá chung./.'].join('\n');
const subject = (text: string) => parseDocument(text).header.subject;

describe('a Party thông báo kết luận', () => {
  it('leaves the speaker line to the heading when the subject is in lower case', () => {
    expect(subject(party('THÔNG BÁO KẾT LUẬN\nCỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY\ntại buổi làm việc với Đảng ủy xã Kim Bảng'))).toBe('tại buổi làm việc với Đảng ủy xã Kim Bảng');
  });

  it('leaves the speaker to the heading when the heading names it on its own line', () => {
    expect(subject(party('THÔNG BÁO KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY\ntại buổi làm việc với Đảng ủy xã Kim Bảng'))).toBe('tại buổi làm việc với Đảng ủy xã Kim Bảng');
  });

  it('reads a title block set as separate paragraphs, as a Word file has it', () => {
    expect(subject(party('THÔNG BÁO KẾT LUẬN\n\nCỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY\n\nTẠI BUỔI LÀM VIỆC VỚI BAN THƯỜNG VỤ HUYỆN ỦY YÊN MINH'))).toBe('TẠI BUỔI LÀM VIỆC VỚI BAN THƯỜNG VỤ HUYỆN ỦY YÊN MINH');
    expect(subject(party('THÔNG BÁO\n\nCỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY\n\nTẠI BUỔI LÀM VIỆC VỚI BAN THƯỜNG VỤ HUYỆN ỦY YÊN MINH'))).toBe('TẠI BUỔI LÀM VIỆC VỚI BAN THƯỜNG VỤ HUYỆN ỦY YÊN MINH');
  });

  it('keeps a conclusion of a committee, which says more than who spoke', () => {
    expect(subject(party('THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề công tác chuyển đổi số'))).toBe('KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY về công tác chuyển đổi số');
  });
});

describe('a state thông báo', () => {
  it('keeps a trích yếu that itself reads "Kết luận của … tại cuộc họp …"', () => {
    const text = [
      'ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN KIM BẢNG                  Độc lập - Tự do - Hạnh phúc',
      'Số: 11/TB-UBND            Kim Bảng, ngày 03 tháng 4 năm 2024',
      '',
      'THÔNG BÁO',
      'Kết luận của Phó Chủ tịch UBND huyện tại cuộc họp về giải phóng mặt bằng',
      '',
      'Ngày 01/4/2024, Phó Chủ tịch UBND huyện chủ trì cuộc họp./.',
    ].join('\n');
    expect(subject(text)).toBe('Kết luận của Phó Chủ tịch UBND huyện tại cuộc họp về giải phóng mặt bằng');
  });
});

describe('a Party title naming its author', () => {
  it('starts the subject where the capitals of the author line end', () => {
    expect(subject(party('KẾ HOẠCH\nCỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ\ntổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027'))).toBe('tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027');
  });

  it('leaves the conference that adopted a resolution to the heading', () => {
    expect(subject(party('NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ 21 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XX\nvề đẩy mạnh chuyển đổi số'))).toBe('đẩy mạnh chuyển đổi số');
  });

  it('keeps a subject in capitals that no author line precedes', () => {
    expect(subject(party('KẾ HOẠCH\nTỔ CHỨC ĐẠI HỘI CHI BỘ TRỰC THUỘC\nnhiệm kỳ 2025 - 2027'))).toBe('TỔ CHỨC ĐẠI HỘI CHI BỘ TRỰC THUỘC nhiệm kỳ 2025 - 2027');
  });
});
