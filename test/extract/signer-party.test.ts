/** A Party committee's signer whose `T/M` line is lost: the collective is inferred from the issuer, by example. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { PARTY_COLLECTIVES } from '../../src/domain/signature.js';

const party = (agency: string, signature: string) =>
  [
    `${agency}                ĐẢNG CỘNG SẢN VIỆT NAM`,
    '        *                Tiên Yên, ngày 10 tháng 6 năm 2024',
    'Số 245-CV/HU',
    'V/v tổ chức hội nghị sơ kết',
    '',
    'Kính gửi: Các chi, đảng bộ trực thuộc.',
    '',
    'Đề nghị các chi, đảng bộ tổ chức sơ kết 6 tháng đầu năm./.',
    '',
    'Nơi nhận:',
    '- Như trên,',
    '- Lưu Văn phòng.',
    '',
    signature,
    '',
    'Trần Văn Bình',
  ].join('\n');

describe('the collective of a Party committee', () => {
  it.each([
    ['HUYỆN ỦY TIÊN YÊN', 'BAN THƯỜNG VỤ'],
    ['HUYỆN UỶ TIÊN YÊN', 'BAN THƯỜNG VỤ'],
    ['ĐẢNG ỦY XÃ HẢI LẠNG', 'BAN THƯỜNG VỤ'],
    ['CHI BỘ THÔN 3', 'CHI BỘ'],
  ])('%s → T/M %s, with an info diagnostic at the position line', (agency, collective) => {
    const doc = parseDocument(party(agency, 'PHÓ BÍ THƯ'));
    expect([doc.signer.authority, doc.signer.onBehalfOf, doc.signer.position, doc.signer.name]).toEqual(['TM', collective, 'PHÓ BÍ THƯ', 'Trần Văn Bình']);
    const inferred = doc.diagnostics.find((d) => d.ruleId === 'signer/authority-inferred');
    expect(inferred?.place?.start.line).toBe(14);
  });

  it('is not inferred for an advisory body, whose head signs in person', () => {
    const doc = parseDocument(party('BAN TUYÊN GIÁO', 'TRƯỞNG BAN'));
    expect([doc.signer.authority, doc.signer.onBehalfOf]).toEqual([null, null]);
  });

  it('is not inferred for a state document signed without a prefix', () => {
    const text = party('ỦY BAN NHÂN DÂN HUYỆN', 'CHỦ TỊCH').replace('ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(parseDocument(text).signer.authority).toBeNull();
  });

  it('keeps a written authority line', () => {
    expect(parseDocument(party('HUYỆN ỦY TIÊN YÊN', 'T/M HUYỆN ỦY\nBÍ THƯ')).signer.onBehalfOf).toBe('HUYỆN ỦY');
  });

  it('has a row for each kind of committee, each matching its own issuer', () => {
    const issuers = ['CHI BỘ A', 'ĐẢNG ĐOÀN HĐND TỈNH', 'BAN CÁN SỰ ĐẢNG UBND TỈNH', 'TỈNH ỦY B'];
    expect(issuers.map((issuer) => PARTY_COLLECTIVES.find((row) => row.issuer.test(issuer))?.collective)).toEqual(['CHI BỘ', 'ĐẢNG ĐOÀN', 'BAN CÁN SỰ ĐẢNG', 'BAN THƯỜNG VỤ']);
  });
});
