/**
 * Classify each logical line by what it looks like (Lawtext's first step: classify lines,
 * then rebuild structure). A line's kind depends only on its own text.
 */
import { documentTypeByName, DOCUMENT_TYPE_NAMES } from '../domain/document-types.js';
import { fuzzyKeywordAtStart, fuzzyKeywordIn, nearestName } from '../domain/fuzzy.js';
import {
  keywordPattern,
  KEYWORDS,
  LEADING_SPECK,
  marksPattern,
  MOTTO,
  NATIONAL_TITLE,
  NUMBER_LABEL,
  PARTY_TITLE,
  ORGANISATION_TITLE_LINE,
  SECRECY_MARKS,
  URGENCY_MARKS,
  foldedMarkKey,
  type KeywordName,
} from '../domain/keywords.js';
import { DASH } from '../domain/patterns.js';
import { isSignatureStampLine } from '../domain/stamps.js';
import { DAY_WORD, MONTH_WORD, numericDate, PLACE_DATE_CUT, YEAR_WORD } from '../domain/date-grammar.js';
import { AUTHORITY_LINE, SIGNATURE_MARK, STAMP_NOISE } from '../domain/signature.js';
import { isMostlyUpperCase, isUpperCaseText, LOWER, stripDiacritics, vre } from '../domain/vietnamese.js';
import { sliceLine, type Line } from '../lines/line.js';
import { matchLabel, type Label } from './labels.js';
import { isSpeckedName } from './names.js';

export type LineKind =
  | 'nationalTitle'
  | 'motto'
  | 'partyTitle'
  | 'organisationTitle'
  | 'star'
  | 'number'
  | 'placeDate'
  | 'letterSubject'
  | 'typeHeading'
  | 'enacting'
  | 'recipientsLabel'
  | 'copyRecipientsLabel'
  | 'distributionLabel'
  | 'authority'
  | 'signatureMark'
  | 'urgency'
  | 'secrecy'
  | 'basis'
  | 'numbered'
  | 'bullet'
  | 'annexHeading'
  | 'caps'
  | 'stamp'
  | 'text';

export interface ClassifiedLine {
  readonly line: Line;
  readonly kind: LineKind;
  /** For `numbered` lines: the label. */
  readonly label: Label | null;
  /** The line ends the body (`./.`, `/.`). */
  readonly endsBody: boolean;
  /** A damaged keyword read within its edit budget (`Kinh gừl:`), for an `info` diagnostic. */
  readonly corrected?: KeywordCorrection;
  /** An OCR speck left out before the line (`'Số:`): the line as written and the speck's length. */
  readonly speck?: { readonly line: Line; readonly length: number };
  /** Running page chrome (a publisher's header or footer repeated on each page): not the document's text. */
  readonly furniture?: true;
}

export interface KeywordCorrection {
  readonly keyword: KeywordName;
  /** Offsets of the damaged keyword in the line's text. */
  readonly start: number;
  readonly end: number;
  readonly edits: number;
}

export { NUMBER_LABEL };
export const PLACE_DATE = vre(`^[^\\d,.;:]{2,50}?[,.]\\s*(?:${DAY_WORD}|Ngày)\\b.{0,40}?${MONTH_WORD}\\b.{0,30}?${YEAR_WORD}\\b`, 'u');
/** `Khánh Hòa, ngày 11/8/2022`: a place-date line written with a numeric date (a VB131 deviation, read all the same). */
export const PLACE_NUMERIC_DATE = vre(`^[^\\d,.;:]{2,50}?,\\s*(?:${DAY_WORD}|Ngày)\\s*${numericDate('loose')}\\s*$`, 'u');
export const BARE_DATE = vre(`^(?:ngày|Ngày)\\s*[\\d\\s.]{0,4}\\s*tháng\\s*[\\d\\s.]{0,4}\\s*năm\\s*\\d{4}`, 'u');
/**
 * `Ngày 05 tháng 12 năm 2025` alone on its line; not a sentence that opens with a date (`Ngày 05
 * tháng 12 năm 2025, Phó Chủ tịch … chủ trì cuộc họp`), which is body text.
 */
function isBareDateLine(head: string): boolean {
  const m = BARE_DATE.exec(head);
  if (!m) return false;
  const rest = head.slice(m.index + m[0].length);
  return !/\p{L}+\s+\p{L}/u.test(rest);
}

export const LETTER_SUBJECT = keywordPattern('letterSubject');
const RECIPIENTS_LABEL = keywordPattern('recipients', '^', '\\s*[:.]?');
/** A công điện names its addressees after `… điện:` (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:`). */
const TELEGRAM_LABEL = vre(/^(?:(?:Điện|ĐIỆN)|[^\p{Ll}:]{3,100}?\s(?:điện|ĐIỆN))\s*:/u);

/** Length of the recipients label at the start of a line (`Kính gửi:`, `… điện:`), 0 when none. */
export function recipientsLabelLength(text: string): number {
  const telegram = TELEGRAM_LABEL.exec(text);
  if (telegram) return telegram[0].length;
  const m = RECIPIENTS_LABEL.exec(text) ?? COPY_RECIPIENTS_LABEL.exec(text);
  if (m) return m[0].length;
  const fuzzy = damagedLabel('recipients', text) ?? damagedLabel('copyRecipients', text);
  return fuzzy ? (text.slice(fuzzy.end).match(/^\s*[:.]?/)?.[0].length ?? 0) + fuzzy.end : 0;
}
const COPY_RECIPIENTS_LABEL = keywordPattern('copyRecipients', '^', '\\s*[:.]?');
// `Nơi nhận văn bản xác định …` is a sentence about the Nơi nhận, not the label.
const DISTRIBUTION_LABEL = keywordPattern('distribution', '^', '(?!\\s+\\p{Ll})\\s*[:.]?');
// Whole-line marks; caseless because a mark typed in lower case under Word's caps formatting
// (`Khẩn`) is shown in capitals.
const URGENCY = marksPattern(URGENCY_MARKS, '^', '$', 'iu');
const SECRECY = marksPattern(SECRECY_MARKS, '^', '$', 'iu');

/**
 * A label keyword damaged by OCR (`Kinh gừl:`, `Nơi nhặn:`): read only where the line has a label's
 * shape, the colon right after it (or nothing after it at all).
 */
function damagedLabel(name: KeywordName, text: string): KeywordCorrection | null {
  const found = fuzzyKeywordAtStart(name, text);
  if (!found || !/^\s*(?::|$)/.test(text.slice(found.end))) return null;
  return { keyword: name, start: found.start, end: found.end, edits: found.edits };
}

const LEADING_DASH = new RegExp(`^[${DASH}]\\s*`, 'u');
const CITED_NAME_NEXT = vre(/^\s+(?:\p{Lu}|vào\s)/u);

/** A căn cứ opener damaged by OCR (`Cǎn cử`): followed by the capitalised name of what it cites. */
function damagedBasis(text: string): KeywordCorrection | null {
  const dash = text.match(LEADING_DASH)?.[0].length ?? 0;
  const found = fuzzyKeywordAtStart('basis', text.slice(dash));
  if (!found || !CITED_NAME_NEXT.test(text.slice(dash + found.end))) return null;
  return { keyword: 'basis', start: dash + found.start, end: dash + found.end, edits: found.edits };
}

/** A quốc hiệu garbled beyond its pattern (`CỌNG HOÀ XÃ HỌI …`), on a short line in capitals. */
function damagedNationalTitle(line: string): KeywordCorrection | null {
  // A converter may join the tiêu ngữ to it in one cell (`CỘNG HÒA … VIÊT NAM Độc lập - Tự do - …`).
  const motto = line.length > 60 ? MOTTO.exec(line) : null;
  const text = motto ? line.slice(0, motto.index).trimEnd() : line;
  if (text.length > 90 || text.length < 25 || !(isUpperCaseText(text) || isMostlyUpperCase(text))) return null;
  const found = fuzzyKeywordIn('nationalTitle', text);
  if (!found || !isUpperCaseText(text.slice(found.start, found.end))) return null;
  return { keyword: 'nationalTitle', start: found.start, end: found.end, edits: found.edits };
}
// Party căn cứ lines start with a dash (`- Căn cứ Điều lệ Đảng;`, HD 36).
const BASIS = vre(`^(?:${KEYWORDS.basis.pattern}|(?:[${DASH}]\\s*)?(?:CĂN CỨ|Theo đề nghị|Xét đề nghị|Xét Tờ trình|Theo đề xuất)(?![\\p{L}\\p{N}]))`, 'u');
const ANNEX_HEADING = /^(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|DANH MỤC|DANH SÁCH|BẢNG|Bảng)\b/u;
const END_OF_BODY = /\.\s*\/\s*\.?\s*$|\/\.\s*$/;

const TYPE_NAMES_UPPER = DOCUMENT_TYPE_NAMES.map((n) => n.toUpperCase());
const SHORTEST_TYPE_NAME = Math.min(...TYPE_NAMES_UPPER.map((n) => n.length));
const LONGEST_TYPE_NAME = Math.max(...TYPE_NAMES_UPPER.map((n) => n.length));
/** The names in capitals by their first letter, each list in the order of `TYPE_NAMES_UPPER`. */
const TYPE_NAMES_BY_INITIAL: ReadonlyMap<string, readonly string[]> = (() => {
  const byInitial = new Map<string, string[]>();
  for (const name of TYPE_NAMES_UPPER) {
    const names = byInitial.get(name.charAt(0));
    if (names) names.push(name);
    else byInitial.set(name.charAt(0), [name]);
  }
  return byInitial;
})();
const LOWER_LETTER = new RegExp(`[${LOWER}]`);

/**
 * Type names that also begin ordinary capitalised lines (`ĐIỆN LỰC HÀ NỘI`, `LUẬT SƯ …`): a heading
 * only when alone on the line or followed by its subject (`VỀ …`).
 */
const AMBIGUOUS_TYPE_NAMES: ReadonlySet<string> = new Set(
  ['Điện', 'Lệnh', 'Luật', 'Văn bản', 'Bản sao', 'Hiến pháp', 'Điều lệ', 'Tuyên bố', 'Chiến lược', 'Cương lĩnh', 'Quy hoạch', 'Phương án', 'Dự án', 'Hợp đồng'].map((n) =>
    n.toUpperCase(),
  ),
);

/**
 * The type heading at the start of a line (`QUYẾT ĐỊNH`, `KẾ HOẠCH Thực hiện …`), if any; `written`
 * is set when OCR damage was read through (`KẾ HOẠCII` alone on its line).
 */
export function typeHeadingOf(text: string): { name: string; rest: string; written?: string } | null {
  // A heading is written in capitals: a lower-case letter before the shortest type name's length
  // rules every name out, and the OCR fallback below too (most lines stop here, cheaply).
  const firstLower = text.search(LOWER_LETTER);
  if (firstLower >= 0 && firstLower < SHORTEST_TYPE_NAME) return null;
  // toUpperCase: Vietnamese has no locale-specific case rules (the same result), and it is faster.
  // Only the names with the line's initial are compared, and only with the head of the line (it
  // may be a paragraph long).
  const names = TYPE_NAMES_BY_INITIAL.get(text.charAt(0).toUpperCase().charAt(0)) ?? [];
  const upperHead = names.length > 0 ? (text.length > LONGEST_TYPE_NAME ? text.slice(0, LONGEST_TYPE_NAME) : text).toUpperCase() : '';
  for (const name of names) {
    if (!upperHead.startsWith(name)) continue;
    const written = text.slice(0, name.length);
    if (!isUpperCaseText(written)) continue;
    const rest = text.slice(name.length);
    if (rest.length > 0 && !/^[\s:]/.test(rest)) continue;
    if (AMBIGUOUS_TYPE_NAMES.has(name) && rest.trim().length > 0 && !/^\s*(?::|VỀ|Về|về)/u.test(rest)) continue;
    // `KẾ HOẠCH LIÊN TỊCH`: a type issued jointly keeps the word in its name.
    const joint = /^\s*LIÊN TỊCH(?![\p{L}\p{N}])/u.exec(rest);
    if (joint) return { name: `${TYPE_NAME_OF_UPPER.get(name) ?? name} liên tịch`, rest: rest.slice(joint[0].length).replace(/^\s*/, '') };
    return { name: TYPE_NAME_OF_UPPER.get(name) ?? name, rest: rest.replace(/^\s*/, '') };
  }
  // OCR loses or garbles diacritics (`QUYÉT ĐỊNH`, `KE HOACH`): a heading alone on its line still
  // counts, and so does the enacting line with its colon (`QUYÊT ĐỊNH:`).
  if (!isUpperCaseText(text)) return null;
  const upper = text.toUpperCase();
  const colon = /\s*:\s*$/.exec(upper);
  const core = (colon ? upper.slice(0, colon.index) : upper).trim();
  const compact = core.replace(/\s+/g, '');
  // Most lines in capitals are not as long as any of those names: when each letter strips to one
  // letter, the length tells without stripping them all.
  if (!ONE_LETTER_EACH.test(compact) || OCR_TYPE_NAME_LENGTHS.has(compact.length)) {
    const bare = OCR_TYPE_NAMES.get(stripDiacritics(compact));
    const written = (colon ? text.slice(0, colon.index) : text).trim();
    if (bare) return { name: bare, rest: colon ? ':' : '', ...(bare.toUpperCase() === core ? {} : { written }) };
  }
  // A letter misread besides (`KẾ HOẠCII`, `THÕNG BẢO`): the one type name of two words or more that
  // near, the line nothing but letters.
  if (colon || text.length > 30 || !/^[\p{Lu}\s]+$/u.test(text)) return null;
  const near = nearestName(text, MULTI_WORD_TYPE_NAMES);
  return near ? { name: documentTypeByName(near.name)?.name ?? near.name, rest: '', written: text.trim() } : null;
}

const MULTI_WORD_TYPE_NAMES = DOCUMENT_TYPE_NAMES.filter((n) => n.includes(' '));

/**
 * Type names of two or more words without diacritics or spaces (`QUYET DINH`, `QUYẾTĐỊNH`); one-word
 * names are too easily met by chance.
 */
const OCR_TYPE_NAMES: ReadonlyMap<string, string> = new Map(
  DOCUMENT_TYPE_NAMES.filter((n) => n.includes(' ')).map((n) => [stripDiacritics(n.toUpperCase()).replace(/\s+/g, ''), documentTypeByName(n)?.name ?? n] as const),
);
const OCR_TYPE_NAME_LENGTHS: ReadonlySet<number> = new Set([...OCR_TYPE_NAMES.keys()].map((key) => key.length));
/** Characters that `stripDiacritics` turns into exactly one character each (ASCII, Latin-1 to Latin Extended-B, Vietnamese). */
const ONE_LETTER_EACH = /^[\x20-\x7e\u00c0-\u024f\u1e00-\u1eff]*$/;
/** The type's name as the table writes it, for each name in capitals. */
const TYPE_NAME_OF_UPPER: ReadonlyMap<string, string> = new Map(TYPE_NAMES_UPPER.map((name) => [name, documentTypeByName(name)?.name ?? name] as const));

/** A person's name at the end of a flattened signature line. */
const TRAILING_NAME = vre(/(?<!\p{L})\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+\s*$/u);
const SEAL_RING = vre(/^[\p{Lu}\s]{3,}\s\*\s[\p{Lu}\s]{3,}\*?\s*$/u);
const SYMBOLS = vre(/[^\p{L}\p{N}\s]/gu);
const LETTERS = vre(/\p{L}/gu);
const WORDS_OF_TWO = vre(/\p{L}{2,}/gu);

/** OCR of a round seal: short, and full of symbols no document text has (`(%' Ủ/ Y BAN .\\`). */
export function isStampNoise(text: string): boolean {
  // The ring of a round seal read by OCR: `ỦY BAN NHÂN DÂN * TỈNH QUẢNG TRỊ *`.
  if (text.includes('*') && SEAL_RING.test(text)) return true;
  if (text.length > 40) return false;
  const odd = text.match(/[%#\\{}|<>=~^`]/g)?.length ?? 0;
  if (odd === 0) return false;
  const symbols = text.match(SYMBOLS)?.length ?? 0;
  const letters = text.match(LETTERS)?.length ?? 0;
  // Words, not a ring's broken letters: `- Lưu: VT, NC.~Châu~` has four of two letters or more,
  // and letters make most of it (`ng1.1011 f/drei '11.1%nh` is noise).
  if ((text.match(WORDS_OF_TWO)?.length ?? 0) >= 3 && letters >= 0.6 * text.replace(/\s/g, '').length) return false;
  return odd >= 1 && symbols >= 3 && symbols >= letters / 2;
}

const SPECK = vre(`^${LEADING_SPECK}`, 'u');

export function classifyLine(line: Line): ClassifiedLine {
  const speck = SPECK.exec(line.text);
  if (speck) {
    // The line without the speck is read when it then is a line of the document's frame (a number,
    // a label, an authority); a sentence keeps what it opens with (`'Đổi mới' là …`).
    const rest = classifyWritten(sliceLine(line, speck[0].length));
    if (rest.kind !== 'text') return { ...rest, speck: { line, length: speck[0].length } };
  }
  return classifyWritten(line);
}

function classifyWritten(line: Line): ClassifiedLine {
  const text = line.text;
  let kind = kindOf(line);
  let corrected: KeywordCorrection | null = null;
  // Only lines that read as nothing in particular are tried against the damaged keywords.
  if (kind === 'text' || kind === 'caps') {
    corrected = damagedKeywordOf(text);
    if (corrected) kind = CORRECTED_KIND[corrected.keyword] ?? kind;
  } else if (kind === 'bullet' && LEADING_DASH.test(text) && BASIS_SHAPE.test(text)) {
    // `- Cǎn cú Điều lệ Đảng;`: a Party căn cứ is dashed, so it reads as a bullet until corrected.
    corrected = damagedBasis(text);
    if (corrected) kind = CORRECTED_KIND[corrected.keyword] ?? kind;
  }
  return {
    line,
    kind,
    label: kind === 'numbered' ? matchLabel(text) : null,
    // (Both shapes of the mark hold a slash: most lines have none, and are not searched from every dot.)
    endsBody: text.includes('/') && END_OF_BODY.test(text),
    ...(corrected ? { corrected } : {}),
  };
}

const CORRECTED_KIND: Partial<Record<KeywordName, LineKind>> = {
  recipients: 'recipientsLabel',
  copyRecipients: 'copyRecipientsLabel',
  distribution: 'distributionLabel',
  basis: 'basis',
  nationalTitle: 'nationalTitle',
  motto: 'motto',
};

function damagedKeywordOf(text: string): KeywordCorrection | null {
  // Cheap shape tests first: most lines are body text and must not pay for the edit distance.
  const labelShaped = text.length <= 20 || text.slice(0, 24).includes(':');
  return (
    (labelShaped ? (damagedLabel('recipients', text) ?? damagedLabel('copyRecipients', text) ?? damagedLabel('distribution', text)) : null) ??
    (BASIS_SHAPE.test(text) ? damagedBasis(text) : null) ??
    damagedNationalTitle(text) ??
    damagedMotto(text)
  );
}

/**
 * Two short words and a capital, as `Căn cứ Luật …` (after an optional dash), the two run together
 * (`Căncứ Luật`) or one split by a space OCR put in (`C ăn cứ Điều`).
 */
const BASIS_SHAPE = vre(/^(?:[-–]\s*)?(?:\S{2,4}\s+\S{1,3}|\S\s+\S{2,3}\s+\S{1,3}|\S{4,7})\s+(?:\p{Lu}|vào\s)/u);

/** A tiêu ngữ garbled beyond its pattern (`Đôc lâp – Tư do – Hanh phuc`): the whole short line. */
function damagedMotto(text: string): KeywordCorrection | null {
  if (text.length > 45 || text.length < 20) return null;
  const found = fuzzyKeywordAtStart('motto', text);
  if (!found || found.end < text.length - 2) return null;
  return { keyword: 'motto', start: found.start, end: found.end, edits: found.edits };
}

// The entry may open with a digit OCR made of a letter (`~ 1ưu: VT.`).
const OCR_BULLET = vre(/^[~*]\s+(?=[\p{L}\p{N}])/u);

/** The Party header's `*` as OCR reads it: a mark or two and no letter (`+»`, `★`, `⁎`). */
const OCR_STAR = /^[*+»«×✱★☆⋆⁎∗•·]{1,3}$/u;

function kindOf(line: Line): LineKind {
  const text = line.text;
  const head = text.slice(0, 200);
  if (text === '*' || text === '***' || OCR_STAR.test(text)) return 'star';
  // `Ký bởi: …`, `Thời gian ký: … +07:00`: the stamp's own lines (segment adds the rest of its block).
  if (text.length <= 120 && isSignatureStampLine(text)) return 'stamp';
  // Lengths first: the titles are searched for anywhere in the line, and most lines are longer.
  if (text.length < 90 && NATIONAL_TITLE.test(head)) return 'nationalTitle';
  if (text.length < 60 && MOTTO.test(head)) return 'motto';
  if (text.length < 40 && PARTY_TITLE.test(head)) return 'partyTitle';
  // (Each title ends in `VIỆT NAM` or `HỒ CHÍ MINH`: a cheap test spares most lines the pattern.)
  if (text.length < 45 && (text.endsWith('VIỆT NAM') || text.endsWith('HỒ CHÍ MINH')) && ORGANISATION_TITLE_LINE.test(text)) return 'organisationTitle';
  if (NUMBER_LABEL.test(head)) return 'number';
  // (A telegram's label ends in a colon: most lines have none, and are not searched for it.)
  if (RECIPIENTS_LABEL.test(head) || (text.includes(':') && TELEGRAM_LABEL.test(text))) return 'recipientsLabel';
  if (COPY_RECIPIENTS_LABEL.test(head)) return 'copyRecipientsLabel';
  if (DISTRIBUTION_LABEL.test(head)) return 'distributionLabel';
  if (LETTER_SUBJECT.test(head)) return 'letterSubject';
  // (OCR may lose the stamp's marks: `HOA TOC`, `THUONG KHAN`.)
  if (URGENCY.test(text) || (text.length <= 24 && isUpperCaseText(text) && foldedMarkKey(URGENCY_MARKS, text) !== null)) return 'urgency';
  if (SECRECY.test(text)) return 'secrecy';
  if (AUTHORITY_LINE.test(head) && isUpperCaseText(head.replace(TRAILING_NAME, ''))) {
    return 'authority';
  }
  // `~ Như trên;`, `* Lưu: VT.`: OCR reads a list dash as `~` or `*`; the entry after it is text, not noise.
  const ocrBullet = OCR_BULLET.test(text) && !isStampNoise(text.replace(OCR_BULLET, '')) && !isSpeckedName(text);
  if (SIGNATURE_MARK.test(text) || (STAMP_NOISE.test(text) && text.length <= 12 && !/^[-+•]/.test(text)) || (isStampNoise(text) && !ocrBullet)) {
    return 'signatureMark';
  }
  if (BASIS.test(head)) return 'basis';
  if (text.length < 90 && (PLACE_DATE.test(head) || isBareDateLine(head) || PLACE_NUMERIC_DATE.test(text) || PLACE_DATE_CUT.test(text))) return 'placeDate';
  const heading = typeHeadingOf(text);
  if (heading) {
    if (/^\s*:\s*$/.test(heading.rest)) return 'enacting';
    if (heading.rest === '' || !/^[-:]/.test(heading.rest)) return 'typeHeading';
  }
  if (ANNEX_HEADING.test(head) && isUpperCaseText(text.slice(0, 10)) && text.length < 120) return 'annexHeading';
  const label = matchLabel(text);
  // A label alone in a table cell is the STT column's number, not a unit of the body.
  if (label && !(line.cell !== null && label.length >= text.length)) return 'numbered';
  if ((/^[-+•·–—]\s*\S/.test(text) && !/^[-–—]{2}/.test(text)) || ocrBullet) return 'bullet';
  if (isUpperCaseText(text) && text.length <= 160) return 'caps';
  return 'text';
}
