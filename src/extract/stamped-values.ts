/**
 * The number and the day that a signing system stamps into a signed PDF's blanks
 * (`Số:      /CĐ-VPCP`, `Hà Nội, ngày      tháng      năm`) are annotations, not text of the
 * page. Extractors that read them (MuPDF and PyMuPDF, `pdftotext -raw`) list them apart, where the
 * page's text ends: `2003` / `07` / `10` / `2025`, a line each. Where the header's number is blank
 * and its day too, such a run of bare numbers fills them: number, day, then month and year where
 * the stamp has them (and where the header has them, they must agree).
 */
import { DAY_WORD, MONTH_WORD, YEAR_WORD, dateFromParts } from '../domain/date-grammar.js';
import { caseless } from '../domain/patterns.js';
import type { Line } from '../lines/line.js';
import type { Header } from '../schema/document.js';
import { lineAt, type ClassifiedLine } from '../zones/index.js';
import type { ExtractContext } from './context.js';

export interface StampedValues {
  /** The line the number stands on, and the number. */
  readonly number: Line;
  readonly numberText: string;
  readonly day: string;
  readonly dayLine: Line;
  readonly month: string | null;
  readonly year: string | null;
  /** The line of the stamp's last value. */
  readonly last: Line;
  /** The lines that hold only the stamp's values. */
  readonly lines: readonly Line[];
}

/** A line of one to four bare numbers (`pdftotext -raw` puts the stamp's values on one line). */
const BARE_NUMBERS = /^\d{1,6}(?:[ \t]+\d{1,6}){0,3}$/;

/** `Hà Nội, ngày      tháng      năm`: a place-date line with every part left blank. */
const BLANK_PLACE_DATE = caseless(`^(\\S[^,\\d]{1,40}?),\\s*${DAY_WORD}\\s+${MONTH_WORD}\\s+${YEAR_WORD}\\s*$`);

interface Value {
  readonly value: string;
  readonly line: Line;
}

/**
 * The stamp among the runs of bare numbers after the header (lines of them with no blank line
 * between): the one whose first two to four values read as number, day, month and year and agree
 * with `known`, the date parts the header has. The run that fills most wins, then the longer
 * number (a table's `2` / `2` loses to `644` / `06`); a page number after the stamp is no part of it.
 */
export function findStampedValues(lines: readonly ClassifiedLine[], from: number, known: { month: number | null; year: number | null }): StampedValues | null {
  let best: { values: readonly Value[]; run: readonly Value[]; score: number } | null = null;
  let run: Value[] = [];
  const close = () => {
    for (let n = Math.min(4, run.length); n >= 2; n--) {
      const values = run.slice(0, n);
      if (!fits(values, known)) continue;
      const score = n * 10 + Math.min(values[0]!.value.length, 6);
      if (!best || score > best.score) best = { values, run, score };
      break;
    }
    run = [];
  };
  for (let i = from; i < lines.length; i++) {
    const { line } = lineAt(lines, i);
    const text = line.text.trim();
    if (!BARE_NUMBERS.test(text) || line.gapBefore || (run.length > 0 && line.column !== run[0]!.line.column)) {
      close();
      if (!BARE_NUMBERS.test(text)) continue;
    }
    for (const value of text.split(/[ \t]+/)) run.push({ value, line });
  }
  close();
  const found = best as { values: readonly Value[]; run: readonly Value[] } | null;
  if (!found) return null;
  const [number, day, month, year] = found.values;
  // A line is the stamp's when every value on it is (a page number after the stamp is not).
  const used = new Set(found.values);
  const stampLines = [...new Set(found.values.map((v) => v.line))].filter((line) => found.run.every((v) => v.line !== line || used.has(v)));
  return { number: number!.line, numberText: number!.value, day: day!.value, dayLine: day!.line, month: month?.value ?? null, year: year?.value ?? null, last: found.values[found.values.length - 1]!.line, lines: stampLines };
}

function fits(values: readonly Value[], known: { month: number | null; year: number | null }): boolean {
  const [, day, month, year] = values.map((v) => Number(v.value));
  if (day === undefined || day < 1 || day > 31) return false;
  if (month !== undefined && (month < 1 || month > 12 || (known.month !== null && month !== known.month))) return false;
  if (year !== undefined && (year < 1945 || year > 2099 || (known.year !== null && year !== known.year))) return false;
  // Without the stamp's month the header must give it, and without its year the header's year.
  return (month !== undefined || known.month !== null) && (year !== undefined || known.year !== null);
}

/**
 * Fills a blank number and a blank day from a stamp listed apart (`header/number-stamped`,
 * `header/date-stamped`). Returns whether the number was filled.
 */
export function fillStampedValues(ctx: ExtractContext, headerLines: readonly ClassifiedLine[], out: Header): boolean {
  if (out.number !== null || out.numbering === null || (out.date !== null && out.date.day !== null)) return false;
  const blankDate = out.date === null ? blankPlaceDate(headerLines) : null;
  if (out.date === null && blankDate === null) return false;
  const stamp = findStampedValues(ctx.zones.lines, ctx.zones.header.end, { month: out.date?.month ?? null, year: out.date?.year ?? null });
  if (!stamp) return false;
  for (const line of stamp.lines) ctx.readIntoHeader.add(line);
  const number = stamp.numberText;
  out.number = number;
  out.numbering = { ...out.numbering, number };
  ctx.record('/header/number', stamp.number);
  ctx.report('header/number-stamped', `The number ${number} stands apart from the số/ký hiệu line, where the text extractor listed the signing system's stamp`, ctx.place(stamp.number));
  const year = stamp.year ?? String(out.date?.year ?? '');
  const month = stamp.month ?? (out.date?.month === null || out.date?.month === undefined ? undefined : String(out.date.month));
  const parts = dateFromParts(stamp.day, month, year);
  if (parts.day === null) return true;
  out.date = { ...parts, raw: out.date?.raw ?? blankDate?.raw ?? '' };
  if (blankDate) {
    out.place = blankDate.place;
    ctx.record('/header/place', blankDate.line, blankDate.placeStart, blankDate.placeStart + blankDate.place.length);
    ctx.record('/header/date', blankDate.line, blankDate.placeStart + blankDate.place.length);
  }
  ctx.report('header/date-stamped', `The date ${parts.iso} is read from the stamped values listed apart from the place-date line`, { start: ctx.place(stamp.dayLine).start, end: ctx.place(stamp.last).end });
  return true;
}

function blankPlaceDate(headerLines: readonly ClassifiedLine[]): { line: Line; place: string; placeStart: number; raw: string } | null {
  for (const { line } of headerLines) {
    const m = BLANK_PLACE_DATE.exec(line.text.trim());
    if (!m) continue;
    const placeStart = line.text.indexOf(m[1]!);
    return { line, place: m[1]!.trim(), placeStart, raw: m[0].slice(m[1]!.length).replace(/^,\s*/, '') };
  }
  return null;
}
