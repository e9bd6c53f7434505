/**
 * One positive and one negative example per parser rule: the positive input must give the rule,
 * the negative one must not. Inputs are small letters written for the tests, each a variation of
 * one complete letter, so that a case shows exactly what makes the rule fire.
 */
import type { RuleId } from '../../src/diagnostics/index.js';

export interface RuleCase {
  /** Text (or bytes) that gives the rule. */
  readonly positive: string | Uint8Array;
  /** Nearly the same input, without what makes the rule fire. */
  readonly negative: string | Uint8Array;
}

const HEADER = {
  agency: 'ỦY BAN NHÂN DÂN\nHUYỆN TIÊN YÊN',
  motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  number: 'Số: 215/UBND-VP',
  subject: 'V/v tổ chức hội nghị tổng kết năm 2024',
  date: 'Tiên Yên, ngày 12 tháng 12 năm 2024',
};
const RECIPIENTS = 'Kính gửi: Các phòng, ban chuyên môn thuộc UBND huyện.';
const BODY = [
  'Ủy ban nhân dân huyện đề nghị các đơn vị thực hiện các nội dung sau:',
  '1. Chuẩn bị báo cáo tổng kết công tác năm 2024.',
  '2. Gửi báo cáo về Văn phòng trước ngày 20/12/2024.',
  '3. Cử đại diện dự hội nghị.',
].join('\n');
const FOOTER = ['Nơi nhận:', '- Như trên;', '- Lưu: VT, VP.', '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', 'Nguyễn Văn Hùng'].join('\n');

type Parts = { [K in keyof typeof HEADER]?: string | null } & { body?: string; footer?: string; recipients?: string };

/** The base letter with some parts replaced (a string) or left out (null). */
export function letter(parts: Parts = {}): string {
  const pick = (key: keyof typeof HEADER) => (parts[key] === undefined ? HEADER[key] : parts[key]);
  return [pick('agency'), pick('motto'), pick('number'), pick('subject'), pick('date'), '', parts.recipients ?? RECIPIENTS, '', parts.body ?? BODY, '', parts.footer ?? FOOTER]
    .filter((part): part is string => part !== null)
    .join('\n');
}

/** Cases for the rules that plain text input can show; `decode/…` and `internal/…` rules have their own files. */
export const TEXT_CASES = {
  'header/agency-missing': { positive: letter({ agency: null }), negative: letter() },
  'header/number-missing': { positive: letter({ number: null }), negative: letter() },
  'header/number-unreadable': { positive: letter({ number: 'Số: 12/' }), negative: letter({ number: 'Số: 12/UBND' }) },
  'header/number-blank': { positive: letter({ number: 'Số:      /UBND-VP' }), negative: letter() },
  'header/number-stamped': { positive: letter({ number: '215\nSố:      /UBND-VP' }), negative: letter({ number: 'Số:      /UBND-VP' }) },
  'header/symbol-rejoined': { positive: letter({ number: 'Số: 215/UBND-\nVP' }), negative: letter({ number: 'Số: 215/UBND-VP' }) },
  'header/symbol-corrected': { positive: letter({ agency: 'BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ', number: 'Số: 215/ICT-HTQT' }), negative: letter({ agency: 'BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ', number: 'Số: 215/TCT-HTQT' }) },
  'header/digits-repaired': { positive: letter({ number: 'Số: 2l5/UBND-VP' }), negative: letter() },
  'header/preamble-skipped': {
    positive: `Văn bản này được tải về từ Cổng thông tin điện tử của tỉnh và chỉ có giá trị tham khảo.\n${letter()}`,
    negative: letter(),
  },
  'header/date-missing': { positive: letter({ date: null }), negative: letter() },
  'header/date-rejoined': { positive: letter({ date: 'Tiên Yên, ngày\n\n12 tháng\n\n3 năm 2024' }), negative: letter() },
  'header/date-incomplete': { positive: letter({ date: 'Tiên Yên, ngày    tháng 12 năm 2024' }), negative: letter() },
  // A signing system's stamp listed where the page's text ends (MuPDF, `pdftotext -raw`).
  'header/date-stamped': {
    positive: letter({ number: 'Số:      /UBND-VP', date: 'Tiên Yên, ngày    tháng 12 năm 2024', body: `${BODY}\n\n215\n12` }),
    negative: letter({ number: 'Số:      /UBND-VP', date: 'Tiên Yên, ngày    tháng 12 năm 2024', body: `${BODY}\n\n215\n\n12` }),
  },
  'header/type-unknown': {
    // A Party number names no type of its own when its code is unknown; a Kính gửi makes it a letter.
    positive: letter({ number: 'Số 15-XX/TU', subject: null, recipients: 'Đề nghị các đơn vị thực hiện.' }),
    negative: letter({ number: 'Số 15-XX/TU', subject: null }),
  },
  'header/subject-missing': { positive: letter({ subject: null }), negative: letter() },
  'body/numbering-gap': {
    positive: letter({ body: BODY.replace('3. Cử', '4. Cử') }),
    negative: letter(),
  },
  'body/label-out-of-sequence': {
    positive: letter({ body: `${BODY}\n7. Một số thứ tự lạc vào giữa văn bản.` }),
    negative: letter({ body: `${BODY}\n4. Mục tiếp theo đúng thứ tự.` }),
  },
  'body/label-repaired': {
    positive: letter({ body: 'I. CHUẨN BỊ\nChuẩn bị báo cáo tổng kết.\nII. TỔ CHỨC\nTổ chức hội nghị.\nIlI. KINH PHÍ\nKinh phí từ ngân sách huyện.' }),
    negative: letter({ body: 'I. CHUẨN BỊ\nChuẩn bị báo cáo tổng kết.\nII. TỔ CHỨC\nTổ chức hội nghị.\nIII. KINH PHÍ\nKinh phí từ ngân sách huyện.' }),
  },
  'body/label-repeated': {
    positive: letter({ body: BODY.replace('2. Gửi', '1. Gửi').replace('3. Cử', '2. Cử') }),
    negative: letter(),
  },
  'reference/type-corrected': {
    positive: letter({ body: `Căn cứ Nghị đmh số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n${BODY}` }),
    negative: letter({ body: `Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n${BODY}` }),
  },
  'reference/code-rejoined': {
    positive: letter({ body: `Thực hiện Công văn số 428/TTXT-\nĐTDN ngày 09/9/2025 của Trung tâm Xúc tiến đầu tư,\n${BODY}` }),
    negative: letter({ body: `Thực hiện Công văn số 428/TTXT-ĐTDN\nngày 09/9/2025 của Trung tâm Xúc tiến đầu tư,\n${BODY}` }),
  },
  'reference/code-corrected': {
    positive: letter({ body: `Thực hiện Nghị định số 45/25010/NĐ-CP ngày 21/4/2010 của Chính phủ về hội,\n${BODY}` }),
    negative: letter({ body: `Thực hiện Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 của Chính phủ về hội,\n${BODY}` }),
  },
  'distribution/aside-left-out': {
    // A note beside an entry, set off by a run of spaces (Word: a bracket over two entries).
    positive: letter({ footer: FOOTER.replace('- Như trên;', '- Như trên;\n- Cổng thông tin điện tử huyện;       Để đăng tải') }),
    negative: letter({ footer: FOOTER.replace('- Như trên;', '- Như trên;\n- Cổng thông tin điện tử huyện (để đăng tải);') }),
  },
  'distribution/label-missing': {
    positive: letter({ footer: FOOTER.replace('Nơi nhận:\n', '') }),
    negative: letter(),
  },
  'distribution/archive-missing': {
    positive: letter({ footer: FOOTER.replace('- Lưu: VT, VP.', '- Văn phòng HĐND-UBND huyện.') }),
    negative: letter(),
  },
  'signer/authority-inferred': {
    // A Huyện ủy letter signed by its deputy secretary whose `T/M BAN THƯỜNG VỤ` line was lost.
    positive: letter({ agency: 'HUYỆN ỦY TIÊN YÊN', motto: 'ĐẢNG CỘNG SẢN VIỆT NAM', number: 'Số 215-CV/HU', footer: FOOTER.replace('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'PHÓ BÍ THƯ') }),
    negative: letter({ agency: 'HUYỆN ỦY TIÊN YÊN', motto: 'ĐẢNG CỘNG SẢN VIỆT NAM', number: 'Số 215-CV/HU', footer: FOOTER.replace('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ') }),
  },
  'signer/missing': { positive: letter({ footer: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.' }), negative: letter() },
  'signer/name-missing': { positive: letter({ footer: FOOTER.replace('Nguyễn Văn Hùng', '') }), negative: letter() },
  'document/page-chrome': {
    // A print of a portal page: its running footer on both pages, one beside the page mark.
    positive: `${letter({ body: 'Đề nghị các đơn vị thực hiện nội dung sau.\n\nvanban.tienyen.gov.vn - Bản in ngày 12/12/2024\nTrang 2/2\n\nCác đơn vị báo cáo kết quả./.' })}\n\nvanban.tienyen.gov.vn - Bản in ngày 12/12/2024`,
    negative: letter(),
  },
  'signer/joint': {
    // A joint letter signed by the two bodies side by side.
    positive: letter({
      footer: ['TM. BAN CHẤP HÀNH HỘI NÔNG DÂN          TM. ỦY BAN NHÂN DÂN', '     CHỦ TỊCH                                CHỦ TỊCH', '', '', '   Trần Thị Lan                          Nguyễn Văn Hùng', '', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, VP.'].join('\n'),
    }),
    negative: letter(),
  },
  'keyword/corrected': { positive: letter({ recipients: RECIPIENTS.replace('Kính gửi', 'Kính gừl') }), negative: letter() },
  'stamp/digital-signature': {
    positive: `Ký bởi: Ủy ban nhân dân huyện Tiên Yên\nThời gian ký: 12.12.2024 15:02:11 +07:00\n${letter()}`,
    negative: letter(),
  },
  'stamp/incoming': { positive: `CÔNG VĂN ĐẾN\nSố: 3391\nNgày: 14/12/2024\n${letter()}`, negative: letter() },
  'document/empty': { positive: '| |\n|---|\n| |', negative: letter() },
} satisfies Partial<Record<RuleId, RuleCase>>;
