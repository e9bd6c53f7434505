/**
 * The structural keywords of a document, each defined once, as data (reporters-db style): the form
 * NĐ 30/HD 36 prescribe (`key`), the written forms typists, converters and OCR produce (`pattern`,
 * with the OCR misreadings listed in `variants`), how far a damaged form may stray from the key
 * (`maxEdits`, counted after folding diacritics, see `./fuzzy.ts`), and `examples` /
 * `counterexamples` that `test/domain/keywords.test.ts` runs through the compiled pattern.
 *
 * Every other module takes its keyword patterns from here: the line classifier, the header and
 * number readers, the column splitter and the citation reader.
 */
import { caseless, DASH } from './patterns.js';
import { stripDiacritics, vre } from './vietnamese.js';

export interface Keyword {
  /** The keyword as the rules write it. */
  readonly key: string;
  /** Written forms, as a pattern source matched at the start of a line (not anchored here). */
  readonly pattern: string;
  /** What must follow the keyword on its line for the line to be that line (`Số` then a digit). */
  readonly shape?: string;
  /** Case matters (`Số` opens a number line, `số` continues a sentence). */
  readonly caseSensitive?: boolean;
  /** Misspellings and OCR misreadings the pattern accepts, as literals (documentation and data test). */
  readonly variants: readonly string[];
  /** Most edits (after folding diacritics and case) a damaged form may have and still be read (0: none). */
  readonly maxEdits: number;
  /** Words within the edit budget that are something else (`Kính mời`, `Người nhận`): never read as the key. */
  readonly nearMisses?: readonly string[];
  /** Lines (or line starts) the pattern must match. */
  readonly examples: readonly string[];
  /** Lines it must not match. */
  readonly counterexamples: readonly string[];
}

/**
 * The OCR digit look-alikes (`l5` → `15`, `2O24` → `2024`, `3S6` → `356`): one table for numbers and
 * dates. `Ø` is left out: OCR gives it for 0 and for 8 alike, so a day `2Ø` stays unreadable.
 */
export const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { l: '1', I: '1', '|': '1', O: '0', o: '0', S: '5' };
/** Look-alikes restored in a running number or a day/month only when the token also holds a real digit. */
export const DIGIT_LOOKALIKE_CLASS = '[lI|OoS]';

/**
 * Specks OCR reads as punctuation glued before the first word of a line (`'Số:`, `.Nơi nhận:`,
 * `~Căn cứ`, `*Số:` in plain text): one or two of these before a capital.
 */
export const LEADING_SPECK = `['.~\`´‘’,*]{1,2}(?=\\p{Lu})`;

/**
 * Letter groups OCR reads one for the other (`đmh` for `định`, `rn` for `m`, `cl` for `d`, `ii` for `h` or `u`), as
 * folded text: a damaged word is also compared with each of them undone.
 */
export const OCR_LETTER_CONFUSIONS: ReadonlyArray<readonly [string, string]> = [
  ['m', 'in'],
  ['m', 'rn'],
  ['rn', 'm'],
  ['cl', 'd'],
  ['li', 'h'],
  ['ii', 'h'],
  ['ii', 'u'],
];

/** The tokens of `text` that `repairDigits` changes (`1O5`, `O4` is left: no real digit), with their offsets. */
export function digitLookalikeTokens(text: string): Array<{ readonly start: number; readonly end: number; readonly written: string }> {
  const out: Array<{ start: number; end: number; written: string }> = [];
  for (const m of text.matchAll(/[0-9lI|OoS]+/g)) {
    if (repairDigits(m[0]) !== m[0]) out.push({ start: m.index, end: m.index + m[0].length, written: m[0] });
  }
  return out;
}

/**
 * Replace digit look-alikes in a token that holds at least one real digit (`always`: in a day or month
 * that a date's frame places, `tháng lO năm`); same length, so offsets hold.
 */
export function repairDigits(token: string, options: { always?: boolean } = {}): string {
  if (!options.always && !/\d/.test(token)) return token;
  return token.replace(/[lI|OoS]/g, (c) => DIGIT_LOOKALIKES[c] ?? c);
}

export const KEYWORDS = {
  /** `V/v` (về việc) before a công văn's trích yếu. */
  letterSubject: {
    key: 'V/v',
    // OCR reads the slash as `i`, `í`, `l`, `1` or a fraction slash, the second `v` as `w` or `y`, the first as `W`.
    pattern: `(?:[VvW]\\s?[/\\\\.|lI1ií\u2044\u2215]\\s?[vVwy]|V[vVw])(?=[\\s:.]|$)`,
    caseSensitive: true,
    variants: ['V/V', 'v/v', 'Viv', 'V.v', 'Vv', 'Vw', 'VIv', 'Vlv', 'V1v', 'V|v', 'V\\v', 'V / v', 'Vív', 'V/y', 'W/v', 'V\u2044v'],
    maxEdits: 0,
    examples: ['V/v triển khai kế hoạch', 'V/V: tăng cường', 'Viv hướng dẫn', 'Vw báo cáo', 'V.v tổ chức', 'V/v:', 'Vív rà soát', 'V/y rà soát', 'W/v rà soát', 'V\u2044v rà soát'],
    counterexamples: ['Về việc tổ chức', 'Văn bản này', 'Vũ Văn An', 'VIII. Tổ chức', 'Vy Văn Hùng', 'Wi-Fi miễn phí'],
  },
  /** The `Số` label of the số/ký hiệu line; a digit, slash or dash must follow (`Số: 12/UBND`). */
  numberLabel: {
    key: 'Số',
    pattern: `(?:S[ốôoỏổồóòÔỐỒỔÓO0éèẻếềểễệêỗõộọ]|SỐ|S6|\\$[6ố]|5ố)`,
    // …or a number whose first digit OCR read as a letter (`Số:l73/UBND`), when a slash follows.
    // …or the label alone with its colon, the code on the next line (text copied out of a PDF).
    shape: `(?:\\s*[:.;]?\\s*(?=[\\d/${DASH}]|\\s*[/${DASH}]|${DIGIT_LOOKALIKE_CLASS}(?:\\d|${DIGIT_LOOKALIKE_CLASS}){0,5}\\s*\\/)|\\s*:\\s*$)`,
    caseSensitive: true,
    variants: ['SỐ', 'Sô', 'So', 'Sỏ', 'Sổ', 'Sồ', 'Só', 'SO', 'S6', '$6', '$ố', '5ố', 'Sé', 'Sế', 'Sỗ', 'Sộ'],
    maxEdits: 0,
    examples: ['Số: 12/UBND-VP', 'Sô: 15/QĐ-UBND', '$6: 108/KH-UBND', 'S6 12/TB', 'Số 12-TB/HU', 'SỐ: 45/BC-UBND', 'Số:      /UBND-VP', 'Số:173    /KH-UBND', 'Sé: 5 ÉØ/GM-UBND', 'Số:l73/UBND-TNMT', 'Số: lO5/SXD', 'Số:'],
    counterexamples: ['Số', 'số 12/UBND ngày 5/6/2023', 'Số lượng: 12/20 hồ sơ', 'Sổ lưu 12/2025', 'Sổ tay hướng dẫn', 'Sở Nội vụ', 'Sở 12 phố Huế', 'Sẽ 10 ngày'],
  },
  /** `Kính gửi:` before the addressees. */
  recipients: {
    key: 'Kính gửi',
    // …or `Gửi:` alone, as older letters wrote it (with its colon only: `Gửi kèm theo` is a sentence).
    pattern: `(?:K[íiìỉ]nh\\s*g[ửởưuừứữ]i|G[ửởưu]i(?=\\s*:))`,
    variants: ['Kinh gui', 'Kính gởi', 'KÍNH GỬI', 'Kính gưi', 'Kỉnh gửi'],
    maxEdits: 2,
    nearMisses: ['Kính mời', 'Kính chào', 'Kính trình', 'Kính thưa', 'Kính chuyển'],
    examples: ['Kính gửi: Ủy ban nhân dân các huyện', 'KÍNH GỬI:', 'Kinh gui: So Noi vu', 'Kính gởi:', 'Gửi: - Các Sở, Ban, ngành thuộc tỉnh'],
    counterexamples: ['Đồng kính gửi:', 'Kính mời: các đồng chí', 'Gửi kèm theo Công văn này'],
  },
  /** `Đồng kính gửi:` (copy addressees, Party letters). */
  copyRecipients: {
    key: 'Đồng kính gửi',
    pattern: `[ĐD][ồo]ng\\s*k[íi]nh\\s*g[ửởưu]i`,
    variants: ['Dong kinh gui', 'ĐỒNG KÍNH GỬI', 'Đồng kính gởi'],
    maxEdits: 2,
    nearMisses: ['Đồng kính mời'],
    examples: ['Đồng kính gửi: Ban Tuyên giáo Tỉnh ủy', 'ĐỒNG KÍNH GỬI:', 'Dong kinh gui:'],
    counterexamples: ['Kính gửi:', 'Đồng chí Bí thư'],
  },
  /** `Nơi nhận:` over the distribution list. */
  distribution: {
    key: 'Nơi nhận',
    // …or `Nơi gửi:`, as older letters wrote it.
    pattern: `N[ơo]i\\s*(?:nh[ậaâ]n|g[ửởưu]i)`,
    variants: ['Noi nhan', 'NƠI NHẬN', 'Nơi nhân', 'Noi nhận', 'Nơi gửi', 'NƠI GỬI'],
    maxEdits: 2,
    nearMisses: ['Người nhận', 'Nơi ở', 'Nơi sinh', 'Nơi cấp'],
    examples: ['Nơi nhận:', 'NƠI NHẬN:', 'Noi nhan:', 'Nơi nhận: - Như trên;', 'Nơi gửi :'],
    counterexamples: ['Nơi làm việc', 'Người nhận'],
  },
  /** `Căn cứ` opening a basis line; Party căn cứ start with a dash (HD 36). */
  basis: {
    key: 'Căn cứ',
    pattern: `(?:[${DASH}]\\s*)?C[ăa]n\\s+c[ứửừưuú](?![\\p{L}\\p{N}])`,
    variants: ['Can cu', 'CĂN CỨ', 'Căn cử', 'Căn cừ', 'Căn cư', 'Căn cú'],
    maxEdits: 1,
    nearMisses: ['Căn hộ', 'Cán cụ', 'Căn cơ'],
    examples: ['Căn cứ Luật Tổ chức chính quyền địa phương;', '- Căn cứ Điều lệ Đảng;', 'CĂN CỨ Nghị định', 'Căn cử Quyết định số 12/QĐ-UBND;'],
    counterexamples: ['Căn bản', 'Cán bộ công chức'],
  },
  /** `Như trên` opening a Nơi nhận entry (the addressees above). */
  asAbove: {
    key: 'Như trên',
    pattern: `Nh(?:[ưuứừ]|ir)\\s*tr[êeẽềế]n(?![\\p{L}\\p{N}])`,
    variants: ['Nhu trên', 'Như tren', 'Nhu tren', 'Nhir trên', 'Như trẽn', 'NHƯ TRÊN'],
    maxEdits: 2,
    nearMisses: ['Như trước'],
    examples: ['Như trên;', 'Như trên (để thực hiện);', 'Nhu tren.', 'Nhir trên;'],
    counterexamples: ['Nhưng trên thực tế', 'Như trước đây'],
  },
  /** `Lưu` opening the archive entry of Nơi nhận (`Lưu: VT, VP.`), then a colon or a unit in capitals. */
  archive: {
    key: 'Lưu',
    pattern: `(?:Lưu|LƯU|Luu|Lưư|Lu'u|[1I]ưu)(?![\\p{L}\\p{N}'])`,
    shape: `(?=\\s*:|\\s+\\p{Lu})`,
    caseSensitive: true,
    variants: ['Luu', 'Lưư', "Lu'u", '1ưu', 'Iưu', 'LƯU'],
    maxEdits: 1,
    nearMisses: ['Lâu', 'Lúa'],
    examples: ['Lưu: VT, VP.', 'Lưu VT, NC.', 'Luu: VT', "Lu'u: VT, NC.", '1ưu: VT'],
    counterexamples: ['Lưu ý: các đơn vị', 'Lưu trữ hồ sơ', 'lưu: VT'],
  },
  /** Quốc hiệu; tolerant of lost diacritics and old tone placement. */
  nationalTitle: {
    key: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    pattern: 'C[ỘOÔỌ]NG\\s*H(?:[ÒOÀ]A|OÀ)\\s+X[ÃA]\\s*H[ỘOÔỌ]I\\s+CH[ỦU]\\s*NGH[ĨI]A\\s+VI[ỆE]T\\s*NAM',
    variants: ['CONG HOA XA HOI CHU NGHIA VIET NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'CỌNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM'],
    maxEdits: 4,
    examples: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CONG HOA XA HOI CHU NGHIA VIET NAM', 'CỌNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM'],
    counterexamples: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG ĐỒNG VIỆT NAM'],
  },
  /** Tiêu ngữ, with any dash between its parts. */
  motto: {
    key: 'Độc lập - Tự do - Hạnh phúc',
    // (OCR may read a dash as `.` or `~`, or lose it.)
    pattern: `[ĐD][ộoôọ]c\\s*l[ậaâạă]p\\s*(?:[${DASH}.~]+\\s*)?T\\S{0,2}\\s*do\\s*(?:[${DASH}.~]+\\s*)?H\\S{1,3}nh\\s*ph\\S{1,2}c`,
    variants: ['Doc lap - Tu do - Hanh phuc', 'Độc lâp - Tự do - Hạnh phúc', 'Đọc lạp - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc', 'Độc lập — Tự do — Hạnh phúc', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'],
    maxEdits: 3,
    examples: ['Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc', 'Độc lập — Tự do — Hạnh phúc', 'Độc lập−Tự do−Hạnh phúc', 'Doc lap - Tu do - Hanh phuc', 'Độc lập Tự do - Hạnh phúc', 'Độc lập . Tự do . Hạnh phúc', 'Độc lập ~ Tự do ~ Hạnh phúc'],
    counterexamples: ['Độc lập dân tộc', 'Tự do - Hạnh phúc'],
  },
  /** The Party's title line (top right of Party documents). */
  partyTitle: {
    key: 'ĐẢNG CỘNG SẢN VIỆT NAM',
    pattern: '[ĐD]\\S{1,2}NG\\s+C\\S{1,2}NG\\s+S\\S{1,2}N\\s+VI\\S{1,2}T\\s+NAM',
    variants: ['DANG CONG SAN VIET NAM', 'ĐẢNG CỘNG SẲN VIỆT NAM'],
    maxEdits: 2,
    examples: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG CỘNG SẲN VIỆT NAM', 'DANG CONG SAN VIET NAM'],
    counterexamples: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐẢNG BỘ TỈNH'],
  },
  /**
   * The title line of a mass organisation's documents, at the top right where the Party's stands
   * (`ĐOÀN TNCS HỒ CHÍ MINH` over `BCH ĐOÀN TỈNH …`, `HỘI CỰU CHIẾN BINH VIỆT NAM`): not the agency.
   */
  organisationTitle: {
    key: 'ĐOÀN TNCS HỒ CHÍ MINH',
    pattern:
      '(?:ĐOÀN\\s+(?:TNCS|THANH\\s+NIÊN\\s+CỘNG\\s+SẢN)\\s+HỒ\\s+CHÍ\\s+MINH|HỘI\\s+(?:LIÊN\\s+HIỆP\\s+PHỤ\\s+NỮ|LHPN|NÔNG\\s+DÂN|CỰU\\s+CHIẾN\\s+BINH|CCB|SINH\\s+VIÊN|LIÊN\\s+HIỆP\\s+THANH\\s+NIÊN)\\s+VIỆT\\s+NAM)',
    caseSensitive: true,
    variants: ['ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH', 'HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM', 'HỘI NÔNG DÂN VIỆT NAM', 'HỘI CỰU CHIẾN BINH VIỆT NAM'],
    maxEdits: 0,
    examples: ['ĐOÀN TNCS HỒ CHÍ MINH', 'ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH', 'HỘI NÔNG DÂN VIỆT NAM', 'HỘI CỰU CHIẾN BINH VIỆT NAM', 'HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM'],
    counterexamples: ['BCH ĐOÀN TỈNH QUẢNG NGÃI', 'HỘI NÔNG DÂN TỈNH ĐẮK NÔNG', 'Đoàn TNCS Hồ Chí Minh'],
  },
} as const satisfies Record<string, Keyword>;

export type KeywordName = keyof typeof KEYWORDS;

/** A mark of độ khẩn or độ mật: the value written to the output is `key`. */
export interface Mark {
  readonly key: string;
  readonly pattern: string;
  readonly variants: readonly string[];
  readonly examples: readonly string[];
}

/** Độ khẩn (NĐ 30 Điều 8.9), longest first; `HỎA TỐC HẸN GIỜ` is the legacy form. Old tone placement accepted. */
export const URGENCY_MARKS: readonly Mark[] = [
  { key: 'HỎA TỐC HẸN GIỜ', pattern: 'H(?:ỎA|OẢ)\\s+TỐC\\s+HẸN\\s+GIỜ', variants: ['HOẢ TỐC HẸN GIỜ'], examples: ['HỎA TỐC HẸN GIỜ', 'HOẢ TỐC HẸN GIỜ'] },
  { key: 'HỎA TỐC', pattern: 'H(?:ỎA|OẢ)\\s+TỐC', variants: ['HOẢ TỐC'], examples: ['HỎA TỐC', 'HOẢ TỐC', 'Hỏa tốc'] },
  { key: 'THƯỢNG KHẨN', pattern: 'THƯỢNG\\s+KHẨN', variants: [], examples: ['THƯỢNG KHẨN', 'Thượng khẩn'] },
  { key: 'KHẨN', pattern: 'KHẨN', variants: [], examples: ['KHẨN', 'Khẩn'] },
];

/** Độ mật (Luật Bảo vệ bí mật nhà nước), longest first. */
export const SECRECY_MARKS: readonly Mark[] = [
  { key: 'TUYỆT MẬT', pattern: 'TUYỆT\\s+MẬT', variants: [], examples: ['TUYỆT MẬT'] },
  { key: 'TỐI MẬT', pattern: 'TỐI\\s+MẬT', variants: [], examples: ['TỐI MẬT', 'Tối mật'] },
  { key: 'MẬT', pattern: 'MẬT', variants: [], examples: ['MẬT', 'Mật'] },
];

const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** The source of a keyword's pattern. */
export function keywordSource(name: KeywordName): string {
  return KEYWORDS[name].pattern;
}

/** A keyword compiled: anchored at the line start (`^`), or free (`''`), with the keyword's case rule. */
export function keywordPattern(name: KeywordName, anchor: '^' | '' = '^', after = ''): RegExp {
  const entry: Keyword = KEYWORDS[name];
  const source = `${anchor}(?:${entry.pattern})${after}`;
  return entry.caseSensitive ? vre(source, 'u') : caseless(source);
}

/** A line that opens with the keyword in its line shape (`Số` then the number). */
export function keywordLine(name: KeywordName): RegExp {
  const entry: Keyword = KEYWORDS[name];
  return keywordPattern(name, '^', entry.shape ?? '');
}

/** The marks as one alternation with the mark in group 1 (`urgencyPattern('^', '$')` for a whole line). */
export function marksPattern(marks: readonly Mark[], anchor = WORD_EDGE_BEFORE, end = WORD_EDGE_AFTER, flags = 'u'): RegExp {
  return (flags.includes('i') ? caseless : (s: string) => vre(s, flags))(`${anchor}(${marks.map((m) => m.pattern).join('|')})${end}`);
}

/**
 * A mark alone on its line as OCR may read it, without or with the wrong diacritics (`HOA TOC`,
 * `HỎA TÓC`, `THUONG KHAN`): the canonical mark its letters fold to, or null.
 */
export function foldedMarkKey(marks: readonly Mark[], written: string): string | null {
  let byFolded = FOLDED_MARKS.get(marks);
  if (byFolded === undefined) {
    byFolded = new Map(marks.map((mark) => [foldMark(mark.key), mark.key] as const));
    FOLDED_MARKS.set(marks, byFolded);
  }
  return byFolded.get(foldMark(written)) ?? null;
}

const FOLDED_MARKS = new WeakMap<readonly Mark[], ReadonlyMap<string, string>>();
const foldMark = (text: string): string => stripDiacritics(text.trim()).toUpperCase().replace(/\s+/g, ' ');

/** The canonical mark for a written form (`HOẢ TỐC` → `HỎA TỐC`, `Khẩn` → `KHẨN`). */
export function markKey(marks: readonly Mark[], written: string): string | null {
  for (const mark of marks) if (caseless(`^(?:${mark.pattern})$`).test(written.trim())) return mark.key;
  return null;
}

/** `V/v` with what follows it up to the subject text (`V/v: `, `Viv `), for cutting it off a subject. */
export const LETTER_SUBJECT_PREFIX = keywordPattern('letterSubject', '^', '\\s*[:.]?\\s*');
/** A trích yếu prefix: `V/v …` or `Về việc …`/`Về …`. */
// (`Ve việc`, `Vê viêc`, `Vè`: OCR loses or misreads the marks of `Về việc` and `Về`; not `Vé`,
// `Vế`, words of their own.)
export const SUBJECT_PREFIX = vre(`${LETTER_SUBJECT_PREFIX.source}|^(?:[Vv][ềeêếểèẻệễẽẹ]\\s+vi[ệeêẹ]c|V[ỀEÊẾỂÈẺỆỄẼẸ]\\s+VI[ỆEÊẸ]C|[Vv][ềeêểèẻệễẽẹ]|V[ỀEÊỂÈẺỆỄẼẸ])\\s+`, 'u');
/** The prefix as NĐ 30 writes it: any other form matched by `SUBJECT_PREFIX` is a misread one. */
export const SUBJECT_PREFIX_AS_WRITTEN = /^(?:Về việc|VỀ VIỆC|về việc|Về|VỀ|về)\s+$/u;
/** The `Số` label with its colon and spaces. */
export const NUMBER_LABEL_PREFIX = keywordPattern('numberLabel', '^', '\\s*[:.;]?\\s*');
/** A number line: the label, then a digit, a slash or a dash (a blank number: `Số:    /UBND`). */
export const NUMBER_LABEL = keywordLine('numberLabel');
/** The archive entry's `Lưu` at the start of an entry, as OCR may write it (`Lưư`, `Luu`, `1ưu`). */
export const ARCHIVE_WORD = vre(`^(?:${KEYWORDS.archive.pattern})`, 'u');
/** Quốc hiệu anywhere in a line. */
export const NATIONAL_TITLE = keywordPattern('nationalTitle', '');
/** Tiêu ngữ anywhere in a line. */
export const MOTTO = keywordPattern('motto', '');
/** The Party's title anywhere in a line. */
export const PARTY_TITLE = keywordPattern('partyTitle', '');
/** A mass organisation's title anywhere in a line (see `organisationTitle`). */
export const ORGANISATION_TITLE = keywordPattern('organisationTitle', '');
/** …as a whole line. */
export const ORGANISATION_TITLE_LINE = keywordPattern('organisationTitle', '^', '\\s*$');
