/**
 * Keywords OCR damages, read through (each a mechanism: a speck left out before a line, the
 * closed-vocabulary entries of Nơi nhận, authority prefixes with a comma or colon for the dot,
 * article labels without their marks, the date words, type headings misread or run together, a
 * stray `*` that opens no emphasis span), each read with an `info` diagnostic; and the near misses
 * that must stay as written.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { toLines } from '../src/lines/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { classifyLine, typeHeadingOf } from '../src/zones/index.js';
import { matchLabel } from '../src/zones/labels.js';
import { letter } from './diagnostics/cases.js';

const classified = (text: string) => {
  const [line] = toLines(normalizeText(text).text, { markdown: false });
  if (!line) throw new Error(`no line in ${JSON.stringify(text)}`);
  return classifyLine(line);
};
const infos = (doc: ReturnType<typeof parseDocument>, rule: string) => doc.diagnostics.filter((d) => d.ruleId === rule).map((d) => d.message);

describe('a speck glued before a line of the frame is left out', () => {
  it.each([
    ["'Số: 12/UBND-VP", 'number', 'Số: 12/UBND-VP'],
    ['.Nơi nhận:', 'distributionLabel', 'Nơi nhận:'],
    ['~Căn cứ Luật Tổ chức chính quyền địa phương;', 'basis', 'Căn cứ Luật Tổ chức chính quyền địa phương;'],
    ['*Số: 5/TB-UBND', 'number', 'Số: 5/TB-UBND'],
    ["'Kính gửi: Sở Nội vụ", 'recipientsLabel', 'Kính gửi: Sở Nội vụ'],
  ])('%j is a %s line reading %j', (text, kind, rest) => {
    const line = classified(text);
    expect(line.kind).toBe(kind);
    expect(line.line.text).toBe(rest);
    expect(line.speck?.length).toBe(1);
  });

  it('a sentence keeps what it opens with', () => {
    const line = classified("'Đổi mới' là nhiệm vụ trọng tâm của năm.");
    expect(line.kind).toBe('text');
    expect(line.speck).toBeUndefined();
  });

  it('the number is read, with a restore/ocr-noise diagnostic', () => {
    const doc = parseDocument(letter({ number: "'Số: 215/UBND-VP" }));
    expect([doc.header.number, doc.header.symbol]).toEqual(['215', 'UBND-VP']);
    expect(infos(doc, 'restore/ocr-noise')).toHaveLength(1);
  });

  it('in a layout line, the gap inside the number is still one number', () => {
    const doc = parseDocument(letter({ number: "'Số: 215        /UBND-VP", date: null }).replace("'Số: 215        /UBND-VP", "'Số: 215        /UBND-VP          Tiên Yên, ngảy 12 tháng 12 năm 2024"));
    expect([doc.header.number, doc.header.symbol, doc.header.place, doc.header.date?.iso]).toEqual(['215', 'UBND-VP', 'Tiên Yên', '2024-12-12']);
  });
});

describe('Nơi nhận entries of closed vocabulary', () => {
  const footer = (entries: string[]) => ['Nơi nhận:', ...entries, '', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', 'Nguyễn Văn Hùng'].join('\n');
  it.each([
    ['- Nhu trên;', 'Như trên'],
    ['- Nhir trên;', 'Như trên'],
    ['- Như trẽn;', 'Như trên'],
    ['- Nhu Điều 3;', 'Như Điều 3'],
    ['- Luu: VT, VP.', 'Lưu: VT, VP'],
    ["- Lu'u: VT, VP.", 'Lưu: VT, VP'],
    ['~ 1ưu: VT, VP.', 'Lưu: VT, VP'],
    ['- Lưư VT.', 'Lưu VT'],
  ])('%j is read as %j (keyword/corrected)', (written, read) => {
    const doc = parseDocument(letter({ footer: footer(['- Sở Tài chính;', written]) }));
    expect(doc.distribution.map((d) => d.text.replace(/[;.]$/, ''))).toContain(read);
    expect(infos(doc, 'keyword/corrected').some((m) => m.includes('read as "Như') || m.includes('read as "Lưu'))).toBe(true);
  });

  it('the archive entry read through is decomposed as the written one', () => {
    const doc = parseDocument(letter({ footer: footer(['- Như trên;', "- Lu'u: VT, KT (2b)."]) }));
    expect(doc.distribution.at(-1)?.archive).toEqual({ units: ['VT', 'KT'], copies: 2 });
  });

  it.each(['- Như trên;', '- Lưu: VT, VP.', '- Nhà văn hóa thôn;', '- Lưu trữ lịch sử tỉnh;', '- Luật sư Nguyễn Văn A;'])('%j is kept as written, with no correction', (written) => {
    const doc = parseDocument(letter({ footer: footer(['- Sở Tài chính;', written]) }));
    expect(doc.distribution.at(-1)?.text.replace(/[;.]$/, '')).toBe(written.slice(2).replace(/[;.]$/, ''));
    expect(infos(doc, 'keyword/corrected')).toEqual([]);
  });
});

describe('authority prefixes with a comma or a colon for the dot', () => {
  it.each([
    ['KT, CHỦ TỊCH', 'KT', 'CHỦ TỊCH'],
    ['TM: ỦY BAN NHÂN DÂN', 'TM', 'ỦY BAN NHÂN DÂN'],
    ['TL, CHỦ TỊCH', 'TL', 'CHỦ TỊCH'],
    ['T1. CHỦ TỊCH', 'TL', 'CHỦ TỊCH'],
  ])('%j → %s %s', (written, authority, onBehalfOf) => {
    const doc = parseDocument(letter({ footer: ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', '', written, 'PHÓ CHỦ TỊCH', '', '', 'Lê Văn Nam'].join('\n') }));
    expect([doc.signer?.authority, doc.signer?.onBehalfOf, doc.signer?.position]).toEqual([authority, onBehalfOf, 'PHÓ CHỦ TỊCH']);
    expect(infos(doc, 'keyword/corrected').some((m) => m.startsWith(`"${written.slice(0, 3)}"`))).toBe(true);
  });
});

describe('article labels whose marks OCR lost or misread', () => {
  it.each(['Diều 2. Giao Sở Tài chính', 'Điêu 2. Giao Sở Tài chính', '\u00d0iều 2. Giao Sở Tài chính', 'Điểu 2. Giao Sở Tài chính', 'DIEU 2: Giao Sở Tài chính'])('%j is Điều 2', (text) => {
    expect(matchLabel(text)).toMatchObject({ kind: 'article', label: 'Điều 2', written: text.slice(0, 7) });
  });
  it.each(['Dầu 2. Nhiên liệu', 'Điều chỉnh 2. lần', 'Diễn 2. tiết mục'])('%j is no article', (text) => {
    expect(matchLabel(text)?.kind).not.toBe('article');
  });
  it('is reported as body/label-repaired', () => {
    const body = 'Điều 1. Phê duyệt kế hoạch.\nDiều 2. Giao Sở Tài chính thực hiện.\nĐiều 3. Quyết định có hiệu lực từ ngày ký./.';
    const doc = parseDocument(letter({ subject: 'QUYẾT ĐỊNH', body }));
    expect(doc.tasks.map((t) => t.label)).toEqual(['Điều 1', 'Điều 2', 'Điều 3']);
    expect(infos(doc, 'body/label-repaired')).toHaveLength(1);
  });
});

describe('the date words as OCR writes them', () => {
  it.each(['ngày 12 tháng 12 n\u01cem 2024', 'ngày 12 tháng 12 nărn 2024', 'ngảy 12 thảng 12 nãm 2024'])('Tiên Yên, %s', (date) => {
    const doc = parseDocument(letter({ date: `Tiên Yên, ${date}` }));
    expect(doc.header.date?.iso).toBe('2024-12-12');
    expect(infos(doc, 'keyword/corrected').length).toBeGreaterThan(0);
  });
});

describe('type headings misread or run together', () => {
  it.each([
    ['KẾ HOẠCII', 'Kế hoạch'],
    ['QUYẾTĐỊNH', 'Quyết định'],
    ['QUYÉT ĐỊNH', 'Quyết định'],
    ['THÕNG BẢO', 'Thông báo'],
    ['QUYET DINH', 'Quyết định'],
  ])('%j is the heading %j, read through', (text, name) => {
    expect(typeHeadingOf(text)).toEqual({ name, rest: '', written: text });
    expect(classified(text).kind).toBe('typeHeading');
  });
  it.each(['THÔNG TIN', 'BAN CHỈ ĐẠO', 'CHỈ TIÊU', 'KẾ TOÁN'])('%j is no type heading', (text) => {
    expect(typeHeadingOf(text)).toBeNull();
  });
  it('the document type read through is a keyword/corrected diagnostic', () => {
    const doc = parseDocument(letter({ subject: 'KẾ HOẠCII\nTổ chức hội nghị tổng kết năm 2024' }));
    expect(doc.header.documentType).toBe('Kế hoạch');
    expect(infos(doc, 'keyword/corrected').some((m) => m.includes('KẾ HOẠCII'))).toBe(true);
  });
});

describe('the `Về` before a trích yếu with its marks lost or misread', () => {
  const subjectOf = (line: string) => parseDocument(letter({ subject: `QUYẾT ĐỊNH\n${line}` }));
  it.each([
    ['Vê công tác phòng, chống thiên tai', 'công tác phòng, chống thiên tai'],
    ['Ve cong tac phong chong thien tai', 'cong tac phong chong thien tai'],
    ['Vè việc ban hành Quy chế làm việc', 'ban hành Quy chế làm việc'],
  ])('%j is read as its subject, with keyword/corrected', (line, subject) => {
    const doc = subjectOf(line);
    expect(doc.header.subject).toBe(subject);
    expect(infos(doc, 'keyword/corrected').some((m) => m.includes('before the trích yếu'))).toBe(true);
  });
  it('`Vé` is a word of its own (a ticket), kept', () => {
    expect(subjectOf('Vé máy bay cho đoàn công tác').header.subject).toBe('Vé máy bay cho đoàn công tác');
  });
});

describe('signature marks as OCR writes them', () => {
  it.each(['(Ký, đóng dáu)', '(Ky, dong dau)', '(Đã kỷ)'])('%j is a signature mark', (text) => {
    expect(classified(text).kind).toBe('signatureMark');
  });
});

describe('the archive entry that closes Nơi nhận, as OCR writes it', () => {
  it("ends the list before what follows the signer: `~ Lu'u:` closes it too, and so does `Luu:`", () => {
    const text = `${letter({ footer: '' })}\nNơi nhận:                                   KT. GIÁM ĐỐC\n* Như trên;                                  PHÓ GIÁM ĐỐC\n  ~ Luu: VT, VP (02).\n\n                                            Lê Văn Hải\n   THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI TRONG LĨNH VỰC ĐĂNG KIỂM\n(Ban hành kèm theo Quyết định số 15/QĐ-UBND)`;
    expect(parseDocument(text).distribution.map((e) => e.text)).toEqual(['Như trên', 'Lưu: VT, VP (02)']);
  });
});

describe('a damaged Nơi nhận label and archive entry keep every entry whole', () => {
  it('a label with a space put in (`N ơi nhận`) ends where the keyword ends; `Lưư` keeps its drafter initials', () => {
    const doc = parseDocument(`${letter({ footer: '' })}\n    N ơi nhận\t\t\tKT. GIÁM ĐỐC\n- Như trên;\t\tPHÓ GIÁM ĐỐC\n- Lưư: VT, TT(3). Hg\n\n\t\tLê Văn Hải`);
    expect(doc.distribution.map((e) => e.text)).toEqual(['Như trên', 'Lưu: VT, TT(3). Hg']);
  });
});

describe('căn cứ with a space lost or put in', () => {
  it.each(['Căncứ Luật Tổ chức chính quyền địa phương;', 'C ăn cứ Điều lệ Đảng Cộng sản Việt Nam và Quy định số 24-QĐ/TW;'])('%j is a basis line', (text) => {
    const line = classified(text);
    expect(line.kind).toBe('basis');
    expect(line.corrected?.keyword).toBe('basis');
  });
  it.each(['Cănhộ chung cư số 12;', 'C ăn uống tập thể'])('%j is not', (text) => {
    expect(classified(text).kind).not.toBe('basis');
  });
});

describe('a lone `*` glued to the number line opens no emphasis span', () => {
  it('the V/v line below stays the subject', () => {
    const text = ['UBND TỈNH KON TUM', 'SỞ TÀI CHÍNH', '', '*Số: 12/STC-NS', 'V/v quyết toán ngân sách năm 2024', '', '*Kon Tum, ngày 02 tháng 3 năm 2025*', '', 'Kính gửi: Các đơn vị.', '', 'Nội dung.'].join('\n');
    const doc = parseDocument(text, { path: 'x.md' });
    expect([doc.header.number, doc.header.symbol, doc.header.subject]).toEqual(['12', 'STC-NS', 'quyết toán ngân sách năm 2024']);
  });
});

describe('the signature mark and the trích yếu prefix with their marks misread', () => {
  it.each(['(Đã kỷ)', '(đã ky)', '(Ký, đong dấu)', '[Đa ký]'])('%j stands where the signature was', (mark) => {
    const doc = parseDocument(letter({ footer: ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', mark, '', 'Lê Văn Nam'].join('\n') }));
    expect([doc.signer?.position, doc.signer?.name, doc.signer?.signed]).toEqual(['PHÓ CHỦ TỊCH', 'Lê Văn Nam', true]);
  });
  it.each(['Ve việc tổ chức hội nghị tổng kết năm 2024', 'Vê viêc tổ chức hội nghị tổng kết năm 2024'])('%j under the heading: the subject without its prefix', (line) => {
    const doc = parseDocument(letter({ subject: `QUYẾT ĐỊNH\n${line}` }));
    expect(doc.header.subject).toBe('tổ chức hội nghị tổng kết năm 2024');
  });
});
