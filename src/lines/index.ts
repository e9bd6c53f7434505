/**
 * lines: normalized text → logical lines with positions.
 *
 * Physical lines are split into layout cells (TAB / space-run / `|` / merged OCR columns),
 * GFM table cells come from the table reader (`tables.ts`), `<br>` splits a cell into lines, inline markup is removed,
 * and lines wrapped inside an emphasis span or a name (`joins.ts`) are joined.
 */
import { concatMaps, type OffsetMap } from '../normalize/offset-map.js';
import { blockMarkerLength, cleanInline } from './clean.js';
import { makeLine, type Line } from './line.js';
import { isFlattenedFooter, splitFlattenedCell } from './flattened-cells.js';
import { findGridTables } from './grid-tables.js';
import { findHtmlTables, htmlCellPieces } from './html-tables.js';
import { isDoubleSpaced } from './double-spacing.js';
import { findLooseRows } from './loose-rows.js';
import { joinContinuations, joinWrappedNames, type Drafts } from './joins.js';
import { endAtPipelessRow, repeatedSpanCells } from './table-artifacts.js';
import type { CellSpan, TableFinder, TableSpan } from './tables.js';
import { indentWidth, isPipeSeparator, leftColumnTabs, splitCells, splitSubjectFromNumber, type RawCell } from './split.js';

export type { Line, TableCell } from './line.js';
export { lineSpan } from './line.js';

export interface LinesOptions {
  /** Treat the text as markdown (emphasis, headings, GFM tables). */
  readonly markdown: boolean;
  /**
   * Finds GFM tables (`findTables` of `tables.ts`). Without it, table rows are still split at
   * their `|` like any pipe row.
   */
  readonly findTables?: TableFinder;
}

// Rules drawn under the agency and the tiêu ngữ, and the `oOo` ornament older letters drew there
// (`----------oOo----------`, `-----o0o-----`).
const RULE_LINE = /^[-_=~.*•·]{3,}$|^[-_=]{2,}$|^[-_=~.*•·—–\s]*o+[O0]o+[-_=~.*•·—–\s]*$/;
const PAGE_BREAK_LINE = /^-{2,}\s*PAGE\s*BREAK\s*-{2,}$/i;
const BR = /<br\s*\/?>/gi;

/** Split a normalized text into logical lines. */
export function toLines(text: string, options: LinesOptions): Line[] {
  const tables = findAllTables(text, options);
  const leftTabs = text.includes('\t') ? leftColumnTabs(text.split('\n')) : undefined;
  // One object for every line (spreading the options at each line cost more than reading it).
  const lineOptions = { ...options, leftTabs };
  const drafts: Drafts = { lines: [], continuing: new Set() };
  let gap = true;
  const doubleSpaced = isDoubleSpaced(text);
  let blankRun = 0;
  let openEmphasis = { strong: false, em: false };
  let tableIndex = 0;
  let offset = 0;
  let lineNo = 0;
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const table = tables[tableIndex];
    // A table may start after the line's indentation (`  | a | b |`).
    if (table && (offset >= table.start || (table.start <= end && text.slice(offset, table.start).trim() === ''))) {
      pushTable(drafts, text, table, tableIndex, lineNo, options);
      gap = true;
      // Continue after the table's last line.
      const tableEnd = text.indexOf('\n', table.end);
      lineNo += countNewlines(text, offset, tableEnd < 0 ? text.length : tableEnd) + 1;
      offset = tableEnd < 0 ? text.length + 1 : tableEnd + 1;
      tableIndex++;
      openEmphasis = { strong: false, em: false };
      continue;
    }
    const raw = text.slice(offset, end);
    const blank = raw.trim().length === 0;
    blankRun = blank ? blankRun + 1 : 0;
    if (blank && doubleSpaced && blankRun === 1) {
      // Double-spaced text: one blank line is how every line ends, not a break.
    } else if (blank || (options.markdown || raw.includes('|') ? isPipeSeparator(raw) : false)) {
      gap = true;
      openEmphasis = { strong: false, em: false };
    } else {
      const continues = openEmphasis.strong || openEmphasis.em;
      const added = pushPhysicalLine(drafts, raw, offset, lineNo, gap, continues, lineOptions);
      if (added) gap = false;
      if (options.markdown) openEmphasis = emphasisStateAfter(raw, openEmphasis);
    }
    offset = end + 1;
    lineNo++;
  }
  return joinWrappedNames(joinContinuations(drafts));
}

/**
 * The tables of a text, in source order: GFM tables and rows a converter wrote over several lines
 * (markdown only), HTML tables and grid tables.
 * Where two overlap (a pipe table drawn inside a grid), the one that starts first is read.
 * Every reader is linear, so tables are read at any size.
 */
function findAllTables(text: string, options: LinesOptions): TableSpan[] {
  const gfm = options.markdown && options.findTables ? options.findTables(text).map((table) => endAtPipelessRow(text, table)) : [];
  const html = findHtmlTables(text);
  const grid = findGridTables(text);
  const loose = options.markdown ? findLooseRows(text) : [];
  if (html.length === 0 && grid.length === 0 && loose.length === 0) return gfm;
  const all = [...gfm, ...html, ...grid, ...loose].sort((a, b) => a.start - b.start);
  const kept: TableSpan[] = [];
  for (const table of all) {
    const last = kept[kept.length - 1];
    if (!last || table.start > last.end) kept.push(table);
  }
  return kept;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function pushPhysicalLine(
  drafts: Drafts,
  raw: string,
  offset: number,
  lineNo: number,
  gap: boolean,
  continues: boolean,
  options: LinesOptions & { leftTabs?: number },
): boolean {
  const marker = options.markdown ? blockMarkerLength(raw) : 0;
  const heading = marker > 0 && raw.trimStart().startsWith('#');
  const body = raw.slice(marker);
  const row = body.includes('|');
  // A `|` row that is no GFM table (a converter wrote a bad delimiter row) may hold flattened cells too.
  const cells = splitCells(body, { pipes: true, leftTabs: options.leftTabs })
    .flatMap((cell) =>
      (row && options.markdown) || isFlattenedFooter(cell.text) ? splitFlattenedCell(cell.start, cell.text).map(([start, text]) => ({ ...cell, start, text })) : [cell],
    )
    .flatMap((cell) => splitAtLineBreaks(cell));
  let added = false;
  for (const cell of cells) {
    const cleaned = cleanInline(cell.text, offset + marker + cell.start, { markdown: options.markdown });
    const text = stripTrailingRule(cleaned.text);
    if (text.length === 0 || RULE_LINE.test(text) || PAGE_BREAK_LINE.test(text)) continue;
    const trimmedRaw = cell.text.trim();
    const line = makeLine({
      text,
      map: cleaned.map,
      sourceLine: lineNo,
      column: cell.column,
      cell: null,
      bold: isWholeLineBold(trimmedRaw) || (continues && /^[^*]*\*\*\s*$/.test(trimmedRaw)),
      italic: /^\*[^*][^]*[^*]\*$|^_[^_][^]*_$/.test(trimmedRaw),
      heading,
      indent: indentWidth(raw),
      gapBefore: gap && !added,
      split: cells.length > 1,
      row,
      marked: options.markdown && /\*\*|__/.test(trimmedRaw),
    });
    drafts.lines.push(line);
    if (continues && !added && cell.column === 0) drafts.continuing.add(line);
    added = true;
  }
  return added;
}

/**
 * `**Nơi nhận:**<br>- Như trên;<br>- Lưu: VT.` outside a table (a table whose delimiter row was
 * lost, HTML pasted into text): each `<br>` ends a line, as it does in a table cell.
 */
function splitAtLineBreaks(cell: RawCell): RawCell[] {
  if (!cell.text.includes('<')) return [cell];
  return piecesBetweenBreaks(cell.text).map(([at, text]) => ({ ...cell, start: cell.start + at, text }));
}

/** A text cut at its `<br>`s, as `[offset, piece]` (the text itself when it has none). */
function piecesBetweenBreaks(text: string): Array<[number, string]> {
  const pieces: Array<[number, string]> = [];
  let from = 0;
  for (const br of text.matchAll(BR)) {
    pieces.push([from, text.slice(from, br.index)]);
    from = br.index + br[0].length;
  }
  pieces.push([from, text.slice(from)]);
  return pieces;
}

/** `**…**`, or `**…` whose bold span goes on to the next line. */
function isWholeLineBold(trimmedRaw: string): boolean {
  if (!/^(\*\*|__)/.test(trimmedRaw)) return false;
  if (/(\*\*|__)$/.test(trimmedRaw)) return true;
  return (trimmedRaw.match(/\*\*/g)?.length ?? 0) % 2 === 1;
}

/** `BỘ XÂY DỰNG -------` in a flattened cell: drop the rule that stood under the name. */
function stripTrailingRule(text: string): string {
  // Most lines do not end in a rule: the pattern, anchored at the end, would be tried from every space.
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x2d && last !== 0x5f && last !== 0x3d) return text;
  const m = TRAILING_RULE.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** The rule after a space, or glued to a capital (`VĂN PHÒNG-------`: the line break between was lost). */
const TRAILING_RULE = /\s+[-_=]{3,}$|(?<=\p{Lu})[-_=]{4,}$/u;

function pushTable(
  drafts: Drafts,
  text: string,
  table: TableSpan,
  tableIndex: number,
  firstLine: number,
  options: LinesOptions,
): void {
  // Line numbers advance with the pieces (counting from the table start for each is quadratic).
  let cursor = table.start;
  let sourceLine = firstLine;
  const lineOf = (at: number) => {
    sourceLine += countNewlines(text, cursor, at);
    cursor = at;
    return sourceLine;
  };
  const pushEdge = (edge: CellSpan | undefined) => {
    if (!edge) return;
    const raw = text.slice(edge.start, edge.end);
    pushPhysicalLine(drafts, raw, edge.start, lineOf(edge.start), true, false, options);
  };
  pushEdge(table.before);
  const repeated = repeatedSpanCells(text, table);
  table.rows.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (repeated?.has(cell)) return;
      // The cell's first line, and one after an empty line of the cell (`<br><br>`: the signing
      // space between the position and the name), stand after a gap.
      let gap = true;
      for (const ranges of cellPieces(text, table, cell, options.markdown)) {
        const built = cleanRanges(text, ranges, options);
        const value = built ? stripTrailingRule(built.text) : '';
        if (!built || value.length === 0) {
          gap = true;
          continue;
        }
        if (RULE_LINE.test(value)) continue;
        const piece = ranges.map(([from, to]) => text.slice(from, to)).join(' ').trim();
        const line = makeLine({
          text: value,
          map: built.map,
          sourceLine: lineOf(ranges[0]![0]),
          column: Math.min(columnIndex, 1),
          cell: { table: tableIndex, row: rowIndex, column: columnIndex },
          bold: WHOLE_BOLD.test(piece),
          italic: WHOLE_ITALIC.test(piece),
          heading: false,
          indent: 0,
          gapBefore: gap,
          split: true,
          row: true,
          marked: /\*\*|__|<(?:strong|b)\b/i.test(piece),
        });
        drafts.lines.push(line);
        gap = false;
      }
    });
  });
  pushEdge(table.after);
}

/** A piece that is bold or italic as a whole, in markdown or in HTML. */
const WHOLE_BOLD = /^(?:\*\*|__)[^]*(?:\*\*|__)$|^<(strong|b)\b[^>]*>[^]*<\/\1>$/i;
const WHOLE_ITALIC = /^\*[^*][^]*[^*]\*$|^<(em|i)\b[^>]*>[^]*<\/\1>$/i;

/**
 * A cell's lines, each as the source ranges it is read from: one range for a GFM cell's piece
 * between `<br>`s; the physical lines of an HTML paragraph or of a grid cell's paragraph.
 */
function cellPieces(text: string, table: TableSpan, cell: CellSpan, markdown: boolean): Array<Array<[number, number]>> {
  if (table.kind === 'grid') {
    // A cell of pandoc's markdown holds markdown blocks of its own (`## CHÍNH PHỦ`, `> …`).
    const segments = (cell.segments ?? [cell]).map((s): [number, number] => {
      const marker = markdown ? blockMarkerLength(text.slice(s.start, s.end)) : 0;
      return [s.start + marker, s.end];
    });
    if (!table.paragraphs) return segments.filter(([from, to]) => to > from).map((range) => [range]);
    const paragraphs: Array<Array<[number, number]>> = [];
    let open: Array<[number, number]> | null = null;
    for (const range of segments) {
      if (range[1] === range[0]) open = null;
      else if (open) open.push(range);
      else paragraphs.push((open = [range]));
      // pandoc's hard line break ends the line of text.
      if (markdown && text.charCodeAt(range[1] - 1) === 92) open = null;
    }
    return paragraphs;
  }
  if (table.kind === 'html') {
    return htmlCellPieces(text, cell).flatMap(([from, to]) =>
      splitSubjectFromNumber([{ start: from, text: text.slice(from, to), column: 0 }]).map((c) => physicalRanges(text, c.start, c.start + c.text.length)),
    );
  }
  let raw = text.slice(cell.start, cell.end);
  let start = cell.start;
  // A cell's span includes the pipes around it (as remark-gfm gives it).
  const lead = raw.match(/^\s*\|?/)?.[0].length ?? 0;
  raw = raw.slice(lead);
  start += lead;
  raw = raw.replace(/\|\s*$/, '');
  return piecesBetweenBreaks(raw)
    // The whole cell first: its anchors (`TM.`, `Số:`) tell whether it is a flattened header or footer.
    .flatMap(([at, piece]) => splitFlattenedCell(at, piece))
    .flatMap(([at, piece]) => splitAtBoldRuns(at, piece))
    .flatMap(([at, piece]) => splitSubjectFromNumber([{ start: at, text: piece, column: 0 }]))
    .map((c): Array<[number, number]> => [[start + c.start, start + c.start + c.text.length]]);
}

/** `[from, to)` cut at its newlines: a paragraph wrapped over physical lines. */
function physicalRanges(text: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let at = from; at <= to; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 || nl > to ? to : nl;
    ranges.push([at, end]);
    at = end + 1;
  }
  return ranges;
}

/** The cleaned text of some source ranges, joined by single spaces, with its offset map. */
function cleanRanges(text: string, ranges: ReadonlyArray<[number, number]>, options: LinesOptions): { text: string; map: OffsetMap } | null {
  let joined: { text: string; map: OffsetMap } | null = null;
  for (const [from, to] of ranges) {
    const piece = text.slice(from, to);
    const cleaned = cleanInline(piece.trim(), from + (piece.length - piece.trimStart().length), options);
    if (cleaned.text.length === 0) continue;
    joined = joined === null ? cleaned : { text: `${joined.text} ${cleaned.text}`, map: concatMaps(joined.map, joined.text.length, 1, cleaned.map) };
  }
  return joined;
}

/**
 * `**T/M BAN THƯỜNG VỤ** **PHÓ BÍ THƯ** **Nguyễn Văn A**` in one cell: a converter lost the line
 * breaks between bold lines; each bold run is a line of its own.
 */
function splitAtBoldRuns(at: number, piece: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  let from = 0;
  for (const m of piece.matchAll(BOLD_RUN_BOUNDARY)) {
    out.push([at + from, piece.slice(from, m.index)]);
    from = m.index + m[0].length;
  }
  out.push([at + from, piece.slice(from)]);
  return out;
}

/** Between one whole bold run and the next: `…** **…`. */
const BOLD_RUN_BOUNDARY = /(?<=^\s*\*\*[^*]+\*\*)\s+(?=\*\*[^*]+\*\*)|(?<=\*\*)\s+(?=\*\*[^*]+\*\*\s*(?:\*\*|$))/g;

/** Which emphasis spans are still open at the end of a physical line. */
function emphasisStateAfter(raw: string, before: { strong: boolean; em: boolean }): { strong: boolean; em: boolean } {
  let { strong, em } = before;
  // `* Như trên;`: a `*` and a space opening the line is a list bullet (or OCR's dash), not emphasis.
  const bullet = /^\s*\*\s/.exec(raw) ? raw.indexOf('*') : -1;
  for (const m of raw.matchAll(/\*+/g)) {
    if (m.index === bullet && m[0].length === 1) continue;
    const run = m[0].length;
    if (run >= 2) strong = !strong;
    if (run === 1 || run === 3) {
      // A lone `*` line (the Party mark) is not emphasis.
      if (raw.trim() !== '*') em = !em;
    }
  }
  return { strong, em };
}
