/**
 * Grid tables drawn in text: pandoc's grid tables (`-t plain`, `-t markdown`, reStructuredText)
 * and box-drawing tables (`┌──┬──┐ │ │`) that text exporters print. A letter's header is such a
 * table, each cell wrapped over several physical lines:
 *
 *     +-----------------------+-------------------------------------+
 *     | BỘ CÔNG AN            | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  |
 *     |                       |                                     |
 *     | Số: 409 /TTr-CAT      | Lâm Đồng, ngày 26 tháng 11 năm 2025 |
 *     +=======================+=====================================+
 *
 * A cell's text is its slice of each physical line between the column rules, so a cell is a list
 * of segments, not one run of the source.
 */
import { physicalLines, type CellSpan, type TableSpan } from './tables.js';

/** A rule line: `+---+===+` (pandoc, `:` for alignment) or a box-drawing rule. */
const RULE = /^[ \t]*(?:\+(?:[-=:]+\+)+|[┌├└╔╠╚╒╞╘╓╟╙┏┣┗╭╰][─━═┄┈╌┬┼┴╤╪╧╦╬╩╥╫╨┳╋┻ ]*[┐┤┘╗╣╝╕╡╛╖╢╜┓┫┛╮╯])[ \t]*$/;
/** A row line: text between vertical rules. */
const ROW = /^[ \t]*[|│┃║].*[|│┃║][ \t]*$/;
const VERTICAL = /[|│┃║]/g;
/** The junctions of a rule line: where its columns meet. */
const JUNCTION = /[+┌├└╔╠╚╒╞╘╓╟╙┏┣┗╭╰┬┼┴╤╪╧╦╬╩╥╫╨┳╋┻┐┤┘╗╣╝╕╡╛╖╢╜┓┫┛╮╯]/g;

/** True when the text may hold a grid table (a cheap test before the scan). */
export function hasGridTable(text: string): boolean {
  return /^[ \t]*(?:\+[-=:]{3,}\+|[┌├└╔╠╚╒╞╘╓╟╙┏┣┗╭╰][─━═])/m.test(text);
}

/** The grid tables of a text, each cell with its segments, in source order. */
export function findGridTables(text: string): TableSpan[] {
  if (!hasGridTable(text)) return [];
  const tables: TableSpan[] = [];
  const lines = physicalLines(text);
  for (let k = 0; k < lines.length; k++) {
    const first = lines[k]!;
    if (!RULE.test(text.slice(first.start, first.end))) continue;
    // A table is a rule, then rows and rules; it must have at least one row line.
    let junctions = junctionsOf(text, first.start, first.end);
    const rows: CellSpan[][] = [];
    let block: Array<Array<{ start: number; end: number }>> = [];
    let last = k;
    const closeBlock = () => {
      const row = block
        .filter((segments) => segments.some((s) => s.end > s.start))
        .map((segments) => ({ start: segments[0]!.start, end: segments[segments.length - 1]!.end, segments }));
      if (row.length > 0) rows.push(row);
      block = [];
    };
    let j = k + 1;
    for (; j < lines.length; j++) {
      const { start, end } = lines[j]!;
      const raw = text.slice(start, end);
      if (RULE.test(raw)) {
        closeBlock();
        junctions = junctionsOf(text, start, end);
        last = j;
        continue;
      }
      if (!ROW.test(raw)) break;
      addRowLine(text, start, end, junctions, block);
      last = j;
    }
    closeBlock();
    if (last === k) continue;
    const end = lines[last]!.end;
    tables.push({ start: first.start, end, rows, kind: 'grid', paragraphs: hasParagraphs(rows) });
    k = last;
  }
  return tables;
}

/** Column positions (offsets within the line) of a rule line's junctions. */
function junctionsOf(text: string, start: number, end: number): number[] {
  return [...text.slice(start, end).matchAll(JUNCTION)].map((m) => m.index);
}

/**
 * One physical row line: each stretch between vertical rules goes to the column whose junction
 * is at or before it (a cell spanning columns goes to its first), trimmed of spaces.
 */
function addRowLine(text: string, start: number, end: number, junctions: readonly number[], block: Array<Array<{ start: number; end: number }>>): void {
  const raw = text.slice(start, end);
  const bars = [...raw.matchAll(VERTICAL)].map((m) => m.index);
  // Bars and junctions are both in order: one walk pairs them (a row of ten thousand cells is linear).
  let junction = 0;
  for (let b = 0; b + 1 < bars.length; b++) {
    const from = bars[b]! + 1;
    const to = bars[b + 1]!;
    while (junction + 1 < junctions.length && junctions[junction + 1]! <= bars[b]!) junction++;
    // Columns are numbered by the bars before them when the rule above has no junction there.
    const column = junctions.length === 0 ? b : junction;
    const slice = raw.slice(from, to);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    const segment = trimmed ? { start: start + from + lead, end: start + from + lead + trimmed.length } : { start: start + from, end: start + from };
    while (block.length <= column) block.push([]);
    block[column]!.push(segment);
  }
}

/**
 * Pandoc separates a cell's paragraphs with a blank line and wraps each paragraph: then the lines
 * of a paragraph are one line of text. A table without blank lines inside its cells has a line of
 * text per physical line.
 */
function hasParagraphs(rows: ReadonlyArray<ReadonlyArray<CellSpan>>): boolean {
  for (const row of rows) {
    for (const cell of row) {
      const segments = cell.segments ?? [];
      let seenText = false;
      let blankAfterText = false;
      for (const s of segments) {
        if (s.end > s.start) {
          if (blankAfterText) return true;
          seenText = true;
        } else if (seenText) blankAfterText = true;
      }
    }
  }
  return false;
}
