/**
 * The number and the day that a signing system stamps into a signed PDF's blanks
 * (`Số:      /CĐ-VPCP`, `Hà Nội, ngày      tháng      năm`) are annotations, not text of the
 * page. Extractors that read them (MuPDF and PyMuPDF, `pdftotext -raw`) list them apart, where the
 * page's text ends: `2003` / `07` / `10` / `2025`, a line each. Where the header's number is blank
 * and its day too, such a run of bare numbers fills them: number, day, then month and year where
 * the stamp has them (and where the header has them, they must agree).
 */
import { BLANK_PLACE_DATE, dateFromParts } from '../domain/date-grammar.js';
import type { Line } from '../lines/line.js';
import type { Header } from '../schema/document.js';
import { lineAt, type ClassifiedLine } from '../zones/index.js';
import type { ExtractContext } from './context.js';

/** One figure of a stamp and the line it stands on. */
interface Value {
  readonly value: string;
  readonly line: Line;
}

export interface StampedValues {
  /** Number, day, then month and year where the stamp has them. */
  readonly values: readonly Value[];
  /** The lines that hold only the stamp's values. */
  readonly lines: readonly Line[];
}

/** A line of one to four bare numbers (`pdftotext -raw` puts the stamp's values on one line). */
const BARE_NUMBERS = /^\d{1,6}(?:[ \t]+\d{1,6}){0,3}$/;

/**
 * The stamp among the runs of bare numbers after the header (lines of them with no blank line
 * between): the one whose first two to four values read as number, day, month and year and agree
 * with `known`, the date parts the header has. The run that fills most wins, then the longer
 * number (a table's `2` / `2` loses to `644` / `06`); a page number after the stamp is no part of it.
 */
export function findStampedValues(lines: readonly ClassifiedLine[], from: number, known: { month: number | null; year: number | null }): StampedValues | null {
  let best: { values: readonly Value[]; run: readonly Value[]; score: number } | null = null;
  for (const run of numberRuns(lines, from)) {
    const values = stampPrefix(run, known);
    if (!values) continue;
    const score = values.length * 10 + Math.min(values[0]!.value.length, 6);
    if (!best || score > best.score) best = { values, run, score };
  }
  if (!best) return null;
  const { values, run } = best;
  // A line is the stamp's when every value on it is (a page number after the stamp is not).
  const used = new Set(values);
  const stampLines = [...new Set(values.map((v) => v.line))].filter((line) => run.every((v) => v.line !== line || used.has(v)));
  return { values, lines: stampLines };
}

/** The runs of bare numbers from line `from` on: adjacent lines of one column. */
function numberRuns(lines: readonly ClassifiedLine[], from: number): Value[][] {
  const runs: Value[][] = [];
  let run: Value[] = [];
  for (let i = from; i < lines.length; i++) {
    const { line } = lineAt(lines, i);
    const text = line.text.trim();
    const numbers = BARE_NUMBERS.test(text);
    if (!numbers || line.gapBefore || (run.length > 0 && line.column !== run[0]!.line.column)) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (numbers) for (const value of text.split(/[ \t]+/)) run.push({ value, line });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The longest head of a run (two to four values) that reads as a stamp, or null. */
function stampPrefix(run: readonly Value[], known: { month: number | null; year: number | null }): readonly Value[] | null {
  for (let n = Math.min(4, run.length); n >= 2; n--) {
    const values = run.slice(0, n);
    if (fits(values, known)) return values;
  }
  return null;
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
  const [number, day, month, year] = stamp.values;
  for (const line of stamp.lines) ctx.readIntoHeader.add(line);
  out.number = number!.value;
  out.numbering = { ...out.numbering, number: number!.value };
  ctx.record('/header/number', number!.line);
  ctx.report('header/number-stamped', `The number ${number!.value} stands apart from the số/ký hiệu line, where the text extractor listed the signing system's stamp`, ctx.place(number!.line));
  const parts = dateFromParts(day!.value, month?.value ?? (out.date?.month ? String(out.date.month) : undefined), year?.value ?? String(out.date?.year ?? ''));
  if (parts.day === null) return true;
  out.date = { ...parts, raw: out.date?.raw ?? blankDate?.raw ?? '' };
  if (blankDate) {
    out.place = blankDate.place;
    ctx.record('/header/place', blankDate.line, blankDate.placeStart, blankDate.placeStart + blankDate.place.length);
    ctx.record('/header/date', blankDate.line, blankDate.placeStart + blankDate.place.length);
  }
  const last = stamp.values[stamp.values.length - 1]!.line;
  ctx.report('header/date-stamped', `The date ${parts.iso} is read from the stamped values listed apart from the place-date line`, { start: ctx.place(day!.line).start, end: ctx.place(last).end });
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
