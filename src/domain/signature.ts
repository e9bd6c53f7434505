/**
 * Signature block data: authority prefixes (NĐ 30 Điều 13, HD 36), signer positions,
 * and the marks that stand where the signature was.
 */
import { caseless } from './patterns.js';
import { vre } from './vietnamese.js';

export type AuthorityPrefix = 'TM' | 'KT' | 'TL' | 'TUQ' | 'Q';

/** Written forms of the prefixes: state `TM.`, Party `T/M`, and what typists and OCR make of them. */
export const AUTHORITY_PREFIXES: ReadonlyArray<{ readonly pattern: string; readonly prefix: AuthorityPrefix }> = [
  { pattern: 'T\\s*/\\s*M\\.?', prefix: 'TM' },
  { pattern: 'K\\s*/\\s*T\\.?', prefix: 'KT' },
  { pattern: 'T\\s*/\\s*L\\.?', prefix: 'TL' },
  { pattern: 'TUQ\\.?', prefix: 'TUQ' },
  { pattern: 'T\\.?\\s?M\\.', prefix: 'TM' },
  { pattern: 'K\\.?\\s?T\\.', prefix: 'KT' },
  { pattern: 'T\\.?\\s?L\\.', prefix: 'TL' },
  // OCR reads the dot as a comma or a colon (`KT, CHỦ TỊCH`, `TM: ỦY BAN NHÂN DÂN`).
  { pattern: 'T\\.?\\s?M[,:]', prefix: 'TM' },
  { pattern: 'K\\.?\\s?T[,:]', prefix: 'KT' },
  { pattern: 'T\\.?\\s?L[,:]', prefix: 'TL' },
  // …and the `L` of `TL.` as a one or an I (`T1. CHỦ TỊCH`), the `M` of `T/M` as `IM` (`T/IM`).
  { pattern: 'T[1I|][.,:]', prefix: 'TL' },
  { pattern: 'T\\s*/\\s*[Il1|]M\\.?', prefix: 'TM' },
  // Older letters put the slash after the prefix (`TM/ UBND TỈNH`, `KT/ GIÁM ĐỐC`, `TL/ BỘ TRƯỞNG`).
  { pattern: 'TM\\s?/', prefix: 'TM' },
  { pattern: 'KT\\s?/', prefix: 'KT' },
  { pattern: 'TL\\s?/', prefix: 'TL' },
  { pattern: 'TM', prefix: 'TM' },
  { pattern: 'KT', prefix: 'KT' },
  { pattern: 'TL', prefix: 'TL' },
  { pattern: 'Q\\.', prefix: 'Q' },
];

const prefixAlternation = AUTHORITY_PREFIXES.map((p) => p.pattern).join('|');
/** Every written form of the prefixes as one alternation (pattern source, no groups). */
export const AUTHORITY_PREFIX_ALTERNATION = prefixAlternation;

/**
 * What follows a prefix that a converter or OCR put in the middle of a line: a title of two words or
 * more. In a Nơi nhận entry (`Lưu: VT, KT, TH.`, `Các Cục: QLXDCT, TL, KTTV;`) KT and TL are unit codes.
 */
export const TITLE_AFTER_PREFIX = '\\p{Lu}+\\s+\\p{Lu}';

/** An authority line: a prefix followed by a title in capitals (`KT. GIÁM ĐỐC`, `T/M BAN THƯỜNG VỤ`). */
export const AUTHORITY_LINE = vre(`^(${prefixAlternation})(?=[\\s.]|\\p{Lu})\\s*(?=\\p{Lu})`, 'u');

/** The same prefixes anywhere in a flattened signature cell. */
export const AUTHORITY_ANYWHERE = vre(`(?:^|\\s)(${prefixAlternation})(?=\\s*\\p{Lu})`, 'gu');

/** Which prefix a written form stands for. */
export function authorityPrefixOf(written: string): AuthorityPrefix | null {
  const compact = written.replace(/[\s.,:]/g, '').toUpperCase().replace(/^(TM|KT|TL)\/$/u, '$1').replace(/^T\/[IL1|]M$/u, 'TM');
  switch (compact) {
    case 'TM':
    case 'T/M':
      return 'TM';
    case 'KT':
    case 'K/T':
      return 'KT';
    case 'TL':
    case 'T/L':
    case 'T1':
    case 'TI':
    case 'T|':
      return 'TL';
    case 'TUQ':
      return 'TUQ';
    case 'Q':
      return 'Q';
    default:
      return null;
  }
}

/**
 * Signer positions, used to split a flattened block (`KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn A`)
 * where the line breaks were lost. Longest match wins.
 */
export const SIGNER_POSITIONS: readonly string[] = [
  'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'CHỦ TỊCH NƯỚC', 'PHÓ CHỦ TỊCH NƯỚC',
  'THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG THƯỜNG TRỰC',
  'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM',
  'TỔNG CỤC TRƯỞNG', 'PHÓ TỔNG CỤC TRƯỞNG', 'CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG',
  'VỤ TRƯỞNG', 'PHÓ VỤ TRƯỞNG', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'TỔNG GIÁM ĐỐC', 'PHÓ TỔNG GIÁM ĐỐC',
  'TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', 'TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG',
  'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA',
  'BÍ THƯ', 'PHÓ BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'TỔNG BÍ THƯ',
  'HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'VIỆN TRƯỞNG', 'PHÓ VIỆN TRƯỞNG', 'CHÁNH ÁN', 'PHÓ CHÁNH ÁN',
  'TỔNG THƯ KÝ', 'PHÓ TỔNG THƯ KÝ', 'TỔNG KIỂM TOÁN', 'PHÓ TỔNG KIỂM TOÁN', 'KIỂM TOÁN TRƯỞNG',
  'TRƯỞNG ĐOÀN', 'TỔ TRƯỞNG', 'CHI CỤC TRƯỞNG', 'PHÓ CHI CỤC TRƯỞNG', 'THỐNG ĐỐC', 'PHÓ THỐNG ĐỐC',
  'ỦY VIÊN', 'UỶ VIÊN', 'CHỦ TỊCH HỘI ĐỒNG', 'THỦ TRƯỞNG', 'PHÓ THỦ TRƯỞNG', 'TRƯỞNG KHOA', 'PHÓ TRƯỞNG KHOA',
].sort((a, b) => b.length - a.length);

// `đã`, `ký` and `đóng dấu` with any mark OCR puts on their vowels, or none (`Đã kỷ`, `da ky`).
const DA = '[đd][ãaáàảạ]';
const KY = 'k[ýyỳỷỹỵ]';
const DONG_DAU = '[đd][óoòỏõọô]ng\\s*[dđ][ấâaầẩẫậáàảãạ]u';

/** Where the signature stood: `(Đã ký)`, `(Đã ký và đóng dấu)`, `(Ký, đóng dấu)`, `[đã ký]`, stamp and OCR noise. */
export const SIGNATURE_MARK = caseless(`^[^\\p{L}\\p{N}]{0,4}(?:${DA}\\s*${KY}(?:\\s*tên)?(?:\\s*,?\\s*(?:và\\s*)?${DONG_DAU})?|${KY}\\s*tên|${KY},?\\s*(?:ghi rõ họ tên|${DONG_DAU})[^)\\]]*|chữ\\s*${KY}\\s*số|signed)[^\\p{L}\\p{N}]{0,4}$`);

/** A `(đã ký)` mark at the end of a line. */
export const SIGNED_SUFFIX = caseless(`\\s*[(\\[]\\s*(?:${DA}\\s*${KY}|signed)\\s*[)\\]]\\s*$`);

/** Lines of stray symbols that OCR makes of a stamp (`(% :#)`). */
export const STAMP_NOISE = vre(/^[^\p{L}\p{N}]*$|^[(\[][^\p{L}]{0,8}[)\]]$/u);

/**
 * Common Vietnamese family names, for telling a name printed in capitals (`NGUYỄN VĂN ĐỨC`) from a
 * position line. Upper case, NFC.
 */
export const FAMILY_NAMES: ReadonlySet<string> = new Set([
  'NGUYỄN', 'TRẦN', 'LÊ', 'PHẠM', 'HOÀNG', 'HUỲNH', 'PHAN', 'VŨ', 'VÕ', 'ĐẶNG', 'BÙI', 'ĐỖ', 'HỒ', 'NGÔ',
  'DƯƠNG', 'LÝ', 'ĐINH', 'ĐÀO', 'ĐOÀN', 'TRƯƠNG', 'LƯƠNG', 'LƯU', 'MAI', 'TRỊNH', 'CAO', 'LÂM', 'HÀ',
  'TẠ', 'TÔ', 'CHU', 'THÁI', 'QUÁCH', 'KIỀU', 'TÔN', 'VƯƠNG', 'LẠI', 'LA', 'TỐNG', 'KHỔNG', 'MẠC', 'NÔNG',
  'LỤC', 'TRIỆU', 'HẦU', 'THÂN', 'DIỆP', 'ÂU', 'KIM', 'LỮ', 'PHÙNG', 'VI', 'CÙ', 'TĂNG', 'KHÚC',
]);

/**
 * A Party committee's secretary always signs for the collective (HD 36: `T/M BAN THƯỜNG VỤ` /
 * `BÍ THƯ`): when the authority line is lost (OCR, a cut page), the collective follows from the
 * issuing body. First match wins; each row has examples in `test/extract/signer-party.test.ts`.
 */
export const PARTY_COLLECTIVES: ReadonlyArray<{ readonly issuer: RegExp; readonly collective: string }> = [
  { issuer: /^CHI BỘ(?![\p{L}\p{N}])/u, collective: 'CHI BỘ' },
  { issuer: /^ĐẢNG ĐOÀN(?![\p{L}\p{N}])/u, collective: 'ĐẢNG ĐOÀN' },
  { issuer: /^BAN CÁN SỰ ĐẢNG(?![\p{L}\p{N}])/u, collective: 'BAN CÁN SỰ ĐẢNG' },
  // Tỉnh ủy, Thành ủy, Huyện ủy, Quận ủy, Thị ủy, Đảng ủy: their documents are the standing committee's.
  { issuer: /^(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+[ỦU][YỶ](?![\p{L}\p{N}])/u, collective: 'BAN THƯỜNG VỤ' },
];

/** The positions that sign a Party committee's documents for the collective. */
export const PARTY_SECRETARY_POSITIONS: readonly string[] = ['BÍ THƯ', 'PHÓ BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC'];
