/**
 * Địa danh và thời gian ban hành: `Lạng Sơn, ngày 10 tháng 5 năm 2021`. A blank day (a draft)
 * gives `2022-07`; OCR noise in the day or month gives what is still readable.
 */
import type { IssueDate } from '../schema/document.js';
import { vre } from '../domain/vietnamese.js';

const DATE_WORDS =
  /(?:ngày|ngay|Ngày|NGÀY)\s*([^\s]{0,4}?)\s*(?:\/\s*)?(?:tháng|thang|Tháng|THÁNG)\s*([^\s]{0,4}?)\s*(?:\/\s*)?(?:năm|nam|Năm|NĂM)\s*(\d[0-9Oo]{3})/u;
const DATE_NUMERIC = /(?:ngày|Ngày)\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;

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
  const month = readNumber(m[2] ?? '', 12);
  const year = Number((m[3] ?? '').replace(/[Oo]/g, '0'));
  // A day the month does not have (`31 tháng 02`, OCR) is unreadable; `raw` keeps what was written.
  const day = readNumber(m[1] ?? '', month === null ? 31 : daysInMonth(year, month));
  const date: IssueDate = { iso: isoDate(year, month, day), day, month, year, raw: m[0] };
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

function readNumber(written: string, max: number): number | null {
  // OCR writes 0 as O and 1 as l (`tháng O8`): restore them when the token also has a digit.
  const token = /\d/.test(written) ? written.replace(/[oO]/g, '0').replace(/[lI]/g, '1') : written;
  if (!/^\d{1,2}$/.test(token)) return null;
  const n = Number(token);
  return n >= 1 && n <= max ? n : null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2024-03-05`, `2024-03` or `2024`: as much as was readable. */
export function isoDate(year: number, month: number | null, day: number | null): string | null {
  if (!year) return null;
  const y = String(year).padStart(4, '0');
  if (month === null) return y;
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${y}-${mm}`;
  return `${y}-${mm}-${String(day).padStart(2, '0')}`;
}

/**
 * The place name: the capitalised words right before `, ngày` (`Thành phố Hồ Chí Minh`), not the
 * number or code that may precede it on an OCR line.
 */
const HAS_LETTER = vre(/\p{L}/u);
const STARTS_LOWER = vre(/^\p{Ll}/u);

function placeBefore(before: string): { text: string; start: number; end: number } | null {
  const trimmed = before.replace(/[\s,.]+$/u, '');
  if (trimmed.length === 0) return null;
  const words = trimmed.split(/\s+/);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (word === undefined || /[/\d:;]/.test(word) || word.length === 0 || !HAS_LETTER.test(word)) break;
    if (taken.length >= 6) break;
    taken.unshift(word);
  }
  // Drop leading lower-case connector words that are not part of a place (`tại`).
  while (taken.length > 1 && STARTS_LOWER.test(taken[0] ?? '') && !/^(?:thành|tỉnh|huyện|quận|xã|phường|thị)$/u.test(taken[0] ?? '')) taken.shift();
  const [firstWord] = taken;
  if (firstWord === undefined) return null;
  const text = taken.join(' ').replace(/^[*_(]+/, '');
  const start = trimmed.lastIndexOf(firstWord);
  return { text, start, end: trimmed.length };
}
