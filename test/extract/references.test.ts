import { describe, expect, it } from 'vitest';

import { extractReferences, type ReferenceMatch } from '../../src/extract/references/index.js';
import { defined } from '../helpers/defined.js';

/** The scored part of a reference: type, code, date, issuer. */
const brief = (r: ReferenceMatch) => ({ type: r.type, code: r.code, date: r.date, issuer: r.issuer });
const briefs = (text: string, exclude: string[] = []) => extractReferences(text, { exclude }).map(brief);

describe('extractReferences: the canonical citation', () => {
  it('reads type, code, date, issuer and subject of `<Loại> số <code> ngày <d/m/y> của <cơ quan> về việc …`', () => {
    const text =
      'Thực hiện Công văn số 512/UBND-NC ngày 3/9/2023 của Ủy ban nhân dân huyện về việc rà soát hồ sơ đất đai. Phòng Tài nguyên đề nghị:';
    const [ref] = extractReferences(text);
    expect(ref).toMatchObject({
      type: 'Công văn',
      code: '512/UBND-NC',
      date: '2023-09-03',
      issuer: 'Ủy ban nhân dân huyện',
      subject: 'rà soát hồ sơ đất đai',
    });
    expect(ref!.raw).toBe('Công văn số 512/UBND-NC ngày 3/9/2023 của Ủy ban nhân dân huyện');
    expect(text.slice(ref!.start, ref!.end)).toBe(ref!.raw);
    expect(ref!.mentions).toEqual([{ start: ref!.start, end: ref!.end, raw: ref!.raw }]);
  });

  it('keeps only the month of an impossible date (OCR `31/02`)', () => {
    expect(briefs('Căn cứ Công văn số 512/UBND-NC ngày 31/02/2023 của UBND huyện.')[0]?.date).toBe('2023-02');
  });

  it('accepts a comma before `ngày` and a date written in words', () => {
    expect(briefs('Căn cứ Kế hoạch số 40/KH-SYT, ngày 15 tháng 7 năm 2022 của Sở Y tế;')).toEqual([
      { type: 'Kế hoạch', code: '40/KH-SYT', date: '2022-07-15', issuer: 'Sở Y tế' },
    ]);
  });

  it('reads Party dates `11-02-2004`, dotted dates `08.5.2021` and OCR spaces `04 /5/2021`', () => {
    expect(briefs('Theo Quy định số 72-QĐ/TW, ngày 11-02-2004 của Bộ Chính trị (khóa IX).')[0]?.date).toBe('2004-02-11');
    expect(briefs('Thực hiện Kế hoạch số 14-KH/TU ngày 08.5.2021 của Tỉnh ủy.')[0]?.date).toBe('2021-05-08');
    expect(briefs('theo công văn số 90/MTTQ-BTT ngày 04 /5/2021 của Ban Thường trực;')[0]?.date).toBe('2021-05-04');
  });

  it('reads the two-digit year of an old letter, and the issuer after it', () => {
    expect(briefs('Thực hiện Công văn số 45/CV-TC ngày 12/02/98 của Sở Tài chính, UBND huyện báo cáo.')).toEqual([
      { type: 'Công văn', code: '45/CV-TC', date: '1998-02-12', issuer: 'Sở Tài chính' },
    ]);
  });

  it('keeps a partial date when the day is blank', () => {
    expect(briefs('Căn cứ Thông báo số 3/TB-UBND ngày   tháng 7 năm 2022 của UBND xã;')[0]?.date).toBe('2022-07');
  });

  it('recognises type names in any case and `Số:` with a colon', () => {
    expect(briefs('CĂN CỨ CÔNG VĂN SỐ 77/SNV-TCBM NGÀY 2/2/2022 CỦA SỞ NỘI VỤ VỀ VIỆC TUYỂN DỤNG')).toEqual([
      { type: 'Công văn', code: '77/SNV-TCBM', date: '2022-02-02', issuer: 'SỞ NỘI VỤ' },
    ]);
    expect(briefs('Thực hiện Quyết định số: 301/QĐ-SGD&ĐT ngày 5/9/2020 của Sở GD&ĐT tỉnh;')).toEqual([
      { type: 'Quyết định', code: '301/QĐ-SGD&ĐT', date: '2020-09-05', issuer: 'Sở GD&ĐT tỉnh' },
    ]);
  });

  it('accepts a type followed directly by an unmistakable code (no `số`)', () => {
    expect(briefs('Thực hiện Quyết định 1234/QĐ-TTg ngày 1/8/2024 của Thủ tướng Chính phủ.')).toEqual([
      { type: 'Quyết định', code: '1234/QĐ-TTg', date: '2024-08-01', issuer: 'Thủ tướng Chính phủ' },
    ]);
  });

  it('follows a citation wrapped over several lines', () => {
    const text = 'Căn cứ Nghị định số\n45/2021/NĐ-CP ngày 31/3/2021 của Chính\nphủ quy định chi tiết một số điều;';
    const [ref] = extractReferences(text);
    expect(brief(ref!)).toEqual({ type: 'Nghị định', code: '45/2021/NĐ-CP', date: '2021-03-31', issuer: 'Chính phủ' });
    expect(ref!.raw).toBe('Nghị định số\n45/2021/NĐ-CP ngày 31/3/2021 của Chính\nphủ');
    expect(ref!.subject).toBe('quy định chi tiết một số điều');
  });

  it('finds a type name itself wrapped over a line break', () => {
    expect(briefs('(Báo\ncáo số 12-BC/TU, ngày 3/3/2024)')[0]?.type).toBe('Báo cáo');
  });
});

describe('extractReferences: codes', () => {
  it('removes OCR spaces inside codes', () => {
    const text =
      'Thực hiện Công văn số 1402 - CV/BTGTU ngày 1/6/2022 của Ban Tuyên giáo Tỉnh ủy; công văn số 57/MTTQ- BTT ngày 2/6/2022 và công văn số 61 /MTTQ - BTT ngày 9/6/2022 của Ban Thường trực.';
    expect(extractReferences(text).map((r) => r.code)).toEqual(['1402-CV/BTGTU', '57/MTTQ-BTT', '61/MTTQ-BTT']);
  });

  it('reads Party codes, joint-issuer Party codes and legal codes', () => {
    const text =
      'Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; Kế hoạch số 14-KH/BTGTU-BDVTU ngày 2/3/2021 của Ban Tuyên giáo Tỉnh ủy; Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ;';
    expect(briefs(text)).toEqual([
      { type: 'Chỉ thị', code: '05-CT/TW', date: '2016-05-15', issuer: 'Bộ Chính trị' },
      { type: 'Kế hoạch', code: '14-KH/BTGTU-BDVTU', date: '2021-03-02', issuer: 'Ban Tuyên giáo Tỉnh ủy' },
      { type: 'Thông tư', code: '01/2011/TT-BNV', date: '2011-01-19', issuer: 'Bộ Nội vụ' },
    ]);
  });

  it('reads old codes (`118/TTg`), codes without a leading number and mixed-case groups', () => {
    expect(briefs('theo Quyết định số 64/TTg ngày 3/2/1995 của Thủ tướng Chính phủ;')[0]?.code).toBe('64/TTg');
    expect(briefs('Cục Thuế nhận được văn bản số CV/05HTX ngày 12/5/2020 của Hợp tác xã Hòa Bình.')[0]).toEqual({
      type: 'Văn bản',
      code: 'CV/05HTX',
      date: '2020-05-12',
      issuer: 'Hợp tác xã Hòa Bình',
    });
  });

  it('types a law by the word before its name: `Luật <tên> số …/QHnn`', () => {
    const text = 'Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13; Luật số 65/2020/QH14 sửa đổi, bổ sung một số điều;';
    expect(briefs(text)).toEqual([
      { type: 'Luật', code: '57/2014/QH13', date: null, issuer: null },
      { type: 'Luật', code: '65/2020/QH14', date: null, issuer: null },
    ]);
    expect(defined(extractReferences(text)[0]).raw).toBe('Luật Tổ chức Quốc hội số 57/2014/QH13');
  });

  it('reads a law whose name has a comma: `Luật Phòng, chống tham nhũng số …/QHnn`', () => {
    const text = 'Căn cứ Luật Phòng, chống tham nhũng số 36/2018/QH14 ngày 20 tháng 11 năm 2018;\nCăn cứ Luật Cán bộ,\ncông chức số 22/2008/QH12;';
    expect(briefs(text)).toEqual([
      { type: 'Luật', code: '36/2018/QH14', date: '2018-11-20', issuer: null },
      { type: 'Luật', code: '22/2008/QH12', date: null, issuer: null },
    ]);
    expect(defined(extractReferences(text)[0]).raw).toBe('Luật Phòng, chống tham nhũng số 36/2018/QH14 ngày 20 tháng 11 năm 2018');
    // a comma before another document ends the law's name
    expect(briefs('Căn cứ Luật Ngân sách nhà nước, các nghị quyết số 12/2020/QH14;')[0]?.type).toBe('Nghị quyết');
    expect(briefs('Căn cứ Luật Đầu tư, Hiệp định số 05/2018/HĐ-BQP ngày 4/4/2018;')[0]?.type).toBe('Hiệp định');
  });

  it('takes an unknown capitalised type before `số` when the code is unmistakable', () => {
    expect(briefs('Căn cứ Hiệp định số 05/2018/HĐ-BQP ngày 4/4/2018 giữa hai bên.')[0]).toMatchObject({
      type: 'Hiệp định',
      code: '05/2018/HĐ-BQP',
    });
  });

  it('keeps an OCR-truncated Party code after `<Loại> số`, and completes it from a later full code', () => {
    expect(briefs('Quyết định số 23-QĐ về việc ban hành quy chế công tác')[0]?.code).toBe('23-QĐ');
    const [ref] = extractReferences('thực hiện Chỉ thị số 33/CT Chính phủ về tăng cường …; Quy chế công 33/CT-TTg;');
    expect(ref).toMatchObject({ type: 'Chỉ thị', code: '33/CT-TTg' });
    expect(ref!.mentions.map((m) => m.raw)).toEqual(['Chỉ thị số 33/CT', '33/CT-TTg']);
  });
});

describe('extractReferences: lists', () => {
  it('gives each `số` of a list the list’s type and shares the issuer written once', () => {
    const text =
      'Căn cứ các Quyết định số 45/QĐ-UBND ngày 2/3/2021, số 46/QĐ-UBND ngày 5/3/2021 của Chủ tịch UBND huyện về việc kiện toàn Ban chỉ đạo;';
    expect(briefs(text)).toEqual([
      { type: 'Quyết định', code: '45/QĐ-UBND', date: '2021-03-02', issuer: 'Chủ tịch UBND huyện' },
      { type: 'Quyết định', code: '46/QĐ-UBND', date: '2021-03-05', issuer: 'Chủ tịch UBND huyện' },
    ]);
  });

  it('reads `<Loại> số A và số B`', () => {
    expect(briefs('Thực hiện Nghị định số 15/2019/NĐ-CP và số 16/2019/NĐ-CP của Chính phủ, Sở hướng dẫn:')).toEqual([
      { type: 'Nghị định', code: '15/2019/NĐ-CP', date: null, issuer: 'Chính phủ' },
      { type: 'Nghị định', code: '16/2019/NĐ-CP', date: null, issuer: 'Chính phủ' },
    ]);
  });

  it('reads `<Loại> số A … và <Loại> số B …` with their own issuers', () => {
    const text =
      'Thực hiện Công văn số 71/BNV-TCBC ngày 3/1/2025 của Bộ Nội vụ và Công văn số 12/SNV-CCVC ngày 9/1/2025 của Sở Nội vụ về việc rà soát biên chế;';
    expect(briefs(text)).toEqual([
      { type: 'Công văn', code: '71/BNV-TCBC', date: '2025-01-03', issuer: 'Bộ Nội vụ' },
      { type: 'Công văn', code: '12/SNV-CCVC', date: '2025-01-09', issuer: 'Sở Nội vụ' },
    ]);
  });
});

describe('extractReferences: issuers', () => {
  it.each([
    ['Công văn số 8-CV/BTGTU ngày 1/7/2022 của Ban Tuyên giáo Tỉnh ủy tăng cường tuyên truyền phòng dịch', 'Ban Tuyên giáo Tỉnh ủy'],
    ['Kế hoạch số 9/KH-UBND ngày 2/4/2022 của UBND tỉnh phòng, chống dịch COVID-19 trên địa bàn', 'UBND tỉnh'],
    ['Kết luận số 3-KL/TW ngày 1/1/2025 của Ban Chấp hành Trung ương Đảng khóa XIII về tổ chức bộ máy', 'Ban Chấp hành Trung ương Đảng khóa XIII'],
    ['Nghị định số 11/2020/NĐ-CP ngày 20/1/2020 của Chính phủ quy định thủ tục hành chính', 'Chính phủ'],
    ['Quyết định số 7/QĐ-UBND ngày 3/1/2024 của UBND tỉnh giao chỉ tiêu biên chế;', 'UBND tỉnh'],
    ['Thông báo số 1/TB-BNG ngày 2/2/2022 của Bộ Ngoại\ngiao thông báo về việc gia nhập', 'Bộ Ngoại giao'],
    ['Công văn số 9/BCĐ ngày 1/2/2021 của Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh về việc cách ly', 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh'],
    ['Quy định số 72-QĐ/TW, ngày 11-02-2004 của Bộ Chính trị (khóa IX) về kiểm tra', 'Bộ Chính trị'],
    ['Công văn số 55/UBND ngày 3/4/2021 của UBND TP. Hồ Chí Minh.', 'UBND TP. Hồ Chí Minh'],
    ['Hướng dẫn số 4-HD/BTCTW, ngày 2/10/2025 của Ban Tổ chức Trung ương “Về công tác cán bộ”', 'Ban Tổ chức Trung ương'],
  ])('stops the issuer at the trích yếu: %s', (text, issuer) => {
    expect(extractReferences(text)[0]?.issuer).toBe(issuer);
  });

  it('ignores `của` that names an amended law, not an issuer', () => {
    expect(briefs('Luật số 97/2025/QH15, ngày 27/6/2025 về sửa đổi, bổ sung một số điều của Luật Công đoàn;')[0]?.issuer).toBeNull();
  });

  it('takes the issuer from `của X tại <Loại> số …`, and for the rest of the chain', () => {
    expect(briefs('Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 210/TTr-STC ngày 2/12/2025;')).toEqual([
      { type: 'Tờ trình', code: '210/TTr-STC', date: '2025-12-02', issuer: 'Giám đốc Sở Tài chính' },
    ]);
    const chain =
      'Đồng ý với ý kiến của Sở Tư pháp tại Công văn số 10/STP-XDVB ngày 1/2/2024 về việc góp ý dự thảo gửi UBND tỉnh và Công văn số 11/STP-XDVB ngày 5/2/2024 trả lời kiến nghị của ông Nguyễn Văn A.';
    expect(briefs(chain).map((r) => r.issuer)).toEqual(['Sở Tư pháp', 'Sở Tư pháp']);
  });

  it('takes date and issuer from a sentence that opens with the date', () => {
    expect(briefs('Ngày 12 tháng 3 năm 2024, Bộ Tài chính đã ban hành Thông tư số 19/2024/TT-BTC hướng dẫn thu phí.')).toEqual([
      { type: 'Thông tư', code: '19/2024/TT-BTC', date: '2024-03-12', issuer: 'Bộ Tài chính' },
    ]);
    expect(briefs('Ngày 5/6/2023, Chủ tịch Ủy ban nhân dân\ntỉnh ban hành Công văn số 880/UBND-KT về việc …')).toEqual([
      { type: 'Công văn', code: '880/UBND-KT', date: '2023-06-05', issuer: 'Chủ tịch Ủy ban nhân dân tỉnh' },
    ]);
    expect(briefs('Ngày 7/8/2023, UBND huyện đã có Công văn số 91/UBND-VP gửi các xã.')[0]).toMatchObject({
      date: '2023-08-07',
      issuer: 'UBND huyện',
    });
    // a lower-case subject is no issuer, and then the date does not govern the citation either
    expect(briefs('Ngày 7/8/2023, chúng tôi có Công văn số 92/UBND-VP.')[0]).toMatchObject({ date: null, issuer: null });
  });

  it('takes an organisation written without `của` right after the date when a verb follows', () => {
    expect(briefs('nhận được văn bản số 15/CV-XD ngày 2/3/2020 Công ty TNHH Xây dựng An Phú hỏi về thuế')[0]?.issuer).toBe(
      'Công ty TNHH Xây dựng An Phú',
    );
    expect(briefs('Công văn số 1983/BXD-QLN ngày 23/9/2013 đề nghị các địa phương')[0]?.issuer).toBeNull();
  });

  it('ends the issuer at `và` before a lower-case word: the sentence goes on', () => {
    expect(briefs('Kinh phí lấy từ Quyết định số 15/QĐ-UBND ngày 2/3/2023 của UBND tỉnh Nghệ An và các nguồn vốn hợp pháp khác.')).toEqual([
      { type: 'Quyết định', code: '15/QĐ-UBND', date: '2023-03-02', issuer: 'UBND tỉnh Nghệ An' },
    ]);
    expect(briefs('Căn cứ Thông báo số 9-TB/HU, ngày 3-4-2024 của Thường trực Huyện ủy và ý kiến của các đồng chí Ủy viên,')[0]?.issuer).toBe(
      'Thường trực Huyện ủy',
    );
    expect(briefs('Thực hiện Công văn số 46/UBND-VX ngày 1/2/2024 của UBND huyện và 02 xã thí điểm;')[0]?.issuer).toBe('UBND huyện');
  });

  it('keeps `và` inside a name and between joint issuers (a capital follows, or a known name tail)', () => {
    expect(
      briefs('Căn cứ Thông tư liên tịch số 12/2015/TTLT-BTC-BKHĐT ngày 4/5/2015 của Bộ Tài chính và Bộ Kế hoạch và Đầu tư hướng dẫn lập dự toán;')[0]
        ?.issuer,
    ).toBe('Bộ Tài chính và Bộ Kế hoạch và Đầu tư');
    expect(briefs('CĂN CỨ THÔNG TƯ SỐ 48/2020/TT-BTC NGÀY 1/2/2020 CỦA BỘ TÀI CHÍNH VÀ BỘ NỘI VỤ VỀ VIỆC THU PHÍ')[0]?.issuer).toBe(
      'BỘ TÀI CHÍNH VÀ BỘ NỘI VỤ',
    );
    // names written without their capitals
    expect(briefs('Thực hiện Công văn số 44/SGDĐT-GDTrH ngày 1/2/2024 của Sở Giáo dục và đào tạo về việc tổ chức thi;')[0]?.issuer).toBe(
      'Sở Giáo dục và đào tạo',
    );
    expect(briefs('theo Công văn số 45/LĐTBXH-BTXH ngày 1/2/2024 của Bộ Lao động - Thương binh và xã hội về trợ cấp;')[0]?.issuer).toBe(
      'Bộ Lao động - Thương binh và xã hội',
    );
  });

  it('takes the issuer from `<cơ quan> <verb> tại <Loại> số …`', () => {
    expect(briefs('Hồ sơ đã được Sở Tài chính thẩm định tại Báo cáo số 55/BC-STC ngày 2/2/2024.')).toEqual([
      { type: 'Báo cáo', code: '55/BC-STC', date: '2024-02-02', issuer: 'Sở Tài chính' },
    ]);
    expect(briefs('Ủy ban nhân dân tỉnh đã chỉ đạo tại Công văn số 56/UBND-KT ngày 3/3/2024.')[0]?.issuer).toBe('Ủy ban nhân dân tỉnh');
    expect(briefs('Giám đốc Sở Y tế đề nghị tại Tờ trình số 57/TTr-SYT ngày 4/4/2024.')[0]?.issuer).toBe('Giám đốc Sở Y tế');
    // the subject is the nearest name that reaches the verb, and the chain after it shares it
    expect(briefs('Sở Nội vụ đã gửi Sở Tư pháp thẩm định tại Báo cáo số 61/BC-STP và Công văn số 62/STP-XDVB.').map((r) => r.issuer)).toEqual([
      'Sở Tư pháp',
      'Sở Tư pháp',
    ]);
  });

  it('invents no issuer from a passive, a shortened passive, a noun or a clause that is no name', () => {
    for (const text of [
      'Kinh phí của Trung tâm Y tế huyện đã được giao tại Quyết định số 60/QĐ-UBND ngày 1/1/2024.',
      'Trung tâm Y tế huyện được thẩm định tại Báo cáo số 63/BC-STP.',
      'Các đối tượng quy định tại Nghị định số 59/2020/NĐ-CP ngày 1/1/2020.',
      'UBND tỉnh xét đề nghị tại Tờ trình số 58/TTr-SYT ngày 4/4/2024.',
      'nội dung hướng dẫn tại Công văn số 68/SNV-TCBC;',
    ]) {
      expect(briefs(text)[0]?.issuer, text).toBeNull();
    }
  });
});

describe('extractReferences: dedupe and exclusion', () => {
  it('lists a repeated code once, with every mention, filling date and issuer from later mentions', () => {
    const text =
      'Sau khi nghe báo cáo (Báo cáo số 88-BC/BTCTU, ngày 2/11/2025), Ban Thường vụ kết luận.\nBáo cáo số 88-BC/BTCTU nêu rõ …\n(Kèm theo Báo cáo số 88-BC/BTCTU, ngày 2/11/2025 của Ban Tổ chức Tỉnh ủy).';
    const refs = extractReferences(text);
    expect(refs).toHaveLength(1);
    expect(brief(defined(refs[0]))).toEqual({ type: 'Báo cáo', code: '88-BC/BTCTU', date: '2025-11-02', issuer: 'Ban Tổ chức Tỉnh ủy' });
    expect(defined(refs[0]).mentions).toHaveLength(3);
    expect(defined(refs[0]).raw).toBe('Báo cáo số 88-BC/BTCTU, ngày 2/11/2025');
    for (const m of defined(refs[0]).mentions) expect(text.slice(m.start, m.end)).toBe(m.raw);
  });

  it('compares codes without spaces and case-insensitively when deduping', () => {
    const refs = extractReferences('Quyết định số 5/QĐ-TTG ngày 1/1/2020; Quyết định số 5 /QĐ-TTg của Thủ tướng Chính phủ.');
    expect(refs).toHaveLength(1);
    expect(defined(refs[0]).issuer).toBe('Thủ tướng Chính phủ');
  });

  it('leaves out the document’s own number', () => {
    const text = 'Ban hành kèm theo Quyết định số 1915/QĐ-UBND ngày 2/3/2024; căn cứ Công văn số 3/SYT ngày 1/1/2024 của Sở Y tế.';
    expect(extractReferences(text, { exclude: ['1915 /QĐ-UBND'] }).map((r) => r.code)).toEqual(['3/SYT']);
    expect(extractReferences(text, { exclude: ['1915/qđ-ubnd'] }).map((r) => r.code)).toEqual(['3/SYT']);
  });
});

describe('extractReferences: what is not a citation', () => {
  it('ignores phone numbers, dates, money, provisions, percentages, URLs and e-mails', () => {
    const text =
      'Liên hệ số điện thoại 0912-345-678 hoặc vanthu@langson.gov.vn, http://stttt.langson.gov.vn/van-ban/12/KH; hạn chót ngày 30/06/2020; kinh phí 1.500.000 đồng (2b); tăng 15%; theo Điều 2, khoản 1; số 12/2020; một số 5/A nội dung.';
    expect(extractReferences(text)).toEqual([]);
  });

  it('never throws and returns [] on empty or odd input', () => {
    expect(extractReferences('')).toEqual([]);
    expect(extractReferences('số số: số / - Luật của tại Ngày 1/1/2020, X ban hành')).toEqual([]);
    expect(() => extractReferences('\u0000\uFFFF'.repeat(1000))).not.toThrow();
  });
});

describe('extractReferences: scale', () => {
  it(
    'handles a 1 MB body (dense with citations and with adversarial runs) in roughly linear time',
    () => {
      const paragraph =
        'Thực hiện Công văn số 2/MTTW, ngày 8/5/2021 của Ban Thường trực về việc phòng, chống dịch; Nghị định số 30/2020/NĐ-CP và số 31/2020/NĐ-CP của Chính phủ. Ngày 26/4/2013, Thủ tướng Chính phủ đã ban hành Quyết định số 22/2013/QĐ-TTg. số số: 1/ 12/AB-CD-EF-GH/IJ Luật Luật của của tại 0912-345-678\n';
      let text = '';
      for (let i = 0; text.length < 1_000_000; i++) text += paragraph.replace('2/MTTW', `${i}/MTTW`);
      const refs = extractReferences(text);
      expect(refs.length).toBeGreaterThan(1000);
    },
    60_000,
  );
});

describe('OCR and joint issuers', () => {
  it('reads `sô`, what OCR makes of `số`', () => {
    const [ref] = extractReferences('Thực hiện Kế hoạch sô 57/KH-UBND ngày 01/3/2024 của UBND thành phố.');
    expect(ref).toMatchObject({ type: 'Kế hoạch', code: '57/KH-UBND', date: '2024-03-01', issuer: 'UBND thành phố' });
  });

  it('keeps ministries that issued a document together', () => {
    const [ref] = extractReferences(
      'Căn cứ Thông tư liên tịch số 13/2014/TTLT-BYT-BNNPTNT-BCT ngày 09/4/2014 của Bộ Y tế, Bộ Nông nghiệp và Phát triển nông thôn, Bộ Công Thương hướng dẫn việc phân công.',
    );
    expect(ref?.issuer).toBe('Bộ Y tế, Bộ Nông nghiệp và Phát triển nông thôn, Bộ Công Thương');
  });

  it('does not join a body that opens the next clause', () => {
    const [ref] = extractReferences('Thực hiện Kế hoạch số 175-KH/HU, ngày 10-3-2023 của Ban Thường vụ Huyện ủy, Ban Dân vận Huyện ủy hướng dẫn như sau:');
    expect(ref?.issuer).toBe('Ban Thường vụ Huyện ủy');
  });
});

describe('issuer named before the citation: the subject of `ban hành` / `có ý kiến … tại`', () => {
  it('reads the subject of an issuing verb back to the start of its clause, with no opening date', () => {
    expect(briefs('Ủy ban nhân dân xã ban hành Kế hoạch số 14/KH-UBND ngày 2/2/2024 triển khai tiêm chủng.')).toEqual([
      { type: 'Kế hoạch', code: '14/KH-UBND', date: '2024-02-02', issuer: 'Ủy ban nhân dân xã' },
    ]);
    // after a semicolon, after a comma that ends an opening clause, after a heading line
    expect(briefs('Căn cứ Luật Đầu tư; Ủy ban nhân dân thành phố đã ban hành Quyết định số 15/QĐ-UBND ngày 3/3/2024 về quy hoạch;')[0]?.issuer).toBe(
      'Ủy ban nhân dân thành phố',
    );
    expect(briefs('Căn cứ kết quả rà soát năm 2023, UBND huyện ban hành Quyết định số\n16/QĐ-UBND ngày 4/1/2024 về việc phân bổ vốn;')[0]).toMatchObject({
      date: '2024-01-04',
      issuer: 'UBND huyện',
    });
    expect(briefs('2. Công tác tuyên truyền\nBan Thường vụ Đảng ủy xã ban hành Kế hoạch số 17-KH/ĐU, ngày 06-3-2022 về học tập nghị quyết.')[0]).toMatchObject({
      code: '17-KH/ĐU',
      date: '2022-03-06',
      issuer: 'Ban Thường vụ Đảng ủy xã',
    });
    // a leading connector, and a date between the subject and its verb
    expect(briefs('Vừa qua, Sở Công Thương đã ban hành Công văn số 18/SCT-QLTM về bình ổn giá.')[0]?.issuer).toBe('Sở Công Thương');
    expect(briefs('UBND tỉnh ngày 9/10/2023 đã ban hành Kế hoạch số 19/KH-UBND về chuyển đổi số.')[0]).toMatchObject({
      date: '2023-10-09',
      issuer: 'UBND tỉnh',
    });
  });

  it('takes the subject of `có ý kiến … tại` and `có hướng dẫn tại`', () => {
    expect(briefs('Về kinh phí, Ủy ban nhân dân huyện đã có ý kiến thống nhất tại Công văn số 20/UBND-TCKH ngày 5/5/2024.')[0]).toMatchObject({
      issuer: 'Ủy ban nhân dân huyện',
    });
    expect(briefs('trên cơ sở đó, Cục Thuế tỉnh đã có hướng dẫn tại công văn số 21/CT-TTHT ngày 6/6/2024.')[0]?.issuer).toBe('Cục Thuế tỉnh');
  });

  it('reads the body asked to issue the document, not the one that asked', () => {
    expect(briefs('Sở Nội vụ đã trình UBND tỉnh ban hành Quyết định số 25/QĐ-UBND.')[0]?.issuer).toBe('UBND tỉnh');
  });

  it('invents no issuer when the clause before the verb is not one organisation name', () => {
    for (const text of [
      'Công ty có Giấy phép số 22/GP-UBND ngày 1/1/2020 do tỉnh cấp.',
      'Trường hợp đã có Quyết định số 23/QĐ-UBND thì không xét lại.',
      'Đề nghị Sở Y tế gửi Báo cáo số 24/BC-SYT trước ngày 10.',
      'Các đơn vị thuộc Sở Y tế đã gửi Báo cáo số 26/BC-SYT.',
    ]) {
      expect(briefs(text)[0]?.issuer, text).toBeNull();
    }
  });
});

describe('issuer names with a comma or `về` inside', () => {
  it.each([
    ['Thực hiện Kế hoạch số 30/KH-SVHTTDL ngày 1/2/2024 của Sở Văn hóa, Thể thao và Du lịch về tổ chức lễ hội;', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['theo Quyết định số 31/QĐ-BVHTTDL ngày 1/2/2024 của Bộ Văn hóa, Thể thao và Du lịch về việc công nhận di sản;', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['Căn cứ Công văn số 32/SVHTTDL ngày 1/2/2024 của Sở Văn hóa, Thể thao và Du lịch tỉnh Kon Tum hướng dẫn tổ chức giải;', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Kon Tum'],
    ['Công văn số 33/TTVHTT ngày 1/2/2024 của Trung tâm Văn hóa, Thể thao và Truyền thông huyện về việc đăng ký;', 'Trung tâm Văn hóa, Thể thao và Truyền thông huyện'],
    ['Công điện số 34/CĐ-BCH ngày 1/2/2024 của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh về việc ứng phó mưa lũ;', 'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh'],
  ])('reads a comma that is part of an agency name: %s', (text, issuer) => {
    expect(extractReferences(text)[0]?.issuer).toBe(issuer);
  });

  it("reads a national committee's area up to the comma that ends its clause, and an office of it", () => {
    expect(briefs('Thực hiện Công văn số 215/QGPTDS-VP ngày 22/10/2024 của Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng thủ dân sự, để chủ động ứng phó, Sở yêu cầu:')[0]?.issuer).toBe(
      'Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng thủ dân sự',
    );
    expect(briefs('Thực hiện Công văn số 45/QGPCTT ngày 20/10/2024 của Ban Chỉ đạo quốc gia về Phòng, chống thiên tai về chủ động ứng phó với bão, Sở yêu cầu:')[0]?.issuer).toBe(
      'Ban Chỉ đạo quốc gia về Phòng, chống thiên tai',
    );
  });

  it('reads a council whose name lists its work over the comma, where `tại` bounds it', () => {
    expect(briefs('Xét đề nghị của Hội đồng kiểm tra, sát hạch tại Tờ trình số 22/TTr-HĐKTSH ngày 03 tháng 9 năm 2025;')[0]?.issuer).toBe('Hội đồng kiểm tra, sát hạch');
  });

  it('still ends the issuer at a comma that lists another body', () => {
    expect(briefs('Thực hiện Công văn số 35/SYT ngày 4/4/2024 của Sở Y tế, Sở Tài chính hướng dẫn như sau:')[0]?.issuer).toBe('Sở Y tế');
  });

  it('reads a steering committee’s name over `về` and commas where `tại` or a verb bounds it', () => {
    expect(
      briefs('Thực hiện chỉ đạo của Ban Chỉ đạo quốc gia về phòng, chống thiên tai tại Công điện số 36/CĐ-QG ngày 7/9/2024, Sở yêu cầu:'),
    ).toEqual([{ type: 'Công điện', code: '36/CĐ-QG', date: '2024-09-07', issuer: 'Ban Chỉ đạo quốc gia về phòng, chống thiên tai' }]);
    expect(
      briefs('Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực đã ban hành Kế hoạch số 37-KH/BCĐTW ngày 1/2/2024.')[0]?.issuer,
    ).toBe('Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực');
    // after a code `về` opens the trích yếu, unless the name's own words (`về phòng, chống …`) or a subject marker follow
    expect(briefs('Kế hoạch số 38/KH-BCĐ ngày 1/1/2024 của Ban Chỉ đạo tỉnh về công tác dân số;')[0]?.issuer).toBe('Ban Chỉ đạo tỉnh');
    expect(briefs('Công văn số 39/BCĐ ngày 5/5/2024 của Ban Chỉ đạo quốc gia về chuyển đổi số về việc báo cáo;')[0]?.issuer).toBe(
      'Ban Chỉ đạo quốc gia về chuyển đổi số',
    );
    expect(briefs('Căn cứ Công điện số 43/CĐ-QG ngày 5/9/2024 của Ban Chỉ đạo quốc gia về phòng, chống thiên tai; Công điện số 44/CĐ-TTg;')[0]).toEqual({
      type: 'Công điện',
      code: '43/CĐ-QG',
      date: '2024-09-05',
      issuer: 'Ban Chỉ đạo quốc gia về phòng, chống thiên tai',
    });
    const [tb] = extractReferences('Thông báo số 45-TB/BCĐ của Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực hướng dẫn kiểm tra;');
    expect(tb).toMatchObject({ issuer: 'Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực', subject: 'hướng dẫn kiểm tra' });
    // `về việc` is never part of the name
    expect(briefs('theo chỉ đạo của Ban Chỉ đạo tỉnh về việc triển khai tại Công văn số 40/BCĐ;')[0]?.issuer).toBeNull();
  });

  it('completes a steering committee’s name cut after a code from a later mention bounded by `tại`', () => {
    const text =
      'Căn cứ Kế hoạch số 46/KH-BCĐ ngày 2/2/2024 của Ban Chỉ đạo quốc gia về chuyển đổi số; theo yêu cầu của Ban Chỉ đạo quốc gia về chuyển đổi số tại Kế hoạch số 46/KH-BCĐ, Sở đề nghị:';
    const refs = extractReferences(text);
    expect(refs.map(brief)).toEqual([
      { type: 'Kế hoạch', code: '46/KH-BCĐ', date: '2024-02-02', issuer: 'Ban Chỉ đạo quốc gia về chuyển đổi số' },
    ]);
    expect(defined(refs[0]).mentions).toHaveLength(2);
  });

  it('ends the issuer at `thi hành` (a trích-yếu verb) but keeps `thi hành án` in names', () => {
    expect(briefs('Căn cứ Quy định số 41-QĐ/TW, ngày 3-4-2021 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng;')[0]?.issuer).toBe(
      'Ban Chấp hành Trung ương',
    );
    expect(briefs('Công văn số 42/THADS ngày 1/2/2024 của Chi cục thi hành án dân sự huyện về việc xác minh;')[0]?.issuer).toBe(
      'Chi cục thi hành án dân sự huyện',
    );
  });
});

describe('type names with qualifier words before `số`', () => {
  it('types `<Loại> <one or two lower-case words> số …` by the known type', () => {
    const text =
      'Xét Tờ trình số 50/TTr-UBND ngày 1/12/2023 của UBND huyện; Báo cáo thẩm định số 51/BC-STP ngày 2/12/2023 của Sở Tư pháp; (kèm theo Biên bản kiểm phiếu số 52-BB/ĐU, ngày 3-12-2023).';
    expect(briefs(text)).toEqual([
      { type: 'Tờ trình', code: '50/TTr-UBND', date: '2023-12-01', issuer: 'UBND huyện' },
      { type: 'Báo cáo', code: '51/BC-STP', date: '2023-12-02', issuer: 'Sở Tư pháp' },
      { type: 'Biên bản', code: '52-BB/ĐU', date: '2023-12-03', issuer: null },
    ]);
    expect(defined(extractReferences(text)[1]).raw).toBe('Báo cáo thẩm định số 51/BC-STP ngày 2/12/2023 của Sở Tư pháp');
  });

  it('keeps a qualified type that is a kind of its own: `Chương trình hành động`', () => {
    expect(briefs('Thực hiện Chương trình hành động số 53-CTr/TU, ngày 10-10-2023 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết;')).toEqual([
      { type: 'Chương trình hành động', code: '53-CTr/TU', date: '2023-10-10', issuer: 'Ban Chấp hành Đảng bộ tỉnh' },
    ]);
  });

  it('does not take a joining word for a qualifier', () => {
    expect(briefs('Nghị định số 54/2024/NĐ-CP và số 55/2024/NĐ-CP của Chính phủ;').map((r) => r.type)).toEqual(['Nghị định', 'Nghị định']);
  });
});

describe('lists share the issuer written once', () => {
  it('a member takes the issuer of the nearest later member that states one, else of the nearest earlier', () => {
    const refs = extractReferences(
      'Căn cứ các Quyết định số 1/QĐ-UBND ngày 2/1/2020, số 2/QĐ-UBND ngày 3/1/2020 của UBND tỉnh Lạng Sơn, số 3/QĐ-UBND ngày 4/1/2020 và số 4/QĐ-BTC ngày 5/1/2020 của Bộ Tài chính, số 5/QĐ-UBND ngày 6/1/2020.',
    );
    expect(refs.map((r) => [r.code, r.issuer])).toEqual([
      ['1/QĐ-UBND', 'UBND tỉnh Lạng Sơn'],
      ['2/QĐ-UBND', 'UBND tỉnh Lạng Sơn'],
      ['3/QĐ-UBND', 'Bộ Tài chính'],
      ['4/QĐ-BTC', 'Bộ Tài chính'],
      ['5/QĐ-UBND', 'Bộ Tài chính'],
    ]);
  });
});
