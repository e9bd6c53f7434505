/**
 * The one grammar of a date (ngày tháng năm ban hành, NĐ 30 Điều 8.4; Party `ngày 26-02-2024`),
 * used by the header's place-date line, the line classifier, the citation reader and the linter.
 * Two policies share it: on the header's date line (`loose`) OCR noise may stand in the day and
 * month (`ngày 2Ø tháng O8`) and any spaces between the parts (`ngày 28     tháng 4    năm 2026`);
 * in running text (`tight`) only digits, at most two spaces around a numeric separator.
 */
import { DIGIT_LOOKALIKE_CLASS, repairDigits } from './keywords.js';
import { caseless, DASH } from './patterns.js';
import { vre } from './vietnamese.js';

/**
 * Any `a` of the date words whatever its hat and tone: OCR and hurried typing put the wrong mark on
 * it (`thảng`, `nãm`, `ngảy`, `nǎm` with a caron), and the words' shape around the numbers is what identifies them.
 */
const ANY_A = '[aàáảãạăằắẳẵặâầấẩẫậǎ]';
/** The date words, with or without diacritics, any mark on the vowel (compile caseless). */
export const DAY_WORD = `ng${ANY_A}y`;
export const MONTH_WORD = `th${ANY_A}ng`;
/** `năm`, or `nărn` (OCR reads `m` as `rn`). */
export const YEAR_WORD = `n${ANY_A}(?:m|rn)`;
/** The date words as NĐ 30 writes them, by their letters without marks (and `narn`, OCR's `rn` for `m`). */
export const DATE_WORD_SPELLINGS: Readonly<Record<string, string>> = { ngay: 'ngày', thang: 'tháng', nam: 'năm', narn: 'năm' };

/** A year in running text. */
export const YEAR = '(?:19|20)[0-9]{2}(?![0-9])';
/**
 * The year of a numeric date: four digits, or two where old letters wrote them so
 * (`ngày 12/02/98`); `expandYear` puts the century back.
 */
const NUMERIC_YEAR = `(?:(?:19|20)[0-9]{2}(?![0-9])|[0-9]{2}(?![0-9]|\\s*[/.${DASH}]\\s*[0-9]))`;
/** Two-digit years up to this one are of the 2000s, later ones of the 1900s. */
const TWO_DIGIT_YEAR_PIVOT = 49;
/** A year on a date line, OCR look-alikes included (`2O24`). */
const YEAR_LOOSE = `[0-9](?:[0-9]|${DIGIT_LOOKALIKE_CLASS}){3}`;
/** Separators of a numeric date: `/`, `.`, any dash. */
const NUMERIC_SEPARATOR = `[/.${DASH}]`;

export type DateSpacing = 'loose' | 'tight';

/**
 * The month word between a date's numbers, as OCR also reads it: `thong` (`a` read as `o`). Only
 * there: the numbers around it and `năm yyyy` after it are what make it the month word.
 */
const MONTH_WORD_READ = `th(?:${ANY_A}|[oóòôốồơ])ng`;

/** Spaces between the parts of a worded date, and one speck OCR may leave there (`31 _tháng 12`). */
const SPECKS = "\\s*(?:[_'‘’`´~]\\s*)?";

/** `15 tháng 7 năm 2022` (day may be blank). Groups: day?, month, year. Caseless. */
export function wordedDate(spacing: DateSpacing): string {
  if (spacing === 'tight') return `([0-9]{1,2})?${SPECKS}${MONTH_WORD_READ}${SPECKS}([0-9]{1,2})${SPECKS}${YEAR_WORD}${SPECKS}(${YEAR})`;
  return `${DAY_WORD}\\s*([^\\s]{0,4}?)\\s*(?:\\/\\s*)?${MONTH_WORD_READ}\\s*([^\\s]{0,4}?)\\s*(?:\\/\\s*)?${YEAR_WORD}\\s*(${YEAR_LOOSE})`;
}


/** `8/5/2021`, `04 /5/2021`, `11-02-2003`, `08.5.2021`, `12/02/98`, `04` / `/5/2021` over two lines. Groups: day, month, year. */
export function numericDate(spacing: DateSpacing): string {
  // In running text a date may wrap at a separator (`ngày 04` / `/5/2021`): one line break.
  const sp = spacing === 'tight' ? '[ \\t]{0,2}(?:\\n[ \\t]{0,2})?' : '\\s*';
  // A two-digit year ends the date: `25-26/10/2024` is a span of days, not 25/26/10.
  const year = spacing === 'tight' ? `(${NUMERIC_YEAR})` : `([0-9]{4}|${NUMERIC_YEAR})`;
  return `([0-9]{1,2})${sp}${NUMERIC_SEPARATOR}${sp}([0-9]{1,2})${sp}${NUMERIC_SEPARATOR}${sp}${year}`;
}

export interface DateParts {
  readonly day: number | null;
  readonly month: number | null;
  readonly year: number;
  /** `2024-03-05`, `2024-03` or `2024`: as much as was readable; null without a year. */
  readonly iso: string | null;
}

/**
 * A date from its written parts, OCR look-alikes repaired (`O8` → 8); a month or day out of range
 * (`31 tháng 02`) is unreadable and left out, keeping what is still readable.
 */
export function dateFromParts(day: string | undefined, month: string | undefined, year: string): DateParts {
  const y = expandYear(Number(repairDigits(year)), year.trim().length);
  const m = month === undefined ? null : readPart(month, 12);
  const d = day === undefined ? null : readPart(day, m === null ? 31 : daysInMonth(y, m));
  return { day: d, month: m, year: y, iso: isoDate(y, m, d) };
}

/** `98` → 1998, `05` → 2005: a two-digit year's century (`TWO_DIGIT_YEAR_PIVOT`). */
export function expandYear(year: number, digits: number): number {
  if (digits !== 2) return year;
  return year <= TWO_DIGIT_YEAR_PIVOT ? 2000 + year : 1900 + year;
}

function readPart(written: string, max: number): number | null {
  // Between the date words a token of look-alikes alone is the number too (`tháng lO năm 2024`).
  const token = repairDigits(written, { always: true });
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

/** A line cut after a date word (`Bình Thuận, ngày`, `…, ngày 23 tháng`): the date goes on below. */
export const DATE_CUT = caseless(`(?:^|[\\s,])(?:${DAY_WORD}|${MONTH_WORD}|${YEAR_WORD})(?:\\s*[0-9]{1,2})?\\s*$`);

/**
 * `Hà Nội, ngày` / `tháng 12 năm 2025`: a place-date line that text extracted without the layout
 * cut after a date word (the day and month were blanks a signing system filled).
 */
export const PLACE_DATE_CUT = vre(`^\\p{Lu}[^,\\d]{1,40},\\s*[Nn]${DAY_WORD.slice(1)}(?:\\s+\\d{1,2})?(?:\\s+${MONTH_WORD}(?:\\s+\\d{1,2})?)?\\s*$`, 'u');

/** `Hà Nội, ngày      tháng      năm`: a place-date line with every part left blank. Group: the place. */
export const BLANK_PLACE_DATE = caseless(`^(\\S[^,\\d]{1,40}?),\\s*${DAY_WORD}\\s+${MONTH_WORD}\\s+${YEAR_WORD}\\s*$`);

/** A short line of date parts alone, a date's continuation: `23 tháng`, `3 năm 2022`, `năm 2025`. */
export const DATE_PARTS_LINE = caseless(`^(?:[0-9]{1,4}\\s*)?(?:(?:${MONTH_WORD}|${YEAR_WORD})\\s*[0-9]{0,4}\\s*){1,2}$`);
