/** The place-and-date line read piece by piece, with where each piece is (VB130–VB134). */
import type { Line } from '../../lines/line.js';
import type { ClassifiedLine } from '../../zones/index.js';
import type { CheckContext } from '../types.js';
import { headerLines } from './util.js';

export interface DatePart {
  readonly text: string;
  readonly from: number;
}

export interface DateLine {
  readonly line: Line;
  readonly place: DatePart;
  /** The comma after the place, or null when there is none. */
  readonly comma: DatePart | null;
  readonly ngay: DatePart;
  readonly day: DatePart;
  readonly month: DatePart;
  readonly year: DatePart;
  /** Everything from the place to the year (the span a message points at). */
  readonly from: number;
  readonly to: number;
}

const WORDED = /(?<place>[^,\d]*?)\s*(?<comma>[,.]?)\s*(?<ngay>[Nn]gày)\s*(?<day>[^\s]*?)\s*tháng\s*(?<month>[^\s]*?)\s*năm\s*(?<year>\d{4})/du;
/** `Hà Nội, 10/5/2021`, `Hà Nội, ngày 10-5-2021`: a date in figures. */
export const NUMERIC_DATE_LINE = /^[^\d,]{2,40},\s*(?:[Nn]gày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*$/u;
export const BARE_DATE_LINE = /^[Nn]gày\s*\S{0,4}\s*tháng\s*\S{0,4}\s*năm\s*\d{4}/u;

export function dateLine(ctx: CheckContext): DateLine | null {
  const found = headerLines(ctx).find((l) => l.kind === 'placeDate') ?? sharedDateLine(ctx);
  if (!found) return null;
  const text = found.line.text;
  // On a line it shares (`Số: 12/UBND Hương Khê, ngày …`), the date is read from its place on.
  const skip = found.kind === 'placeDate' ? 0 : textIndexOf(found.line, placeStart(ctx) ?? 0);
  const m = WORDED.exec(text.slice(skip));
  if (!m?.indices?.groups || !m.groups) return null;
  const g = m.groups;
  const at = Object.fromEntries(Object.entries(m.indices.groups).map(([name, span]) => [name, span && ([span[0] + skip, span[1] + skip] as const)]));
  const part = (name: string): DatePart => ({ text: g[name] ?? '', from: at[name]?.[0] ?? 0 });
  const placeText = (g.place ?? '').replace(/^[*_\s]+/, '');
  const placeFrom = (at.place?.[0] ?? 0) + ((g.place ?? '').length - placeText.length);
  return {
    line: found.line,
    place: { text: placeText, from: placeFrom },
    comma: g.comma ? part('comma') : null,
    ngay: part('ngay'),
    day: part('day'),
    month: part('month'),
    year: part('year'),
    from: placeFrom,
    to: at.year?.[1] ?? text.length,
  };
}

/** Where the parser read the place (or the date, without a place), as an offset of the decoded text. */
function placeStart(ctx: CheckContext): number | null {
  const source = ctx.document.sources['/header/place'] ?? ctx.document.sources['/header/date'];
  return source?.place?.start.offset ?? null;
}

/** The header line the parser read the date from when no line of its own holds it (OCR joined the columns). */
function sharedDateLine(ctx: CheckContext): ClassifiedLine | null {
  const at = placeStart(ctx);
  if (at === null) return null;
  return headerLines(ctx).find((l) => {
    const place = ctx.place(l.line);
    return place.start.offset <= at && at < place.end.offset;
  }) ?? null;
}

/** The index in a line's cleaned text of a decoded-text offset (the first character at or after it). */
function textIndexOf(line: Line, offset: number): number {
  for (let i = 0; i < line.text.length; i++) if (line.map.toSource(i) >= offset) return i;
  return line.text.length;
}

/** A day or month left blank: nothing, or dots and underscores. */
export function isBlankPart(text: string): boolean {
  return /^[.…_\s]*$/.test(text);
}
