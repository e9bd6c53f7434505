/**
 * Table rows a converter wrote over several lines: turndown's GFM plugin keeps a cell's paragraphs
 * as markdown hard breaks (two spaces at the end of a line), so one row of a letter's footer runs
 * from `| **Nơi nhận:**  ` down to `**Trần Văn Hải** |`:
 *
 *     | **Nơi nhận:**  
 *     \- Như trên;  
 *     \- Lưu: VT, VP. | **TM. ỦY BAN NHÂN DÂN**  
 *     **CHỦ TỊCH**  
 *     **Trần Văn Hải** |
 *
 * GFM reads no table there; here the row is one table row whose cells are split at the `|`s, a
 * line per physical line (as a grid table without paragraphs). Only a row whose every line but the
 * last ends in a hard break is taken, so a stray `|` of OCR text is never a table.
 */
import { physicalLines, type CellSpan, type TableSpan } from './tables.js';

/** The longest row read (lines): a footer's Nơi nhận list with its wrapped entries. */
const MAX_ROW_LINES = 80;
const HARD_BREAK = /(?: {2,}|\\)$/;

/** The multi-line rows of a markdown text, each as a table of one row, in source order. */
export function findLooseRows(text: string): TableSpan[] {
  if (!text.includes('|') || !/ {2}\n|\\\n/.test(text)) return [];
  const lines = physicalLines(text);
  const rows: TableSpan[] = [];
  for (let k = 0; k < lines.length; k++) {
    const first = lines[k]!;
    const head = text.slice(first.start, first.end);
    // A bar alone on its line is a cell boundary of text copied cell by cell, not a row's start.
    if (!/^\s{0,3}\|\s*\S/.test(head) || !HARD_BREAK.test(head)) continue;
    let last = -1;
    for (let j = k + 1; j < Math.min(lines.length, k + MAX_ROW_LINES); j++) {
      const raw = text.slice(lines[j]!.start, lines[j]!.end);
      if (/(?<!\\)\|\s*$/.test(raw)) {
        if (raw.trim() === '|') break;
        last = j;
        break;
      }
      // A line of the row either breaks hard or is blank inside a cell; anything else ends the search.
      if (!HARD_BREAK.test(raw) && raw.trim() !== '') break;
    }
    if (last < 0) continue;
    rows.push({ start: first.start, end: lines[last]!.end, rows: [cellsOf(text, lines.slice(k, last + 1))], kind: 'grid', paragraphs: false });
    k = last;
  }
  return rows;
}

/** The row's cells: split at its unescaped `|`s, each with its slice of every physical line. */
function cellsOf(text: string, lines: ReadonlyArray<{ start: number; end: number }>): CellSpan[] {
  const cells: Array<Array<{ start: number; end: number }>> = [[]];
  const push = (from: number, to: number) => {
    const slice = text.slice(from, to);
    const lead = slice.length - slice.trimStart().length;
    const length = slice.trim().length;
    cells[cells.length - 1]!.push({ start: from + lead, end: from + lead + length });
  };
  for (const { start, end } of lines) {
    let from = start;
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) !== 124 || text.charCodeAt(i - 1) === 92) continue;
      push(from, i);
      cells.push([]);
      from = i + 1;
    }
    push(from, end);
  }
  // Before the opening bar and after the closing one: cells of nothing, left out.
  return cells
    .filter((segments) => segments.some((s) => s.end > s.start))
    .map((segments) => ({ start: segments[0]!.start, end: segments[segments.length - 1]!.end, segments }));
}
