/** Reading forward: the date (`ngày 8/5/2021`, `ngày 15 tháng 7 năm 2022`) after a code. */
import { DATE_BODY, DATE_LEAD, WORD_START } from '../../domain/citation-patterns.js';
import { DAY_WORD, dateFromParts } from '../../domain/date-grammar.js';
import { vre } from '../../domain/vietnamese.js';


const DATE_READER = vre(`${DATE_LEAD}${DATE_BODY}`, 'yiu');
/** `Tờ trình số 18-TTr/ĐU (ngày 28/3/2025) của …`: the date in brackets after the code. */
const BRACKETED_DATE_READER = vre(`[ \\t]*,?[ \\t]*\\(\\s*${WORD_START}${DAY_WORD}\\s*${DATE_BODY}\\s*\\)`, 'yiu');

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

/** `ngày <date>` (optionally after a comma, or in brackets) starting at `pos`. */
export function readDate(text: string, pos: number): { date: string; end: number } | null {
  DATE_READER.lastIndex = pos;
  let m = DATE_READER.exec(text);
  if (!m && text.charAt(pos) !== '\n') {
    BRACKETED_DATE_READER.lastIndex = pos;
    m = BRACKETED_DATE_READER.exec(text);
  }
  if (!m) return null;
  const date = isoFromGroups(m, 1);
  return date ? { date, end: pos + m[0].length } : null;
}


const DATE_IN_CLAUSE = vre(`${WORD_START}${DAY_WORD}\\s*${DATE_BODY}`, 'giu');
/** How far a described law's date may stand from its code. */
const MAX_DESCRIPTION = 300;

/**
 * `Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật … ngày 22 tháng 11 năm 2019;`: the
 * date of a legal code, written after what the document does. It is taken only in the same clause
 * (before `;`, a sentence's end or the next citation) and only in the year its code names.
 */
export function readDescribedDate(text: string, code: string, from: number, until: number): string | null {
  const year = /\/((?:19|20)\d\d)\//u.exec(code)?.[1];
  if (year === undefined) return null;
  const clause = text.slice(from, Math.min(until, from + MAX_DESCRIPTION));
  const end = clause.search(/;|\.(?:\s|$)|\n[ \t]*\n/u);
  const scope = end < 0 ? clause : clause.slice(0, end);
  for (const m of scope.matchAll(DATE_IN_CLAUSE)) {
    const date = isoFromGroups(m, 1);
    if (date?.startsWith(year)) return date;
  }
  return null;
}
