/** Letters from before NĐ 30/2020 as archives hold them: older prefixes, labels and title blocks. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const HEADER = ['UỶ BAN NHÂN DÂN', 'TỈNH BẾN TRE', '-------', 'Số: 45/QĐ-UB', '', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC', '', 'Bến Tre, ngày 5 tháng 3 năm 2003', ''];
const BODY = ['', 'Căn cứ Luật Tổ chức HĐND và UBND ngày 21/6/1994;', '', 'QUYẾT ĐỊNH:', '', 'Điều 1. Thành lập Ban chỉ đạo.', '', 'Điều 2. Quyết định có hiệu lực kể từ ngày ký./.', ''];
const FOOTER = ['Nơi nhận:', '- Như Điều 2;', '- Lưu VP.', '', 'TM/ UBND TỈNH BẾN TRE', 'K/T CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn Sáu'];
const decision = (title: string[], footer = FOOTER) => parseDocument([...HEADER, ...title, ...BODY, ...footer].join('\n'));

describe('older title blocks', () => {
  it('reads the author line under the type as heading, the sentence-case trích yếu under it as subject', () => {
    const doc = decision(['QUYẾT ĐỊNH', 'CỦA CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH', 'Về việc thành lập Ban chỉ đạo phòng, chống lụt, bão', 'năm 2003']);
    expect(doc.header.documentType).toBe('Quyết định');
    expect(doc.header.subject).toBe('thành lập Ban chỉ đạo phòng, chống lụt, bão năm 2003');
  });

  it('does so with the author on the heading line and a V/v trích yếu', () => {
    expect(decision(['QUYẾT ĐỊNH CỦA UBND TỈNH BẾN TRE', 'V/v thành lập Ban chỉ đạo phòng, chống lụt, bão']).header.subject).toBe('thành lập Ban chỉ đạo phòng, chống lụt, bão');
  });

  it('does so with the trích yếu in a paragraph of its own (a web page)', () => {
    const doc = decision(['NGHỊ QUYẾT', '', 'CỦA HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE', 'KHOÁ VI - KỲ HỌP THỨ 3', '', 'Về nhiệm vụ phát triển kinh tế - xã hội năm 2000']);
    expect(doc.header.subject).toBe('nhiệm vụ phát triển kinh tế - xã hội năm 2000');
  });

  it('reads a heading whose letters a typewriter spaced out', () => {
    const doc = decision(['                 T H Ô N G   B Á O', '     V/v tuyển sinh vào lớp 10 năm học 1992 - 1993']);
    expect(doc.header.documentType).toBe('Thông báo');
    expect(doc.header.subject).toBe('tuyển sinh vào lớp 10 năm học 1992 - 1993');
  });

  it('reads the place and date under an `oOo` ornament', () => {
    const doc = parseDocument(['UỶ BAN NHÂN DÂN', 'XÃ TÂN PHƯỚC HƯNG', 'Số: 45/CV-UB', 'V/v: Xin kinh phí', '', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC', '-----o0o-----', '', 'Tân Phước Hưng, ngày 5 tháng 3 năm 1998', '', 'Kính gửi: UBND huyện.', '', 'Nội dung./.'].join('\n'));
    expect([doc.header.place, doc.header.date?.iso]).toEqual(['Tân Phước Hưng', '1998-03-05']);
  });
});

describe('older signatures and labels', () => {
  it('reads the prefixes written with a slash after them: TM/, KT/, TL/', () => {
    expect(decision(['QUYẾT ĐỊNH', 'Về việc thành lập Ban chỉ đạo']).signer).toMatchObject({ authority: 'TM', onBehalfOf: 'UBND TỈNH BẾN TRE', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Sáu' });
    const footer = ['Nơi nhận:', '- Như trên;', '- Lưu VT.', '', 'TL/ GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', '', 'Lê Văn Bảy'];
    expect(decision(['QUYẾT ĐỊNH', 'Về việc thành lập Ban chỉ đạo'], footer).signer).toMatchObject({ authority: 'TL', onBehalfOf: 'GIÁM ĐỐC', position: 'CHÁNH VĂN PHÒNG' });
  });

  it('reads a T/M whose M OCR read as IM', () => {
    const footer = ['Nơi nhận:', '- Như trên;', '- Lưu VT.', '', 'T/IM BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', '', 'Lê Văn Bảy'];
    expect(decision(['QUYẾT ĐỊNH', 'Về việc thành lập Ban chỉ đạo'], footer).signer).toMatchObject({ authority: 'TM', onBehalfOf: 'BAN THƯỜNG VỤ' });
  });

  it('leaves a professional title out of the name: Bs., KTS., KS.', () => {
    for (const title of ['Bs.', 'KTS.', 'KS.']) {
      const footer = ['Nơi nhận:', '- Như trên;', '- Lưu VT.', '', 'KT/ GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', `${title} Võ Thị Ngọc Hạnh`];
      expect(decision(['QUYẾT ĐỊNH', 'Về việc thành lập Ban chỉ đạo'], footer).signer, title).toMatchObject({ position: 'PHÓ GIÁM ĐỐC', name: 'Võ Thị Ngọc Hạnh' });
    }
  });

  it('reads `Nơi gửi:` as the Nơi nhận label and `Gửi:` as the Kính gửi label', () => {
    const doc = parseDocument(
      ['SỞ GIÁO DỤC', 'Số: 12/CV-GD', 'V/v tuyển sinh', '', 'Đồng Nai, ngày 5 tháng 3 năm 1992', '', 'Gửi: - Các phòng Giáo dục huyện;', '      - Các trường PTTH.', '', 'Sở hướng dẫn như sau./.', '', 'Nơi gửi :                                K/T GIÁM ĐỐC', '- Như trên;                                PHÓ GIÁM ĐỐC', '- Lưu VP Sở.', '', '                                          Trần Văn Tư'].join('\n'),
    );
    expect(doc.recipients).toEqual(['Các phòng Giáo dục huyện', 'Các trường PTTH']);
    expect(doc.distribution.map((d) => d.text)).toEqual(['Như trên', 'Lưu VP Sở']);
    expect(doc.signer).toMatchObject({ authority: 'KT', position: 'PHÓ GIÁM ĐỐC', name: 'Trần Văn Tư' });
  });
});

describe('older citations', () => {
  it('ends the issuer at a comma when the cited document is not a joint one', () => {
    const doc = decision(['QUYẾT ĐỊNH', 'Về việc thành lập Ban chỉ đạo']);
    expect(doc.references).toEqual([]);
    const cited = parseDocument(['BỘ TÀI CHÍNH', 'Số: 12/BTC-NS', 'V/v báo cáo', '', 'Hà Nội, ngày 5 tháng 3 năm 2007', '', 'Kính gửi: Các Sở Tài chính.', '', 'Thực hiện Công văn số 8820/BKH-TH ngày 20/12/2006 của Bộ Kế hoạch và Đầu tư, Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn các Sở báo cáo như sau./.'].join('\n'));
    expect(cited.references.map((r) => r.issuer)).toEqual(['Bộ Kế hoạch và Đầu tư']);
  });
});
