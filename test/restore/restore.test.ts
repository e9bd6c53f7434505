/**
 * Restoring OCR-damaged text, by example: each mechanism on a line of its own, the detector that
 * keeps clean text untouched, and positions that still point at the text as written.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON, LEXICON_EXAMPLES, PROVINCES } from '../../src/domain/lexicon.js';
import { normalizeText } from '../../src/normalize/index.js';
import { CONFUSION_EXAMPLES, confusionDistance, skeleton } from '../../src/normalize/restore/confusions.js';
import { detectDamage, restoreDamagedText } from '../../src/normalize/restore/index.js';
import { restoreDiacritics } from '../../src/normalize/restore/diacritics.js';
import { mayHaveMissingCapitals, restoreMissingCapitals } from '../../src/normalize/restore/glyphs.js';
import { lacksDiacritics } from '../../src/decode/pdf/diacritics.js';
import { applyEdits } from '../../src/normalize/restore/edits.js';
import { parseDocument } from '../../src/index.js';

/** The text with the diacritics repairs applied. */
function restored(text: string): string {
  return applyEdits(text, restoreDiacritics(text)).text;
}

describe('the OCR confusion distance', () => {
  it.each(CONFUSION_EXAMPLES)('%s ~ %s: %d', (written, word, distance) => {
    expect(confusionDistance(skeleton(written), skeleton(word), 5)).toBe(distance);
  });

  it('reads a consonant pair no syllable holds as a misread vowel, but not in an acronym', () => {
    expect(skeleton('phdng')).toBe('ph*ng');
    expect(skeleton('UBND')).toBe('ubnd');
  });
});

describe('the lexicon', () => {
  it('holds the provinces before and after 2025', () => {
    expect(PROVINCES).toContain('Bình Thuận');
    expect(PROVINCES).toContain('Huế');
    expect(PROVINCES.length).toBeGreaterThanOrEqual(63);
  });

  it('is written in NFC (the matchers lower-case it without normalizing)', () => {
    for (const { text } of LEXICON) expect(text).toBe(text.normalize('NFC'));
  });

  it('lists each phrase once', () => {
    const texts = LEXICON.map((e) => e.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(LEXICON_EXAMPLES)('restores $written as $restored', ({ written, restored: want }) => {
    expect(restored(written)).toBe(want);
  });
});

describe('restoring a text without diacritics', () => {
  it('reads a date by its shape, with OCR digits in the day', () => {
    expect(restored('Tay Ninh, ngay J.8 thong 02 Wm 2025')).toBe('Tây Ninh, ngày 18 tháng 02 Năm 2025');
    expect(restored('Theo To trinh ngay 14\n thong 02 neim.2025.')).toContain('ngày 14\n tháng 02 năm 2025');
  });

  it('reads the Số label and leaves a running number with no digit blank', () => {
    expect(restored('   S6: 308/QD-UBND')).toBe('   Số: 308/QĐ-UBND');
    expect(restored("   S6: S'C' /QD-UBND")).toBe('   Số:      /QĐ-UBND');
  });

  it('reads Căn cứ, số and của in a citation', () => {
    expect(restored('   Can cit. Nghi dinh so 63/2010/ND-CP ngay 08 thang 6 nam 2010 dra\nChinh phu ve kiem soat')).toBe(
      '   Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của\nChính phủ về kiểm soát',
    );
  });

  it('restores agency phrases and keeps the case they are written in', () => {
    expect(restored('UY BAN NHAN DAN\nTINH LAM DONG')).toBe('ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG');
  });

  it('does not read a proper name into a near place or word', () => {
    expect(restored('Nguyen Van Tran')).not.toContain('trên');
    expect(restored('quyet dinh nay Danh muc')).not.toContain('Nam Định');
  });

  it('reads the Nơi nhận label above its list', () => {
    expect(restored("No'i\n- Nhu tren;")).toBe('Nơi nhận:\n- Như trên;');
  });

  it('leaves out specks after the end of a line', () => {
    expect(restored('nam 2025.       ‘". t !,\nQUYET DINH')).toBe('nam 2025.   \nQUYẾT ĐỊNH');
  });
});

describe('restoring dropped capitals', () => {
  const text = (s: string) => applyEdits(s, restoreMissingCapitals(s)).text;

  it('completes lexicon phrases with one fitting capital', () => {
    expect(text('Kính gửi: Sở ội vụ')).toBe('Kính gửi: Sở Nội vụ');
    expect(text('của iệp hội oanh nghiệp tỉnh ình huận')).toBe('của Hiệp hội Doanh nghiệp tỉnh Bình Thuận');
    expect(text('SỞ ÀI CHÍNH')).toBe('SỞ TÀI CHÍNH');
    expect(text('theo ghị định số 126/2024/ Đ-CP')).toBe('theo Nghị định số 126/2024/NĐ-CP');
  });

  it('completes the first word of a sentence when only one word fits', () => {
    expect(text('như sau:\ngày 18/3/2025, Sở đã có ý kiến.')).toBe('như sau:\nNgày 18/3/2025, Sở đã có ý kiến.');
  });
});

describe('the detector', () => {
  it('leaves a clean letter as it is', () => {
    const clean = 'Sở Tài chính đề nghị Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/6/2025.';
    expect(detectDamage(clean)).toEqual({ kind: null, repairs: [] });
    const normalized = normalizeText(clean);
    expect(restoreDamagedText(normalized).text).toBe(clean);
  });

  it('needs dropped capitals at several places before it restores any', () => {
    expect(detectDamage('Kính gửi: Sở ội vụ').kind).toBeNull();
  });

  // The cheap gate before the search: two different words that are lexicon words without their
  // capital, each a whole run of letters and digits, or a code without its first capital.
  it.each([
    ['Sở ội vụ và iệp hội', true],
    ['ội vụ, IỆP hội', true],
    ['ội_iệp', true],
    ['ội😀iệp', true],
    ['số 126/2024/Đ-CP', true],
    ['Sở ội vụ và ội vụ', false],
    ['Sở 2ội vụ và iệp hội', false],
    ['Sở ội vụ và xiệp hội', false],
    ['𝐀ội iệp', false],
    ['ĐIỆP ội', false],
    ['Sở Nội vụ và Hiệp hội', false],
  ])('%s: %s', (text, expected) => {
    expect(mayHaveMissingCapitals(text)).toBe(expected);
  });

  it('reads a text of (almost) no marked letters as one without diacritics, at any length', () => {
    const unmarked = 'Cong hoa xa hoi chu nghia Viet Nam. Uy ban nhan dan tinh de nghi cac so, nganh bao cao truoc ngay 20 thang 6 nam 2025. ';
    expect(lacksDiacritics(unmarked.repeat(3))).toBe(true);
    expect(lacksDiacritics(unmarked.repeat(100))).toBe(true);
    expect(lacksDiacritics(`${'Ủy ban nhân dân tỉnh đề nghị các sở báo cáo. '.repeat(100)}${unmarked.repeat(100)}`)).toBe(false);
    expect(lacksDiacritics(`${unmarked.repeat(100)}${'Ủy ban nhân dân tỉnh đề nghị các sở báo cáo. '.repeat(100)}`)).toBe(false);
  });
});

describe('positions after restoring', () => {
  it('point at the text as written', () => {
    const text = [
      'UY BAN NHAN DAN                  CONG HOA XA HOI CHU NGHIA VIET NAM',
      '  TINH GIA LAI                        Doc lap - Tu do - Hanh phuc',
      '  S6: 214/GM-UBND                 Gia Lai, ngay 10 thang 7 nam 2025',
      '                         GIAY MOI',
      'Uy ban nhan dan tinh to chuc cuoc hop danh gia ket qua cai cach hanh chinh nam 2025.',
      '1. Thanh phan moi: Lanh dao cac so, ban, nganh thuoc tinh.',
      '2. Thoi gian: tu 14h00 ngay 15/7/2025 tai Van phong Uy ban nhan dan tinh.',
      'De nghi cac dong chi du hop dung thanh phan, thoi gian va dia diem neu tren./.',
    ].join('\n');
    const document = parseDocument(text);
    expect(document.header.place).toBe('Gia Lai');
    expect(document.header.date?.iso).toBe('2025-07-10');
    const place = document.sources['/header/place']?.place.start;
    expect(place && text.slice(place.offset, place.offset + 7)).toBe('Gia Lai');
    const repair = document.diagnostics.find((d) => d.ruleId === 'restore/diacritics' && d.message.startsWith('"ngay"'));
    expect(repair?.place && text.slice(repair.place.start.offset, repair.place.end.offset)).toBe('ngay');
  });
});
