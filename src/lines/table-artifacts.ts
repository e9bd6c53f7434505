/**
 * What converters do to a letter's tables that the table readers take as written: GFM's rule that
 * a line without a bar after a table is one more row, and merged cells written once per row and
 * column they cover.
 */
import { keywordSource } from '../domain/keywords.js';
import { AUTHORITY_PREFIX_ALTERNATION } from '../domain/signature.js';
import { vre } from '../domain/vietnamese.js';
import type { CellSpan, TableSpan } from './tables.js';

/**
 * GFM takes a line with no `|` right after a table for one more row; in a letter it is the text
 * after the table (`**THÔNG BÁO**` under the header, in a file written without blank lines).
 */
export function endAtPipelessRow(text: string, table: TableSpan): TableSpan {
  for (let r = 1; r < table.rows.length; r++) {
    const first = table.rows[r]![0];
    if (!first) continue;
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    const newline = text.indexOf('\n', first.start);
    if (text.slice(lineStart, newline < 0 ? text.length : newline).includes('|')) continue;
    // The table ends with the line before (the delimiter row, for a table of a header only).
    return { ...table, rows: table.rows.slice(0, r), end: lineStart - 1 };
  }
  return table;
}

/**
 * The cells a converter wrote again for a merged cell (docling repeats a spanning cell's text in
 * every row and column it covers: the agency twice in the header, `Lưu: VT.` twice in the footer):
 * a cell whose text is that of the cell above it or to its left. Only in a letter's header or
 * signature table (it holds the quốc hiệu, `Số:`, `Nơi nhận:` or `TM.`/`KT.`): in a table of the
 * body a value repeated from row to row is data. Null when there is none.
 */
export function repeatedSpanCells(text: string, table: TableSpan): Set<CellSpan> | null {
  let repeated: Set<CellSpan> | null = null;
  const keys = table.rows.map((row) => row.map((cell) => cellText(text, cell)));
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const own = keys[r]![c]!;
      if (own !== '' && (keys[r - 1]?.[c] === own || keys[r]![c - 1] === own)) (repeated ??= new Set()).add(cell);
    }),
  );
  if (!repeated || !keys.some((row) => row.some((key) => LAYOUT_ANCHOR.test(key)))) return null;
  return repeated;
}

/** What a cell holds, as written (a grid cell: its slices of the physical lines). */
function cellText(text: string, cell: CellSpan): string {
  const raw = cell.segments ? cell.segments.map((s) => text.slice(s.start, s.end)).join('\n') : text.slice(cell.start, cell.end);
  return raw.replace(/^\s*\|/, '').replace(/\|\s*$/, '').trim();
}

/** What only a letter's header or signature table holds. */
const LAYOUT_ANCHOR = vre(
  `${keywordSource('nationalTitle')}|^[*_]*(?:${keywordSource('distribution')})\\s*[*_]*:|(?:^|\\s|\\*)(?:${keywordSource('numberLabel')})\\s*:\\s*\\d|(?:^|\\s|\\*)(?:${AUTHORITY_PREFIX_ALTERNATION})[.\\s]\\s*\\p{Lu}{2}`,
  'u',
);
