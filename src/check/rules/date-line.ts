/** The place-and-date line read piece by piece, with where each piece is (VB130–VB134). */
import type { Line } from '../../lines/line.js';
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
  const candidates = headerLines(ctx).filter((l) => l.kind === 'placeDate');
  const found = candidates[0];
  if (!found) return null;
  const text = found.line.text;
  const m = WORDED.exec(text);
  if (!m?.indices?.groups || !m.groups) return null;
  const g = m.groups;
  const at = m.indices.groups;
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

/** A day or month left blank: nothing, or dots and underscores. */
export function isBlankPart(text: string): boolean {
  return /^[.…_\s]*$/.test(text);
}
