/**
 * Địa danh và thời gian ban hành: `Lạng Sơn, ngày 10 tháng 5 năm 2021`. A blank day (a draft)
 * gives `2022-07`; OCR noise in the day or month gives what is still readable.
 */
import type { IssueDate } from '../schema/document.js';
import { dateFromParts, DAY_WORD, daysInMonth, isoDate, numericDate, wordedDate } from '../domain/date-grammar.js';
import { marksPattern, URGENCY_MARKS } from '../domain/keywords.js';
import { caseless } from '../domain/patterns.js';
import { vre } from '../domain/vietnamese.js';

const DATE_WORDS = caseless(wordedDate('loose'));
const DATE_NUMERIC = caseless(`${DAY_WORD}\\s*${numericDate('loose')}`);

export interface PlaceDate {
  readonly place: string | null;
  readonly date: IssueDate;
  /** Offsets of the whole `place, ngày … năm yyyy` text in the input. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the place name. */
  readonly placeStart: number;
  readonly placeEnd: number;
}

/** Find the place and date in a line (they may share it with the number: `Số: 12/UBND Hà Nội, ngày …`). */
export function parsePlaceDate(text: string): PlaceDate | null {
  const m = text.match(DATE_WORDS) ?? text.match(DATE_NUMERIC);
  if (!m || m.index === undefined) return null;
  const parts = dateFromParts(m[1], m[2], m[3] ?? '');
  const date: IssueDate = { iso: parts.iso, day: parts.day, month: parts.month, year: parts.year, raw: m[0] };
  const before = text.slice(0, m.index);
  const place = placeBefore(before);
  return {
    place: place?.text ?? null,
    date,
    start: place ? place.start : m.index,
    end: m.index + m[0].length,
    placeStart: place?.start ?? m.index,
    placeEnd: place?.end ?? m.index,
  };
}

export { daysInMonth, isoDate };

/**
 * The place name: the capitalised words right before `, ngày` (`Thành phố Hồ Chí Minh`), not the
 * number or code that may precede it on an OCR line.
 */
const HAS_LETTER = vre(/\p{L}/u);
const STARTS_LOWER = vre(/^\p{Ll}/u);
const URGENCY_BEFORE_PLACE = marksPattern(URGENCY_MARKS, '^', '\\s+');
const TITLE_CASE_WORD = vre(/^\p{Lu}\p{Ll}+$/u);
const UPPER_WORD = vre(/^\p{Lu}{2,}$/u);

function placeBefore(before: string): { text: string; start: number; end: number } | null {
  const trimmed = before.replace(/[\s,.]+$/u, '');
  if (trimmed.length === 0) return null;
  const words = trimmed.split(/\s+/);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (word === undefined) break;
    // `Phan Rang - Tháp Chàm`, `Bà Rịa – Vũng Tàu`: a dash between two names in title case.
    const joinsNames = /^[-–]$/u.test(word) && taken.length > 0 && TITLE_CASE_WORD.test(taken[0] ?? '') && TITLE_CASE_WORD.test(words[i - 1] ?? '');
    if (!joinsNames && (/[/\d:;]/.test(word) || word.length === 0 || !HAS_LETTER.test(word))) break;
    if (taken.length >= 6) break;
    taken.unshift(word);
  }
  // Drop leading lower-case connector words that are not part of a place (`tại`).
  while (taken.length > 1 && STARTS_LOWER.test(taken[0] ?? '') && !/^(?:thành|tỉnh|huyện|quận|xã|phường|thị)$/u.test(taken[0] ?? '')) taken.shift();
  // An urgency stamp OCR set on the line before the place (`45/BC-UBND KHẨN Mỹ Hòa, ngày …`).
  const stampWords = URGENCY_BEFORE_PLACE.exec(taken.join(' '))?.[0].trim().split(' ').length ?? 0;
  if (stampWords > 0 && taken.length > stampWords) taken.splice(0, stampWords);
  // `ĐẢNG ỦY XÃ HÒA AN Hòa An, ngày …`: a header line with no gap between its columns; the agency's
  // words in capitals run into the place, which is the words in title case after them.
  const capitals = taken.findIndex((w) => !UPPER_WORD.test(w));
  if (capitals >= 2 && TITLE_CASE_WORD.test(taken[capitals] ?? '')) taken.splice(0, capitals);
  const [firstWord] = taken;
  if (firstWord === undefined) return null;
  const text = taken.join(' ').replace(/^[*_(]+/, '');
  const start = trimmed.lastIndexOf(firstWord);
  return { text, start, end: trimmed.length };
}
