/** Reading forward: the date (`ngày 8/5/2021`, `ngày 15 tháng 7 năm 2022`) after a code. */
import { DATE_BODY, DATE_LEAD } from '../../domain/citation-patterns.js';
import { dateFromParts } from '../../domain/date-grammar.js';
import { vre } from '../../domain/vietnamese.js';


const DATE_READER = vre(`${DATE_LEAD}${DATE_BODY}`, 'yiu');

/** An ISO date from the groups of `DATE_BODY` (d/m/y numeric in 1-3, worded in 4-6), or null. */
export function isoFromGroups(g: ReadonlyArray<string | undefined>, offset: number): string | null {
  const numeric = g[offset + 2] !== undefined;
  const d = numeric ? g[offset] : g[offset + 3];
  const mo = numeric ? g[offset + 1] : g[offset + 4];
  const y = numeric ? g[offset + 2] : g[offset + 5];
  if (y === undefined || mo === undefined) return null;
  // In running text a day or month out of any range is no date at all; `31/02/2024` keeps its month.
  if (d !== undefined && (Number(d) < 1 || Number(d) > 31)) return null;
  const parts = dateFromParts(d, mo, y);
  return parts.month === null ? null : parts.iso;
}

/** `ngày <date>` (optionally after a comma) starting at `pos`. */
export function readDate(text: string, pos: number): { date: string; end: number } | null {
  DATE_READER.lastIndex = pos;
  const m = DATE_READER.exec(text);
  if (!m) return null;
  const date = isoFromGroups(m, 1);
  return date ? { date, end: pos + m[0].length } : null;
}

