/**
 * HTML tables in markdown: what pandoc (`-t gfm`, `-t markdown`) writes for a Word table with
 * merged cells, and what MinerU and web-page converters write for every table. A letter's header
 * and signature block are such tables, so their cells must become lines like a GFM table's.
 *
 * Read by a linear scan of the table tags, tolerant as browsers are: a cell ends at its close tag
 * or where the next cell, row or table end begins; a nested table stays inside its outer cell.
 */
import type { CellSpan, TableSpan } from './tables.js';

// (A tag ends at `>` and never spans a `<`: a cell of unclosed `<td` is read in linear time.)
const TABLE_TAG = /<(\/?)(table|tr|td|th|caption)\b[^<>]*>/gi;

/** True when the text may hold an HTML table (a cheap test before the scan). */
export function hasHtmlTable(text: string): boolean {
  return /<table\b/i.test(text);
}

/** The HTML tables of a text, with the span of every cell's content, in source order. */
export function findHtmlTables(text: string): TableSpan[] {
  if (!hasHtmlTable(text)) return [];
  const tables: TableSpan[] = [];
  let depth = 0;
  let tableStart = 0;
  let rows: CellSpan[][] = [];
  let row: CellSpan[] | null = null;
  let cellStart = -1;
  const closeCell = (at: number) => {
    if (cellStart < 0) return;
    (row ??= []).push({ start: cellStart, end: at });
    cellStart = -1;
  };
  const closeRow = () => {
    if (row && row.length > 0) rows.push(row);
    row = null;
  };
  const finish = (end: number) => {
    tables.push(withEdges(text, { start: tableStart, end, rows, kind: 'html' }));
    rows = [];
    row = null;
    cellStart = -1;
  };
  TABLE_TAG.lastIndex = 0;
  for (let m = TABLE_TAG.exec(text); m !== null; m = TABLE_TAG.exec(text)) {
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const at = m.index;
    const after = at + m[0].length;
    if (name === 'table') {
      if (!closing) {
        if (depth === 0) tableStart = at;
        depth++;
      } else if (depth > 0) {
        depth--;
        if (depth === 0) {
          closeCell(at);
          closeRow();
          finish(after);
        }
      }
      continue;
    }
    // A nested table's rows and cells belong to the outer cell's text.
    if (depth !== 1) continue;
    if (name === 'tr' || name === 'caption') {
      // A caption is a row of one cell, read before the first row.
      closeCell(at);
      closeRow();
      if (!closing) row = [];
      if (!closing && name === 'caption') cellStart = after;
    } else if (closing) {
      closeCell(at);
    } else {
      closeCell(at);
      cellStart = after;
    }
  }
  // An unclosed table runs to the end of the text.
  if (depth > 0) {
    closeCell(text.length);
    closeRow();
    finish(text.length);
  }
  return tables;
}

/**
 * Extend a table to whole lines: the text before `<table>` on its first line and after
 * `</table>` on its last are kept as spans of their own (the line reader skips the table's lines).
 */
function withEdges(text: string, table: TableSpan): TableSpan {
  const lineStart = text.lastIndexOf('\n', table.start - 1) + 1;
  const newline = text.indexOf('\n', table.end);
  const lineEnd = newline < 0 ? text.length : newline;
  const before = text.slice(lineStart, table.start).trim() ? { start: lineStart, end: table.start } : undefined;
  const after = text.slice(table.end, lineEnd).trim() ? { start: table.end, end: lineEnd } : undefined;
  return { ...table, start: lineStart, end: lineEnd, before, after };
}

/**
 * Block tags inside a cell: each starts a new line of the cell's text (`<p>`, `<br>`, `<li>`, a
 * nested table's rows and cells…). Inline tags (`<strong>`, `<em>`, `<span>`) are left to the
 * inline cleaner.
 */
export const HTML_BLOCK_BREAK = /<\/?(?:p|br|div|li|ul|ol|blockquote|h[1-6]|table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col|hr|pre|section|article|header|footer)\b[^<>]*>/gi;

/** The `[start, end)` pieces of a cell's content between its block tags (blank pieces left out). */
export function htmlCellPieces(text: string, cell: CellSpan): Array<[number, number]> {
  const content = text.slice(cell.start, cell.end);
  const pieces: Array<[number, number]> = [];
  let from = 0;
  const push = (to: number) => {
    if (content.slice(from, to).trim()) pieces.push([cell.start + from, cell.start + to]);
  };
  for (const m of content.matchAll(HTML_BLOCK_BREAK)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(content.length);
  return pieces;
}
