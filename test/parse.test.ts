/** Small whole documents, one behaviour each: what a user gets for a given shape of input. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { defined } from './helpers/defined.js';

const letter = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN NAM ĐÀN',
  '',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '',
  'Số: 125/UBND-VP',
  'V/v triển khai kế hoạch',
  'phòng chống thiên tai năm 2024',
  '',
  'Nam Đàn, ngày 05 tháng 3 năm 2024',
  '',
  'Kính gửi:',
  '- Các phòng, ban chuyên môn;',
  '- UBND các xã, thị trấn.',
  '',
  'Thực hiện Công văn số 310/UBND-NN ngày 28/02/2024 của UBND tỉnh Nghệ An về việc phòng chống thiên tai, UBND huyện đề nghị:',
  '',
  '1. Các phòng, ban chuyên môn rà soát phương án.',
  '',
  'a) Kiểm tra hệ thống đê điều;',
  '',
  'b) Báo cáo kết quả trước ngày 15/3/2024.',
  '',
  '2. UBND các xã, thị trấn tổ chức thực hiện./.',
  '',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT, NN (2b).',
  '',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  '(Đã ký)',
  'Trần Văn Bình',
].join('\n');

describe('parseDocument on a plain-text công văn', () => {
  const doc = parseDocument(letter);

  it('reads the header', () => {
    expect(doc.header.agency.lines).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN NAM ĐÀN']);
    // The place line continues the issuer's name: there is no managing body here.
    expect(doc.header.agency.parent).toEqual([]);
    expect(doc.header.agency.issuer).toBe('ỦY BAN NHÂN DÂN HUYỆN NAM ĐÀN');
    expect(doc.header.family).toBe('state');
    expect(doc.header).toMatchObject({ number: '125', symbol: 'UBND-VP', place: 'Nam Đàn', documentType: 'Công văn' });
    expect(doc.header.date?.iso).toBe('2024-03-05');
    expect(doc.header.subject).toBe('triển khai kế hoạch phòng chống thiên tai năm 2024');
  });

  it('reads the Kính gửi list and the cited letter', () => {
    expect(doc.recipients).toEqual(['Các phòng, ban chuyên môn', 'UBND các xã, thị trấn']);
    expect(doc.references).toHaveLength(1);
    expect(doc.references[0]).toMatchObject({ type: 'Công văn', code: '310/UBND-NN', date: '2024-02-28', issuer: 'UBND tỉnh Nghệ An' });
  });

  it('nests điểm under khoản', () => {
    expect(doc.tasks.map((t) => t.label)).toEqual(['1', '2']);
    expect(doc.tasks[0]?.children.map((t) => t.label)).toEqual(['a', 'b']);
  });

  it('decomposes the Lưu entry and reads the signer', () => {
    expect(doc.distribution.map((d) => d.text)).toEqual(['Như trên', 'Lưu: VT, NN (2b)']);
    expect(doc.distribution[1]?.archive).toEqual({ units: ['VT', 'NN'], copies: 2 });
    expect(doc.signer).toMatchObject({ authority: 'KT', onBehalfOf: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Trần Văn Bình', signed: true });
  });

  it('points every value at the original text', () => {
    const number = defined(doc.sources['/header/number'], 'source');
    expect(number.raw).toBe('125');
    expect(letter.slice(number.place.start.offset, number.place.end.offset)).toBe('125');
    expect(number.place.start).toMatchObject({ line: 7, column: 5 });
    const name = defined(doc.sources['/signer/name'], 'source');
    expect(letter.slice(name.place.start.offset, name.place.end.offset)).toBe('Trần Văn Bình');
  });
});

describe('positions refer to the original file', () => {
  it('after CRLF line endings and a BOM (the BOM counts as one character)', () => {
    const crlf = `\ufeff${letter.replace(/\n/g, '\r\n')}`;
    const doc = parseDocument(Buffer.from(crlf, 'utf8'));
    const place = defined(doc.sources['/header/number'], 'source').place;
    expect(crlf.slice(place.start.offset, place.end.offset)).toBe('125');
    expect(place.start.line).toBe(7);
  });

  it('after decomposed Unicode (NFD) input', () => {
    const nfd = letter.normalize('NFD');
    const doc = parseDocument(nfd);
    expect(doc.header.place).toBe('Nam Đàn');
    const place = defined(doc.sources['/header/place'], 'source').place;
    expect(nfd.slice(place.start.offset, place.end.offset).normalize('NFC')).toBe('Nam Đàn');
  });
});

describe('the Party family', () => {
  const party = [
    'HUYỆN ỦY YÊN THÀNH',
    '*',
    'Số 45-TB/HU',
    '',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    '',
    'Yên Thành, ngày 12 tháng 4 năm 2024',
    '',
    'THÔNG BÁO',
    'kết luận của Ban Thường vụ Huyện ủy',
    '',
    'I- TÌNH HÌNH CHUNG',
    '',
    '1- Kết quả đạt được trong quý I.',
    '',
    'II- NHIỆM VỤ THỜI GIAN TỚI',
    '',
    'Nơi nhận:',
    '- Các đảng ủy trực thuộc,',
    '- Lưu Văn phòng Huyện ủy.',
    '',
    'T/M BAN THƯỜNG VỤ',
    'PHÓ BÍ THƯ',
    'Nguyễn Thị Hoa',
  ].join('\n');
  const doc = parseDocument(party);

  it('recognises the family, the Party number and the T/M prefix', () => {
    expect(doc.header.family).toBe('party');
    expect(doc.header.agency.lines).toEqual(['HUYỆN ỦY YÊN THÀNH']);
    expect(doc.header).toMatchObject({ number: '45', symbol: 'TB/HU', documentType: 'Thông báo', subject: 'kết luận của Ban Thường vụ Huyện ủy' });
    expect(doc.signer).toMatchObject({ authority: 'TM', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Thị Hoa' });
    expect(doc.signer.chain[0]?.written).toBe('T/M');
  });

  it('reads Party I- and 1- numbering', () => {
    expect(doc.tasks.map((t) => `${t.label}|${t.text}`)).toEqual(['I|TÌNH HÌNH CHUNG', 'II|NHIỆM VỤ THỜI GIAN TỚI']);
    expect(doc.tasks[0]?.children.map((t) => t.label)).toEqual(['1']);
    expect(doc.distribution.map((d) => d.text)).toEqual(['Các đảng ủy trực thuộc', 'Lưu Văn phòng Huyện ủy']);
  });
});

describe('a Quyết định', () => {
  const decision = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÀ TĨNH',
    'Số: 15/QĐ-UBND',
    'Hà Tĩnh, ngày 09 tháng 01 năm 2024',
    '',
    'QUYẾT ĐỊNH',
    'Về việc thành lập Tổ công tác',
    '',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;',
    'Theo đề nghị của Giám đốc Sở Nội vụ.',
    '',
    'QUYẾT ĐỊNH:',
    'Điều 1. Thành lập Tổ công tác.',
    '1. Tổ trưởng: ông Lê Văn An.',
    '2. Tổ phó: bà Trần Thị Bích.',
    'Điều 2. Quyết định có hiệu lực kể từ ngày ký./.',
    '',
    'Nơi nhận:',
    '- Như Điều 2;',
    '- Lưu: VT.',
    '',
    'CHỦ TỊCH',
    'Võ Trọng Hải',
  ].join('\n');
  const doc = parseDocument(decision);

  it('separates the subject from the competence line and reads the căn cứ', () => {
    expect(doc.header.documentType).toBe('Quyết định');
    expect(doc.header.subject).toBe('thành lập Tổ công tác');
    expect(doc.header.issuingAuthority).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
    expect(doc.basis.map((b) => b.raw.slice(0, 14))).toEqual(['Căn cứ Luật Tổ', 'Căn cứ Nghị đị', 'Theo đề nghị c']);
  });

  it('builds Điều with their khoản', () => {
    expect(doc.tasks.map((t) => t.label)).toEqual(['Điều 1', 'Điều 2']);
    expect(doc.tasks[0]?.children.map((t) => t.label)).toEqual(['1', '2']);
  });

  it('reads a signer who signs in person: no authority prefix', () => {
    expect(doc.signer).toMatchObject({ authority: null, onBehalfOf: null, position: 'CHỦ TỊCH', name: 'Võ Trọng Hải' });
  });
});

describe('input with nothing to find', () => {
  it('still gives a valid result, with diagnostics', () => {
    const doc = parseDocument('Một dòng chữ không phải văn bản hành chính.');
    expect(doc.header.number).toBeNull();
    expect(doc.tasks).toEqual([]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('header/number-missing');
    expect(doc.diagnostics.every((d) => d.source === 'vbparse')).toBe(true);
  });
});

describe('capitalised lines that begin like a type name', () => {
  it('an agency named ĐIỆN LỰC … is not a heading of type Điện', () => {
    const doc = parseDocument('ĐIỆN LỰC HÀ NỘI\nPHÒNG KỸ THUẬT\nSố: 12/ĐLHN-KT\nV/v kiểm tra lưới điện\nHà Nội, ngày 05 tháng 3 năm 2024\nKính gửi: Các đội.\nNội dung./.');
    expect(doc.header.agency.lines).toEqual(['ĐIỆN LỰC HÀ NỘI', 'PHÒNG KỸ THUẬT']);
    expect(doc.header.documentType).toBe('Công văn');
  });
});
