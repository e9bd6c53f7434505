/**
 * How Vietnamese official documents cite other documents, as data (in the spirit of eyecite's
 * pattern tables). The scanning logic lives in `../extract/references.ts`; everything it
 * recognises is named here.
 *
 * Canonical citation (rules.md §12, NĐ 30 Phụ lục I II.6):
 *   `<Loại> số <số/ký hiệu> ngày <dd> tháng <m> năm <yyyy> của <cơ quan> về <trích yếu>`
 * Party practice puts a comma before `ngày` and writes dates `dd-mm-yyyy`.
 *
 * The regular expressions are built from small pieces whose repetitions cannot match the same
 * text in two ways (letters vs spaces vs hyphens), and the backward-looking ones run on short
 * slices only, so scanning stays roughly linear on long inputs (no catastrophic backtracking).
 */

import { DOCUMENT_TYPE_NAMES } from './document-types.js';
import { CITED_CODE_SHAPES, CODE_DASH, CODE_GROUP, CODE_GROUP_DIGIT_FIRST, RUNNING_NUMBER } from './number-grammar.js';
import { DASH as DASH_CHARS } from './patterns.js';
import { DAY_WORD, numericDate, wordedDate } from './date-grammar.js';
import { keywordSource } from './keywords.js';
import { eitherTonePlacement, LOWER, UPPER, vre } from './vietnamese.js';

// ---------------------------------------------------------------------------------------------
// Text helpers for building patterns

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern source for a phrase as it may appear in running text: any whitespace (including a
 * line wrap) between words, either tone-mark placement. Case is left to the `i` flag.
 */
export function phrasePattern(phrase: string): string {
  let pattern = PHRASE_PATTERNS.get(phrase);
  if (pattern === undefined) {
    pattern = buildPhrasePattern(phrase);
    PHRASE_PATTERNS.set(phrase, pattern);
  }
  return pattern;
}

/** Tables repeat phrases across patterns: each is built once. */
const PHRASE_PATTERNS = new Map<string, string>();

function buildPhrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => eitherTonePlacement(escapeRegExp(word.normalize('NFC').toLowerCase())))
    .join('\\s+');
}

/** No letter or digit just before (a word start); works for Vietnamese letters, unlike `\b`. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** No letter or digit just after (a word end). */
export const WORD_END = '(?![\\p{L}\\p{N}])';

// ---------------------------------------------------------------------------------------------
// Document type names (tên loại)

/** Type names from `DOCUMENT_TYPES`, longest first, as one alternation (use with flags `iu`). */
export const TYPE_NAME_ALTERNATION: string = DOCUMENT_TYPE_NAMES.map(phrasePattern).join('|');

/**
 * Types that are cited as `<Loại> <tên> số <số/ký hiệu>`: the law's own name sits between the
 * type word and `số` (`Luật Bầu cử đại biểu Quốc hội … số 85/2015/QH13`).
 */
export const NAMED_LAW_TYPES: readonly string[] = ['Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh'];

/** Longest name of a law between its type word and `số`, in words. */
export const MAX_LAW_NAME_WORDS = 20;

/** Longest unknown type phrase before `số` (`Hiệp định số`, `Giấy phép số`), in words. */
export const MAX_UNKNOWN_TYPE_WORDS = 3;

/**
 * The last one or two lower-case words before `số`, which may qualify a known type name before
 * them: the words name the document, the type is the known one (`Báo cáo thẩm tra số …` is a Báo
 * cáo, `Biên bản kiểm phiếu số …` a Biên bản). Groups 1 and 2 the words (2 the last).
 */
export const TYPE_QUALIFIER_AT_END = vre(`${WORD_START}(?:([\\p{Ll}]+)\\s+)?([\\p{Ll}]+)\\s*$`, 'u');

/** Most words that may qualify a type name before `số`. */
export const MAX_TYPE_QUALIFIER_WORDS = 2;

/** Words that join the type to something else rather than qualify it (`Quyết định và số …`). */
export const NOT_TYPE_QUALIFIERS: readonly string[] = [
  'và', 'hoặc', 'của', 'tại', 'theo', 'về', 'cho', 'với', 'là', 'có', 'đã', 'được', 'trong', 'ngày', 'các', 'những',
  'số', 'kèm',
];

/**
 * Qualified type names that are document kinds of their own and are kept whole
 * (`Chương trình hành động số 45-CTr/TU`).
 */
export const KEPT_QUALIFIED_TYPES: readonly string[] = [
  'Chương trình hành động', 'Chương trình phối hợp', 'Quy chế phối hợp', 'Kế hoạch liên tịch',
  'Hướng dẫn liên tịch',
];

/**
 * The `số` keyword before a code: `số`, `Số:`, `SỐ`, `số :`, and as OCR gives it without or with
 * the wrong marks (`so`, `sô`, `sộ`) or a 6 for its `ố` (`s6`, as in the header's `S6:`); only a
 * code after it makes it a citation (flags `iu`).
 */
export const NUMBER_KEYWORD = `${WORD_START}s[ốôoóồổỗộ6]${WORD_END}[ \\t]*:?[ \\t]*\\n?[ \\t]*`;

// ---------------------------------------------------------------------------------------------
// Số/ký hiệu grammar (rules.md §3)

/** The hyphen between groups, dash variants included (normalised to `-` in the output). */
const DASH = CODE_DASH;
export { CODE_GROUP };

/** The shapes of a số/ký hiệu (the one grammar of `./number-grammar.ts`), in the order they are tried. */
export const CODE_SHAPES = {
  ...CITED_CODE_SHAPES,
  /** A Party code with a unit in lower case after a second slash (`2587-CV/VPTW/nb`). */
  partyLowerUnit: `${CITED_CODE_SHAPES.party}\\/[a-zđ]{1,3}`,
  /** Party code cut by OCR or by the page (`23-QĐ`): only accepted right after `<Loại> số`. */
  truncated: `${RUNNING_NUMBER}[ \\t]{0,2}${DASH}[ \\t]{0,2}${CODE_GROUP}`,
  /** No running number (`CV/01CPXD`): only accepted right after `<Loại> số`. */
  unnumbered: `${CODE_GROUP}/${CODE_GROUP_DIGIT_FIRST}(?:${DASH}${CODE_GROUP_DIGIT_FIRST})*`,
  /**
   * A Party code whose hyphen was dropped (`174KL/TW`, `174 KL/TW`): the type code glued to the
   * number. Accepted right after `<Loại> số` or a type name (`Kết luận 174 KL/TW`).
   */
  glued: `${RUNNING_NUMBER}[ \\t]?[A-ZĐ][A-Za-zĐđ]{0,4}\\/${CODE_GROUP}(?:${DASH}${CODE_GROUP})*`,
} as const;

export type CodeShape = keyof typeof CODE_SHAPES;

/** Shapes that are unmistakable on their own (a `/` and a letter group): usable without `số`. */
export const STRONG_CODE_SHAPES: readonly CodeShape[] = ['legal', 'party', 'state', 'partyLowerUnit'];
/** Shapes accepted only after `<Loại> số`. */
export const WEAK_CODE_SHAPES: readonly CodeShape[] = ['truncated', 'unnumbered', 'glued'];
/** Shapes accepted right after a type name without `số` (`Kết luận 174 KL/TW`). */
export const SHAPES_AFTER_TYPE_NAME: readonly CodeShape[] = [...STRONG_CODE_SHAPES, 'glued'];

/**
 * A legal code whose year group is no year (`45/25010/NĐ-CP`, a typist's extra digit). Groups: 1
 * the number, 2 the digits in the year's place, 3 the groups after it. Read only where the date
 * that follows gives the year back (`readDamagedLegalCode`).
 */
export const DAMAGED_YEAR_CODE = `(${RUNNING_NUMBER})[ \\t]{0,2}\\/[ \\t]{0,2}([0-9]{3,6})[ \\t]{0,2}\\/[ \\t]{0,2}(${CODE_GROUP}(?:${DASH}${CODE_GROUP})*)`;

/** What must not follow a code: a letter, a digit, or a further `/`/`-` piece. */
export const CODE_END = `(?![\\p{L}\\p{N}]|[/${DASH_CHARS}][\\p{L}\\p{N}])`;

// ---------------------------------------------------------------------------------------------
// Dates (ngày ban hành)

/**
 * `ngày` before an issue date, with an optional comma before it (Party style `, ngày`); any mark
 * on its vowel (`ngay` of OCR without diacritics), as the date grammar reads it.
 */
export const DATE_LEAD = `[ \\t]*,?\\s*${WORD_START}${DAY_WORD}\\s*`;

/** Numeric date `8/5/2021`, `04 /5/2021` (OCR), `11-02-2003` (Party), `08.5.2021`. Groups: d, m, y. */
export const NUMERIC_DATE = numericDate('tight');

/** Date in words `15 tháng 7 năm 2022` (day may be blank). Groups: d?, m, y. */
export const WORDED_DATE = wordedDate('tight');

/** Either date form after `ngày`. Groups: 1-3 numeric d/m/y, 4-6 worded d/m/y. */
export const DATE_BODY = `(?:${NUMERIC_DATE}|${WORDED_DATE})`;

/**
 * Verbs that link a sentence's subject (the issuer) to the document it cites:
 * `… Thủ tướng Chính phủ đã ban hành Quyết định số …`, `… UBND tỉnh đã có Công văn số …`,
 * `Phòng Tài chính gửi Báo cáo số …`. A bare `có` is left out: it also means "holds"
 * (`Công ty có Giấy phép số …` names a permit issued to the company).
 */
export const ISSUING_VERB =
  '(?:(?:đã|vừa|cũng)\\s+)?(?:(?:ký\\s+)?ban\\s+hành|ký|gửi|trình)|(?:đã|vừa|cũng)\\s+có|có';

/** The issuing verb at the very end of a text (a cheap test before the clause is read back). */
export const ENDS_WITH_ISSUING_VERB = vre(`${WORD_START}(?:${ISSUING_VERB})\\s*$`, 'u');

/**
 * Words that open a clause before its subject, read over when the subject of an issuing verb is
 * looked for (`Thực hiện …, Ủy ban nhân dân tỉnh đã ban hành …`, `Ngày 26/4/2013, Thủ tướng Chính
 * phủ đã ban hành …`). A date opener (`Ngày …`, `Vào ngày …`) also dates the cited document.
 */
export const CLAUSE_OPENERS: readonly string[] = [
  'Thực hiện', 'Căn cứ', 'Theo đó', 'Tiếp đó', 'Tiếp theo', 'Sau đó', 'Trước đó', 'Đồng thời', 'Vừa qua',
  'Hiện nay', 'Đến nay', 'Trên cơ sở đó', 'Do đó', 'Vì vậy', 'Ngoài ra', 'Bên cạnh đó',
];

/**
 * A topic named back before the subject (`về nội dung này`, `đối với vấn đề trên`): `(về nội dung
 * này Trung tâm đã có Công văn số …`. A demonstrative ends it, so it never reads into a name.
 */
export const TOPIC_OPENER = `(?:về|đối\\s+với|với)\\s+(?:[\\p{Ll}]+\\s+){1,4}(?:này|đó|trên)`;

/**
 * What may open a clause before its subject, read sticky at a clause start: a list marker, an
 * opener of `CLAUSE_OPENERS` or a topic (`TOPIC_OPENER`), a date (`Ngày 5/6/2023,`, `Tháng
 * 3/2023`, `Năm 2023`), each optional. Groups 1-6: the date of a `Ngày …` opener (as `DATE_BODY`).
 */
export const CLAUSE_OPENER = vre(
  `\\s*(?:(?:[-+•–]|[0-9]+[.)]|\\([0-9]+\\)|[${LOWER}]\\))\\s+)?(?:(?:(?:${CLAUSE_OPENERS.map(phrasePattern).join('|')})${WORD_END}|${TOPIC_OPENER}${WORD_END})\\s*,?\\s*)?` +
    `(?:(?:(?:vào|trong)\\s+)?(?:ngày\\s+${DATE_BODY}|tháng\\s+[0-9]{1,2}(?:\\s*[/-]\\s*(?:19|20)[0-9]{2}|\\s+năm\\s+(?:19|20)[0-9]{2})?|năm\\s+(?:19|20)[0-9]{2})(?![0-9])\\s*,?\\s*)?`,
  'yiu',
);

/** `ngày <date>` at the end of a subject, before its verb (`UBND tỉnh ngày 5/6/2023 đã ban hành …`). Groups 1-6 the date. */
export const DATE_BEFORE_VERB = vre(`\\s*,?\\s*${WORD_START}ngày\\s+${DATE_BODY}\\s*,?\\s*$`, 'iu');

// ---------------------------------------------------------------------------------------------
// Issuer (cơ quan ban hành) after `của`

/**
 * `của` that introduces the issuer right after the code or the date (any case: titles are in
 * capitals); OCR without its hook (`cua`, `cùa`) only before a capitalised name.
 */
export const ISSUER_LEAD = `[ \\t]*,?\\s*${WORD_START}(?:của|c[uùúủũụ]a(?=\\s+[${UPPER}]))\\s+`;

/** One entry of the issuer stop table. */
export interface IssuerStopPhrase {
  /** The phrase in lower case; words may be split by a line wrap in the text. */
  readonly phrase: string;
  /** Also stops when written with capitals (`Về`, `Hướng dẫn`); otherwise only in lower case. */
  readonly anyCase?: boolean;
  /** Also stops in ALL CAPS text (`… CỦA THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH …` in a title). */
  readonly caps?: boolean;
  /**
   * Also stops written with its first letter alone in capitals (`… của Thủ tướng Chính phủ Ban
   * hành Kế hoạch …`): a verb no organisation name starts with that way (`Ban Hành chính` keeps
   * its capital).
   */
  readonly capitalised?: boolean;
  /** The phrase opens the trích yếu (kept as the start of `subject`). */
  readonly opensSubject?: boolean;
  /**
   * Does not stop right after these words (lower case): there it belongs to a name
   * (`Bộ Ngoại giao`, `Ban Chỉ đạo phòng, chống dịch`, `Cục Hàng không`).
   */
  readonly notAfter?: readonly string[];
  /**
   * Does not stop right before these words or phrases (lower case): `Ủy ban An toàn giao thông`,
   * `Sở Giáo dục và đào tạo`.
   */
  readonly notBefore?: readonly string[];
  /**
   * Stops only when the next word is not capitalised: the phrase joins two names
   * (`Bộ Tài chính và Bộ Kế hoạch và Đầu tư`, `Sở Giáo dục và Đào tạo`) but ends the issuer before
   * the rest of the sentence (`… của UBND huyện và các nguồn hợp pháp khác`, `… và ý kiến của …`).
   */
  readonly beforeLowerCaseOnly?: boolean;
  /**
   * Read as part of the name of a steering or national committee (`STEERING_BODY_STARTERS`) where
   * the name is bounded by what follows it (`của <name> tại …`, `<name> đã ban hành …`):
   * `Ban Chỉ đạo quốc gia về phòng, chống thiên tai`. After a code, where `về` opens the trích yếu
   * as often as it continues such a name, only as `STEERING_NAME_ENDS_AFTER_CODE` allows.
   */
  readonly inSteeringName?: boolean;
}

/**
 * Lower-case words that still continue an organisation name after `và` (names of ministries and
 * departments written without their capitals: `Sở Giáo dục và đào tạo`, `Bộ Lao động - Thương
 * binh và xã hội`).
 */
export const NAME_TAILS_AFTER_AND: readonly string[] = [
  'đào tạo', 'môi trường', 'công nghệ', 'đầu tư', 'du lịch', 'truyền thông', 'thông tin',
  'phát triển nông thôn', 'xã hội', 'thể thao', 'hải đảo', 'tìm kiếm cứu nạn', 'cứu nạn', 'cứu hộ',
];

/**
 * Words that begin the trích yếu or the rest of the clause: the issuer stops before them.
 * Most entries stop only in lower case: capitalised, the same words start organisation names
 * (`Ban Tổ chức`, `Ban Chỉ đạo`). Syllables that end common organisation names (`hành`, `tạo`,
 * `vụ`, `mới` of `nông thôn mới` …) must not be listed; where a verb is also such a syllable
 * (`giao` of `Ngoại giao`), `notAfter`/`notBefore` name the exceptions.
 */
export const ISSUER_STOP_PHRASES: readonly IssuerStopPhrase[] = [
  // subject markers (dropped from the subject)
  { phrase: 'về việc', anyCase: true, caps: true },
  { phrase: 'về', anyCase: true, caps: true, inSteeringName: true },
  { phrase: 'v/v', anyCase: true, caps: true },
  // verbs that open a trích yếu
  { phrase: 'quy định', anyCase: true, caps: true, opensSubject: true },
  { phrase: 'qui định', anyCase: true, caps: true, opensSubject: true },
  { phrase: 'hướng dẫn', anyCase: true, caps: true, opensSubject: true },
  { phrase: 'sửa đổi', anyCase: true, caps: true, opensSubject: true },
  { phrase: 'ban hành', capitalised: true, caps: true, opensSubject: true },
  { phrase: 'bổ sung', capitalised: true, opensSubject: true },
  { phrase: 'tăng cường', opensSubject: true },
  { phrase: 'phòng, chống', opensSubject: true, notAfter: ['đạo', 'huy'], inSteeringName: true },
  { phrase: 'phòng chống', opensSubject: true, notAfter: ['đạo', 'huy'], inSteeringName: true },
  { phrase: 'thực hiện', opensSubject: true, notAfter: ['đạo'] },
  { phrase: 'triển khai', capitalised: true, opensSubject: true },
  { phrase: 'thi hành', opensSubject: true, notBefore: ['án'] },
  { phrase: 'tiếp tục', opensSubject: true },
  { phrase: 'đẩy mạnh', opensSubject: true },
  { phrase: 'hỗ trợ', opensSubject: true },
  { phrase: 'phê duyệt', capitalised: true, opensSubject: true },
  { phrase: 'thông báo', opensSubject: true },
  { phrase: 'chỉ đạo', opensSubject: true },
  { phrase: 'tổ chức', opensSubject: true },
  { phrase: 'công bố', capitalised: true, opensSubject: true },
  { phrase: 'thành lập', opensSubject: true },
  { phrase: 'bãi bỏ', capitalised: true, opensSubject: true },
  // more verbs of a trích yếu that run on after an issuer written without punctuation (`… của
  // UBND tỉnh phân bổ dự toán`); not after a steering body's `Chỉ đạo`/`Chỉ huy`, whose names
  // carry such verbs in lower case (`Ban Chỉ đạo sắp xếp …`)
  { phrase: 'phê chuẩn', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'phân bổ', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'phân công', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'chấp thuận', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'kiện toàn', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'công nhận', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'thông qua', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'bổ nhiệm', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'miễn nhiệm', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'điều động', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'thu hồi', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'gia hạn', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'hủy bỏ', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'giải thể', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'sáp nhập', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'hợp nhất', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'sắp xếp', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'đổi tên', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'ủy quyền', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'phát động', opensSubject: true, notAfter: ['đạo', 'huy'] },
  { phrase: 'khen thưởng', opensSubject: true, notAfter: ['đạo', 'huy', 'đua'] },
  { phrase: 'hết hiệu lực' },
  { phrase: 'có hiệu lực' },
  { phrase: 'điều chỉnh', capitalised: true, opensSubject: true },
  { phrase: 'tuyên truyền', opensSubject: true },
  { phrase: 'đánh giá', opensSubject: true },
  { phrase: 'yêu cầu', opensSubject: true },
  { phrase: 'đề nghị', opensSubject: true },
  { phrase: 'trả lời', opensSubject: true },
  { phrase: 'hỏi', opensSubject: true },
  { phrase: 'xin', opensSubject: true },
  { phrase: 'giao', opensSubject: true, notAfter: ['ngoại'], notBefore: ['thông'] },
  { phrase: 'gửi' },
  { phrase: 'kèm theo' },
  { phrase: 'nêu' },
  { phrase: 'quyết định' },
  { phrase: 'kết luận' },
  { phrase: 'báo cáo' },
  // words that continue the sentence, not the name
  { phrase: 'ngày' },
  { phrase: 'tại' },
  { phrase: 'đã' },
  { phrase: 'đang' },
  { phrase: 'sẽ' },
  { phrase: 'vừa' },
  { phrase: 'được' },
  { phrase: 'là' },
  { phrase: 'có' },
  { phrase: 'theo' },
  { phrase: 'trong' },
  { phrase: 'nhằm' },
  { phrase: 'để' },
  { phrase: 'cho' },
  { phrase: 'với' },
  // `Chỉ thị số 05-CT/TW của Bộ Chính trị gắn với …`: what the cited document is joined to
  { phrase: 'gắn với' },
  { phrase: 'gắn liền với' },
  { phrase: 'cùng với' },
  { phrase: 'kết hợp với' },
  { phrase: 'đối với' },
  { phrase: 'như' },
  { phrase: 'thì' },
  { phrase: 'nay' },
  { phrase: 'sau đây' },
  { phrase: 'chỉ' },
  { phrase: 'phải' },
  { phrase: 'cần' },
  { phrase: 'không', notAfter: ['hàng'] },
  { phrase: 'chưa' },
  { phrase: 'đều' },
  { phrase: 'cũng' },
  { phrase: 'vẫn' },
  // `và` joins two names (kept) but not a name and the rest of the sentence
  { phrase: 'và', beforeLowerCaseOnly: true, notBefore: NAME_TAILS_AFTER_AND },
];

/** Characters that end an issuer wherever they occur (a `.` is handled separately). */
export const ISSUER_STOP_CHARS = ',;:()[]{}“”"«»|*!?';

/**
 * Parts of official agency names that contain a comma (`Sở Văn hóa, Thể thao và Du lịch`, `Ủy ban
 * Khoa học, Công nghệ và Môi trường`, `Ban Chỉ huy phòng cháy, chữa cháy`): a comma inside one of
 * them does not end the issuer. Written as in the names (case is ignored when matching); a comma
 * is checked against the whole part on both of its sides.
 */
export const COMMA_NAME_PARTS: readonly string[] = [
  // The Party's joint issuers: one author of a Kết luận, Chỉ thị or Quy định.
  'Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư',
  'Bộ Chính trị, Ban Bí thư',
  'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
  'Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc',
  'Văn hóa, Thể thao và Du lịch',
  'Văn hóa, Thể thao và Truyền thông',
  'Văn hóa, Thông tin, Thể thao và Du lịch',
  'Văn hóa, Thông tin và Thể thao',
  'Văn hóa, Thể thao',
  'Văn hóa, Thông tin',
  'Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng',
  'Văn hóa, Giáo dục',
  'Khoa học, Công nghệ và Môi trường',
  'Lao động, Thương binh và Xã hội',
  'Tài chính, Ngân sách',
  'Quốc phòng, An ninh và Đối ngoại',
  'Thi đua, Khen thưởng',
  'phòng cháy, chữa cháy',
  'Khám, chữa bệnh',
  'khám bệnh, chữa bệnh',
  'cứu nạn, cứu hộ',
  'tham nhũng, lãng phí, tiêu cực',
  'tham nhũng, tiêu cực',
  'tham nhũng, lãng phí',
];

/**
 * Steering and national committees, whose names carry `về` and commas (`Ban Chỉ đạo Trung ương về
 * phòng, chống tham nhũng, tiêu cực`, `Ủy ban Quốc gia về người cao tuổi`). Where such a name is
 * bounded (before `tại` or an issuing verb), it is read over `về` and commas up to that bound.
 */
export const STEERING_BODY_STARTERS: readonly string[] = ['Ban Chỉ đạo', 'Ban Chỉ huy', 'Ủy ban quốc gia', 'Hội đồng quốc gia'];

/**
 * After a code, a steering committee's name is read over its `về` when the words after `về` are
 * those such names carry (`STEERING_NAME_AREAS`: `… của Ban Chỉ đạo quốc gia về phòng, chống thiên
 * tai;`), or when a subject marker follows the longer name (`… của Ban Chỉ đạo quốc gia về chuyển
 * đổi số về việc …`): elsewhere `về` there opens the trích yếu (`của Ban Chỉ đạo tỉnh về công tác
 * dân số`). Phrases of `ISSUER_STOP_PHRASES`.
 */
export const STEERING_NAME_ENDS_AFTER_CODE: readonly string[] = ['về việc', 'v/v'];

/** What follows `về` in the name of a steering committee (`Ban Chỉ đạo … về phòng, chống tham nhũng, tiêu cực`). */
export const STEERING_NAME_AREAS: readonly string[] = ['phòng, chống', 'phòng chống'];

/**
 * Abbreviations that may end in `.` inside an issuer without ending the sentence
 * (`UBND TP. Hồ Chí Minh`).
 */
export const ISSUER_ABBREVIATIONS: readonly string[] = ['TP.', 'Tp.', 'TX.', 'Q.', 'P.', 'H.', 'T.'];

/** Longest issuer kept, in words. */
export const MAX_ISSUER_WORDS = 16;

/**
 * Line starts that begin a new paragraph rather than continue a wrapped issuer: list markers
 * and the usual paragraph openers.
 */
export const PARAGRAPH_OPENER = vre(
  `^(?:[-+•–]|[0-9]+[.)]|[IVXLC]+[.)]|[${LOWER}]\\)|(?:Căn cứ|Thực hiện|Theo|Xét|Điều|Nơi nhận|Kính gửi)${WORD_END})`,
  'u',
);

/**
 * Organisation words that may open an issuer written without `của` right after the date
 * (`văn bản số … ngày 02/12/2011 Công ty CP X hỏi về …`).
 */
export const ORGANISATION_STARTERS: readonly string[] = [
  'Tổng công ty', 'Công ty', 'Doanh nghiệp', 'Tập đoàn', 'Hợp tác xã', 'Chi nhánh', 'Ngân hàng',
  'Tổng cục', 'Chi cục', 'Cục', 'Sở', 'Bộ', 'Ủy ban', 'UBND', 'HĐND', 'Hội đồng', 'Ban', 'Văn phòng',
  'Phòng', 'Trường', 'Hội', 'Viện', 'Trung tâm', 'Kho bạc', 'Bảo hiểm', 'Cơ quan', 'Chính phủ',
  'Thủ tướng', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Đảng ủy', 'Quận ủy', 'Thị ủy', 'Quốc hội', 'Đảng bộ',
  'Chi bộ', 'Đảng đoàn', 'Mặt trận', 'Liên đoàn', 'Hiệp hội', 'Công an', 'Thanh tra', 'Kiểm toán', 'Tòa án',
  'Học viện', 'Đại học', 'Bệnh viện',
];

/**
 * Common nouns that begin with an organisation word (`Trường hợp`, `Ban hành`): no issuer starts
 * with them.
 */
export const NOT_ORGANISATION_NAMES: readonly string[] = ['Trường hợp', 'Ban hành', 'Phòng ngừa', 'Phòng chống', 'Sở dĩ', 'Bộ phận'];

// ---------------------------------------------------------------------------------------------
// Lists and chains

/**
 * What may sit between one citation's clause and a bare `số <code>` that continues its list
 * (`Quyết định số A ngày …, số B ngày …`, `Nghị định số 124/… và số 125/…`).
 */
export const LIST_CONNECTOR = /^[ \t]*[,;]?\s*(?:(?:và|hoặc|cùng)\s+)?(?:các\s+)?$/u;

/**
 * What may sit between two citations of one chain introduced by `của X tại`
 * (`của Cục Thuế tỉnh X tại Công văn số A … và Công văn số B`): the second is issued by X too.
 */
export const CHAIN_CONNECTOR = /(?:^|[\s,])(?:và|hoặc)\s+(?:các\s+)?$|^[ \t]*,\s*$/u;

/**
 * `của <X> tại` just before a citation head: X issued it (`Theo đề nghị của Giám đốc Sở Nội vụ tại
 * Tờ trình số …`). X may hold commas; it must then read as one name (`COMMA_NAME_PARTS`, steering
 * committees).
 */
export const ISSUER_BEFORE_HEAD = vre(
  `${WORD_START}của\\s+([${UPPER}](?:(?!${WORD_START}của${WORD_END})[^.;()]){1,150}?)\\s+tại\\s+(?:các\\s+)?$`,
  'u',
);

/**
 * Verbs of `<cơ quan> <verb> tại <Loại> số …`: the body that is the verb's subject issued the
 * cited document (`Dự thảo đã được Sở Tư pháp thẩm định tại Báo cáo số …`, `UBND tỉnh đã chỉ đạo
 * tại Công văn số …`). Verbs that also read as a shortened passive are left out: `quy định`,
 * `nêu`, `giao`, `ban hành`, `phê duyệt` (`các đối tượng … quy định tại`, `kinh phí của Trung tâm
 * … giao tại`).
 */
export const ACTING_VERBS: readonly string[] = [
  'thẩm định', 'thẩm tra', 'chỉ đạo', 'hướng dẫn', 'đề nghị', 'đề xuất', 'kiến nghị', 'yêu cầu',
  'kết luận', 'thông báo', 'báo cáo', 'trình', 'giải trình', 'tham mưu', 'trả lời', 'góp ý',
  'cho ý kiến', 'có ý kiến', 'thống nhất', 'chấp thuận', 'xác nhận',
];

/** Words that complete an acting verb before `tại` (`có ý kiến thống nhất tại`, `có ý kiến chỉ đạo tại`). */
export const ACTING_VERB_COMPLEMENTS: readonly string[] = ['thống nhất', 'chỉ đạo', 'đồng ý', 'chấp thuận', 'góp ý'];

/**
 * `<verb> tại` at the very end of the text before a head, with `đã`, `vừa`, `cũng` before the
 * verb, `có` making a noun of it (`đã có hướng dẫn tại`) and a complement after it (`có ý kiến
 * thống nhất tại`).
 */
export const ACTING_VERB_BEFORE_HEAD = vre(
  `${WORD_START}(?:(?:đã|vừa|cũng)\\s+){0,2}(?:có\\s+)?(?:${ACTING_VERBS.map(phrasePattern).join('|')})` +
    `(?:\\s+(?:${ACTING_VERB_COMPLEMENTS.map(phrasePattern).join('|')}))?\\s+tại\\s+(?:các\\s+)?$`,
  'u',
);

/**
 * Verbs of agreement that take their document with `theo` as well as `tại`: `Sở Nội vụ có ý kiến
 * thống nhất theo Công văn số …` (the Sở's own công văn). Other acting verbs with `theo` follow
 * someone else's document (`Sở báo cáo theo Công văn số …` of the UBND).
 */
export const AGREEING_VERBS: readonly string[] = ['có ý kiến', 'thống nhất', 'chấp thuận', 'đồng ý', 'trả lời', 'góp ý'];

/** `<agreeing verb> theo` at the very end of the text before a head (`đã có ý kiến thống nhất theo `). */
export const AGREEING_VERB_BEFORE_HEAD = vre(
  `${WORD_START}(?:(?:đã|vừa|cũng)\\s+){0,2}(?:${AGREEING_VERBS.map(phrasePattern).join('|')})` +
    `(?:\\s+(?:${ACTING_VERB_COMPLEMENTS.map(phrasePattern).join('|')}))?\\s+theo\\s+(?:các\\s+)?$`,
  'u',
);

/**
 * Types an agency sends on its own account, so that a bare `có` before a dated one issues it
 * (`Hội Làm vườn có Văn bản số 01/HLV ngày 30/7/2024`): a permit or a certificate that a company
 * `có` was issued to it by someone else.
 */
export const SENT_DOCUMENT_TYPES: readonly string[] = [
  'Văn bản', 'Công văn', 'Tờ trình', 'Báo cáo', 'Thông báo', 'Kế hoạch', 'Hướng dẫn', 'Giấy mời', 'Đề án',
  'Chương trình', 'Công điện', 'Đề nghị',
];

/**
 * Words that end the name of the second of two issuers before `tại`: `của A tại Công văn số … và B
 * tại Công văn số …` (`Theo đề nghị của Hội Khuyến học tại … và Giám đốc Sở Nội vụ tại …`).
 */
export const SECOND_ISSUER_BEFORE_HEAD = vre(
  `(?:^|[\\s,])và\\s+([${UPPER}](?:(?!${WORD_START}(?:của|và)${WORD_END})[^.;()]){1,150}?)\\s+tại\\s+(?:các\\s+)?$`,
  'u',
);

/**
 * Words after which an acting verb is a noun, not the subject's act (`UBND tỉnh xét đề nghị tại
 * Tờ trình số …`: the Tờ trình is not the UBND's).
 */
export const ACTING_VERB_NOT_AFTER: readonly string[] = ['xét', 'nghe', 'nhận', 'tiếp nhận', 'tiếp thu'];

/**
 * Titles that may open the subject of an acting verb before the organisation's name
 * (`Giám đốc Sở Tài chính đề nghị tại Tờ trình số …`).
 */
export const ISSUER_TITLES: readonly string[] = [
  'Phó Giám đốc', 'Giám đốc', 'Phó Chủ tịch', 'Chủ tịch', 'Phó Trưởng', 'Trưởng', 'Chánh', 'Thủ trưởng',
  'Tổng cục trưởng', 'Cục trưởng', 'Chi cục trưởng', 'Bí thư', 'Thường trực',
];

/**
 * Type names that cannot open an issuer: `của Luật Mặt trận Tổ quốc …` names a law, not a body.
 * (`Điện`, `Lệnh` are left out: `Điện lực …` is an organisation.)
 */
export const NOT_ISSUER_START = vre(
  `^(?:${DOCUMENT_TYPE_NAMES.filter((n) => n !== 'Điện' && n !== 'Lệnh').map(phrasePattern).join('|')})${WORD_END}`,
  'iu',
);

// ---------------------------------------------------------------------------------------------
// Trích yếu after the issuer

/** The marker that opens a trích yếu (`về việc`, `V/v`, `về`); it is dropped from `subject`. Not anchored: use sticky. */
export const SUBJECT_LEAD = vre(`[ \\t]*,?\\s*(?:về\\s+việc|(?:${keywordSource('letterSubject')}):?|về)${WORD_END}\\s*`, 'iu');

/** Longest subject kept, in characters. */
export const MAX_SUBJECT_CHARS = 400;

/**
 * Text that ends a subject: `(sau đây …`, a comma before a capitalised word (a new clause), a
 * colon that opens a quotation, `và Điều 3 …` (the next cited provision).
 */
export const SUBJECT_END = vre(
  `\\s*\\((?:sau đây|gọi tắt|viết tắt)|,\\s+(?=[${UPPER}])|\\n\\s*\\n|\\s*:\\s*(?:[“"]|\\n|$)|\\s+và\\s+(?:Điều|khoản|điểm)\\s+[0-9]`,
  'u',
);
