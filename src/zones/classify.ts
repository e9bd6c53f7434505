/**
 * Classify each logical line by what it looks like (Lawtext's first step: classify lines,
 * then rebuild structure). A line's kind depends only on its own text.
 */
import { documentTypeByName, DOCUMENT_TYPE_NAMES } from '../domain/document-types.js';
import { caseless, MOTTO, NATIONAL_TITLE, PARTY_TITLE } from '../domain/patterns.js';
import { AUTHORITY_LINE, SIGNATURE_MARK, STAMP_NOISE } from '../domain/signature.js';
import { isUpperCaseText, LOWER, stripDiacritics, vre } from '../domain/vietnamese.js';
import type { Line } from '../lines/line.js';
import { matchLabel, type Label } from './labels.js';

export type LineKind =
  | 'nationalTitle'
  | 'motto'
  | 'partyTitle'
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
  | 'text';

export interface ClassifiedLine {
  readonly line: Line;
  readonly kind: LineKind;
  /** For `numbered` lines: the label. */
  readonly label: Label | null;
  /** The line ends the body (`./.`, `/.`). */
  readonly endsBody: boolean;
}

export const NUMBER_LABEL = /^(?:Số|SỐ|Sô|So|S6|\$6|Sỏ)\s*[:.;]?\s*(?=[\d/\-–]|\s*[/\-–])/u;
export const PLACE_DATE = /^[^\d,.;:]{2,50}?[,.]\s*(?:ngày|ngay|Ngày)\b.{0,40}?(?:tháng|thang)\b.{0,30}?(?:năm|nam)\b/u;
export const BARE_DATE = /^(?:ngày|Ngày)\s*[\d\s.]{0,4}\s*tháng\s*[\d\s.]{0,4}\s*năm\s*\d{4}/u;
export const LETTER_SUBJECT = /^(?:V\/v|V\/V|v\/v|Viv|V\.v|Vv|V\/v:)\b|^V\/v/u;
const RECIPIENTS_LABEL = /^(?:Kính|Kinh|KÍNH)\s*(?:gửi|gởi|gui|GỬI)\s*[:.]?/u;
/** A công điện names its addressees after `… điện:` (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:`). */
const TELEGRAM_LABEL = vre(/^(?:(?:Điện|ĐIỆN)|[^\p{Ll}:]{3,100}?\s(?:điện|ĐIỆN))\s*:/u);

/** Length of the recipients label at the start of a line (`Kính gửi:`, `… điện:`), 0 when none. */
export function recipientsLabelLength(text: string): number {
  const telegram = TELEGRAM_LABEL.exec(text);
  if (telegram) return telegram[0].length;
  const m = RECIPIENTS_LABEL.exec(text) ?? COPY_RECIPIENTS_LABEL.exec(text);
  return m ? m[0].length : 0;
}
const COPY_RECIPIENTS_LABEL = /^(?:Đồng|Dong|ĐỒNG)\s*(?:kính|KÍNH)\s*(?:gửi|GỬI)\s*[:.]?/u;
const DISTRIBUTION_LABEL = /^(?:Nơi|Noi|NƠI)\s*(?:nhận|nhan|NHẬN)\s*[:.]?/u;
// Whole-line marks; caseless because a mark typed in lower case under Word's caps formatting
// (`Khẩn`) is shown in capitals.
const URGENCY = caseless('^(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|HỎA TỐC HẸN GIỜ|HOẢ TỐC HẸN GIỜ)$');
const SECRECY = caseless('^(?:MẬT|TỐI MẬT|TUYỆT MẬT)$');
// Party căn cứ lines start with a dash (`- Căn cứ Điều lệ Đảng;`, HD 36).
const BASIS = vre(/^(?:[-–]\s*)?(?:Căn c[ứửừưu]|CĂN CỨ|Theo đề nghị|Xét đề nghị|Xét Tờ trình|Theo đề xuất)(?![\p{L}\p{N}])/u);
const ANNEX_HEADING = /^(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|DANH MỤC|DANH SÁCH|BẢNG|Bảng)\b/u;
const END_OF_BODY = /\.\s*\/\s*\.?\s*$|\/\.\s*$/;

const TYPE_NAMES_UPPER = DOCUMENT_TYPE_NAMES.map((n) => n.toLocaleUpperCase('vi'));
const SHORTEST_TYPE_NAME = Math.min(...TYPE_NAMES_UPPER.map((n) => n.length));
const LOWER_LETTER = new RegExp(`[${LOWER}]`);

/**
 * Type names that also begin ordinary capitalised lines (`ĐIỆN LỰC HÀ NỘI`, `LUẬT SƯ …`): a heading
 * only when alone on the line or followed by its subject (`VỀ …`).
 */
const AMBIGUOUS_TYPE_NAMES: ReadonlySet<string> = new Set(
  ['Điện', 'Lệnh', 'Luật', 'Văn bản', 'Bản sao', 'Hiến pháp', 'Điều lệ', 'Tuyên bố', 'Chiến lược', 'Cương lĩnh', 'Quy hoạch', 'Phương án', 'Dự án', 'Hợp đồng'].map((n) =>
    n.toLocaleUpperCase('vi'),
  ),
);

/** The type heading at the start of a line (`QUYẾT ĐỊNH`, `KẾ HOẠCH Thực hiện …`), if any. */
export function typeHeadingOf(text: string): { name: string; rest: string } | null {
  // A heading is written in capitals: a lower-case letter before the shortest type name's length
  // rules every name out, and the OCR fallback below too (most lines stop here, cheaply).
  const firstLower = text.search(LOWER_LETTER);
  if (firstLower >= 0 && firstLower < SHORTEST_TYPE_NAME) return null;
  const upper = text.toLocaleUpperCase('vi');
  for (const name of TYPE_NAMES_UPPER) {
    if (!upper.startsWith(name)) continue;
    const written = text.slice(0, name.length);
    if (!isUpperCaseText(written)) continue;
    const rest = text.slice(name.length);
    if (rest.length > 0 && !/^[\s:]/.test(rest)) continue;
    if (AMBIGUOUS_TYPE_NAMES.has(name) && rest.trim().length > 0 && !/^\s*(?::|VỀ|Về|về)/u.test(rest)) continue;
    const entry = documentTypeByName(name);
    return { name: entry?.name ?? name, rest: rest.replace(/^\s*/, '') };
  }
  // OCR loses or garbles diacritics (`QUYÉT ĐỊNH`, `KE HOACH`): a heading alone on its line still counts.
  if (!isUpperCaseText(text)) return null;
  const bare = OCR_TYPE_NAMES.get(stripDiacritics(upper).trim());
  return bare ? { name: bare, rest: '' } : null;
}

/** Type names of two or more words without diacritics (one-word names are too easily met by chance). */
const OCR_TYPE_NAMES: ReadonlyMap<string, string> = new Map(
  DOCUMENT_TYPE_NAMES.filter((n) => n.includes(' ')).map((n) => [stripDiacritics(n.toLocaleUpperCase('vi')), documentTypeByName(n)?.name ?? n] as const),
);

/** A person's name at the end of a flattened signature line. */
const TRAILING_NAME = vre(/(?<!\p{L})\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+\s*$/u);
const SEAL_RING = vre(/^[\p{Lu}\s]{3,}\s\*\s[\p{Lu}\s]{3,}\*?\s*$/u);
const SYMBOLS = vre(/[^\p{L}\p{N}\s]/gu);
const LETTERS = vre(/\p{L}/gu);

/** OCR of a round seal: short, and full of symbols no document text has (`(%' Ủ/ Y BAN .\\`). */
export function isStampNoise(text: string): boolean {
  // The ring of a round seal read by OCR: `ỦY BAN NHÂN DÂN * TỈNH QUẢNG TRỊ *`.
  if (SEAL_RING.test(text)) return true;
  if (text.length > 40) return false;
  const odd = text.match(/[%#\\{}|<>=~^`]/g)?.length ?? 0;
  const symbols = text.match(SYMBOLS)?.length ?? 0;
  const letters = text.match(LETTERS)?.length ?? 0;
  return odd >= 1 && symbols >= 3 && symbols >= letters / 2;
}

export function classifyLine(line: Line): ClassifiedLine {
  const text = line.text;
  const kind = kindOf(line);
  return {
    line,
    kind,
    label: kind === 'numbered' ? matchLabel(text) : null,
    endsBody: END_OF_BODY.test(text),
  };
}

function kindOf(line: Line): LineKind {
  const text = line.text;
  const head = text.slice(0, 200);
  if (text === '*' || text === '***') return 'star';
  if (NATIONAL_TITLE.test(head) && text.length < 90) return 'nationalTitle';
  if (MOTTO.test(head) && text.length < 60) return 'motto';
  if (PARTY_TITLE.test(head) && text.length < 40) return 'partyTitle';
  if (NUMBER_LABEL.test(head)) return 'number';
  if (RECIPIENTS_LABEL.test(head) || TELEGRAM_LABEL.test(text)) return 'recipientsLabel';
  if (COPY_RECIPIENTS_LABEL.test(head)) return 'copyRecipientsLabel';
  if (DISTRIBUTION_LABEL.test(head)) return 'distributionLabel';
  if (LETTER_SUBJECT.test(head)) return 'letterSubject';
  if (URGENCY.test(text)) return 'urgency';
  if (SECRECY.test(text)) return 'secrecy';
  if (AUTHORITY_LINE.test(head) && isUpperCaseText(head.replace(TRAILING_NAME, ''))) {
    return 'authority';
  }
  if (SIGNATURE_MARK.test(text) || (STAMP_NOISE.test(text) && text.length <= 12 && !/^[-+•]/.test(text)) || isStampNoise(text)) {
    return 'signatureMark';
  }
  if (BASIS.test(head)) return 'basis';
  if ((PLACE_DATE.test(head) || BARE_DATE.test(head)) && text.length < 90) return 'placeDate';
  const heading = typeHeadingOf(text);
  if (heading) {
    if (/^\s*:\s*$/.test(heading.rest)) return 'enacting';
    if (heading.rest === '' || !/^[-:]/.test(heading.rest)) return 'typeHeading';
  }
  if (ANNEX_HEADING.test(head) && isUpperCaseText(text.slice(0, 10)) && text.length < 120) return 'annexHeading';
  if (matchLabel(text)) return 'numbered';
  if (/^[-+•·–—]\s*\S/.test(text) && !/^[-–—]{2}/.test(text)) return 'bullet';
  if (isUpperCaseText(text) && text.length <= 160) return 'caps';
  return 'text';
}
